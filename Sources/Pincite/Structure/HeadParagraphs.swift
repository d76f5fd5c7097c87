// HeadParagraphs: the paragraphs of a head that are neither caption nor opinion — the
// reporters' and publication notices over a slip, counsel listed before the opinion, the
// account of the proceedings below — and the line shapes that tell a head's names from the
// opinion's first sentence. `findBodyStart` passes over them; the caption and the head
// matter do not read their lines as names or courts.

extension StructureContext {
    /// A circuit's notice under its publication flag ("NONPRECEDENTIAL DISPOSITION ⏎ To be
    /// cited only in accordance with FED. R. APP. P. 32.1", the Seventh Circuit) is head
    /// matter, not the opinion's first sentence.
    static let citationNotices = ["To be cited only in accordance with", "Not to be cited", "NOT TO BE CITED",
                                  "Unpublished opinions are not binding precedent"].map { Array($0.utf8) }
    /// A reporter's notice over a slip opinion, a paragraph of its own: "This opinion is
    /// uncorrected and subject to revision before publication in the New York Reports.",
    /// "NOTICE: This opinion is subject to formal revision before publication …" (the District
    /// of Columbia, Vermont, New Hampshire, Alaska).
    static let revisionNotices = ["This opinion is uncorrected and subject to revision",
                                  "This decision is uncorrected and subject to revision", "NOTICE: This opinion is subject to",
                                  "NOTICE: The text of this opinion can be corrected", "Notice: This opinion is subject to",
                                  "NOTICE:  This opinion is subject to", "NOTICE: All slip opinions and orders are subject to",
                                  "NOTE: This disposition is nonprecedential"].map { Array($0.utf8) }

    /// The lines of the reporters' and publication notices before `bodyStart` (see
    /// `revisionNotices`, `citationNotices`) and of the account of the proceedings below
    /// (`proceedingsBelow`): no caption is read from them.
    func noticeLines(before bodyStart: Int) -> Set<Int> {
        var out: Set<Int> = []
        var inNotice = false
        for i in 0..<min(bodyStart, lines.count) {
            if isBlank(i) { inNotice = false; continue }
            let (s, e) = contentRange(i)
            let ee = min(e, s + 300)
            if Self.revisionNotices.contains(where: { ByteScan.hasPrefix(text, from: s, to: ee, $0) })
                || Self.proceedingsBelow.contains(where: { ByteScan.hasPrefix(text, from: s, to: ee, $0) }) { inNotice = true }
            // (a rule under it ends it: New York's "-----" before the caption)
            if inNotice, text[s] == 0x2D || text[s] == 0x3D || text[s] == 0x5F { inNotice = false; continue }
            if inNotice || (e - s <= 160 && Self.citationNotices.contains(where: { ByteScan.hasPrefix(text, from: s, to: ee, $0) })) { out.insert(i) }
        }
        return out
    }

    /// The reporter's account of the proceedings below, set between the head and the opinion
    /// in Massachusetts ("Indictment found and returned in the Superior Court Department on May
    /// 1, 2020.", "The case was tried before Robert L. Ullmann, J."): head matter.
    static let proceedingsBelow = ["Indictment found and returned", "Indictments found and returned", "Complaint received and sworn to",
                                   "Civil action commenced", "The case was tried before", "The cases were tried before",
                                   "The case was heard by", "The cases were heard by", "Petition filed in the",
                                   "After review by the Appeals Court", "The Supreme Judicial Court granted an application for direct appellate review",
                                   "The Supreme Judicial Court on its own initiative transferred the case"].map { Array($0.utf8) }

    /// The head's lines that may follow the court below's paragraph.
    static let headOpeners = ["Submitted", "SUBMITTED", "Argued", "ARGUED", "Decided", "DECIDED", "Filed", "FILED",
                                      "Before", "BEFORE", "Heard", "Considered"].map { Array($0.utf8) }

    /// Whether the paragraph of line `i` (up to four lines) is followed by another part of
    /// the head: a date line or the panel.
    func headGoesOn(afterParagraphOf i: Int) -> Bool {
        var j = i
        while j < lines.count, j - i <= 4, !isBlank(j) { j += 1 }
        guard j - i <= 4 else { return false }
        while j < lines.count, isBlank(j) || noise[j] { j += 1 }
        guard j < lines.count else { return false }
        let (s, e) = contentRange(j)
        return Self.headOpeners.contains { ByteScan.hasPrefix(text, from: s, to: e, $0) }
    }

