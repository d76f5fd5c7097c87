// Case names, read backwards from the volume of a case cite (or from the
// docket number that precedes a Westlaw/Lexis cite). Reading backwards is the
// only way to find where a name starts in running prose: the name ends at the
// comma before the volume, and starts where prose or a signal stops.
//
// The rules: a defendant may contain commas ("Certain Real Prop. & Premises
// Known as 4003-4005 5th Ave., Brooklyn, N.Y."); a plaintiff may only before a
// corporate suffix ("Thomas E. Hoar, Inc."); lower-case words other than name
// connectors, signals, sentence-ending periods, quotes and parentheses stop the
// scan; sentence-opening words ("Because", "Under") are not part of a name.

extension Parser {
    /// CaseName  = [Procedural] Party [("v." | "vs.") Party] ;
    /// Procedural = "In re" | "Ex parte" | "Matter of" | "In the Matter of" | "Application of" | "Estate of" ;
    /// Docket    = ("No." | "Nos.") DocketText | DocketNumberWithCourtCode ;
    ///
    /// Examples: `In re Sept. 11 Litig.`; `Catskill Dev., L.L.C. v. Park Place Entm't Corp.`;
    /// `Wagafe v. Trump, No. 17-CV-0094-RAJ` (name + docket).
    ///
    /// Returns the name (nil if none), the index of its first token (or `v` when
    /// there is no name) and the docket number if one stands between name and volume.
    func parseCaseNameBackward(before v: Int) -> (CaseName?, Int, String?) {
        var k = v - 1
        // California's blank official cite with the parallel in brackets: "Viking River
        // Cruises v. Moriana (2022) ___ U.S. ___ [213 L.Ed.2d 179]"
        if k - 1 >= floor, isKind(k, .openBracket), let b = blankCiteStart(endingAt: k - 1), let e = courtDateBefore(b) {
            if let (ns, vIndex) = nameBackward(endingAt: e.nameEnd), vIndex != nil || CaseNameWords.procedural.contains(text(ns)) {
                return (makeCaseName(ns, e.nameEnd, vIndex), ns, nil)
            }
            return (nil, v, nil)
        }
        // California style with a court before the cite: "Jones v. Smith (9th Cir. 2001) 250 F.3d 1"
        if k - 4 >= floor, isKind(k, .closeParen), !isYear(k - 1) || !isKind(k - 2, .openParen), let e = courtDateBefore(v),
           let (ns, vIndex) = nameBackward(endingAt: e.nameEnd), vIndex != nil {
            return (makeCaseName(ns, e.nameEnd, vIndex), ns, nil)
        }
        // California official style: "Delaney v. Superior Court (1990) 50 Cal.3d 785"
        if k - 3 >= floor, isKind(k, .closeParen), isYear(k - 1), isKind(k - 2, .openParen),
           let (ns, vIndex) = nameBackward(endingAt: k - 3), vIndex != nil || CaseNameWords.procedural.contains(text(ns)) {
            return (makeCaseName(ns, k - 3, vIndex), ns, nil)
        }
        // the Tax Court's and the Board of Tax Appeals' style, a circuit court of appeals with no
        // year between name and cite: "Havemeyer v. Commissioner (C. C. A., 2d Cir.), 98 Fed. (2d) 706"
        if k - 4 >= floor, isKind(k, .comma), isKind(k - 1, .closeParen), let open = circuitOnlyParenthetical(closingAt: k - 1),
           let (ns, vIndex) = nameBackward(endingAt: open - 1), vIndex != nil {
            return (makeCaseName(ns, open - 1, vIndex), ns, nil)
        }
        // a short name the opinion gives the case between its name and cite: "United States v.
        // Carpenter (Carpenter II), 926 F.3d 313" (the parenthesis repeats a word of the name)
        if k - 4 >= floor, isKind(k, .comma), isKind(k - 1, .closeParen), let open = shortNameParenthetical(closingAt: k - 1),
           let (ns, vIndex) = nameBackward(endingAt: open - 1), vIndex != nil,
           (ns..<open).contains(where: { isKind($0, .word) && text($0) == text(open + 1) }) {
            return (makeCaseName(ns, open - 1, vIndex), ns, nil)
        }
        // older Alabama style, the court between name and cite: "Young v. State, Ala.Cr.App.,
        // 346 So.2d 509 (1977)", "Ex parte Smith, Ala., 380 So.2d 1" — a state's abbreviation
        // opening a run of abbreviations set off by commas
        if k - 4 >= floor, isKind(k, .comma), let c = courtBetweenNameAndCite(endingAt: k - 1), isKind(c - 1, .comma),
           let (ns, vIndex) = nameBackward(endingAt: c - 2), vIndex != nil || CaseNameWords.procedural.contains(text(ns)) {
            return (makeCaseName(ns, c - 2, vIndex), ns, nil)
        }
        // older Illinois official style: "Sauvage v. Gallaway (1946), 329 Ill. App. 38"
        if k - 4 >= floor, isKind(k, .comma), isKind(k - 1, .closeParen), isYear(k - 2), isKind(k - 3, .openParen),
           let (ns, vIndex) = nameBackward(endingAt: k - 4), vIndex != nil || CaseNameWords.procedural.contains(text(ns)) {
            return (makeCaseName(ns, k - 4, vIndex), ns, nil)
        }
        // New York official style: "People v Brown (90 AD3d 575 [2011])"
        if k - 1 >= floor, isKind(k, .openParen), let (ns, vIndex) = nameBackward(endingAt: k - 1), vIndex != nil {
            return (makeCaseName(ns, k - 1, vIndex), ns, nil)
        }
        // no comma before the volume, as OCR and hurried briefs write it: "Lissner v. Test
        // 1 U.S. 1 (1982)" — only a name with "v." or a procedural phrase counts, and one
        // with no comma after it (the comma of "Smith v. Jones, 8 CCH, Unemployment Ins.
        // Rep. W. Va. par. 8090" ends the name, and what follows is no name)
        if k >= floor, !isKind(k, .comma), isKind(k, .word) || isKind(k, .period), !tokens[k].has(.hasDigit),
           versusOrProceduralBefore(k), let (ns, vIndex) = nameBackward(endingAt: k), !(max(ns, vIndex ?? ns)...k).contains(where: { isKind($0, .comma) }),
           vIndex.map({ $0 < k }) ?? (ns + 1 < k && CaseNameWords.procedural.contains(text(ns)) && CaseNameWords.proceduralSecond.contains(text(ns + 1))) {
            return (makeCaseName(ns, k, vIndex), ns, nil)
        }
        guard k - 1 >= floor, isKind(k, .comma) else { return (nil, v, nil) }
        var start = v
        var docket: String? = nil
        // the blank parallel of a slip opinion is passed over: "Doe v. Roe, ___ So. 3d ___, 2020 WL 123"
        if let b = blankCiteStart(endingAt: k - 1), isKind(b - 1, .comma) { k = b - 1 }
        if let (ds, de) = docketBackward(endingAt: k - 1) {
            docket = text(ds, through: de)
            start = ds
            k = ds - 1
            guard k - 1 >= floor, isKind(k, .comma) else { return (nil, start, docket) }
            if let b = blankCiteStart(endingAt: k - 1), isKind(b - 1, .comma) { k = b - 1 }
        }
        guard let (ns, vIndex) = nameBackward(endingAt: k - 1) else { return (nil, start, docket) }
        return (makeCaseName(ns, k - 1, vIndex), ns, docket)
    }

