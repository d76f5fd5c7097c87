// Internal references: citations to the case's own documents by their titles
// and defined short names — "See Pl.’s Objs. to Non-Dispositive Order of
// Magistrate Judge Bloom (“Pl.’s Objs.”)", later "Pl.’s Objs. at 1";
// "Second Am. Compl. (“SAC”) ¶¶ 16, 119"; "See Scheduling Order.".
//
// A title is a run of capitalised words (with "of", "to", "in", … between them)
// that either contains a court-document word (Order, Mem., Compl., Opp’n, …)
// or equals a name defined earlier by a "(“…”)" parenthetical. A title alone is
// ordinary prose, so it counts as a citation only where citations stand: after
// a signal, as a whole citation sentence, before a record cite (", ECF No. 54"),
// or when a pincite ("at 1", "¶ 14") or a definition follows it.

extension Parser {
    /// InternalReference = DocumentTitle [Hereinafter] [PinClause] [Hereinafter]
    ///                     (followed by "," RecordCitation | sentence end after a signal) ;
    ///
    /// Examples: `Pl.’s Objs. at 1`; `Protective Order ¶ 14 (“Paragraph 14”)`;
    /// `Defs.’ Mem. of Law in Supp. of Mot. to Dismiss` (before ", ECF No. 31-9").
    /// Whether token `i` follows a semicolon that ends a citation found just before it.
    func nextOfAString(_ i: Int) -> Bool {
        guard i >= 1, isKind(i - 1, .semicolon), let last = citations.last else { return false }
        let semicolon = Int(tokens[i - 1].start)
        return last.span.end <= semicolon && semicolon - last.span.end <= 2
    }

    mutating func parseInternalReference(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        if isSignalWord(i) || equals(i, "E") { return nil }
        let firstKey = keyHash(i)
        let definedStart = definedFirstWords.contains(firstKey)
        // (or a possessive, "Commonwealth’s Brief at 8, making …": a pin must follow then)
        let partyStart = InternalWords.partySet.contains(hash: firstKey)
            || (tokens[i].has(.capitalized) && isPossessive(i))
        // (or the next cite of a string, right after a citation and its semicolon: "Compl. ¶ 3;
        // Counter Compl. ¶ 26")
        let sentenceStart = startsSentence(i) || isKind(i - 1, .openParen) || nextOfAString(i)
        // cheap gate before the signal lookup: a signal ends in a word or period
        let mayFollowSignal = endsSignalWord(before: i)
        guard definedStart || partyStart || sentenceStart || mayFollowSignal else { return nil }
        let afterSignal = mayFollowSignal && parseSignal(before: i).0 != nil
        guard definedStart || partyStart || afterSignal || sentenceStart else { return nil }
        guard let title = scanTitle(from: i, limit: limit) else { return nil }
        var k = title.end + 1
        var pin: String? = nil
        var defined: String? = nil
        var last = title.end
        if isKind(k, .openParen), let (close, _) = closeOfParenthetical(k, limit: limit),
           case let (kind, name) = classifyParenthetical(k, close), kind == .hereinafter {
            defined = name
            last = close; k = close + 1
        }
        // the docket entry of the document in parentheses: "Compl. (DE 2) ¶ 9", "Order (ECF No. 60)"
        var recordParen: (open: Int, close: Int)? = nil
        if isKind(k, .openParen), recordEntryStart(at: k + 1) != nil, let (close, balanced) = closeOfParenthetical(k, limit: limit),
           balanced, close - k < 14 {
            recordParen = (k, close)
            last = close; k = close + 1
        }
        var pinStart = k
        // (", at 4", and the District of Columbia's "Compl., ¶¶ 30–32")
        if isKind(k, .comma), equals(k + 1, "at") || isKind(k + 1, .pilcrow) { pinStart = k + 1 }
        let barePages = recordParen != nil && isKind(pinStart, .number)  // "Br. (DE 56) 12-13"
        // (not the number of the paragraph the next line opens: Illinois's "ORDER" ⏎ "¶1      Held: …")
        let paragraphNumber = isKind(pinStart, .pilcrow) && tokens[pinStart].has(.newlineBefore)
            && (tokens[pinStart].has(.blankLineBefore) || opensNumberedParagraph(pinStart))
        // (a database order's star page with no "at": "Sanctions Order *4–6", "Def. Br. *3")
        let starPin = isKind(pinStart, .star) && isKind(pinStart + 1, .number) && tokens[pinStart + 1].start == tokens[pinStart].end
        if equals(pinStart, "at") || (isKind(pinStart, .pilcrow) && !paragraphNumber) || barePages || starPin, let pl = parsePinList(at: pinStart, limit: limit) {
            pin = pl.text
            last = pl.end - 1; k = pl.end
        }
        if defined == nil, isKind(k, .openParen), let (close, _) = closeOfParenthetical(k, limit: limit),
           case let (kind, name) = classifyParenthetical(k, close), kind == .hereinafter {
            defined = name
            last = close; k = close + 1
        }
        let beforeRecord = isKind(k, .comma) && recordEntryStart(at: k + 1) != nil
        let endsSentence = k >= limit || isKind(k, .period) || isKind(k, .semicolon) || isKind(k, .closeParen)
            || (isKind(last, .period) && (tokens[k].has(.capitalized) || tokens[k].has(.blankLineBefore) && !tokens[k].has(.lowercase)))
        // the name key is a String: built only when a defined name could decide
        var definedKnown: Bool? = nil
        func isDefined() -> Bool {
            if let d = definedKnown { return d }
            let d = !definedNames.isEmpty && definedNames[nameKey(title.start, through: title.titleEnd)] != nil
            definedKnown = d
            return d
        }
        var accept = pin != nil || defined != nil || beforeRecord || recordParen != nil
        if !accept, endsSentence {
            accept = (afterSignal && (title.hasDocWord || isDefined())) || (sentenceStart && isDefined())
        }
        guard accept, title.hasDocWord || isDefined() else { return nil }
        let id = addInternal(from: title.start, titleEnd: title.titleEnd, through: last, pin: pin, nestedIn: nestedIn, phrase: phrase)
        if let d = defined {
            citations[id].definedName = d
            defineName(d, citation: id)
        }
        if let rp = recordParen {
            let before = citations.count
            parseCitations(from: rp.open + 1, to: rp.close, nestedIn: nestedIn, phrase: phrase)
            for r in before..<citations.count where citations[r].kind == .record { citations[r].locatesPrevious = true }
            floor = k
        }
        return parseParentheticals(at: k, limit: limit, owner: id)
    }

