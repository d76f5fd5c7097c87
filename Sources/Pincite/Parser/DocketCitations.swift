// Cases cited by docket number alone: an unreported decision that no reporter or
// database prints (Bluebook R10.8.1(a)), "Falbe v. Dell, Inc., No. 04—C—1425 (N.D.
// Ill. 2004)", and its short form "Falbe, slip op. at 7". A docket followed by a
// Westlaw or Lexis cite is read from that cite instead (CaseCitation.swift).

extension Parser {
    /// DocketCase = CaseName "," Docket ["," "slip op." [PinClause]] CourtDate ;
    /// Docket     = ("No." | "Nos.") DocketPart { DocketPart } ;
    ///
    /// The anchor is "No" after a comma; the name before it must have a "v." or a
    /// procedural phrase, and the court/date parenthetical must name a court.
    mutating func parseDocketCase(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "No") || equals(i, "Nos"), isKind(i + 1, .period), isKind(i - 1, .comma), i - 2 >= floor,
              let (ns, vIndex) = nameBackward(endingAt: i - 2),
              vIndex != nil || CaseNameWords.procedural.contains(text(ns)) else { return nil }
        guard let docketEnd = docketForward(from: i + 2, limit: limit) else { return nil }
        var k = docketEnd
        var pin: String? = nil
        // ", slip op. at 6"
        if isKind(k, .comma), equals(k + 1, "slip"), equals(k + 2, "op"), isKind(k + 3, .period) {
            k += 4
            if equals(k, "at") || (isKind(k, .comma) && equals(k + 1, "at")), let pl = parsePinList(at: isKind(k, .comma) ? k + 1 : k, limit: limit) {
                pin = pl.text
                k = pl.end
            }
        }
        guard isKind(k, .openParen), let cd = parseCourtDate(at: k, limit: limit), cd.court != nil else { return nil }
        let name = makeCaseName(ns, i - 2, vIndex)
        var c = Citation(kind: .fullCase, span: span(ns, cd.end - 1))
        c.caseName = name
        c.docket = text(i, through: docketEnd - 1)
        c.pincite = pin
        c.court = cd.court
        c.year = cd.year
        c.date = cd.iso
        c.dateText = cd.dateText
        let id = add(c, startToken: ns, nestedIn: nestedIn, phrase: phrase)
        registerParties(name, citation: id)
        return parseParentheticals(at: cd.end, limit: limit, owner: id)
    }

    /// The end (exclusive) of a docket number starting at token `k`: numbers, short
    /// capitalised codes ("CV", "C", "RAJ"), dashes, slashes and colons, up to a comma or
    /// "(" ("04—C—1425", "2:07-CV-00461", "17-CV-0094-RAJ"). Nil without a number.
    func docketForward(from k0: Int, limit: Int) -> Int? {
        var k = k0
        var digits = false
        while k < limit, k - k0 < 12 {
            let t = tokens[k]
            switch t.kind {
            case .number: digits = true
            case .dash, .slash, .colon: break
            case .word:
                guard t.has(.hasDigit) || (t.length <= 4 && !t.has(.lowercase)) else { return nil }
                if t.has(.hasDigit) { digits = true }
            default:
                return digits && k > k0 ? k : nil
            }
            // the parts of a docket are written together: a space ends it
            if k > k0, t.has(.spaceBefore) { return nil }
            k += 1
        }
        return nil
    }

    /// SlipShortForm = ShortName "," "slip op." ["," | ] "at" PinList ;
    ///
    /// "Falbe, slip op. at 7": the short form of a case cited by docket (or of any
    /// slip opinion), found by its party name.
    mutating func parseSlipOpinionShortForm(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "slip"), equals(i + 1, "op"), isKind(i + 2, .period), isKind(i - 1, .comma), i - 2 >= floor,
              let (ns, _) = nameBackward(endingAt: i - 2) else { return nil }
        var k = i + 3
        if isKind(k, .comma) { k += 1 }
        guard equals(k, "at"), let pl = parsePinList(at: k, limit: limit) else { return nil }
        var c = Citation(kind: .shortCase, span: span(ns, pl.end - 1))
        c.caseName = makeCaseName(ns, i - 2, nil)
        c.pincite = pl.text
        add(c, startToken: ns, nestedIn: nestedIn, phrase: phrase)
        return pl.end
    }
}