    /// The lower-case "in" at `j` belongs to the name being read backward: an organisation's
    /// name with a "for" a few words before ("Citizens for Resp. & Ethics in Washington"), or an
    /// in-rem name after an amount ("$299,218.48 in U.S. Currency").
    func inInsideName(_ j: Int, lowest: Int) -> Bool {
        guard isKind(j + 1, .word), tokens[j + 1].has(.capitalized) else { return false }
        if isKind(j - 1, .number), (j - 6..<j).contains(where: { isKind($0, .dollar) }) { return true }
        guard isKind(j - 1, .word), tokens[j - 1].has(.capitalized) else { return false }
        var k = j - 2
        while k >= max(lowest, j - 8) {
            if equals(k, "for") { return isKind(k - 1, .word) && tokens[k - 1].has(.capitalized) }
            guard isKind(k, .period) || isKind(k, .ampersand) || (isKind(k, .word) && !tokens[k].has(.lowercase)) else { return false }
            k -= 1
        }
        return false
    }

    /// The period at `j` follows a capitalised word that follows an abbreviation's period: a
    /// word of a name abbreviated the way T6 does not list ("Am. Immigr. Council", "Inc. Secs.
    /// Litig."), for no sentence ends with a short capitalised word right after an abbreviation.
    func abbreviationAfterAbbreviation(_ j: Int) -> Bool {
        guard isKind(j - 1, .word), tokens[j - 1].has(.capitalized), !tokens[j - 1].has(.allCaps), tokens[j - 1].length <= 8,
              tokens[j].start == tokens[j - 1].end, isKind(j - 2, .period), tokens[j - 2].end < tokens[j - 1].start,
              isKind(j - 3, .word), tokens[j - 3].has(.capitalized), tokens[j - 2].start == tokens[j - 3].end else { return false }
        return !periodEndsSentence(j - 2)
    }

    /// The period at `j` closes a sentence that ends in an acronym ("ADA.", "FOIA.", "VII."):
    /// capitals only, two to five letters, not an abbreviation the tables know, and a
    /// capitalised word after it.
    func acronymEndsSentence(_ j: Int) -> Bool {
        guard isKind(j, .period), isKind(j - 1, .word), tokens[j - 1].has(.allCaps), tokens[j - 1].length >= 2, tokens[j - 1].length <= 5,
              tokens[j].start == tokens[j - 1].end, !isKind(j - 2, .period) || tokens[j - 2].end < tokens[j - 1].start,
              !isWord(j - 1, in: tables.abbreviationSet),
              isKind(j + 1, .word), tokens[j + 1].has(.capitalized), tokens[j + 1].start > tokens[j].end else { return false }
        for k in Int(tokens[j - 1].start)..<Int(tokens[j - 1].end) where !(p[k] >= 0x41 && p[k] <= 0x5A) { return false }
        return true
    }

    /// The "(" of a parenthetical closing at `close` that holds one to three capitalised words
    /// (a Roman numeral may be the last): "(Carpenter II)", "(Dyous I)".
    func shortNameParenthetical(closingAt close: Int) -> Int? {
        var o = close - 1
        while o > floor, o >= close - 4, isKind(o, .word), tokens[o].has(.capitalized) || tokens[o].has(.allCaps) { o -= 1 }
        guard isKind(o, .openParen), close - o >= 2, o - 1 > floor, isKind(o - 1, .word) else { return nil }
        return o
    }

    /// The "(" of a parenthetical closing at `close` that names a federal circuit and nothing
    /// else: "(C. C. A., 2d Cir.)", "(2d Cir.)", "(C.C.A. 9)"; nil otherwise.
    func circuitOnlyParenthetical(closingAt close: Int) -> Int? {
        var o = close - 1
        while o > floor, o > close - 12, !isKind(o, .openParen) {
            guard !isKind(o, .closeParen), !isYear(o) else { return nil }
            o -= 1
        }
        guard isKind(o, .openParen), o > floor, close - o >= 3 else { return nil }
        let names = (o + 1..<close).contains { equals($0, "Cir") } || (equals(o + 1, "C") && equals(o + 3, "C") && equals(o + 5, "A"))
        // capitalised words, ordinals, periods and commas only
        let plain = (o + 1..<close).allSatisfy { isKind($0, .period) || isKind($0, .comma) || isKind($0, .number)
            || (isKind($0, .word) && !tokens[$0].has(.lowercase)) || (isKind($0, .word) && tokens[$0].has(.hasDigit)) }
        return names && plain ? o : nil
    }

