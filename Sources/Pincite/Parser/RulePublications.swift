// Rule publications: Massachusetts cites its court rules with the volume of the official
// reports that printed them, "Mass. R. Crim. P. 28(b), 378 Mass. 898 (1979)", "Mass. R.
// Crim. P. 34, as amended, 442 Mass. 1501 (2004)". The reporter cite is where the rule is
// published, not a case: it becomes the rule's parallel and keys as the rule.

extension Parser {
    /// Joins each nameless reporter cite that directly follows a court rule (after its comma,
    /// or ", as amended," / ", as appearing in") to that rule.
    mutating func attachRulePublications() {
        for i in citations.indices where i > 0 {
            guard citations[i].kind == .fullCase, citations[i].caseName == nil, citations[i].parallel.isEmpty,
                  citations[i].volume != nil, citations[i].page != nil,
                  citations[i - 1].kind == .rule, citations[i - 1].nestedIn == citations[i].nestedIn,
                  citations[i - 1].parallel.isEmpty,
                  joinsPublication(from: citations[i - 1].span.end, to: citations[i].span.start) else { continue }
            citations[i].kind = .rule
            citations[i].signal = nil
            citations[i].continuesString = false
            citations[i].parallel = [i - 1]
            citations[i - 1].parallel = [i]
        }
    }

    /// Whether the text between a rule and a reporter cite is only "," / ", as amended," /
    /// ", as appearing in".
    func joinsPublication(from a: Int, to b: Int) -> Bool {
        guard a < b, b - a <= 32, b <= p.count else { return false }
        var words: [UInt8] = []
        var k = a
        while k < b {
            let x = p[k]
            // a star page in between is furniture: "as *262 amended"
            if x == 0x2A, k + 1 < b, p[k + 1] >= 0x30, p[k + 1] <= 0x39 {
                k += 1
                while k < b, p[k] >= 0x30, p[k] <= 0x39 { k += 1 }
                continue
            }
            if x != 0x20 && x != 0x0A && x != 0x0D && x != 0x09 { words.append(x) }
            k += 1
        }
        return words == Array(",".utf8) || words == Array(",asamended,".utf8) || words == Array(",asappearingin".utf8)
    }
}
