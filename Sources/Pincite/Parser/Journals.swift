// Law-journal citations ("95 Harv. L. Rev. 1, 12 (1981)"): volume, periodical
// abbreviation from the journals table (Juris-M / reporters-db), first page,
// pincite and year. The author and title before the volume are kept as the
// citation's name when they are set off by a comma.

extension Parser {
    /// JournalCitation = [Author "," Title ","] Volume Journal ( Page [PinClause] ["(" Year ")"] | "at" PinList ) ;
    ///
    /// Examples: `95 Harv. L. Rev. 1, 12 (1981)`; the short form `Berg, 37 Cal. L. Rev. at 22`
    /// (no first page; the resolver ties it to the full cite of the same volume and journal).
    mutating func parseJournalCitation(volumeAt v: Int, limit: Int, nestedIn: Int?) -> Int? {
        guard v + 2 < limit, isKind(v, .number), tokens[v].length <= 4, isKind(v + 1, .word) else { return nil }
        let s = Int(tokens[v + 1].start)
        guard tables.journalTrie.canStart(with: p[s]), let m = tables.journalTrie.longestMatch(in: p, at: s) else { return nil }
        var pageTok = tokenIndex(atOrAfter: m.end, from: v + 1)
        // New York's "51 Harv. L. Rev., 638, 660": a comma before the first page
        // (not "… Antitrust Litig., 262 F.R.D. 1": a reporter after the number makes it a case)
        if isKind(pageTok, .comma), isKind(pageTok + 1, .number), !isKind(pageTok + 2, .word) { pageTok += 1 }
        // the short form "51 Harv. L. Rev. at 662": a pin and no first page
        let shortPin = equals(pageTok, "at") ? parsePinList(at: pageTok + 1, limit: limit) : nil
        guard shortPin != nil || isKind(pageTok, .number) else { return nil }
        var c = Citation(kind: .journal, span: span(v, shortPin.map { $0.end - 1 } ?? pageTok))
        c.volume = text(v)
        c.reporter = tables.journals[m.payload]
        if let pin = shortPin {
            c.pincite = pin.text
            let id = add(c, startToken: v, nestedIn: nestedIn, phrase: nil)
            return parseParentheticals(at: pin.end, limit: limit, owner: id)
        }
        c.page = text(pageTok)
        var k = pageTok + 1
        if isKind(k, .comma), let pin = parsePinList(at: k + 1, limit: limit) {
            c.pincite = pin.text
            k = pin.end
        }
        if isKind(k, .openParen), let cd = parseCourtDate(at: k, limit: limit) {
            c.year = cd.year
            k = cd.end
        }
        c.span.end = Int(tokens[k - 1].end)
        let id = add(c, startToken: v, nestedIn: nestedIn, phrase: nil)
        return parseParentheticals(at: k, limit: limit, owner: id)
    }
}