    /// A court/date parenthetical ending right before token `t` ("(2022)", "(9th Cir.
    /// 2001)"), as California writes it between name and cite: the date and the last
    /// token of the name before it.
    func courtDateBefore(_ t: Int) -> (date: CourtDate, nameEnd: Int)? {
        guard t - 1 >= floor, isKind(t - 1, .closeParen) else { return nil }
        var o = t - 2
        while o > floor, o > t - 12, !isKind(o, .openParen) {
            guard !isKind(o, .closeParen) else { return nil }
            o -= 1
        }
        guard isKind(o, .openParen), o - 1 >= floor, let cd = parseCourtDate(at: o, limit: t), cd.end == t else { return nil }
        return (cd, o - 1)
    }

    /// The first token of a blank cite ending at `e`: "___ F.4th ___", "___ U.S. ___"
    /// (underscores, up to eight tokens of reporter, underscores).
    func blankCiteStart(endingAt e: Int) -> Int? {
        let isBlank = isBlankPage
        guard isBlank(e) else { return nil }
        var j = e
        while isBlank(j - 1) { j -= 1 }
        var words = 0
        j -= 1
        while j >= floor, words < 8, !isBlank(j) {
            guard isKind(j, .word) || isKind(j, .period) || isKind(j, .number) else { return nil }
            words += 1
            j -= 1
        }
        guard isBlank(j), words > 0 else { return nil }
        while isBlank(j - 1) { j -= 1 }
        return j
    }

    /// Token `k` stands for a page not yet known: "___", a run of dashes ("––– U.S. ––––",
    /// as Westlaw prints it) or one spaced em or en dash ("Bean v. State, — Nev. —, 398
    /// P. 2d 251").
    func isBlankPage(_ k: Int) -> Bool {
        guard k >= floor, k < tokens.count else { return false }
        if tokens[k].kind == .other { return p[Int(tokens[k].start)] == 0x5F }
        guard tokens[k].kind == .dash else { return false }
        if (k + 1 < tokens.count && tokens[k + 1].kind == .dash && tokens[k + 1].start == tokens[k].end)
            || (k - 1 >= floor && tokens[k - 1].kind == .dash && tokens[k - 1].end == tokens[k].start) { return true }
        let s = Int(tokens[k].start)
        return tokens[k].length == 3 && p[s] == 0xE2 && p[s + 1] == 0x80 && (p[s + 2] == 0x94 || p[s + 2] == 0x93)
            && (k == 0 || tokens[k - 1].end < tokens[k].start) && (k + 1 >= tokens.count || tokens[k + 1].start > tokens[k].end || tokens[k + 1].kind == .comma)
    }

    /// The token after a blank cite starting at `s` ("---- L. Ed. 2d ----" among the
    /// parallels of a cite too recent for every reporter), nil when none starts there.
    func blankCiteEnd(startingAt s: Int, limit: Int) -> Int? {
        guard s < limit, isBlankPage(s) else { return nil }
        var j = s
        while j < limit, isBlankPage(j) { j += 1 }
        var words = 0
        while j < limit, words < 8, !isBlankPage(j) {
            guard isKind(j, .word) || isKind(j, .period) || isKind(j, .number) else { return nil }
            words += 1
            j += 1
        }
        guard j < limit, words > 0, isBlankPage(j) else { return nil }
        while j < limit, isBlankPage(j) { j += 1 }
        return j
    }

    /// Finds a docket number ending at token `e`: "No. 16-CV-6915 (ARR) (LB)",
    /// "Nos. 1-2", "Civ. No. 3:11CV1225", or a bare "11-CV-05080 KAM) (MDG)".
    func docketBackward(endingAt e: Int) -> (Int, Int)? {
        var j = e
        let lowest = max(floor, e - 24)
        var sawDigit = false
        var courtCode = false
        while j >= lowest {
            let t = tokens[j]
            switch t.kind {
            case .number: sawDigit = true
            case .word:
                if equals(j, "No") || equals(j, "Nos") || equals(j, "NO") {
                    guard sawDigit, isKind(j + 1, .period) else { return nil }
                    var s = j
                    // "Civ. No.", "Case No.", "Docket No.", "Civil Action No.", "Misc. No."
                    var q = s - 1
                    var labelWords = 0
                    while q >= floor, labelWords < 3 {
                        let abbreviated = isKind(q, .period) && isKind(q - 1, .word) && isWord(q - 1, in: CaseNameWords.docketLabelSet)
                        if abbreviated { s = q - 1; q -= 2; labelWords += 1; continue }
                        guard isKind(q, .word), isWord(q, in: CaseNameWords.docketLabelSet) else { break }
                        s = q; q -= 1; labelWords += 1
                    }
                    // Ohio names the district and county before it: "State v. Robinson, 1st Dist.
                    // Hamilton No. C-140043, 2015-Ohio-773"
                    var c = s - 1
                    while c > s - 3, c >= floor, isKind(c, .word), tokens[c].has(.capitalized), !equals(c, "Dist") { c -= 1 }
                    if c < s - 1, c - 2 >= floor, isKind(c, .period), equals(c - 1, "Dist"), isKind(c - 2, .word), tokens[c - 2].has(.hasDigit),
                       tokens[c - 2].length <= 4 {
                        s = c - 2
                    }
                    return (s, e)
                }
                if t.has(.hasDigit) { sawDigit = true }
                let w = wordKey(j)
                if w == "cv" || w == "civ" || w == "cr" || w == "crim" || (t.has(.hasDigit) && (w.containsBytes("cv") || w.containsBytes("cr"))) { courtCode = true }
                if t.has(.lowercase) && !t.has(.hasDigit) && w != "cv" && w != "civ" && w != "cr" { return nil }
            case .dash, .openParen, .closeParen, .period, .colon, .slash: break
            case .comma:
                // a bare docket ("11-CV-05080 KAM) (MDG)") runs back to the comma before it
                if courtCode, sawDigit, isKind(j + 1, .number) || (isKind(j + 1, .word) && tokens[j + 1].has(.hasDigit)) { return (j + 1, e) }
                return nil
            default: return nil
            }
            j -= 1
        }
        return nil
    }

