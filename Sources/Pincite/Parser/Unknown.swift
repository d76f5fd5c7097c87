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
        // a footnote mark the PDF text sets before the next cite ("cocaine.” 3 J.A. 143") is no volume
        if let f = flow, !f.noteMarks.isEmpty, f.noteMarks.contains(Int(tokens[v].start)) { return nil }
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
        // "63 O.I.C. at 15" after "Black v. A.F.B. Contractors, Inc., 63 O.I.C. 14 (1984)": the short
        // form of a case cited in full before with the same volume and unknown reporter
        if words >= 1, equals(k, "at"), isKind(k + 1, .number) {
            let volume = text(v), reporter = text(v + 1, through: k - 1)
            guard citations.contains(where: { $0.kind == .fullCase && $0.volume == volume && $0.reporter == reporter }) else { return nil }
            var c = Citation(kind: .shortCase, span: span(v, k + 1))
            c.volume = volume
            c.reporter = reporter
            c.pincite = text(k + 1)
            let id = add(c, startToken: v, nestedIn: nestedIn, phrase: phrase)
            return parseParentheticals(at: k + 2, limit: limit, owner: id)
        }
        guard words >= 1, isKind(k, .number), tokens[k].has(.spaceBefore), !isYear(k) || words >= 2 else { return nil }
        var c = Citation(kind: .unknown, span: span(v, k))
        c.volume = text(v)
        c.reporter = text(v + 1, through: k - 1)
        c.page = text(k)
        if let named = caseWithUnknownReporter(volumeAt: v, pageAt: k, limit: limit) {
            // "Black v. A.F.B. Contractors, Inc., 63 O.I.C. 14 (1984)": a case all the same
            c.kind = .fullCase
            c.caseName = named.name
            c.span = span(named.start, named.end - 1)
            c.pincite = named.pin
            c.court = named.date.court
            c.year = named.date.year
            c.date = named.date.iso
            c.dateText = named.date.dateText
            let id = add(c, startToken: named.start, nestedIn: nestedIn, phrase: phrase)
            registerParties(named.name, citation: id)
            return parseParentheticals(at: named.end, limit: limit, owner: id)
        }
        add(c, startToken: v, nestedIn: nestedIn, phrase: phrase)
        return k + 1
    }

    /// A cite to a reporter the tables lack is a case when a name with "v." (or "In re")
    /// comes before it and a court/date parenthetical after it, a pin between allowed:
    /// "Black v. A.F.B. Contractors, Inc., 63 O.I.C. 14 (1984)", "…, 63 O.I.C. 14, 16 (1984)".
    func caseWithUnknownReporter(volumeAt v: Int, pageAt k: Int, limit: Int) -> (name: CaseName, start: Int, pin: String?, date: CourtDate, end: Int)? {
        guard isKind(v - 1, .comma) else { return nil }
        var j = k + 1
        var pin: String? = nil
        if isKind(j, .comma), isKind(j + 1, .number), isKind(j + 2, .openParen) { pin = text(j + 1); j += 2 }
        guard isKind(j, .openParen), let date = parseCourtDate(at: j, limit: limit) else { return nil }
        let (name, start, _) = parseCaseNameBackward(before: v)
        guard let n = name, n.defendant != nil || n.procedural != nil else { return nil }
        return (n, start, pin, date, date.end)
    }
}

enum UnknownWords {
    /// Abbreviations that follow numbers in prose without being reporters.
    static let notReporters = WordSet(["Fig", "Figs", "No", "Nos", "Vol", "Ch", "Pt", "Art", "Sec", "Para", "Ex", "Exh",
                                       "Tab", "App", "Mr", "Mrs", "Ms", "Dr", "St", "Ave", "Rd", "Blvd", "Tr", "Doc", "Dkt",
                                       "Supp", "Ed", "Rev", "Cl", "Id", "Stat", "Reg", "Op", "Cir", "Dist", "Ct", "Am", "Pub", "R",
                                       "Civ", "CIV", "Cr", "Crim", "CR", "Cv", "CV", "Misc", "MC"])
}