    /// Every word of `text[s..<e]` starts with a capital or is a connective ("of", "the", "for",
    /// "and", "in").
    static func isTitleCaseLine(_ text: [UInt8], _ s: Int, _ e: Int) -> Bool {
        ByteScan.forEachWord(text, from: s, to: e) { k, w in
            let first = text[k]
            guard first >= 0x61, first <= 0x7A else { return true }
            let word = text[k..<w].filter { $0 != 0x2E && $0 != 0x2C }
            return Self.connectives.contains(where: { $0.elementsEqual(word) })
        }
    }
    static let connectives = ["of", "the", "for", "and", "in"].map { Array($0.utf8) }
    static let courtWord = Array("Court".utf8)

    /// A role alone as a label, the party's name to follow: "Petitioner:", "Respondent:",
    /// "Plaintiff-Appellee:".
    static func isRoleLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 40, line.hasSuffix(":") else { return false }
        let l = line.dropLast().fastLowercased().trimmedWhitespace()
        return ["petitioner", "petitioners", "respondent", "respondents", "appellant", "appellants", "appellee", "appellees",
                "plaintiff", "plaintiffs", "defendant", "defendants"].contains { l == $0 || l.hasPrefix($0 + "-") || l.hasPrefix($0 + " ") }
    }

    /// The parties counsel appear for, as a counsel listing ends a clause with them.
    private static let counselFor = ["for appellant", "for appellants", "for appellee", "for appellees", "for petitioner",
                                     "for petitioners", "for respondent", "for respondents", "for plaintiff", "for plaintiffs",
                                     "for defendant", "for defendants", "for the defendant", "for the plaintiff",
                                     "for the commonwealth", "for the state", "for the people", "for the united states",
                                     "for the appellant", "for the appellee", "for the petitioner", "for the respondent"].map { Array($0.utf8) }

    /// Whether the paragraph from line `i` (its first four lines) lists counsel: one of
    /// `counselFor` (any case, whitespace runs read as one space) ending a clause — followed by
    /// ".", ",", ";", the end, or a hyphenated role ("for defendant-appellee.").
    func listsCounsel(paragraphFrom i: Int) -> Bool {
        var o: [UInt8] = []   // the paragraph, whitespace runs as one space
        var j = i
        while j < lines.count, j - i < 4, !isBlank(j) {
            let (s, e) = contentRange(j)
            if !o.isEmpty { o.append(0x20) }
            for x in text[s..<min(e, s + 300)] where x != 0x20 || o.last != 0x20 { o.append(x) }
            j += 1
        }
        let b = o.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var k = 0
        while k + 13 < b.count {
            if b[k] == 0x20, b[k + 1] == 0x66, b[k + 2] == 0x6F, b[k + 3] == 0x72, b[k + 4] == 0x20 {
                for w in Self.counselFor where k + 1 + w.count <= b.count && b[(k + 1)..<(k + 1 + w.count)].elementsEqual(w) {
                    let after = k + 1 + w.count
                    guard after == b.count || b[after] == 0x2E || b[after] == 0x2C || b[after] == 0x3B || b[after] == 0x2D else { continue }
                    // names and places before it, not a sentence ("… the judgment entered for the defendant.")
                    return Self.lowerCaseWords(o[..<k]) <= 3
                }
            }
            k += 1
        }
        return false
    }

    /// Words of `b` that begin with a lower-case letter, the small words of a counsel
    /// listing aside ("of", "and", "the", "pro se", "with", "on the brief").
    static func lowerCaseWords(_ b: ArraySlice<UInt8>) -> Int {
        var n = 0
        for w in b.split(separator: 0x20) where w.first.map({ $0 >= 0x61 && $0 <= 0x7A }) ?? false {
            if !counselSmallWords.contains(Array(w.prefix { $0 >= 0x61 && $0 <= 0x7A })) { n += 1 }
        }
        return n
    }
    static let counselSmallWords: Set<[UInt8]> = Set(["of", "and", "the", "for", "pro", "se", "by", "on", "brief", "with",
                                                              "whom", "was", "were"].map { Array($0.utf8) })
}