    /// Scans a name backwards from token `e`; returns its first token and the
    /// index of the "v" token, if any.
    /// The "(" of an "(In re …)" that closes at `j`, when it opens with "In re" and holds
    /// nothing but a name (a bankruptcy debtor's case after the parties of an adversary
    /// proceeding or appeal).
    func inReParenthesisOpen(closingAt j: Int, lowest: Int) -> Int? {
        var o = j - 1
        while o > lowest, o > j - 20, !isKind(o, .openParen) {
            if isKind(o, .closeParen) || isKind(o, .number) { return nil }
            o -= 1
        }
        guard isKind(o, .openParen), equals(o + 1, "In"), equals(o + 2, "re") || equals(o + 2, "Re"),
              isKind(o - 1, .word) || isKind(o - 1, .period) else { return nil }
        return o
    }

    /// The period at `j` closes a short capitalised word that a "v." shortly before puts
    /// inside the defendant's name: "Byers v. Std. Concrete Prods. Co.", "Albert v. Alex
    /// Brown Mgt. Services, Inc" — abbreviations the tables do not list.
    func abbreviationAfterVersus(_ j: Int) -> Bool {
        guard isKind(j - 1, .word), tokens[j - 1].has(.capitalized), tokens[j - 1].length <= 5,
              (isKind(j + 1, .word) && tokens[j + 1].has(.capitalized)) || isKind(j + 1, .ampersand) else { return false }
        var q = j - 2
        while q >= max(floor, j - 8) {
            if equals(q, "v") || equals(q, "vs") { return true }
            if isKind(q, .period), equals(q - 1, "v") || equals(q - 1, "vs") { return true }
            guard isKind(q, .word), tokens[q].has(.capitalized) || equals(q, "of") else { return false }
            q -= 1
        }
        return false
    }

    /// The "(" of "(On Remand)", "(After Remand)", "(On Rehearing)", "(On Second Remand)",
    /// "(On Reconsideration)" closing at `close`: Michigan names a decision after a remand so.
    func remandParenthesisOpen(closingAt close: Int, lowest: Int) -> Int? {
        guard close - 3 >= lowest, equals(close - 1, "Remand") || equals(close - 1, "Rehearing") || equals(close - 1, "Reconsideration")
        else { return nil }
        var open = close - 2
        if equals(open, "Second") || equals(open, "Third") { open -= 1 }
        guard equals(open, "On") || equals(open, "After"), isKind(open - 1, .openParen), open - 2 >= lowest,
              isKind(open - 2, .word) || isKind(open - 2, .period) else { return nil }
        return open - 1
    }

    /// The first token of a court abbreviation written closed up and ending with a period at
    /// `e`: "Ala.Cr.App.", "Ala.", "Tex.Civ.App." — up to four abbreviated words, the first a
    /// state's T10 abbreviation.
    func courtBetweenNameAndCite(endingAt e: Int) -> Int? {
        guard isKind(e, .period) else { return nil }
        var j = e
        var words = 0
        while j - 1 >= floor, isKind(j, .period), isKind(j - 1, .word), tokens[j - 1].end == tokens[j].start, words < 4 {
            words += 1
            let w = j - 1
            if w - 1 >= floor, isKind(w - 1, .period), tokens[w - 1].end == tokens[w].start { j = w - 1; continue }
            // the run's first word: a state ("Ala" of "Ala.")
            return isWord(w, in: CodeWords.stateNames) ? w : nil
        }
        return nil
    }

    /// Token `k` is an apostrophe ("'" or "’"), not a closing double quotation mark.
    func isApostrophe(_ k: Int) -> Bool {
        guard isKind(k, .closeQuote) else { return false }
        let b = p[Int(tokens[k].start)]
        return b == 0x27 || (b == 0xE2 && tokens[k].length == 3 && p[Int(tokens[k].start) + 2] == 0x99)
    }

    /// Courts a sentence names before a cite of their decision; never a party alone.
    static let courtsNamedInProse: Set<String> = ["Court", "Court of Appeals", "Supreme Court", "District Court",
                                                  "Circuit Court", "Appellate Court", "Court of Claims"]

