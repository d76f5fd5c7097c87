// Citation-shaped text that fits no production: "123 Foo. Rptr. 456" with a
// reporter the tables do not know. It is reported as kind "unknown" with its
// span rather than dropped, so a reader (or a new reporters-db release) can
// pick it up; Bluebook checks and resolution leave it alone.

extension Parser {
    /// UnknownCitation = Volume Abbreviation { Abbreviation } Page ;
    /// Abbreviation    = CapitalisedWord "." | Ordinal ("2d", "3d", "4th") ;
    ///
    /// Example: `12 Foo. Rptr. 345` (a reporter missing from reporters-db).
    mutating func parseUnknownCitation(volumeAt v: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard isKind(v, .number), tokens[v].length <= 4, !isYear(v) || isKind(v + 1, .word) else { return nil }
        // a docket number ("No. 96 CIV. 8307") is not a citation of its own
        if isKind(v - 1, .period), equals(v - 2, "No") || equals(v - 2, "Nos") { return nil }
        // a known reporter that failed its own production is not "unknown"
        if tables.reporterTrie.canStart(with: p[Int(tokens[v + 1].start)]),
           tables.reporterTrie.longestMatch(in: p, at: Int(tokens[v + 1].start)) != nil { return nil }
        var k = v + 1
        var words = 0
        while k + 1 < limit, words < 4 {
            let t = tokens[k]
            guard t.kind == .word, t.has(.spaceBefore) || words > 0 else { break }
            let ordinal = t.has(.hasDigit) && !t.has(.capitalized) && t.length <= 3
            if ordinal { words += 1; k += 1; continue }
            guard t.has(.capitalized), t.length <= 8, isKind(k + 1, .period), tokens[k + 1].start == t.end else { break }
            // "5 Jan. 2010" is a date, "Fig. 2" a figure
            if tables.months[ReferenceTables.monthKey(text(k))] != nil { return nil }
            if isWord(k, in: UnknownWords.notReporters) { return nil }
            words += 1
            k += 2
        }
        guard words >= 1, isKind(k, .number), tokens[k].has(.spaceBefore), !isYear(k) || words >= 2 else { return nil }
        var c = Citation(kind: .unknown, span: span(v, k))
        c.volume = text(v)
        c.reporter = text(v + 1, through: k - 1)
        c.page = text(k)
        add(c, startToken: v, nestedIn: nestedIn, phrase: phrase)
        return k + 1
    }
}

enum UnknownWords {
    /// Abbreviations that follow numbers in prose without being reporters.
    static let notReporters = WordSet(["Fig", "Figs", "No", "Nos", "Vol", "Ch", "Pt", "Art", "Sec", "Para", "Ex", "Exh",
                                       "Tab", "App", "Mr", "Mrs", "Ms", "Dr", "St", "Ave", "Rd", "Blvd", "Tr", "Doc", "Dkt",
                                       "Supp", "Ed", "Rev", "Cl", "Id", "Stat", "Reg", "Op", "Cir", "Dist", "Ct", "Am", "Pub", "R",
                                       "Civ", "CIV", "Cr", "Crim", "CR", "Cv", "CV", "Misc", "MC"])
}