    /// Word `k` ends in "’s" or "'s" ("Commonwealth’s", "Appellant's").
    func isPossessive(_ k: Int) -> Bool {
        let s = Int(tokens[k].start), e = Int(tokens[k].end)
        guard e - s >= 4, p[e - 1] == 0x73 else { return false }
        return p[e - 2] == 0x27 || (p[e - 2] == 0x99 && p[e - 3] == 0x80 && p[e - 4] == 0xE2)
    }

    /// Adds an internal citation for tokens a...b.
    @discardableResult
    mutating func addInternal(from a: Int, titleEnd: Int, through b: Int, pin: String?, nestedIn: Int?, phrase: String?) -> Int {
        var c = Citation(kind: .internal, span: span(a, b))
        c.pincite = pin
        c.title = text(a, through: titleEnd)
        return add(c, startToken: a, nestedIn: nestedIn, phrase: phrase)
    }

    struct Title {
        var start: Int
        /// Last token of the title words (before any definition or pincite).
        var titleEnd: Int
        /// Same as titleEnd; kept separate for clarity at call sites.
        var end: Int
        var hasDocWord: Bool
    }

    /// DocumentTitle = TitleWord { [Connector] TitleWord } ;
    func scanTitle(from i: Int, limit: Int) -> Title? {
        var j = i
        var lastWord = -1
        var words = 0
        var hasDoc = false
        while j < limit, words < 14 {
            let t = tokens[j]
            switch t.kind {
            case .word:
                if t.has(.lowercase) {
                    if equals(j, "s"), isKind(j - 1, .closeQuote), tokens[j - 1].end == t.start { break }
                    if equals(j, "v") || equals(j, "vs") { return nil }
                    if isWord(j, in: InternalWords.connectorSet), isKind(j + 1, .word), !tokens[j + 1].has(.lowercase) { break }
                    j = limit; continue
                }
                if j > i, isSignalWord(j) || isWord(j, in: CaseNameWords.openerSet) { j = limit; continue }
                if isWord(j, in: InternalWords.documentSet) { hasDoc = true }
                lastWord = j
                words += 1
            case .period:
                guard lastWord == j - 1, tokens[j].start == tokens[j - 1].end, !periodEndsSentence(j) || isDocAbbreviation(j - 1) else { j = limit; continue }
                // "Objs." keeps its period; a full word's period ("… Scheduling Order.") ends the sentence
                if isWord(j - 1, in: InternalWords.fullWordSet) { j = limit; continue }
                if isDocAbbreviation(j - 1) || tokens[j - 1].length <= 6 { lastWord = j } else { j = limit; continue }
            case .closeQuote:
                guard tokens[j].start == tokens[j - 1].end, j > i else { j = limit; continue }
            case .number:
                guard lastWord == j - 1, isWord(j - 1, in: InternalWords.numberedSet) else { j = limit; continue }
                lastWord = j
            case .ampersand:
                break
            case .slash, .dash:
                // a word broken at the line's end: "See Memorandum Opin-⏎ion at 4-5"
                if t.kind == .dash, lastWord == j - 1, tokens[j].start == tokens[j - 1].end, j + 1 < limit, isKind(j + 1, .word),
                   tokens[j + 1].has(.newlineBefore), tokens[j + 1].has(.lowercase) {
                    lastWord = j + 1
                    j += 2
                    continue
                }
                // glued between two words: "Brief of Appellee/Cross-Appellant at 12"
                guard lastWord == j - 1, tokens[j].start == tokens[j - 1].end, j + 1 < limit, isKind(j + 1, .word),
                      tokens[j + 1].start == tokens[j].end else { j = limit; continue }
            default:
                j = limit; continue
            }
            j += 1
        }
        guard lastWord >= i else { return nil }
        return Title(start: i, titleEnd: lastWord, end: lastWord, hasDocWord: hasDoc)
    }