    func nameBackward(endingAt e: Int) -> (Int, Int?)? {
        var j = e
        var start = e + 1
        var vIndex: Int? = nil
        let lowest = max(floor, e - 60)
        scan: while j >= lowest {
            let t = tokens[j]
            // No word or number of a name is this long; a 16,000-digit run taken as a
            // party made the checker's name searches quadratic (found by the adversarial tests).
            if t.length > CaseNameWords.longestToken { break scan }
            switch t.kind {
            case .word:
                if t.has(.lowercase), !isCamelCaseName(j) {
                    if (equals(j, "v") || equals(j, "vs")) && vIndex == nil { vIndex = j; break }
                    if equals(j, "re"), equals(j - 1, "In") { start = j - 1; break scan }
                    // "In the Interest of", "In the Matter of"
                    if equals(j, "the"), equals(j - 1, "In"), equals(j + 1, "Interest") || equals(j + 1, "Matter") || equals(j + 1, "Estate") {
                        start = j - 1; break scan
                    }
                    if isWord(j, in: CaseNameWords.connectorSet) { break }
                    // "in" inside an organisation's name ("Citizens for Resp. & Ethics in Washington")
                    // or a thing's in an in-rem name ("United States v. $299,218.48 in U.S. Currency")
                    if equals(j, "in"), inInsideName(j, lowest: lowest) { break }
                    if equals(j, "c"), isKind(j - 1, .ampersand) { break }  // "&c." (et cetera) inside a name
                    if t.length <= 2, isKind(j + 1, .period), isKind(j - 1, .period) { break }  // "d.b.a."
                    // a name word a page label cut in two ("See Star-Tele *933 gram, Inc. v. Doe")
                    if isPageSplitWord(j) { break }
                    // a web domain in a company's name: "Johnson v. Amazon.com Services, LLC"
                    if isDomainSuffix(j) { break }
                    // a name word split at a line end ("… policy.  Wis-⏎consin Ave. Assocs. v. …"):
                    // the name goes on before the hyphen
                    if let left = splitWordStart(j), left >= lowest {
                        start = left
                        j = left - 1
                        continue scan
                    }
                    if isGluedConnector(j) { break }
                    break scan
                }
                if isSignalWord(j) { break scan }
                // (before the openers: "In Re Carroll’s Estate", "IN RE SMITH")
                if isWord(j, in: CaseNameWords.proceduralSet), j + 1 <= e, isWord(j + 1, in: CaseNameWords.proceduralSecondSet) {
                    // "Estate of" may be the defendant's ("Kipp v. Estate of Chips") or follow
                    // "In re" ("In re Estate of Jones"): the name starts before it then
                    let afterVersus = equals(j - 1, "v") || equals(j - 1, "vs") || (isKind(j - 1, .period) && (equals(j - 2, "v") || equals(j - 2, "vs")))
                    if equals(j, "Estate"), afterVersus, vIndex == nil {
                        start = j
                        j -= 1
                        continue scan
                    }
                    if equals(j, "Estate"), equals(j - 1, "re") || equals(j - 1, "Re"), equals(j - 2, "In") { start = j - 2; break scan }
                    start = j; break scan
                }
                // (an initial is no opener: the "I." of "In re M.I."; nor is the numeral that ends a
                // short name, "Gales I, supra note 19" beside "Gales II")
                // (nor a word glued after a slash: the "I" of "Acuity v. M/I Homes of Chicago, LLC")
                if isWord(j, in: CaseNameWords.openerSet),
                   !(t.length == 1 && isAbbreviated(j) && isKind(j - 1, .period) && tokens[j - 1].end == t.start),
                   !(isKind(j - 1, .slash) && tokens[j - 1].end == t.start),
                   !(j == e && t.length == 1 && isKind(j - 1, .word) && tokens[j - 1].has(.capitalized) && !isWord(j - 1, in: CaseNameWords.openerSet)) {
                    break scan
                }
            case .number:
                // an inline star page ("*451 Milwaukee Journal …") is not part of a name, nor is a
                // footnote's mark ("… uncertainties.” 5 Doe, 713 F.3d at 758")
                if isKind(j - 1, .star), tokens[j - 1].end == t.start { break scan }
                if let f = flow, !f.noteMarks.isEmpty, f.noteMarks.contains(Int(t.start)) { break scan }
                // nor a note's label at its head ("     3   People v. Marsden (1970) 2 Cal.3d 118")
                if isNoteLabel(j) { break scan }
            case .ampersand, .dollar, .slash, .dash: break
            case .period:
                // an abbreviation the tables do not know ends the plaintiff ("Central Towers Apts. v.")
                // — but not the name's last period ("Symphony Space v. Pergola Props., 88 N.Y.2d 466"),
                // nor one before a lower-case word ("Bhd. of R.R. Trainmen v. …"): no sentence ends there
                // (nor one before the plaintiff's corporate suffix: a plaintiff is never only "LLC",
                // "Assist Stock Mgt. LLC v. Rosheim")
                // (nor one a comma follows: "Caminero v Michael Flynn, Esq., PLLC.")
                // (nor an abbreviation's plural possessive: "Ry. Lab. Execs.’ Ass’n")
                let possessive = isApostrophe(j + 1) && tokens[j + 1].start == tokens[j].end && isKind(j - 1, .word) && tokens[j - 1].has(.capitalized)
                // a sentence ends after an acronym before the name: "… under the ADA. Mobley v. …",
                // "FOIA. Prison Legal News v. …", "Title VII. Ruben v. …"
                if j != e, !(vIndex == j + 1), acronymEndsSentence(j) { break scan }
                if periodEndsSentence(j), !possessive, !(vIndex == j + 1), j != e, !(isKind(j + 1, .word) && tokens[j + 1].has(.lowercase)),
                   !abbreviationAfterAbbreviation(j),
                   !isKind(j + 1, .comma), !(isKind(j + 1, .openParen) && start == j + 1),
                   !(vIndex == nil && abbreviationAfterVersus(j)),
                   !(vIndex.map { $0 - j <= 3 } == true && isKind(j - 1, .word) && tokens[j - 1].has(.capitalized)
                     && CaseNameWords.corporateSuffixes.contains(glueKey(after: j))) { break scan }
            case .comma:
                if vIndex != nil {
                    // plaintiffs keep a comma only before a corporate suffix, or after a
                    // government named as a place ("State of Alaska, Div. of Elections v. …")
                    guard j + 1 <= e, CaseNameWords.corporateSuffixes.contains(glueKey(after: j)) || followsGovernmentOfPlace(j) else { break scan }
                }
            case .closeParen:
                // the bankruptcy case a ruling was made in: "Webb Co. v. First City Bank (In re
                // Softalk Pub. Co., Inc.), 856 F.2d 1328" — the name runs on before the parenthesis
                if vIndex == nil, j == e, let open = inReParenthesisOpen(closingAt: j, lowest: lowest) {
                    start = open
                    j = open - 1
                    continue scan
                }
                // Michigan's name of a later decision: "Williams v. Auto Club Group Ins. Co. (On
                // Remand), 224 Mich.App. 313" — the parenthesis is part of the name
                if j == e, let open = remandParenthesisOpen(closingAt: j, lowest: lowest) {
                    start = open
                    j = open - 1
                    continue scan
                }
                // California's real party in interest: "People v. Superior Court (Zamudio)"; a
                // company's state or line of business: "Am. Midstream (Ala. Intrastate), LLC v. …"
                // (capitalised words and abbreviations, a capitalised word before the parenthesis)
                var open = j - 1
                while open >= lowest, j - open <= 6,
                      (isKind(open, .word) && (tokens[open].has(.capitalized) || tokens[open].has(.allCaps)) && !tokens[open].has(.hasDigit))
                        || (isKind(open, .period) && open < j - 1) {
                    open -= 1
                }
                guard open >= lowest, open < j - 1, isKind(open, .openParen), isKind(open - 1, .word),
                      tokens[open - 1].has(.capitalized) || tokens[open - 1].has(.allCaps), !isSignalWord(open - 1),
                      open - 1 >= lowest else { break scan }
                start = open
                j = open - 1
                continue scan
            case .openBracket:
                // an editor's bracket opened inside the name: "Cooper [v. Cooper, 99 N.J. 42 …]",
                // "Quality Products & Concepts [Co. v. Nagel Precision, Inc., 469 Mich. 362]"
                guard vIndex == j + 1 || (vIndex != nil && isKind(j + 1, .word) && tokens[j + 1].has(.capitalized)),
                      j - 1 >= lowest, isKind(j - 1, .word), tokens[j - 1].has(.capitalized) else { break scan }
                j -= 1
                continue scan
            case .closeQuote:
                // an apostrophe that ends a plural possessive ("Farmers’ Bank"), also of an
                // abbreviation ("Skinner v. Ry. Lab. Execs.’ Ass’n")
                let abbreviated = isKind(j - 1, .period) && isKind(j - 2, .word) && tokens[j - 1].start == tokens[j - 2].end && isApostrophe(j)
                guard j > 1, isKind(j - 1, .word) || abbreviated, tokens[j].start == tokens[j - 1].end,
                      isKind(j + 1, .word), tokens[j + 1].has(.spaceBefore) || text(j + 1) == "s" else { break scan }
            default:
                break scan
            }
            start = j
            j -= 1
        }
        if j < lowest, start == lowest, lowest > floor, j >= 0 { return nil }  // ran out of room: not a name
        let procedural = start + 1 <= e && CaseNameWords.procedural.contains(text(start)) && CaseNameWords.proceduralSecond.contains(text(start + 1))
        // a capital "V." stands for "v." in a name with no other ("Williams V. Hariosy", as
        // briefs and captions in capitals write it); one between two words, not the first
        if vIndex == nil, !procedural, start + 2 < e {
            for k in (start + 1)..<(e - 1) where equals(k, "V") && isKind(k + 1, .period) && tokens[k].has(.spaceBefore)
                && isKind(k + 2, .word) && tokens[k + 2].has(.spaceBefore) && (tokens[k + 2].has(.capitalized) || tokens[k + 2].has(.allCaps)) {
                vIndex = k
                break
            }
        }
        if vIndex == nil, !procedural {
            // without "v." a name is one party: cut at the last comma that does
            // not precede a corporate suffix
            var c = e
            while c > start {
                if isKind(c, .comma), !CaseNameWords.corporateSuffixes.contains(glueKey(after: c)),
                   !(c + 2 > e && CaseNameWords.capacitySuffixes.contains(glueKey(after: c))) { start = c + 1; break }
                c -= 1
            }
        }
        // trim leading connectors and punctuation
        while start <= e, (isKind(start, .word) && tokens[start].has(.lowercase) && !(equals(start, "v") && start == vIndex) && !isCamelCaseName(start))
                || isKind(start, .comma) || isKind(start, .period) || isKind(start, .dash) || isKind(start, .closeQuote) {
            start += 1
        }
        if let vi = vIndex, vi < start { vIndex = nil }
        start = afterEarlierCaseAndConnector(start, vIndex: vIndex)
        guard start <= e else { return nil }
        // "by appointment of the Court, 439 U. S. 976", "the decision of the Court of Appeals, 486
        // U. S. 1042": the court the sentence names is no party
        if vIndex == nil, e - start <= 2, Self.courtsNamedInProse.contains(text(start, through: e)) { return nil }
        // a name has letters ("693-94" before a reporter is a pincite, not a name)
        var hasLetters = false
        for k in start...e where tokens[k].kind == .word && !tokens[k].has(.hasDigit) { hasLetters = true; break }
        guard hasLetters else { return nil }
        // a name starts with a capital, a digit or "$"
        let f = tokens[start]
        guard f.has(.capitalized) || f.has(.allCaps) || f.kind == .number || f.kind == .dollar || (f.kind == .word && !f.has(.lowercase))
                || isCamelCaseName(start) else { return nil }
        return (start, vIndex)
    }

