// Law-journal citations ("95 Harv. L. Rev. 1, 12 (1981)"): volume, periodical
// abbreviation from the journals table (Juris-M / reporters-db), first page,
// pincite and year. The author and title before the volume are kept as the
// citation's name when they are set off by a comma.

extension Parser {
    /// JournalCitation = [Author "," Title ","] Volume Journal ( Page [PinClause] ["(" Year ")"] | "at" PinList ) ;
    ///
    /// Examples: `95 Harv. L. Rev. 1, 12 (1981)`; the short form `Berg, 37 Cal. L. Rev. at 22`
    /// (no first page; the resolver ties it to the full cite of the same volume and journal).
    /// A law review the journals table does not list, written out in part: capitalised
    /// abbreviations ending in "Law Rev." / "L. Rev." / "Law J." / "L.J." ("67 Marq. Law Rev. 65",
    /// the table's "Marq. L. Rev."). Returns the index after its last token.
    func lawReviewName(from k0: Int, limit: Int) -> Int? {
        var k = k0
        var sawLaw = false
        while k < min(limit, k0 + 12) {
            guard isKind(k, .word), tokens[k].has(.capitalized) || tokens[k].has(.allCaps), !tokens[k].has(.hasDigit) else { return nil }
            let isLaw = equals(k, "Law") || equals(k, "L")
            let closes = (equals(k, "Rev") || equals(k, "J") || equals(k, "Q")) && sawLaw
            k += 1
            if isKind(k, .period), tokens[k].start == tokens[k - 1].end { k += 1 }
            if closes { return isKind(k, .number) ? k : nil }
            if isLaw { sawLaw = true }
        }
        return nil
    }

    /// "Author, Title," right before the volume `v` of an article: the author's capitalised
    /// name after a signal or at a sentence's start, a comma, the title (capitalised words and
    /// small connectors), a comma. Returns author, title and the author's first token.
    func authorAndTitle(before v: Int) -> (String, String, Int)? {
        guard isKind(v - 1, .comma) else { return nil }
        var j = v - 2
        var titleStart = -1
        while j >= floor, v - j < 40 {
            if isKind(j, .comma) { titleStart = j + 1; break }
            guard isKind(j, .word) || isKind(j, .period) || isKind(j, .colon) || isKind(j, .closeQuote) || isKind(j, .dash) || isKind(j, .number) else { return nil }
            j -= 1
        }
        guard titleStart > 0, titleStart < v - 1, isKind(titleStart, .word), tokens[titleStart].has(.capitalized) else { return nil }
        var k = titleStart - 2
        var words = 0
        // (two authors: "Roger M. Baron & Melissa M. Martin", "… and …", each name of two words or more)
        var join: (token: Int, words: Int)? = nil
        var limit = 6
        while k >= floor, words < limit, isKind(k, .word) || isKind(k, .period) || isKind(k, .ampersand) {
            if isKind(k, .ampersand) || equals(k, "and") {
                guard join == nil, words >= 2 else { break }
                join = (k, words)
                limit = words + 6
            } else if isKind(k, .word) {
                guard tokens[k].has(.capitalized) || equals(k, "de") || equals(k, "la") || equals(k, "van") || equals(k, "von") else { break }
                if isSignalWord(k) { break }
                words += 1
            }
            k -= 1
        }
        var authorStart = k + 1
        if let join = join, words - join.words < 2 { authorStart = join.token + 1 }
        guard words >= 2, authorStart < titleStart - 1, isKind(authorStart, .word), !isSignalWord(authorStart),
              startsSentence(authorStart) || parseSignal(before: authorStart).0 != nil
                || isKind(authorStart - 1, .semicolon)  // (the next cite of a string: "…, 205 & n. 1 (5th Cir.1999); Roger M. Baron & …")
        else { return nil }
        return (text(authorStart, through: titleStart - 2), text(titleStart, through: v - 2), authorStart)
    }

    mutating func parseJournalCitation(volumeAt v: Int, limit: Int, nestedIn: Int?) -> Int? {
        guard v + 2 < limit, isKind(v, .number), tokens[v].length <= 4, isKind(v + 1, .word) else { return nil }
        let s = Int(tokens[v + 1].start)
        let journal: String
        var pageTok: Int
        if tables.journalTrie.canStart(with: p[s]), let m = tables.journalTrie.longestMatch(in: p, at: s) {
            journal = tables.journals[m.payload]
            pageTok = tokenIndex(atOrAfter: m.end, from: v + 1)
        } else if let end = lawReviewName(from: v + 1, limit: limit) {
            journal = collapsed(s, Int(tokens[end - 1].end))
            pageTok = end
        } else {
            return nil
        }
        // New York's "51 Harv. L. Rev., 638, 660": a comma before the first page
        // (not "… Antitrust Litig., 262 F.R.D. 1": a reporter after the number makes it a case)
        if isKind(pageTok, .comma), isKind(pageTok + 1, .number), !isKind(pageTok + 2, .word) { pageTok += 1 }
        // the short form "51 Harv. L. Rev. at 662": a pin and no first page
        let shortPin = equals(pageTok, "at") ? parsePinList(at: pageTok + 1, limit: limit) : nil
        guard shortPin != nil || isKind(pageTok, .number) else { return nil }
        var c = Citation(kind: .journal, span: span(v, shortPin.map { $0.end - 1 } ?? pageTok))
        // "See also Linda de la Mora, The Wisconsin Public Records Law, 67 Marq. Law Rev. 65":
        // the author and title set off by commas belong to the cite (and its signal stands before them)
        var first = v
        if shortPin == nil, let (a, t, start) = authorAndTitle(before: v) {
            c.author = a
            c.title = t
            c.span.start = Int(tokens[start].start)
            first = start
        }
        c.volume = text(v)
        c.reporter = journal
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
        let id = add(c, startToken: first, nestedIn: nestedIn, phrase: nil)
        return parseParentheticals(at: k, limit: limit, owner: id)
    }
}
