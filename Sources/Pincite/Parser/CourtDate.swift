// The court-and-date parenthetical that closes a full citation:
// "(2d Cir. 1990)", "(E.D.N.Y. Aug. 21, 2017)", "(Ct.App.2009)", "(1948)".
// A parenthetical counts as one only if it ends with a year and what stands
// before the date looks like a court abbreviation; anything else is left for
// the explanatory-parenthetical production.

extension Parser {
    struct CourtDate {
        var court: String?
        var dateText: String?
        var iso: String?
        var year: Int
        /// Token index after the closing parenthesis.
        var end: Int
        /// Texas petition or writ history after the year: "pet. denied", "no writ".
        var writHistory: String? = nil
    }

    /// The first year of a span of two written together and ending at token `e`, after
    /// token `o`: a session, volume or edition such as "2005-06", "1993–94", "2017-2018".
    func yearRangeStart(endingAt e: Int, after o: Int) -> Int? {
        guard e - 2 > o, isYear(e - 2), isKind(e - 1, .dash), isKind(e, .number), tokens[e].length == 2 || tokens[e].length == 4,
              tokens[e - 1].start == tokens[e - 2].end, tokens[e].start == tokens[e - 1].end else { return nil }
        return e - 2
    }

    /// CourtDate = "(" [Court] [Month [Day ","]] (Year | YearRange) ")" ;
    ///
    /// Example: `(W.D. Wash. June 21, 2017)` → court "W.D. Wash.", date 2017-06-21.
    func parseCourtDate(at o: Int, limit: Int) -> CourtDate? {
        // New York official style puts it in brackets: "[1st Dept 2011]"
        guard isKind(o, .openParen) || isKind(o, .openBracket) else { return nil }
        let close: TokenKind = isKind(o, .openParen) ? .closeParen : .closeBracket
        var c = o + 1
        let maxEnd = min(limit, o + 32)
        while c < maxEnd, tokens[c].kind != close {
            // a "(" may hold brackets: Texas courts of appeals name their district in them,
            // "(Tex. App.—Houston [14th Dist.] 2003)"
            if tokens[c].kind == .openParen || (tokens[c].kind == .openBracket && close == .closeBracket) || tokens[c].kind == .semicolon { return nil }
            c += 1
        }
        guard c < maxEnd else { return nil }
        // Texas petition or writ history after the year: "(Tex. App.—Dallas 2003, pet. denied)"
        var writHistory: String? = nil
        let closeAt = c
        if let comma = writHistoryComma(open: o, close: c) {
            writHistory = text(comma + 1, through: c - 1)
            c = comma
        }
        var month: Int? = nil
        var day: Int? = nil
        let year: Int
        var dateStart = c - 1
        if let n = numericDate(endingAt: c - 1, after: o) {
            year = n.year
            month = n.month
            day = n.day
            dateStart = c - 5
        } else if let first = yearRangeStart(endingAt: c - 1, after: o), let y = intValue(first) {
            year = y
            dateStart = first
        } else {
            guard isYear(c - 1), let y = intValue(c - 1) else { return nil }
            year = y
        }
        // [Month [Day ","]]
        var m = c - 2
        if month != nil {
            // the numeric date was read
        } else if isKind(m, .comma), let d = intValue(m - 1), d >= 1, d <= 31 {
            let mw = isKind(m - 2, .period) ? m - 3 : m - 2
            if mw > o, isKind(mw, .word), let mo = tables.months[ReferenceTables.monthKey(text(mw))] {
                month = mo; day = d; dateStart = mw
            }
        } else {
            let mw = isKind(m, .period) ? m - 1 : m
            if mw > o, isKind(mw, .word), let mo = tables.months[ReferenceTables.monthKey(text(mw))] {
                month = mo; dateStart = mw
            }
        }
        m = dateStart - 1
        var court: String? = nil
        if m > o {
            // the court part: abbreviations, ordinals and a few lower-case words
            for k in (o + 1)...m {
                let t = tokens[k]
                if t.kind == .word, t.has(.lowercase), !t.has(.hasDigit), !CourtWords.lowercaseAllowed.contains(text(k)) { return nil }
                if t.kind == .openQuote || t.kind == .closeQuote && !(k > 0 && tokens[k - 1].end == t.start) { return nil }
            }
            if m - o > 14 { return nil }
            var e = m
            while e > o, isKind(e, .comma) { e -= 1 }
            if e > o { court = text(o + 1, through: e) }
        }
        var cd = CourtDate(court: court, dateText: nil, iso: nil, year: year, end: closeAt + 1)
        cd.writHistory = writHistory
        if dateStart < c - 1 { cd.dateText = text(dateStart, through: c - 1) }
        if let mo = month {
            let mm = mo < 10 ? "0\(mo)" : "\(mo)"
            if let d = day { cd.iso = "\(year)-\(mm)-\(d < 10 ? "0\(d)" : "\(d)")" } else { cd.iso = "\(year)-\(mm)" }
        } else {
            cd.iso = "\(year)"
        }
        return cd
    }
}

extension Parser {
    /// The comma between the year and a Texas petition or writ history ("2003, pet.
    /// denied", "1995, no writ", "2010, orig. proceeding") inside the parenthesis
    /// `open`...`close`.
    func writHistoryComma(open: Int, close: Int) -> Int? {
        var k = close - 1
        while k > open + 2, !isKind(k, .comma) { k -= 1 }
        guard k > open + 2, isYear(k - 1), k + 1 < close,
              equals(k + 1, "pet") || equals(k + 1, "no") || equals(k + 1, "writ") || equals(k + 1, "orig")
                || equals(k + 1, "mand") || equals(k + 1, "judgm't") || equals(k + 1, "judgm’t") else { return nil }
        return k
    }

    /// A numeric date "5/10/10" or "5/10/2010" ending at token `e` (Louisiana's
    /// "(La. App. 1 Cir. 5/10/10)"). A two-digit year is 20YY up to 30, else 19YY.
    func numericDate(endingAt e: Int, after o: Int) -> (year: Int, month: Int, day: Int)? {
        guard e - 4 > o, isKind(e - 1, .slash), isKind(e - 3, .slash),
              let y = intValue(e), let d = intValue(e - 2), let mo = intValue(e - 4),
              tokens[e].length == 2 || tokens[e].length == 4, mo >= 1, mo <= 12, d >= 1, d <= 31,
              tokens[e].start == tokens[e - 1].end, tokens[e - 2].start == tokens[e - 3].end,
              tokens[e - 1].start == tokens[e - 2].end, tokens[e - 3].start == tokens[e - 4].end else { return nil }
        let year = tokens[e].length == 4 ? y : (y <= 30 ? 2000 + y : 1900 + y)
        guard year >= 1600, year <= 2099 else { return nil }
        return (year, mo, d)
    }
}

enum CourtWords {
    /// Lower-case words that may appear in a court/date parenthetical.
    static let lowercaseAllowed: Set<String> = ["ex", "rel", "en", "banc", "of", "mem", "d", "dist", "div", "and", "per", "curiam", "unpub", "table"]
}
