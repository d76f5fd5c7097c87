// Reporter cite forms beyond "Volume Reporter Page", most of them found by parsing
// reporters-db's own example citations (Grammars/examples/): nominative volumes
// ("5 U.S. (1 Cranch) 137"), the year between reporter and page ("5 Am. Law Reg.
// (1857) 280"), dashed neutral cites ("2017-Ohio-5699"), split looseleaf volumes
// ("1982-1 Trade Cas."), pages with letters or suffixes ("D2629", "120583-U",
// "51192[U]"), looseleaf paragraphs ("¶ 61,049"), cites with no volume ("T.C. Memo.
// 2019-123") and Louisiana's docket and court before the reporter.

extension Parser {
    /// A cite with no volume number before the reporter:
    /// - by year and number, the year standing as the volume: the Tax Court's
    ///   "T.C. Memo. 2019-123", "T.C. Summary Opinion 2002-43";
    /// - a looseleaf service by paragraph, the volume a bracketed binder or none:
    ///   "[1991-1992 Transfer Binder] Fed. Sec. L. Rep. (CCH) ¶ 96,572".
    mutating func parseVolumelessCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        // cheap test first: a year-number or a paragraph sign follows within a few tokens,
        // with only the words of a reporter's name before it
        var y = i + 1
        let last = min(limit - 2, i + 14)
        var yearNumber = false
        while y < last {
            if isYear(y), isKind(y + 1, .dash), isKind(y + 2, .number), tokens[y + 1].start == tokens[y].end,
               tokens[y + 2].start == tokens[y + 1].end { yearNumber = true; break }
            if startsLooseleafParagraph(y) { break }
            // a reporter's name is capitalised words, periods, "&" and a publisher in parentheses
            let kind = tokens[y].kind
            if kind == .number || kind == .comma || kind == .semicolon || (kind == .word && tokens[y].has(.lowercase)) { return nil }
            y += 1
        }
        // a paragraph sign that opens a paragraph is the paragraph's number ("C.J.⏎⏎¶ 1 This case")
        guard y < last, !tokens[y].has(.blankLineBefore) else { return nil }
        let s = Int(tokens[i].start)
        guard tables.reporterTrie.canStart(with: p[s]), let m = tables.reporterTrie.longestMatch(in: p, at: s),
              tokenIndex(atOrAfter: m.end, from: i) == y else { return nil }
        var cite: ReporterCite
        if yearNumber {
            cite = ReporterCite(volumeToken: i, volume: text(y), reporterIndex: m.payload, reporterStart: s, reporterEnd: m.end,
                                page: text(y + 2), pageToken: y + 2, pin: nil, isShortForm: false, end: y + 3)
        } else {
            guard let (page, end) = looseleafParagraph(at: y, limit: limit) else { return nil }
            var start = i
            var volume = ""
            // "[1991-1992 Transfer Binder]", "[Current Binder]" before the name
            if isKind(i - 1, .closeBracket), let open = (max(floor, i - 9)..<(i - 1)).last(where: { isKind($0, .openBracket) }),
               ((open + 1)..<(i - 1)).contains(where: { equals($0, "Binder") || equals($0, "Transfer") }) {
                start = open
                volume = text(open, through: i - 1)
            }
            cite = ReporterCite(volumeToken: start, volume: volume, reporterIndex: m.payload, reporterStart: s, reporterEnd: m.end,
                                page: page, pageToken: y, pin: nil, isShortForm: false, end: end)
        }
        readPinClause(&cite, limit: limit)
        return finishReporterCitation(cite, anchor: cite.volumeToken, limit: limit, nestedIn: nestedIn, phrase: phrase)
    }

    /// The closing parenthesis of a nominative volume opened at `open` — an optional
    /// volume number ("1", "3 & 4"), then a known reporter ("Cranch", "Dev. & Bat.") —
    /// when the page follows it. A year or a court in parentheses is not one.
    func nominativeClose(open: Int, limit: Int) -> Int? {
        var k = open + 1
        while k < limit, k < open + 4, isKind(k, .number) || isKind(k, .ampersand) || equals(k, "and") {
            guard !isYear(k) else { return nil }
            k += 1
        }
        guard isKind(k, .word), tokens[k].has(.capitalized), tables.reporterTrie.canStart(with: p[Int(tokens[k].start)]),
              let m = tables.reporterTrie.longestMatch(in: p, at: Int(tokens[k].start)) else { return nil }
        let close = tokenIndex(atOrAfter: m.end, from: k)
        guard isKind(close, .closeParen), close + 1 < limit else { return nil }
        let next = close + 1
        return isKind(next, .number) || isLetteredPage(next) || equals(next, "at") ? close : nil
    }

    /// "(1857)" or "(1857,)" between a reporter and its page: the year and the
    /// closing parenthesis.
    func yearBeforePage(open: Int, limit: Int) -> (Int, Int)? {
        guard isYear(open + 1), let y = intValue(open + 1) else { return nil }
        let close = isKind(open + 2, .comma) ? open + 3 : open + 2
        guard isKind(close, .closeParen), isKind(close + 1, .number), close + 1 < limit else { return nil }
        return (y, close)
    }

    /// A paragraph sign at `k`: "¶", "P", "par.", "para.", or "P" glued to the number ("P83").
    func startsLooseleafParagraph(_ k: Int) -> Bool {
        isKind(k, .pilcrow) || equals(k, "P") || ((equals(k, "par") || equals(k, "para")) && isAbbreviated(k)) || isGluedParagraphSign(k)
    }

    /// "P83": the paragraph sign glued to its number (a lettered page with the capital "P").
    func isGluedParagraphSign(_ k: Int) -> Bool {
        isKind(k, .word) && tokens[k].length >= 2 && p[Int(tokens[k].start)] == 0x50 && isLetteredPage(k)
    }

    /// A looseleaf service cited by paragraph: "¶ 61,049", "P 43,243", "P83,138",
    /// "par. 36,973", "¶30986". Returns the page as "¶ 61,049" and the token after it.
    func looseleafParagraph(at k: Int, limit: Int) -> (String, Int)? {
        var n = k
        if isKind(k, .pilcrow) || equals(k, "P") {
            n = k + 1
        } else if equals(k, "par") || equals(k, "para"), isAbbreviated(k) {
            n = k + 2
        } else if isGluedParagraphSign(k) {
            // "P83,138": the sign glued to the number
            var e = k + 1
            if isKind(e, .comma), isKind(e + 1, .number), tokens[e + 1].length == 3, tokens[e].start == tokens[k].end,
               tokens[e + 1].start == tokens[e].end { e += 2 }
            let digits = collapsed(Int(tokens[k].start) + 1, Int(tokens[e - 1].end))
            return ("¶ " + digits, e)
        } else {
            return nil
        }
        guard n < limit, isKind(n, .number) || isLetteredPage(n) else { return nil }
        var e = n + 1
        // thousands and decimals glued on: "61,049", "1995.05"
        while e + 1 < limit, isKind(e, .comma) || isKind(e, .period), isKind(e + 1, .number),
              tokens[e].start == tokens[e - 1].end, tokens[e + 1].start == tokens[e].end { e += 2 }
        return ("¶ " + text(n, through: e - 1), e)
    }

    /// A looseleaf volume split by year and part: "1984-1 Trade Cas.", "93-1 BCA",
    /// "2010-1 U.S. Tax Cas.". The cite is read from the part number on.
    func parseSplitVolumeCite(at v: Int, limit: Int) -> ReporterCite? {
        guard isKind(v + 2, .number), tokens[v + 1].start == tokens[v].end, tokens[v + 2].start == tokens[v + 1].end,
              tokens[v + 2].length <= 4, isKind(v + 3, .word) || isKind(v + 3, .period),
              var cite = parseReporterCite(volumeAt: v + 2, limit: limit) else { return nil }
        cite.volumeToken = v
        cite.volume = text(v, through: v + 2)
        return cite
    }

    /// A page with letters glued to its number: Florida Law Weekly's "D2629" and
    /// "S827", "1028A", "172A", "160407WC", "447a" (a word token: an optional capital,
    /// digits, up to two letters).
    func isLetteredPage(_ k: Int) -> Bool {
        guard isKind(k, .word), tokens[k].has(.hasDigit) else { return false }
        let t = tokens[k]
        var i = Int(t.start)
        let e = Int(t.end)
        guard t.length >= 2, t.length <= 8 else { return false }
        let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let prefixed = p[i] >= 0x41 && p[i] <= 0x5A
        if prefixed { i += 1 }
        let digitsStart = i
        while i < e, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
        guard i > digitsStart, p[digitsStart] != 0x30 else { return false }
        let letters = e - i
        for j in i..<e where !isLetter(p[j]) { return false }
        if prefixed { return letters == 0 }
        guard letters >= 1, letters <= 2 else { return false }
        // a short ordinal in lower case is a series ("2d", "3rd"), not a page ("240D", "567d")
        let a = p[i], b: UInt8 = letters == 2 ? p[i + 1] : 0
        let digits = i - digitsStart
        let ordinal = (letters == 1 && a == 0x64 && digits <= 2) || (digits <= 3 && ((a == 0x73 && b == 0x74)
            || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)))
        return !ordinal
    }

    /// What may be glued to a page: the Illinois "-U" of an unpublished order
    /// ("2014 IL App (1st) 120583-U") and New York's "[U]"/"[A]" ("2024 NY Slip Op
    /// 51192[U]", "81 Misc 3d 1211[A]").
    func readPageSuffix(_ cite: inout ReporterCite, limit: Int) {
        let pg = cite.end - 1
        let e = cite.end
        guard e + 1 < limit, tokens[e].start == tokens[pg].end else { return }
        let info = tables.reporters[cite.reporterIndex]
        if isKind(e, .dash), info.citeType == "neutral", isKind(e + 1, .word), tokens[e + 1].length == 1,
           tokens[e + 1].has(.capitalized), tokens[e + 1].start == tokens[e].end {
            cite.page = text(pg, through: e + 1)
            cite.end = e + 2
        } else if isKind(e, .openBracket), e + 2 < limit, isKind(e + 1, .word), tokens[e + 1].length == 1,
                  tokens[e + 1].has(.capitalized), isKind(e + 2, .closeBracket) {
            cite.page = text(pg, through: e + 2)
            cite.end = e + 3
        }
    }

    /// A public-domain citation written with dashes: Ohio's "2017-Ohio-5699", New
    /// Mexico's "2010-NMSC-007" (also spaced "2005 -NMCA- 078" in some texts).
    func parseDashedNeutralCite(yearAt v: Int, limit: Int) -> ReporterCite? {
        guard let (neutral, end) = dashedNeutralReporter(yearAt: v, limit: limit) else { return nil }
        let r = v + 2
        var cite = ReporterCite(volumeToken: v, volume: text(v), reporterIndex: neutral,
                                reporterStart: Int(tokens[r].start), reporterEnd: end,
                                page: text(r + 2), pageToken: r + 2, pin: nil, isShortForm: false, end: r + 3)
        readPinClause(&cite, limit: limit)
        return cite
    }

    /// The shape of a dashed public-domain cite at `v` ("2016-Ohio-1002"): its neutral
    /// reporter and the reporter's end offset, without its pin (so that a test for a following
    /// parallel does not read a whole string of them).
    func dashedNeutralReporter(yearAt v: Int, limit: Int) -> (Int, Int)? {
        let r = v + 2
        guard isYear(v), r + 2 < limit, isKind(r, .word), tokens[r].start == tokens[v + 1].end,
              isKind(r + 1, .dash), tokens[r + 1].start == tokens[r].end, isKind(r + 2, .number),
              tables.reporterTrie.canStart(with: p[Int(tokens[r].start)]),
              let m = tables.reporterTrie.longestMatch(in: p, at: Int(tokens[r].start)), m.end == Int(tokens[r].end),
              let neutral = tables.neutralReporters[tables.reporters[m.payload].canonical] else { return nil }
        return (neutral, m.end)
    }

    /// A case name, docket number and court/date parenthetical written before the
    /// reporter, as Louisiana cites: "State v. Smith, 2009-1359 (La. App. 1 Cir.
    /// 5/10/10), 39 So. 3d 123" (dockets also "09-1359", "2009-KA-1359", "2009 CA 1359").
    func docketAndCourtBackward(before v: Int) -> (name: CaseName, start: Int, docket: String, court: CourtDate)? {
        let k = v - 1
        guard k - 4 >= floor, isKind(k, .comma), isKind(k - 1, .closeParen) else { return nil }
        var open = k - 2
        let lowest = max(floor, k - 20)
        while open >= lowest, !isKind(open, .openParen) {
            if isKind(open, .closeParen) { return nil }
            open -= 1
        }
        guard open > lowest, let cd = parseCourtDate(at: open, limit: k), cd.end == k, cd.court != nil,
              isKind(open - 1, .number) else { return nil }
        var ds = open - 1
        // the slip opinion's page after the docket: "State v. Jones, 07-0123, p. 4 (La. 6/2/08)"
        if ds - 3 > floor, isKind(ds - 1, .period), equals(ds - 2, "p"), isKind(ds - 3, .comma), isKind(ds - 4, .number) { ds -= 4 }
        let docketEnd = ds
        var parts = 0
        while ds - 1 > floor, parts < 6,
              isLouisianaDocketPart(ds - 1) {
            ds -= 1
            parts += 1
        }
        guard parts >= 2, isKind(ds, .number), isKind(ds - 1, .comma),
              let (ns, vIndex) = nameBackward(endingAt: ds - 2), vIndex != nil else { return nil }
        return (makeCaseName(ns, ds - 2, vIndex), ns, text(ds, through: docketEnd), cd)
    }

    /// Token `k` is part of a Louisiana docket: "2009-1359", "2009-KA-1359", "2009 CA 1359".
    func isLouisianaDocketPart(_ k: Int) -> Bool {
        isKind(k, .dash) || isKind(k, .number) || (isKind(k, .word) && tokens[k].has(.allCaps) && tokens[k].length <= 3)
    }

    /// Louisiana's docket and court/date before the reporter of a later decision, read
    /// forward from `k`: "writ denied, 2011-1234 (La. 1/1/12), 80 So.3d 1". Gives the docket,
    /// the court/date and the index of the reporter's volume.
    func docketAndCourtForward(at k: Int, limit: Int) -> (docket: String, court: CourtDate, volume: Int)? {
        guard isKind(k, .number) else { return nil }
        var e = k + 1
        while e < min(limit, k + 6),
              isLouisianaDocketPart(e) { e += 1 }
        guard e - k >= 3, isKind(e, .openParen), let cd = parseCourtDate(at: e, limit: limit), cd.court != nil,
              isKind(cd.end, .comma), startsReporterCite(cd.end + 1, limit: limit) else { return nil }
        return (text(k, through: e - 1), cd, cd.end + 1)
    }
}
