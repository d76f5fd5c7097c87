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

    /// The rest of a case citation once its first reporter cite is read: parallel
    /// cites, the case name before `anchor`, court and date, parentheticals, history.
    mutating func finishReporterCitation(_ first: ReporterCite, anchor v: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var cites = [first]
        // parallels written inside brackets or parentheses: their spans end at their own pages
        var enclosed = Set<Int>()
        var k = first.end
        // parallel cites: ", 681 S.E.2d 925"; a blank one among them (", ---- L. Ed. 2d ----")
        // is passed over
        // (Michigan sets the parallels off by semicolons: "496 US 128, 133; 110 S Ct 2301, 2306; 110 L
        // Ed 2d 112 (1990)" — a cite with no court or year yet and a nameless reporter cite after
        // the ";"; a string cite names its case after the ";")
        while isKind(k, .comma) || isKind(k, .semicolon), cites.count < 8 {
            if let next = parseReporterCite(volumeAt: k + 1, limit: limit),
               isKind(k, .comma) || (!next.isShortForm && !(cites.last?.isShortForm ?? true)) {
                cites.append(next)
                k = next.end
            } else if let b = blankCiteEnd(startingAt: k + 1, limit: limit), isKind(b, .openParen) || isKind(b, .comma) {
                k = b
            } else {
                break
            }
        }
        var (name, nameStart, docket) = parseCaseNameBackward(before: v)
        var court: CourtDate? = nil
        // Louisiana's docket and court before the reporter:
        // "State v. Smith, 2009-1359 (La. App. 1 Cir. 5/10/10), 39 So. 3d 123"
        if name == nil, docket == nil, let before = docketAndCourtBackward(before: v) {
            (name, nameStart, docket) = (before.name, before.start, before.docket)
            court = before.court
        }
        // the California year before the cite: "(1990) 50 Cal.3d 785"; older Illinois
        // style puts a comma after it: "Sauvage v. Gallaway (1946), 329 Ill. App. 38"
        let yearClose = isKind(v - 1, .comma) ? v - 2 : v - 1
        if court == nil, name != nil, nameStart < yearClose - 2, isKind(yearClose, .closeParen), isYear(yearClose - 1),
           isKind(yearClose - 2, .openParen), let y = intValue(yearClose - 1) {
            court = CourtDate(court: nil, dateText: nil, iso: String(y), year: y, end: v)
        }
        // …or a court and year ("Jones v. Smith (9th Cir. 2001) 250 F.3d 1"), or both before a
        // blank official cite ("(2022) ___ U.S. ___ [213 L.Ed.2d 179]")
        if court == nil, name != nil {
            let before = isKind(v - 1, .openBracket) ? blankCiteStart(endingAt: v - 2) : v
            if let b = before, let e = courtDateBefore(b), nameStart <= e.nameEnd {
                court = e.date
                court?.end = v
            }
        }
        // the year written between reporter and page ("5 Am. Law Reg. (1857) 280"); a court/date
        // parenthetical after the cites still wins
        let yearInCite = first.year.map { CourtDate(court: nil, dateText: nil, iso: String($0), year: $0, end: v) }
        // California's official style brackets the parallels: "173 Cal.App.4th 655, 660 [92
        // Cal.Rptr.3d 784]", "[213 L.Ed.2d 179, 200-201]"
        // New Jersey's adds the pin of the official cite: "101 N.J.Super. 259 [262, 244 A.2d 139]"
        var bracketPin: Int? = nil
        if isKind(k, .openBracket), cites.count == 1, cites[0].pin == nil, isKind(k + 1, .number), isKind(k + 2, .comma),
           tokens[k + 1].length <= 5, parseReporterCite(volumeAt: k + 3, limit: limit) != nil {
            bracketPin = k + 1
        }
        if isKind(k, .openBracket), let next = parseReporterCite(volumeAt: bracketPin.map { $0 + 2 } ?? k + 1, limit: limit) {
            var group = [next]
            var j = next.end
            while isKind(j, .comma), group.count < 4, let more = parseReporterCite(volumeAt: j + 1, limit: limit) {
                group.append(more)
                j = more.end
            }
            if isKind(j, .closeBracket), cites.count + group.count <= 8 {
                if let b = bracketPin { cites[0].pin = text(b) }
                cites += group
                for n in (cites.count - group.count)..<cites.count { enclosed.insert(n) }
                k = j + 1
            }
        }
        // the Georgia courts' own style sets the division off by a space before the parallel:
        // "286 Ga. 216, 218 (1) (686 SE2d 786) (2009)", "(2) (a)"
        var divisions = ""
        var d = k
        while isKind(d, .openParen), isKind(d + 2, .closeParen), tokens[d + 1].length <= 3,
              isKind(d + 1, .number) || (isKind(d + 1, .word) && tokens[d + 1].has(.lowercase)), isKind(d + 3, .openParen) {
            divisions += (divisions.isEmpty ? "" : " ") + text(d, through: d + 2)
            d += 3
        }
        if !divisions.isEmpty, parseReporterCite(volumeAt: d + 1, limit: limit) != nil || parseCourtDate(at: d, limit: limit) != nil {
            let last = cites.count - 1
            cites[last].pin = cites[last].pin.map { $0 + " " + divisions } ?? divisions
            cites[last].end = d
            k = d
        }
        // Georgia style parallel in parentheses: "196 Ga. App. 773 (397 S.E.2d 52) (1990)"
        while isKind(k, .openParen), cites.count < 8, let next = parseReporterCite(volumeAt: k + 1, limit: limit),
              isKind(next.end, .closeParen) {
            cites.append(next)
            enclosed.insert(cites.count - 1)
            k = next.end + 1
        }
        if isKind(k, .openParen) || isKind(k, .openBracket), let cd = parseCourtDate(at: k, limit: limit) {
            court = cd
            k = cd.end
        } else if isKind(k, .comma), isKind(k + 1, .openParen), let cd = parseCourtDate(at: k + 1, limit: limit) {
            court = cd  // a stray comma before it: "483 A.2d 420, (App.Div.1984)"
            k = cd.end
        }
        if court == nil { court = yearInCite }
        let yearless = court == nil ? yearlessCourt(at: k, limit: limit) : nil
        if let y = yearless { k = y.end }
        // a court or year written before the cites (California, Louisiana) or inside them does not end the span
        let courtBeforePage = court != nil && court!.end <= v
        // Kinds: "V Rep at P" is a short form; a cite with neither a court/date
        // parenthetical nor a full case name ("X v. Y") that repeats an earlier cite is a short form too.
        let reporterInfo = tables.reporters[first.reporterIndex]
        var kind: CitationKind = first.isShortForm ? .shortCase : .fullCase
        // (a repeat that names both parties and pins no page, "McLean County Bank v. Brokaw, 119
        // Ill. 2d 405, 519 N.E.2d 453.", is the full cite again, its date left off; "U.S. v.
        // Education Management, 2013 WL 1568060, at *4" is a short form)
        if kind == .fullCase, court == nil, name?.defendant == nil || cites.contains(where: { $0.pin != nil }),
           let seen = seenCites[first.volume + " " + reporterInfo.canonical + " " + (first.page ?? "")],
           seen.hadCourtDate || (seen.hadDocket && docket == nil) || seen.parallels > cites.count
            || (seen.hadBothParties && name != nil && name?.defendant == nil && name?.procedural == nil) {
            // a repeat that drops the court/date, docket, parallels or one party of the first
            // cite ("Jones, 2017-Ohio-5699, at ¶ 6" after "State v. Jones, 2017-Ohio-5699, ¶ 4")
            kind = .shortCase
        }
        // A bare "V Rep P" with no name, pincite or parenthetical is accepted only
        // for reporters whose abbreviation cannot be an ordinary word.
        // (the written form counts too: "5 Pa 6", a period-less spelling as Michigan writes it, is
        // as weak as a word; "816 A2d 883", "48 Va App 93" are not)
        if name == nil, court == nil, first.pin == nil, docket == nil, cites.count == 1,
           !isStrongReporter(reporterInfo) || !writtenReporterIsStrong(first) {
            return nil
        }
        // (a docket-like one needs its date whatever stands before it: "MADDOX v. STATE. 6 Div. 870.")
        if court == nil, cites.count == 1, Self.docketLikeReporters.contains(reporterInfo.canonical) { return nil }
        if name == nil, kind == .fullCase, court != nil, startsSentence(nameStart) {
            name = textualCaseName(before: nameStart)
        }
        let canonical = reporterInfo.canonical
        let specialKind: CitationKind? = canonical == "Fed. Reg." ? .regulation : (canonical == "Stat." ? .statute : nil)
        // a public-domain cite is numbered by its year (R10.3.3: "2018 IL 122008", "2004 WI 58, 271
        // Wis. 2d 1"): the decision's year, for its parallels too
        var neutralYear: Int? = nil
        for rc in cites where neutralYear == nil && tables.reporters[rc.reporterIndex].citeType == "neutral" && rc.volume.utf8.count == 4 {
            if let y = Int(rc.volume), y >= 1990, y <= 2100 { neutralYear = y }
        }
        var ids: [Int] = []
        for (n, rc) in cites.enumerated() {
            let info = tables.reporters[rc.reporterIndex]
            let startTok = n == 0 ? nameStart : rc.volumeToken
            // the span runs to the court/date parenthetical after the cites (not to a
            // California year written before them)
            let courtEnd: Int? = (court != nil && !courtBeforePage) ? court!.end - 1 : yearless.map { $0.end - 1 }
            let endTok = (n == cites.count - 1 && courtEnd != nil && !enclosed.contains(n)) ? courtEnd! : rc.end - 1
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
            if let y = yearless { c.court = y.court }
            if court == nil, yearless == nil, let y = neutralYear { c.year = y }
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
                citations[id].nestedIn = citations[ids[0]].nestedIn
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
        // (so with no court and date at all, when the reporter names the court: "State v.
        // Mooney, 218 Conn. 85, 588 A.2d 145, cert. denied, … (1991)")
        if yearless != nil || (court == nil && !citations[ids[0]].history.isEmpty) { takeYearFromHistory(ids) }
        return k
    }

    /// Reporters whose abbreviation is unambiguous enough to accept "V Rep P" with
    /// no case name and no parenthetical around it (e.g. inside a string cite).
    func isStrongReporter(_ r: ReporterEntry) -> Bool {
        (r.canonical.count >= 4 || r.canonical.contains(".")) && !Self.docketLikeReporters.contains(r.canonical)
    }

    /// The reporter as the text writes it has a period, a digit or two words ("Md.", "A2d", "Va App").
    func writtenReporterIsStrong(_ c: ReporterCite) -> Bool {
        // (reporterStart..<reporterEnd are bytes)
        guard c.reporterEnd > c.reporterStart, c.reporterEnd <= p.count else { return true }
        return (c.reporterStart..<c.reporterEnd).contains { p[$0] == 0x2E || p[$0] == 0x20 || (p[$0] >= 0x30 && p[$0] <= 0x39) }
    }

    /// Reporters whose cite is written like a docket number: Alabama numbers its criminal
    /// appeals "6 Div. 870", as a "Div." cite would read.
    static let docketLikeReporters: Set<String> = ["Div."]

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

    /// ReporterCite = Volume Reporter (Page [PinClause] | "at" PinList) ;
    func parseReporterCite(volumeAt v: Int, limit: Int) -> ReporterCite? {
        guard v + 2 < limit, isKind(v, .number), tokens[v].length <= 5 else { return nil }
        // (no decimal's fraction: "section 1172.75" ⏎ "A.    1981 rape conviction", a section
        // number and the next heading's letter, is no "75 A. 1981")
        if v >= 2, isKind(v - 1, .period), isKind(v - 2, .number), tokens[v - 1].end == tokens[v].start,
           tokens[v - 2].end == tokens[v - 1].start { return nil }
        let r = v + 1
        let rk = tokens[r].kind
        if rk == .dash { return parseDashedNeutralCite(yearAt: v, limit: limit) ?? parseSplitVolumeCite(at: v, limit: limit) }
        guard rk == .word || rk == .period || rk == .ampersand, tokens[r].has(.spaceBefore) else { return nil }
        guard tables.reporterTrie.canStart(with: p[Int(tokens[r].start)]),
              let m = tables.reporterTrie.longestMatch(in: p, at: Int(tokens[r].start), furniture: flow?.furniture ?? []) else { return nil }
        var after = tokenIndex(atOrAfter: m.end, from: r)
        guard after < limit else { return nil }
        // the nominative volume of an early official reporter: "5 U.S. (1 Cranch) 137";
        // or the year between reporter and page, nineteenth-century style: "5 Am. Law Reg. (1857) 280"
        var nominative: String? = nil
        var yearInCite: Int? = nil
        var reporterIndex = m.payload
        var reporterEnd = m.end
        // the series in parentheses, 1940s style: "124 Fed. (2d) 982", "39 N. E. (2d) 123"
        if isKind(after, .openParen), isKind(after + 1, .word), isKind(after + 2, .closeParen), tokens[after + 1].length <= 3,
           tokens[after + 1].has(.hasDigit), let s = tables.seriesReporter(of: m.payload, series: text(after + 1)) {
            reporterIndex = s
            reporterEnd = Int(tokens[after + 2].end)
            after += 3
        }
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
        var cite = ReporterCite(volumeToken: v, volume: text(v), reporterIndex: reporterIndex,
                                reporterStart: Int(tokens[r].start), reporterEnd: reporterEnd,
                                page: nil, pageToken: after, pin: nil, isShortForm: false, end: after + 1)
        cite.nominative = nominative
        cite.year = yearInCite
        // the Supreme Court's short form puts a comma after the reporter: "539 U. S., at 328"
        if isKind(after, .comma), equals(after + 1, "at"), let pin = parsePinList(at: after + 2, limit: limit) {
            cite.isShortForm = true
            cite.pin = pin.text
            cite.end = pin.end
            return cite
        }
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
        // Georgia division "773(2)": a parenthesised number glued to the first page is
        // the pinpoint (division 2 of the opinion that starts at 773)
        if isKind(cite.end, .openParen), tokens[cite.end].start == tokens[cite.end - 1].end,
           isKind(cite.end + 2, .closeParen), tokens[cite.end + 1].length <= 3 {
            cite.pin = text(cite.end, through: cite.end + 2)
            cite.end += 3
        }
        // the first page run on to the last one cited: "639 F.3d 230-33 (6th Cir.2011)" cites
        // pages 230 to 233 of the case that starts at 230
        if cite.pin == nil, isKind(cite.end, .dash), isKind(cite.end - 1, .number), tokens[cite.end].start == tokens[cite.end - 1].end,
           tokens[cite.end].length <= 3, isKind(cite.end + 1, .number), tokens[cite.end + 1].start == tokens[cite.end].end {
            cite.pin = text(cite.end - 1, through: cite.end + 1)
            cite.end += 2
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
        } else if equals(cite.end, "at"), let pin = parsePinList(at: cite.end, limit: limit) {
            // no comma before "at": "Bender, 1997 WL 582901 at *3"
            cite.pin = pin.text
            cite.end = pin.end
        }
    }

    /// Whether a "Volume Reporter" pair starts at token `k`.
    func startsReporterCite(_ k: Int, limit: Int) -> Bool {
        guard isKind(k, .number), k + 1 < limit else { return false }
        // a public-domain cite with its dashes: ", 2016-Ohio-1002" is a parallel, not a pin
        if isKind(k + 1, .dash) { return tokens[k].length == 4 && dashedNeutralReporter(yearAt: k, limit: limit) != nil }
        let s = Int(tokens[k + 1].start)
        return tables.reporterTrie.canStart(with: p[s]) && tables.reporterTrie.longestMatch(in: p, at: s) != nil
    }
}
