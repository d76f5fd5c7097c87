// An unpublished opinion cited the way Michigan's courts cite them (Michigan Appellate
// Opinion Manual): "Boladian v. Clinton, unpublished opinion per curiam of the Court of
// Appeals, issued November 22, 2005 (Docket No. 261746), 2005 WL 3116504". The court,
// the date and the docket stand in words between the name and the database cite, which
// may be missing ("…, issued March 1, 2016 (Docket No. 324567), p 3"). Without this
// production the database cite kept only "Docket No. 261746)" and no name.

extension Parser {
    /// UnpublishedOpinion = CaseName "," "unpublished" Words "of the" Court "," ("issued" | "decided")
    ///                      Month Day "," Year "(" Docket ")" ["," (ReporterCite | "p" Num | "slip op at" Num)] ;
    mutating func parseUnpublishedOpinion(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "unpublished"), isKind(i - 1, .comma), i - 2 >= floor,
              let (nameStart, versus) = nameBackward(endingAt: i - 2), versus != nil || nameStart < i - 2 else { return nil }
        // "opinion per curiam", "per curiam opinion", "memorandum opinion" … up to "of the"
        var k = i + 1
        while k < limit, k < i + 6, !(equals(k, "of") && equals(k + 1, "the")) {
            guard isKind(k, .word), tokens[k].has(.lowercase) else { return nil }
            k += 1
        }
        guard equals(k, "of"), equals(k + 1, "the") else { return nil }
        let courtStart = k + 2
        var courtEnd = courtStart
        while courtEnd < limit, courtEnd < courtStart + 8, !isKind(courtEnd, .comma) { courtEnd += 1 }
        guard isKind(courtEnd, .comma), courtEnd > courtStart, equals(courtEnd + 1, "issued") || equals(courtEnd + 1, "decided") else { return nil }
        // Month [.] Day , Year
        var d = courtEnd + 2
        guard isKind(d, .word), let month = tables.months[ReferenceTables.monthKey(text(d))] else { return nil }
        d += isKind(d + 1, .period) ? 2 : 1
        guard let day = intValue(d), day >= 1, day <= 31, isKind(d + 1, .comma), isYear(d + 2), let year = intValue(d + 2) else { return nil }
        // "(Docket No. 261746)", "(Docket Nos. 261746 and 261747)"
        let open = d + 3
        guard isKind(open, .openParen), equals(open + 1, "Docket") else { return nil }
        var close = open + 2
        while close < limit, close < open + 16, !isKind(close, .closeParen) { close += 1 }
        guard isKind(close, .closeParen) else { return nil }
        var end = close + 1
        var c = Citation(kind: .fullCase, span: span(nameStart, close))
        c.caseName = makeCaseName(nameStart, i - 2, versus)
        c.court = text(courtStart, through: courtEnd - 1)
        c.year = year
        c.date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        c.docket = text(open + 1, through: close - 1)
        // the slip opinion's page: ", p 3" / ", slip op at 3"
        var database: ReporterCite? = nil
        if isKind(end, .comma) {
            if equals(end + 1, "p"), isKind(end + 2, .number) {
                c.pincite = text(end + 2)
                end += 3
            } else if equals(end + 1, "slip"), equals(end + 2, "op"), let at = (end + 3..<min(limit, end + 6)).first(where: { equals($0, "at") }),
                      isKind(at + 1, .number) {
                c.pincite = text(at + 1)
                end = at + 2
            } else if let cite = parseReporterCite(volumeAt: end + 1, limit: limit), cite.page != nil {
                database = cite
                end = cite.end
            }
        }
        c.span.end = Int(tokens[end - 1].end)
        let id = add(c, startToken: nameStart, nestedIn: nestedIn, phrase: phrase)
        if let cite = database {
            // the database cite is the same decision: a parallel with its name and date
            let info = tables.reporters[cite.reporterIndex]
            var w = Citation(kind: .fullCase, span: span(cite.volumeToken, cite.end - 1))
            w.caseName = c.caseName
            w.volume = cite.volume
            w.reporter = info.canonical
            w.reporterType = info.citeType
            w.page = cite.page
            w.pincite = cite.pin
            w.docket = c.docket
            w.court = c.court
            w.year = c.year
            w.date = c.date
            _ = addParallel(w, of: id, startToken: cite.volumeToken, nestedIn: nestedIn, phrase: phrase)
        }
        if let n = c.caseName { registerParties(n, citation: id) }
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// CaliforniaUnpublished = CaseName "(" Month Day "," Year "," Docket ")" "[nonpub. opn.]" ;
    ///
    /// The California Style Manual's form for an opinion not published: "(People v. Martinez
    /// (Mar. 22, 2006, B181429) [nonpub. opn.])". Read from its "nonpub" back to the name.
    mutating func parseCaliforniaUnpublished(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "nonpub"), isKind(i - 1, .openBracket), isKind(i - 2, .closeParen), isKind(i + 1, .period),
              equals(i + 2, "opn"), isKind(i + 3, .period), isKind(i + 4, .closeBracket), i + 4 < limit else { return nil }
        // the docket: one word or number, or a few joined by dashes, before the ")"
        var d = i - 3
        while d - 2 >= floor, isKind(d - 1, .dash), isKind(d - 2, .word) || isKind(d - 2, .number) { d -= 2 }
        guard d - 5 >= floor, isKind(d, .word) || isKind(d, .number), tokens[d].has(.hasDigit) || isKind(d, .number), isKind(d - 1, .comma),
              isYear(d - 2), let year = intValue(d - 2), isKind(d - 3, .comma), let day = intValue(d - 4), day >= 1, day <= 31 else { return nil }
        var m = d - 5
        if isKind(m, .period) { m -= 1 }
        guard m - 2 >= floor, isKind(m, .word), let month = tables.months[ReferenceTables.monthKey(text(m))], isKind(m - 1, .openParen),
              let (nameStart, versus) = nameBackward(endingAt: m - 2), versus != nil else { return nil }
        var c = Citation(kind: .fullCase, span: span(nameStart, i + 4))
        c.caseName = makeCaseName(nameStart, m - 2, versus)
        c.year = year
        c.date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        c.dateText = text(m, through: d - 2)
        c.docket = text(d, through: i - 3)
        c.parentheticals.append(Parenthetical(text: text(i, through: i + 3), kind: .explanatory, span: span(i - 1, i + 4)))
        let id = add(c, startToken: nameStart, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: i + 5, limit: limit, owner: id)
    }
}