    func isDocAbbreviation(_ k: Int) -> Bool {
        isWord(k, in: InternalWords.documentSet) || isWord(k, in: InternalWords.partySet) || isWord(k, in: InternalWords.titleAbbreviationSet)
    }

    /// A document title that ends right before the record cite at token `i`
    /// ("Joint Letter on Protective Order Dispute, ECF No. 42"), found backwards.
    func documentTitleBefore(_ i: Int) -> (start: Int, end: Int, pin: String?)? {
        guard isKind(i - 1, .comma) else { return nil }
        let e = i - 2
        guard e >= floor else { return nil }
        var j = e
        var start = -1
        var hasDoc = false
        let lowest = max(floor, e - 30)
        while j >= lowest {
            let t = tokens[j]
            if t.kind == .word {
                if t.has(.lowercase) {
                    if equals(j, "s"), isKind(j - 1, .closeQuote) { j -= 1; continue }
                    if !isWord(j, in: InternalWords.connectorSet) { break }
                } else {
                    if isSignalWord(j) || isWord(j, in: CaseNameWords.openerSet) { break }
                    if isWord(j, in: InternalWords.documentSet) { hasDoc = true }
                    start = j
                }
            } else if t.kind == .period {
                if periodEndsSentence(j) && !isDocAbbreviation(j - 1) { break }
            } else if t.kind == .closeQuote, j > 0, tokens[j].start == tokens[j - 1].end {
            } else if t.kind == .ampersand {
            } else { break }
            j -= 1
        }
        guard start >= 0, hasDoc, isKind(e, .word) || isKind(e, .period) else { return nil }
        return (start, e, nil)
    }
}

