// Case citations: full cites ("Easley v. Cromartie, 532 U.S. 234, 242 (2001)"),
// Westlaw/Lexis cites with docket numbers, parallel cites, and the short form
// "Duling, 266 F.R.D. at 75–76". The anchor is a volume number followed by a
// reporter found in the reporters-db trie; the case name is read backwards from
// the volume (CaseName.swift), everything after the page forwards.

extension Parser {
    /// CaseCitation  = [CaseName "," [Docket ","]] ReporterCite { "," ReporterCite }
    ///                 [CourtDate] { Parenthetical } { History } ;
    /// ReporterCite  = Volume Reporter (Page [PinClause] | "at" PinList) ;
    ///
    /// Also the official state orders: New York `People v Brown (90 AD3d 575 [1st Dept 2011])`,
    /// California `Delaney v. Superior Court (1990) 50 Cal.3d 785`, Georgia parallels in
    /// parentheses `196 Ga.App. 773(2) (397 S.E.2d 52) (1990)`. A cite without a court/date
    /// parenthetical is a short form when an earlier cite of the same volume, reporter and page
    /// had a court/date, docket or more parallels than it.
    ///
    /// Examples: `Thomas E. Hoar, Inc. v. Sara Lee Corp., 900 F.2d 522, 525 (2d Cir. 1990)`;
    /// `Coggins v. Cty. of Nassau, No. 07-CV-3624 (JFB) (AKT), 2014 WL 495646, at *2 (E.D.N.Y. Feb. 6, 2014)`;
    /// `384 S.C. 372, 681 S.E.2d 925` (parallel); `Duling, 266 F.R.D. at 75–76` (short form).
    mutating func parseReporterCitation(volumeAt v: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard let first = parseReporterCite(volumeAt: v, limit: limit) else {
            return parseJournalCitation(volumeAt: v, limit: limit, nestedIn: nestedIn)
        }
        return finishReporterCitation(first, anchor: v, limit: limit, nestedIn: nestedIn, phrase: phrase)
    }

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
            if isKind(y, .pilcrow) || (isKind(y, .word) && p[Int(tokens[y].start)] == 0x50 && (tokens[y].length == 1 || tokens[y].has(.hasDigit)))
                || equals(y, "par") { break }
            // a reporter's name is capitalised words, periods, "&" and a publisher in parentheses
            let kind = tokens[y].kind
            if kind == .number || kind == .comma || kind == .semicolon || (kind == .word && tokens[y].has(.lowercase)) { return nil }
            y += 1
        }
        guard y < last else { return nil }
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

    /// The rest of a case citation once its first reporter cite is read: parallel
    /// cites, the case name before `anchor`, court and date, parentheticals, history.
    mutating func finishReporterCitation(_ first: ReporterCite, anchor v: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var cites = [first]
        var k = first.end
        // parallel cites: ", 681 S.E.2d 925"
        while isKind(k, .comma), cites.count < 8, let next = parseReporterCite(volumeAt: k + 1, limit: limit) {
            cites.append(next)
            k = next.end
        }
        var (name, nameStart, docket) = parseCaseNameBackward(before: v)
        var court: CourtDate? = nil
        // Louisiana's docket and court before the reporter:
        // "State v. Smith, 2009-1359 (La. App. 1 Cir. 5/10/10), 39 So. 3d 123"
        if name == nil, docket == nil, let before = docketAndCourtBackward(before: v) {
            (name, nameStart, docket) = (before.name, before.start, before.docket)
            court = before.court
        }
        // the California year before the cite: "(1990) 50 Cal.3d 785"
        if court == nil, name != nil, nameStart < v - 3, isKind(v - 1, .closeParen), isYear(v - 2), let y = intValue(v - 2) {
            court = CourtDate(court: nil, dateText: nil, iso: String(y), year: y, end: v)
        }
        // the year written between reporter and page ("5 Am. Law Reg. (1857) 280"); a court/date
        // parenthetical after the cites still wins
        let yearInCite = first.year.map { CourtDate(court: nil, dateText: nil, iso: String($0), year: $0, end: v) }
        // Georgia style parallel in parentheses: "196 Ga. App. 773 (397 S.E.2d 52) (1990)"
        while isKind(k, .openParen), cites.count < 8, let next = parseReporterCite(volumeAt: k + 1, limit: limit),
              isKind(next.end, .closeParen) {
            cites.append(next)
            k = next.end + 1
        }
        if isKind(k, .openParen) || isKind(k, .openBracket), let cd = parseCourtDate(at: k, limit: limit) {
            court = cd
            k = cd.end
        }
        if court == nil { court = yearInCite }
        // a court or year written before the cites (California, Louisiana) or inside them does not end the span
        let californiaYear = court != nil && court!.end <= v
        // Kinds: "V Rep at P" is a short form; a cite with neither a court/date
        // parenthetical nor a full case name that repeats an earlier cite is a short form too.
        let reporterInfo = tables.reporters[first.reporterIndex]
        var kind: CitationKind = first.isShortForm ? .shortCase : .fullCase
        if kind == .fullCase, court == nil,
           let seen = seenCites[first.volume + " " + reporterInfo.canonical + " " + (first.page ?? "")],
           seen.hadCourtDate || (seen.hadDocket && docket == nil) || seen.parallels > cites.count
            || (seen.hadBothParties && name != nil && name?.defendant == nil && name?.procedural == nil) {
            // a repeat that drops the court/date, docket, parallels or one party of the first
            // cite ("Jones, 2017-Ohio-5699, at ¶ 6" after "State v. Jones, 2017-Ohio-5699, ¶ 4")
            kind = .shortCase
        }
        // A bare "V Rep P" with no name, pincite or parenthetical is accepted only
        // for reporters whose abbreviation cannot be an ordinary word.
        if name == nil, court == nil, first.pin == nil, docket == nil, cites.count == 1, !isStrongReporter(reporterInfo) {
            return nil
        }
        if name == nil, kind == .fullCase, court != nil, startsSentence(nameStart) {
            name = textualCaseName(before: nameStart)
        }
        let canonical = reporterInfo.canonical
        let specialKind: CitationKind? = canonical == "Fed. Reg." ? .regulation : (canonical == "Stat." ? .statute : nil)
        var ids: [Int] = []
        for (n, rc) in cites.enumerated() {
            let info = tables.reporters[rc.reporterIndex]
            let startTok = n == 0 ? nameStart : rc.volumeToken
            // the span runs to the court/date parenthetical after the cites (not to a
            // California year written before them)
            let courtEnd: Int? = (court != nil && !californiaYear) ? court!.end - 1 : nil
            let endTok = (n == cites.count - 1 && courtEnd != nil) ? courtEnd! : rc.end - 1
            var c = Citation(kind: specialKind ?? kind, span: span(startTok, n == 0 ? (courtEnd ?? rc.end - 1) : endTok))
            c.caseName = specialKind == nil ? name : nil
            c.volume = rc.volume.isEmpty ? nil : rc.volume  // a looseleaf cited without a binder has none
            c.reporter = info.canonical
            c.reporterType = info.citeType
            let written = collapsed(rc.reporterStart, rc.reporterEnd)
            if written != info.canonical { c.reporterAsWritten = written }
            c.page = rc.page
            c.nominative = rc.nominative
            c.pincite = rc.pin
            c.docket = docket
            if let cd = court {
                c.court = cd.court
                c.year = cd.year
                c.date = cd.iso
                c.dateText = cd.dateText
            }
            let key = rc.volume + " " + info.canonical + " " + (rc.page ?? "")
            if seenCites[key] == nil {
                seenCites[key] = SeenCite(hadCourtDate: court != nil, hadDocket: docket != nil, parallels: cites.count,
                                          hadBothParties: name?.plaintiff != nil && name?.defendant != nil)
            }
            let id = add(c, startToken: n == 0 ? nameStart : rc.volumeToken, nestedIn: nestedIn, phrase: phrase)
            if n > 0 {
                citations[id].signal = nil
                citations[id].nestingPhrase = citations[ids[0]].nestingPhrase
                citations[id].continuesString = false
            }
            ids.append(id)
        }
        if ids.count > 1 {
            for id in ids { citations[id].parallel = ids.filter { $0 != id } }
        }
        // Texas petition or writ history inside the court/date parenthetical ("pet. denied")
        if let writ = court?.writHistory { citations[ids[0]].history.append(HistoryEntry(phrase: writ, citation: nil, text: "")) }
        if kind == .fullCase, let n = name { registerParties(n, citation: ids[0]) }
        k = parseParentheticals(at: k, limit: limit, owner: ids[0])
        k = parseHistory(at: k, limit: limit, owner: ids[0])
        return k
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
        var parts = 0
        while ds - 1 > floor, parts < 6,
              isKind(ds - 1, .dash) || isKind(ds - 1, .number) || (isKind(ds - 1, .word) && tokens[ds - 1].has(.allCaps) && tokens[ds - 1].length <= 3) {
            ds -= 1
            parts += 1
        }
        guard parts >= 2, isKind(ds, .number), isKind(ds - 1, .comma),
              let (ns, vIndex) = nameBackward(endingAt: ds - 2), vIndex != nil else { return nil }
        return (makeCaseName(ns, ds - 2, vIndex), ns, text(ds, through: open - 1), cd)
    }

    /// Reporters whose abbreviation is unambiguous enough to accept "V Rep P" with
    /// no case name and no parenthetical around it (e.g. inside a string cite).
    func isStrongReporter(_ r: ReporterEntry) -> Bool {
        r.canonical.count >= 4 || r.canonical.contains(".")
    }

    /// One "Volume Reporter Page [PinClause]" or "Volume Reporter at PinList".
    struct ReporterCite {
        var volumeToken: Int
        var volume: String
        var reporterIndex: Int
        var reporterStart: Int
        var reporterEnd: Int
        var page: String?
        var pageToken: Int
        var pin: String?
        var isShortForm: Bool
        /// Token index after the cite (and its pincite).
        var end: Int
        /// "1 Cranch" of "5 U.S. (1 Cranch) 137".
        var nominative: String? = nil
        /// The year of "5 Am. Law Reg. (1857) 280", written between reporter and page.
        var year: Int? = nil
    }

    /// "(1857)" or "(1857,)" between a reporter and its page: the year and the
    /// closing parenthesis.
    func yearBeforePage(open: Int, limit: Int) -> (Int, Int)? {
        guard isYear(open + 1), let y = intValue(open + 1) else { return nil }
        let close = isKind(open + 2, .comma) ? open + 3 : open + 2
        guard isKind(close, .closeParen), isKind(close + 1, .number), close + 1 < limit else { return nil }
        return (y, close)
    }

    /// A looseleaf service cited by paragraph: "¶ 61,049", "P 43,243", "P83,138",
    /// "par. 36,973", "¶30986". Returns the page as "¶ 61,049" and the token after it.
    func looseleafParagraph(at k: Int, limit: Int) -> (String, Int)? {
        var n = k
        if isKind(k, .pilcrow) || equals(k, "P") {
            n = k + 1
        } else if equals(k, "par") || equals(k, "para"), isAbbreviated(k) {
            n = k + 2
        } else if isKind(k, .word), tokens[k].length >= 2, p[Int(tokens[k].start)] == 0x50, isLetteredPage(k) {
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
        let r = v + 2
        guard isYear(v), r + 2 < limit, isKind(r, .word), tokens[r].start == tokens[v + 1].end,
              isKind(r + 1, .dash), tokens[r + 1].start == tokens[r].end, isKind(r + 2, .number),
              tables.reporterTrie.canStart(with: p[Int(tokens[r].start)]),
              let m = tables.reporterTrie.longestMatch(in: p, at: Int(tokens[r].start)), m.end == Int(tokens[r].end),
              let neutral = tables.neutralReporterIndex(canonical: tables.reporters[m.payload].canonical) else { return nil }
        var cite = ReporterCite(volumeToken: v, volume: text(v), reporterIndex: neutral,
                                reporterStart: Int(tokens[r].start), reporterEnd: m.end,
                                page: text(r + 2), pageToken: r + 2, pin: nil, isShortForm: false, end: r + 3)
        readPinClause(&cite, limit: limit)
        return cite
    }

    /// ReporterCite = Volume Reporter (Page [PinClause] | "at" PinList) ;
    func parseReporterCite(volumeAt v: Int, limit: Int) -> ReporterCite? {
        guard v + 2 < limit, isKind(v, .number), tokens[v].length <= 5 else { return nil }
        let r = v + 1
        let rk = tokens[r].kind
        if rk == .dash { return parseDashedNeutralCite(yearAt: v, limit: limit) ?? parseSplitVolumeCite(at: v, limit: limit) }
        guard rk == .word || rk == .period || rk == .ampersand, tokens[r].has(.spaceBefore) else { return nil }
        guard tables.reporterTrie.canStart(with: p[Int(tokens[r].start)]),
              let m = tables.reporterTrie.longestMatch(in: p, at: Int(tokens[r].start)) else { return nil }
        var after = tokenIndex(atOrAfter: m.end, from: r)
        guard after < limit else { return nil }
        // the nominative volume of an early official reporter: "5 U.S. (1 Cranch) 137";
        // or the year between reporter and page, nineteenth-century style: "5 Am. Law Reg. (1857) 280"
        var nominative: String? = nil
        var yearInCite: Int? = nil
        if isKind(after, .openParen) {
            if let close = nominativeClose(open: after, limit: limit) {
                nominative = text(after + 1, through: close - 1)
                after = close + 1
            } else if let (y, close) = yearBeforePage(open: after, limit: limit) {
                yearInCite = y
                after = close + 1
            }
        }
        // nineteenth-century style "46 Iowa, 652": a comma between reporter and page
        if isKind(after, .comma), isKind(after + 1, .number), !isYear(after + 1), tokens[after + 1].length <= 4,
           !startsReporterCite(after + 1, limit: limit) {
            after += 1
        }
        var cite = ReporterCite(volumeToken: v, volume: text(v), reporterIndex: m.payload,
                                reporterStart: Int(tokens[r].start), reporterEnd: m.end,
                                page: nil, pageToken: after, pin: nil, isShortForm: false, end: after + 1)
        cite.nominative = nominative
        cite.year = yearInCite
        if equals(after, "at"), let pin = parsePinList(at: after + 1, limit: limit) {
            cite.isShortForm = true
            cite.pin = pin.text
            cite.end = pin.end
            return cite
        }
        if isKind(after, .number) {
            // a footnote number at the start of the next line is not a page ("352 U.S.\n4 There is …")
            if tokens[after].has(.newlineBefore), isKind(after + 1, .word), tokens[after + 1].has(.capitalized),
               !isKind(after + 1, .period) { return nil }
            cite.page = text(after)
            readPageSuffix(&cite, limit: limit)
        } else if let (page, end) = looseleafParagraph(at: after, limit: limit) {
            cite.page = page  // "141 FERC ¶ 61,049", "1982-1 Trade Cas. (CCH) ¶ 64,689"
            cite.end = end
        } else if isLetteredPage(after) {
            cite.page = text(after)  // "244 Ark. 1028A", "2021 MT 172A"
        } else if tokens[after].kind == .other, p[Int(tokens[after].start)] == 0x5F {
            // a blank page "___" of a slip opinion
            var e = after
            while e + 1 < limit, tokens[e + 1].kind == .other, p[Int(tokens[e + 1].start)] == 0x5F, tokens[e + 1].start == tokens[e].end { e += 1 }
            cite.page = "___"
            cite.end = e + 1
        } else {
            return nil
        }
        // Georgia division "773(2)": a parenthesised number glued to the page
        if isKind(cite.end, .openParen), tokens[cite.end].start == tokens[cite.end - 1].end,
           isKind(cite.end + 2, .closeParen), tokens[cite.end + 1].length <= 3 {
            cite.pin = text(cite.end - 1, through: cite.end + 2)
            cite.end += 3
        }
        readPinClause(&cite, limit: limit)
        return cite
    }

    /// PinClause = "," ["at"] PinList ;  (a following "V Rep P" is a parallel cite, not a pin)
    func readPinClause(_ cite: inout ReporterCite, limit: Int) {
        if isKind(cite.end, .comma), !startsReporterCite(cite.end + 1, limit: limit),
           let pin = parsePinList(at: cite.end + 1, limit: limit) {
            cite.pin = pin.text
            cite.end = pin.end
        }
    }

    /// Whether a "Volume Reporter" pair starts at token `k`.
    func startsReporterCite(_ k: Int, limit: Int) -> Bool {
        guard isKind(k, .number), k + 1 < limit else { return false }
        let s = Int(tokens[k + 1].start)
        return tables.reporterTrie.canStart(with: p[s]) && tables.reporterTrie.longestMatch(in: p, at: s) != nil
    }
}