    /// A "v."/"vs." or a procedural word ("In", "Ex", "Matter", …) among the 24 tokens up
    /// to `k`: the cheap test before reading a name that has no comma after it (most
    /// words before a volume begin no name: "See 5 F.3d 1").
    func versusOrProceduralBefore(_ k: Int) -> Bool {
        var j = k
        while j >= floor, j > k - 24 {
            if isKind(j, .word), tokens[j].length <= 11,
               equals(j, "v") || equals(j, "vs") || isWord(j, in: CaseNameWords.proceduralSet) { return true }
            j -= 1
        }
        return false
    }

    /// Prose that names two cases before the second one's cite ("the principles of Grutter
    /// and Regents of Univ. of Cal. v. Bakke, 438 U.S. 265"): a single word before "and",
    /// after a lower-case prose word, that is the first party word of a case cited
    /// earlier is that case, not part of this plaintiff. Names joined by "and" are left
    /// alone otherwise ("Baltimore and Ohio R. Co. v. United States").
    func afterEarlierCaseAndConnector(_ start: Int, vIndex: Int?) -> Int {
        guard let vi = vIndex, start + 2 < vi, !partyWords.isEmpty, equals(start + 1, "and"),
              tokens[start].has(.capitalized), start - 1 >= 0, isKind(start - 1, .word), tokens[start - 1].has(.lowercase),
              partyWords.contains(keyHash(start)) else { return start }
        return start + 2
    }

    /// Whether the tokens before comma `j` name a government by its place: "State of
    /// Alaska", "City of New York", "County of Los Angeles".
    func followsGovernmentOfPlace(_ j: Int) -> Bool {
        var k = j - 1
        var words = 0
        while k >= floor, words < 3, isKind(k, .word), tokens[k].has(.capitalized), !equals(k, "of") { k -= 1; words += 1 }
        guard words > 0, equals(k, "of"), k - 1 >= floor else { return false }
        return isWord(k - 1, in: CaseNameWords.governmentSet)
    }

    /// The first token of a capitalized word that a line break split before token `j`
    /// ("Wis-" ⏎ "consin"): nil unless `j` starts a line right after "Word-".
    func splitWordStart(_ j: Int) -> Int? {
        guard j >= 2, tokens[j].has(.newlineBefore), isKind(j - 1, .dash), tokens[j - 1].length == 1,
              p[Int(tokens[j - 1].start)] == 0x2D,
              isKind(j - 2, .word), tokens[j - 2].end == tokens[j - 1].start, tokens[j - 2].has(.capitalized),
              !tokens[j - 2].has(.hasDigit) else { return nil }
        return j - 2
    }