/// Word lists for internal references (lookup keys: letters only, lower-case).
enum InternalWords {
    static let documentSet = WordSet(documentWords, keyed: true)
    static let partySet = WordSet(partyPrefixes, keyed: true)
    static let titleAbbreviationSet = WordSet(titleAbbreviations, keyed: true)
    static let numberedSet = WordSet(numberedWords, keyed: true)
    static let fullWordSet = WordSet(fullWords, keyed: true)
    static let connectorSet = WordSet(connectors)
    /// Words that name a court document.
    static let documentWords: Set<String> = [
        "order", "orders", "objs", "objections", "objection", "mem", "memo", "memorandum", "br", "brief", "compl",
        "complaint", "mot", "motion", "oppn", "opposition", "resp", "response", "reply", "aff", "affidavit", "decl",
        "declaration", "letter", "tr", "transcript", "ex", "exh", "exhibit", "exs", "report", "pet", "petition",
        "answer", "stipulation", "notice", "dep", "deposition", "hrg", "hearing", "judgment", "stmt", "statement",
        "appendix", "interrogatories", "suppl", "submission", "paragraph", "rr", "br", "obj", "objs", "sac", "fac",
        "tac", "ans", "recommendation", "filing", "app", "minutes", "minute",
    ]
    /// Document words that are whole words, whose following period ends a sentence.
    static let fullWords: Set<String> = [
        "order", "orders", "objections", "objection", "memorandum", "brief", "complaint", "motion", "opposition",
        "response", "reply", "affidavit", "declaration", "letter", "transcript", "exhibit", "report", "petition",
        "answer", "stipulation", "notice", "deposition", "hearing", "judgment", "statement", "appendix",
        "interrogatories", "submission", "recommendation", "filing", "dismiss", "minutes",
    ]
    /// Party prefixes that start document short names ("Pl.’s", "Defs.’", "Gov’t").
    static let partyPrefixes: Set<String> = [
        "pl", "pls", "pltf", "pltfs", "def", "defs", "dft", "dfts", "govt", "respt", "petr", "appellant", "appellee",
        "plaintiffs", "defendants",
    ]
    /// Other abbreviations common inside document titles.
    static let titleAbbreviations: Set<String> = ["am", "supp", "suppl", "mot", "opp", "law", "second", "third", "first", "prelim", "inj", "summ", "j", "dismiss", "recons", "reconsideration"]
    /// Lower-case words that may join title words.
    static let connectors: Set<String> = ["of", "to", "in", "on", "for", "and", "the", "re", "by", "from", "regarding", "with"]
    /// Title words that are followed by a number ("Paragraph 14", "Exhibit 3").
    static let numberedWords: Set<String> = ["paragraph", "exhibit", "ex", "attachment", "appendix", "count", "tab", "doc", "dkt"]
}

extension Parser {
    /// Words that name another opinion of the same decision before "op.".
    static let opinionParts = WordSet(["Majority", "majority", "Lead", "lead", "Plurality", "plurality", "Principal", "principal",
                                       "Dissent", "dissent", "Dissenting", "dissenting", "Concurring", "concurring"])

    /// OpinionPartReference = OpinionWord "op." [","] (("¶" | "¶¶") PinList | "at" PinList) ;
    ///
    /// A separate opinion citing the majority by its paragraphs or pages:
    /// `Majority op., ¶ 17`, `majority op., ¶ ¶ 30, 34`, `dissenting op. at 12`. ("slip op. at 5" cites
    /// another decision's slip opinion, not this one.)
    /// The separate opinion named alone, capitalised, before "at": "See Dissent at 20.",
    /// "Concurrence at 5" (Alaska's majority answering its dissent).
    mutating func parseOpinionPartReference(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        if equals(i + 1, "at"), equals(i, "Dissent") || equals(i, "Concurrence"), isKind(i + 2, .number),
           let pin = parsePinList(at: i + 1, limit: limit) {
            var c = Citation(kind: .internal, span: span(i, pin.end - 1))
            c.title = text(i)
            c.pincite = pin.text
            let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
            return parseParentheticals(at: pin.end, limit: limit, owner: id)
        }
        guard equals(i + 1, "op"), isKind(i + 2, .period), isWord(i, in: Self.opinionParts) else { return nil }
        var k = i + 3
        if isKind(k, .comma) { k += 1 }
        guard isKind(k, .pilcrow) || equals(k, "at"), let pin = parsePinList(at: k, limit: limit) else { return nil }
        var c = Citation(kind: .internal, span: span(i, pin.end - 1))
        c.title = text(i, through: i + 2)
        c.pincite = pin.text
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: pin.end, limit: limit, owner: id)
    }
}
