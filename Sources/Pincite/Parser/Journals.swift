// Law-journal citations ("95 Harv. L. Rev. 1, 12 (1981)"): volume, periodical
// abbreviation from the journals table (Juris-M / reporters-db), first page,
// pincite and year. The author and title before the volume are kept as the
// citation's name when they are set off by a comma.

extension Parser {
    /// JournalCitation = [Author "," Title ","] Volume Journal Page [PinClause] ["(" Year ")"] ;
    ///
    /// Example: `95 Harv. L. Rev. 1, 12 (1981)`.
    mutating func parseJournalCitation(volumeAt v: Int, limit: Int, nestedIn: Int?) -> Int? {
        guard v + 2 < limit, isKind(v, .number), tokens[v].length <= 4, isKind(v + 1, .word) else { return nil }
        let s = Int(tokens[v + 1].start)
        guard tables.journalTrie.canStart(with: p[s]), let m = tables.journalTrie.longestMatch(in: p, at: s) else { return nil }
        let pageTok = tokenIndex(atOrAfter: m.end, from: v + 1)
        guard isKind(pageTok, .number) else { return nil }
        var c = Citation(kind: .journal, span: span(v, pageTok))
        c.volume = text(v)
        c.reporter = tables.journals[m.payload]
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