    /// Whether number `j` is the label a footnote opens with: the first thing in a note part.
    func isNoteLabel(_ j: Int) -> Bool {
        guard let f = flow, !f.noteSpans.isEmpty, tokens[j].has(.newlineBefore) || j == 0,
              let k = TextFlow.index(of: Int(tokens[j].start), in: f.noteSpans) else { return false }
        var o = f.noteSpans[k].start
        while o < Int(tokens[j].start), p[o] == 0x20 || p[o] == 0x0A || p[o] == 0x0D || p[o] == 0x09 || p[o] == 0x0C { o += 1 }
        return o == Int(tokens[j].start)
    }

    /// The "com" of "Amazon.com", "Booking.com", "Hotels.com": a domain suffix glued by its
    /// period to a capitalised word.
    func isDomainSuffix(_ j: Int) -> Bool {
        guard j >= 2, equals(j, "com") || equals(j, "net") || equals(j, "org"), isKind(j - 1, .period), isKind(j - 2, .word),
              tokens[j - 1].end == tokens[j].start, tokens[j - 2].end == tokens[j - 1].start, tokens[j - 2].has(.capitalized) else { return false }
        return true
    }

    /// A company's name written with a lower-case first letter and a capital after it:
    /// "eBay Inc. v. MercExchange", "Amrhein v. eClinical Works, LLC", "iHeartMedia".
    func isCamelCaseName(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, t.length >= 3, t.length <= 30, !t.has(.hasDigit) else { return false }
        let s = Int(t.start)
        guard p[s] >= 0x61, p[s] <= 0x7A else { return false }
        return (p[s + 1] >= 0x41 && p[s + 1] <= 0x5A) || (p[s + 1] >= 0x61 && p[s + 1] <= 0x7A && p[s + 2] >= 0x41 && p[s + 2] <= 0x5A && t.length >= 4)
    }

    /// Whether word `j` is the second half of a name word a page label cut in two: CAP and
    /// star-paged texts set the label where the printed page broke, inside a word whose
    /// line-end hyphen is lost ("See Star-Tele *933 gram, Inc. v. Doe", "Common *679 wealth v.
    /// Serge"). A lower-case fragment right after a capitalised one, only a star page between
    /// them (furniture of the reading order), and the name going on after it (a comma, "v.",
    /// a period or a capitalised word; not prose, "Jones *933 held in …").
    func isPageSplitWord(_ j: Int) -> Bool {
        guard j >= 1, let f = flow, !f.furniture.isEmpty, isKind(j, .word), isKind(j - 1, .word) else { return false }
        let a = tokens[j - 1], b = tokens[j]
        let first = p[Int(b.start)], last = p[Int(a.end) - 1]
        guard first >= 0x61, first <= 0x7A, (last | 0x20) >= 0x61, (last | 0x20) <= 0x7A,
              a.has(.capitalized), !a.has(.hasDigit), !b.has(.hasDigit), Int(b.start) - Int(a.end) >= 3 else { return false }
        let next = j + 1
        guard next < tokens.count, isKind(next, .comma) || isKind(next, .period) || equals(next, "v") || equals(next, "vs")
                || (isKind(next, .word) && tokens[next].has(.capitalized)) else { return false }
        let gap = f.skips(from: Int(a.end), to: Int(b.start))
        return gap.count == 1 && p[gap[0].start] == 0x2A
    }

    /// The text of tokens `a…b` of a name, a word a page label cut in two joined again
    /// (see `isPageSplitWord`).
    func nameText(_ a: Int, through b: Int) -> String {
        guard a < b, flow.map({ !$0.furniture.isEmpty }) == true else { return text(a, through: b) }
        var out = ""
        var from = a
        for k in (a + 1)...b where isPageSplitWord(k) {
            out += text(from, through: k - 1)
            from = k
        }
        return from == a ? text(a, through: b) : out + text(from, through: b)
    }

    /// A connector glued to the capitalized word after it, as texts that lost the
    /// spaces at their line ends write it ("Opinion of theJustices", "Corp. ofAmerica").
    func isGluedConnector(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.length >= 3, t.length <= 40 else { return false }
        let s = Int(t.start)
        var m = s + 1
        while m < Int(t.end), !(p[m] >= 0x41 && p[m] <= 0x5A) {
            guard p[m] >= 0x61 && p[m] <= 0x7A else { return false }
            m += 1
        }
        guard m < Int(t.end), m + 1 < Int(t.end), p[m + 1] >= 0x61 && p[m + 1] <= 0x7A else { return false }
        return CaseNameWords.connectors.contains(String(decoding: UnsafeBufferPointer(rebasing: p[s..<m]), as: UTF8.self))
    }

    /// A case name written in the prose just before a citation that has none
    /// ("… in United States v. $557,933.89, More or Less in U.S. Funds, the court
    /// granted … No. 95-CV-3978 (JG), 1998 WL 817651"). Looks back at most ~80
    /// tokens for "v." and reads the party names around it.
    func textualCaseName(before s: Int) -> CaseName? {
        let lowest = max(floor, s - 80)
        var v = s - 1
        while v >= lowest, !(equals(v, "v") && isKind(v + 1, .period)) { v -= 1 }
        guard v >= lowest else { return nil }
        // defendant: forward from "v." while the words are name-like
        var j = v + 2
        var end = -1
        while j < s {
            let t = tokens[j]
            if t.kind == .word, !t.has(.lowercase) { end = j }
            else if t.kind == .number || t.kind == .dollar || t.kind == .ampersand { end = j }
            else if t.kind == .period, end == j - 1, !periodEndsSentence(j) { end = j }
            else if t.kind == .comma, isKind(j + 1, .word), !tokens[j + 1].has(.lowercase) || isKind(j + 1, .number) {}
            else if t.kind == .comma, isKind(j + 1, .number) || isKind(j + 1, .dollar) {}
            else if t.kind == .word, isWord(j, in: CaseNameWords.connectorSet), isKind(j + 1, .word), !tokens[j + 1].has(.lowercase) {}
            else { break }
            j += 1
        }
        guard end > v + 1 else { return nil }
        let saved = end
        guard let (ns, vi) = nameBackward(endingAt: saved), vi == v else { return nil }
        return makeCaseName(ns, saved, v)
    }

