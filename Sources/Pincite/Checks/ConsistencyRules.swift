// Consistency within the document: one authority, one way of citing it.

/// R10.2 (consistency): a case cited in full twice is named the same way both
/// times; a different name for the same volume, reporter and page is likely a slip.
struct ConsistentNameRule: BluebookRule {
    let rule = "R10.2"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.historyOf == nil, let f = ctx.facts.firstOfAuthority[i], f < ctx.citations.count, ctx.citations[f].historyOf == nil,
              let a = ctx.citations[f].caseName, let b = c.caseName,
              // (the same name written the same way, the usual case, needs no keys)
              a.plaintiff != b.plaintiff || a.defendant != b.defendant,
              let ka = Self.key(a), let kb = Self.key(b), ka != kb else { return [] }
        let earlier = [a.procedural, a.plaintiff, a.defendant.map { "v. " + $0 }].compactMap { $0 }.joined(separator: " ")
        return [ctx.finding(i, rule, .warning, "the same authority is cited earlier as '\(earlier)'")]
    }

    /// The first word of each party, letters only: abbreviating later words
    /// ("County" / "Cnty.") is another rule's business.
    static func key(_ n: CaseName) -> String? {
        // one pass over UTF-8 bytes into one buffer: a Character walk, and then strings per
        // party joined, each cost more than the rest of the rule (this runs per full cite)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        var parties = 0
        for party in [n.plaintiff, n.defendant] {
            guard let party else { continue }
            if parties > 0 { out += [0x20, 0x76, 0x20] }  // " v "
            parties += 1
            DocumentFacts.appendKey(of: party.utf8.prefix { $0 != 0x20 }, to: &out)
        }
        return out.count < 4 ? nil : String(decoding: out, as: UTF8.self)
    }
}