    /// Letters of the tokens glued together after token `c` (skipping one space):
    /// "L.L.C." → "llc", "Inc." → "inc".
    func glueKey(after c: Int) -> String {
        var out = ""
        var j = c + 1
        while j < tokens.count {
            if j > c + 1, tokens[j].has(.spaceBefore) { break }
            if tokens[j].kind == .word { out += wordKey(j) } else if tokens[j].kind != .period { break }
            j += 1
        }
        return out
    }

    /// Builds the CaseName for tokens s...e with "v" at `v`.
    func makeCaseName(_ s: Int, _ e0: Int, _ v: Int?) -> CaseName {
        var name = CaseName()
        var ps = s
        // the comma before an old parenthesised cite is no part of the name: "The Bank of
        // Metropolis, (15 Peters, 377,)"
        var e = e0
        while e > s, isKind(e, .comma) { e -= 1 }
        if CaseNameWords.procedural.contains(text(s)), s + 1 <= e, CaseNameWords.proceduralSecond.contains(text(s + 1)) {
            var q = s + 2
            // "In the Matter of", "In the Interest of", "In the Estate of"
            if equals(s + 1, "the"), q <= e, equals(q, "Matter") || equals(q, "Interest") || equals(q, "Estate") {
                q += 1
                if equals(q, "of") { q += 1 }
            }
            name.procedural = text(s, through: q - 1)
            ps = q
        }
        if let v = v {
            let pe = isKind(v - 1, .openBracket) ? v - 2 : v - 1  // "Cooper [v. Cooper"
            if ps <= pe {
                let written = nameText(ps, through: pe)
                // "Quality Products & Concepts [Co." — the editor's bracket is not the name's
                name.plaintiff = written.utf8.contains(0x5B) ? written.replacingOccurrences(of: "[", with: "") : written
            }
            let d = isKind(v + 1, .period) ? v + 2 : v + 1
            if d <= e { name.defendant = nameText(d, through: e) }
        } else if name.procedural != nil {
            if ps <= e { name.plaintiff = nameText(ps, through: e) }
        } else {
            name.plaintiff = nameText(ps, through: e)
        }
        return name
    }
}

/// Word lists for case names.
enum CaseNameWords {
    /// The longest token (in bytes) a party name may contain: longer than any word
    /// or number in a real name (the longest English words are ~45 letters).
    static let longestToken = 100
    /// Lower-case words that may stand inside a party name.
    static let connectors: Set<String> = [
        "of", "and", "the", "for", "ex", "rel", "on", "de", "del", "la", "le", "von", "van", "da", "du", "et", "al",
        "to", "by", "a", "an", "as", "upon", "und", "y", "der", "den", "d", "s", "at", "&", "re", "with",
    ]
    static let connectorSet = WordSet(connectors)
    /// Governments named by their place ("State of Alaska", "City of New York").
    /// Words that name a docket number before "No." ("Civil Action No.", "Civ. No.").
    static let docketLabelSet = WordSet(["Civ", "Civil", "Action", "Case", "Docket", "Crim", "Criminal", "Misc", "Adv", "Bankr", "Appeal", "File", "Cause", "Cv", "Cr"])
    static let governmentSet = WordSet(["State", "City", "County", "Commonwealth", "Town", "Village", "Borough", "Township", "Territory", "Parish"])
    static let openerSet = WordSet(sentenceOpeners)
    static let proceduralSet = WordSet(procedural)
    static let proceduralSecondSet = WordSet(proceduralSecond)
    /// Capitalised words that open sentences and never start a party name.
    static let sentenceOpeners: Set<String> = [
        "See", "But", "Cf", "Compare", "Accord", "Contra", "Because", "Although", "Under", "As", "When", "Since",
        "While", "Thus", "However", "Here", "Moreover", "Accordingly", "Similarly", "Further", "Furthermore",
        "Also", "Following", "After", "Before", "Unlike", "Like", "Citing", "Quoting", "Indeed", "Finally",
        "Nevertheless", "Therefore", "Likewise", "Specifically", "Additionally", "Notably", "Relying", "Applying",
        "Consistent", "Pursuant", "And", "Or", "If", "That", "This", "These", "Those", "It", "We", "I", "Our",
        "In", "On", "At", "By", "For", "From", "To", "With", "Where", "Whether", "Even", "Then", "Yet", "So",
        "See,", "E.g", "Cited", "Quoted", "Id", "Ibid", "Hence", "Instead", "Rather", "Lastly", "Compare", "Accordingly", "Courts", "Plaintiff", "Defendant", "Plaintiffs", "Defendants",
    ]
    /// First words of procedural case names.
    static let procedural: Set<String> = ["In", "Ex", "Matter", "Application", "Estate", "Petition", "Re", "IN", "EX"]
    /// Second words of procedural case names ("In re", "Ex parte", "Matter of").
    static let proceduralSecond: Set<String> = ["re", "parte", "of", "the", "Re", "Parte", "RE", "PARTE"]
    /// Corporate suffixes that a comma may precede inside a party name (lookup keys), and
    /// the personal ones ("Michael Flynn, Esq., PLLC", "John Smith, Jr.").
    static let corporateSuffixes: Set<String> = [
        "inc", "llc", "llp", "lp", "ltd", "co", "corp", "na", "pc", "pa", "plc", "sa", "ag", "gmbh", "lc", "pllc",
        "esq", "jr", "sr",
    ]
    /// The capacity a party acts in, after its name and a comma: "Proctor Patterson et al.,
    /// Executors, 1 T. C. 1" (the Tax Court and the Board of Tax Appeals name petitioners so).
    static let capacitySuffixes: Set<String> = [
        "executor", "executors", "executrix", "administrator", "administrators", "administratrix", "trustee", "trustees",
        "transferee", "transferees", "guardian", "conservator", "receiver",
    ]
}
