// Parser: the hand-written recursive-descent citation parser. This file holds
// the driver (`parseCitations`, the CitationText loop of Grammars/citation.ebnf)
// and the token helpers every production uses; each production lives in the
// file named after its grammar area (CaseCitation.swift, Signals.swift, …) and
// is headed by its EBNF rule.
//
// Why a driver plus anchors: opinions are mostly prose. Scanning every token as
// a possible start of every production would be slow and would over-match, so
// the driver moves forward token by token and only tries a production where its
// anchor stands (a volume number before a reporter or code, "Id.", "supra", "§",
// "Const.", "R.", "ECF", a document title or defined short name, a party name of an
// earlier cite…). Signals and case names are read backwards from the anchor. Productions that begin with a case name find it by
// walking back from the anchor, bounded by `floor` (the end of the previous
// citation), so no token is ever claimed twice and the whole pass stays linear.

/// What an earlier full cite of the same "volume reporter page" carried, to tell
/// a repeated full cite from a short form that drops those parts.
struct SeenCite {
    var hadCourtDate: Bool
    var hadDocket: Bool
    var parallels: Int
    /// The first cite named both parties ("State v. Jones").
    var hadBothParties = false
}

/// Parses the citations of one text.
struct Parser {
    let p: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let tables: ReferenceTables
    /// Citations found so far, in the order they were completed.
    var citations: [Citation] = []
    /// Short names defined by "hereinafter" parentheticals: normalised key → citation index.
    var definedNames: [String: Int] = [:]
    /// First normalised word of each defined name, for a quick anchor check.
    var definedFirstWords = WordHashMap()
    /// First words of the parties of full case cites so far (key hash → citation),
    /// for bare references such as "In Duling, the court …".
    var partyWords = WordHashMap()
    /// "volume reporter page" of every reporter cite so far (to tell short forms).
    var seenCites: [String: SeenCite] = [:]
    /// No production may claim a token before this index.
    var floor = 0
    /// Running count of citation clauses (for Id. ambiguity after string cites).
    var clauseCounter = 0
    /// Nesting depth of parenthetical recursion (bounded against pathological input).
    var depth = 0
    /// The deepest parenthetical recursion allowed (`Limits.maxParentheticalDepth`):
    /// each level is a stack frame, and "((((…" must not overflow the stack.
    var maxDepth = 32
    /// How many parentheticals were left unparsed because they lay deeper than `maxDepth`.
    var depthLimitHits = 0
    /// Nesting of later decisions in subsequent history being parsed (see `parseHistory`).
    var historyDepth = 0
    /// The deepest history nesting parsed: real chains nest two or three decisions.
    static let maxHistoryDepth = 8
    /// Blank lines separate paragraphs (false for double-spaced text).
    var blankLinesSeparateParagraphs = true
    /// The reading order the tokens come in: what text between two tokens must skip
    /// (page furniture, a footnote moved out of the sentence it interrupted).
    var flow: TextFlow? = nil

    /// The text writes amounts with "§" for "$" somewhere ("the sum of §1,055", "§824.40"), as
    /// old scans do: there a "§" glued to a number is an amount (see `isOCRDollarAmount`).
    let scansDollarsAsSections: Bool

    /// `scansDollarsAsSections` is `hasSectionSignAmount(text)`, passed in by callers that
    /// make many parsers over one text (each test scans the whole text).
    init(text: UnsafeBufferPointer<UInt8>, tokens: [Token], tables: ReferenceTables, scansDollarsAsSections: Bool? = nil) {
        self.p = text
        self.tokens = tokens
        self.tables = tables
        self.scansDollarsAsSections = scansDollarsAsSections ?? Self.hasSectionSignAmount(text)
    }

    /// A "§" glued to an amount with thousands or cents: "§1,055", "§824.40".
    static func hasSectionSignAmount(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return false }
        let n = p.count
        func digit(_ k: Int) -> Bool { k < n && p[k] >= 0x30 && p[k] <= 0x39 }
        var i = ByteScan.firstIndex(of: 0xA7, in: base, from: 0, to: n)
        while i < n {
            if i > 0, p[i - 1] == 0xC2 {
                var k = i + 1
                while digit(k), k - i <= 4 { k += 1 }
                if k > i + 1, k + 3 < n {
                    if p[k] == 0x2C, digit(k + 1), digit(k + 2), digit(k + 3), !digit(k + 4) { return true }
                    if p[k] == 0x2E, digit(k + 1), digit(k + 2), !digit(k + 3) { return true }
                }
            }
            i = ByteScan.firstIndex(of: 0xA7, in: base, from: i + 1, to: n)
        }
        return false
    }

    // MARK: - Driver

    /// CitationText = { Text | CitationClause } ;
    ///
    /// Walks tokens `from..<to`, trying the citation productions at their anchors.
    /// `nestedIn` is set when parsing inside a parenthetical of another citation.
    mutating func parseCitations(from: Int, to: Int, nestedIn: Int? = nil, phrase: String? = nil) {
        var i = from
        let savedFloor = floor
        floor = from
        while i < to {
            if Self.mayAnchor(tokens[i], p), let end = parseCitationAt(i, limit: to, nestedIn: nestedIn, phrase: phrase) {
                i = max(end, i + 1)
                floor = i
            } else {
                i += 1
            }
        }
        floor = max(savedFloor, floor)
    }

    /// Whether `parseCitationAt` could start a citation at token `t`: its own first
    /// tests, asked before the call (most tokens are punctuation or short lower-case
    /// words, and the call copies the parser). Must agree with `parseCitationAt`.
    @inline(__always)
    static func mayAnchor(_ t: Token, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        switch t.kind {
        case .number, .section: return true
        case .word:
            guard t.has(.lowercase) else { return true }
            // "id." / "ibid.", "supra" / "infra", a section word ("section", "sections"),
            // "slip" of "slip op.", "note"/"n." of "note 6, supra", "ante"/"post" of "ante, at 197"
            let n = t.length
            if n == 5 || n >= 7 || mayBeIdWord(t, p) || t.has(.hasDigit) { return true }
            // ("nonpub" of California's "[nonpub. opn.]")
            if n == 6, p[Int(t.start)] == 0x6E, p[Int(t.start) + 1] == 0x6F, p[Int(t.start) + 2] == 0x6E { return true }
            let s = Int(t.start)
            // ("s"/"ss" of a "§" converted to a letter: "Restatement (Second) of Torts s 402A")
            if n == 1 { return p[s] == 0x6E || p[s] == 0x73 }
            if n == 2 { return p[s] == 0x73 && p[s + 1] == 0x73 }
            // "art." of a constitution, "sec." of the Tax Court's "sec. 1.166-5, Income Tax Regs."
            // ("dkt." of a docket entry, "(dkt. no. 22)")
            if n == 3 { return (p[s] == 0x61 && p[s + 1] == 0x72 && p[s + 2] == 0x74) || (p[s] == 0x73 && p[s + 1] == 0x65 && p[s + 2] == 0x63)
                || (p[s] == 0x64 && p[s + 1] == 0x6B && p[s + 2] == 0x74) }
            guard n == 4 else { return false }
            // ("dkts." of "see dkts. 14, 16")
            return p[s] == 0x73 || (p[s] == 0x6E && p[s + 1] == 0x6F && p[s + 2] == 0x74 && p[s + 3] == 0x65)
                || (p[s] == 0x64 && p[s + 1] == 0x6B && p[s + 2] == 0x74 && p[s + 3] == 0x73)
                || (p[s] == 0x61 && p[s + 1] == 0x6E && p[s + 2] == 0x74 && p[s + 3] == 0x65)
                || (p[s] == 0x70 && p[s + 1] == 0x6F && p[s + 2] == 0x73 && p[s + 3] == 0x74)
        default: return false
        }
    }

    /// Pages, ranges and notes after the number at `i` up to a "(" ("98-100, 244-246 (1881)",
    /// "100, n. 77 (1937)"): the cheap test before a book's page list.
    func pagesThenParenthesis(after i: Int) -> Bool {
        guard isKind(i + 1, .dash) || isKind(i + 1, .comma) else { return false }
        var k = i + 1
        while k < tokens.count, k < i + 14 {
            switch tokens[k].kind {
            case .openParen: return true
            case .number, .dash, .comma, .period: k += 1
            case .word where equals(k, "n") || equals(k, "nn") || equals(k, "and"): k += 1
            default: return false
            }
        }
        return false
    }

    /// The token after word `i` can go on a reporter's name ("T.C. Memo.", "Blue Sky L.
    /// Rep.", "FERC ¶") or be its year ("SCDB 1846-016"): the cheap test before
    /// `parseVolumelessCitation`.
    @inline(__always)
    func mayStartVolumeless(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let n = tokens[i + 1]
        switch n.kind {
        case .period, .pilcrow, .openParen, .ampersand: return true
        case .word: return !n.has(.lowercase)
        case .number: return n.length == 4  // "SCDB 1846-016"
        default: return false
        }
    }

    /// Token `t` could be "Id"/"id"/"Ibid"/"ibid" by its length and first byte: the
    /// cheap test before `isIdAnchor`.
    @inline(__always)
    static func mayBeIdWord(_ t: Token, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        (t.length == 2 || t.length == 4) && p[Int(t.start)] | 0x20 == 0x69
    }

    /// Tries every production whose anchor is token `i`. Returns the token index
    /// after the citation (and whatever trails it) when one was parsed.
    mutating func parseCitationAt(_ i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let t = tokens[i]
        switch t.kind {
        case .number:
            if isKind(i - 1, .openBracket), let e = parseBracketedDocketEntry(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            // "2012 PA 348": a Michigan public act, before reporters-db's "PA" neutral form (Pennsylvania's
            // neutral cites are "PA Super" and "PA Commw")
            if equals(i + 1, "PA"), isYear(i), !equals(i + 3, "Super"), let e = parseCodeCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if let e = parseReporterCitation(volumeAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if let e = parseCodeCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if equals(i + 1, "Cong"), let e = parseCongressionalRecord(volumeAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if isKind(i + 1, .word), let e = parseUnknownCitation(volumeAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            // a book cited by page: "John Hart Ely, Democracy and Distrust 101 (1980)"
            // an old treatise by its author: "Freeman on Judgments, 167", "Drake on Attachments, See. 707"
            if isKind(i - 1, .comma), isKind(i - 2, .word), tokens[i - 2].has(.capitalized), authorOnSubjectTitle(endingAt: i - 2),
               let e = parseBookCitation(pinAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            // a book by its star page: "4 W. Blackstone, Commentaries *225"
            if isKind(i - 1, .star), tokens[i].start == tokens[i - 1].end, isKind(i - 2, .word), tokens[i - 2].has(.capitalized),
               let e = parseBookCitation(pinAt: i - 1, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if isKind(i - 1, .period), isOldTreatiseSectionWord(i - 2),
               let e = parseBookCitation(pinAt: i - 2, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            // (or with a comma before the page: "Black's Law Dictionary, 1148 (9th ed. 2009)")
            // (several pages and a note: "The Common Law 98-100, 244-246 (1881)", "100, n. 77 (1937)")
            if isKind(i + 1, .openParen) || pagesThenParenthesis(after: i), isKind(i - 1, .word) && tokens[i - 1].has(.capitalized)
                || isKind(i - 1, .comma) && isKind(i - 2, .word) && tokens[i - 2].has(.capitalized),
               let e = parseBookCitation(pinAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            return nil
        case .word:
            // the first byte and length first: the full test is a call that copies the parser
            if Self.mayBeIdWord(t, p), isIdAnchor(i) {
                return parseIdCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase)
            }
            // the edition of a book cited with no pin: "Black's Law Dictionary (11th ed. 2019)"
            if t.has(.hasDigit), !t.has(.capitalized), isKind(i - 1, .openParen), equals(i + 1, "ed") {
                return parseBookCitation(pinAt: i - 1, limit: limit, nestedIn: nestedIn, phrase: phrase)
            }
            if equals(i + 1, "op") || equals(i + 1, "at"), let e = parseOpinionPartReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.has(.lowercase) {
                if equals(i, "supra") { return parseSupraCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) }
                if t.length == 11, let e = parseUnpublishedOpinion(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if t.length == 6, p[Int(t.start)] == 0x6E, let e = parseCaliforniaUnpublished(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if equals(i, "infra") { return parseCrossReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) }
                if t.length <= 8, equals(i, "note") || equals(i, "n") || equals(i, "ante") || equals(i, "post") || equals(i, "footnote"),
                   let e = parseNoteOrPageReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if t.length == 4, let e = parseSlipOpinionShortForm(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                let first = p[Int(t.start)] | 0x20  // the first byte, lower-cased: cheap gates before the calls
                // "Restatement (Second) of Conflict of Laws s 188": a "§" converted to "s"
                if t.length <= 2, first == 0x73, i + 1 < limit, tokens[i + 1].has(.hasDigit), isKind(i - 1, .word) || isKind(i - 1, .closeParen),
                   let e = parseSectionCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if t.length == 3 || t.length == 7, first == 0x61, let e = parseConstitutionInWords(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if t.length == 3 || t.length == 4, first == 0x64, let e = parseRecordCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                if t.length >= 7 || (t.length == 3 && first == 0x73), let e = parseSectionWordCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
                return nil
            }
            let first = p[Int(t.start)]  // the first byte: cheap gates before the calls
            // "Supra note 10." opening a sentence
            if t.length == 5, first == 0x53, equals(i, "Supra"), equals(i + 1, "note") || equals(i + 1, "notes") {
                return parseSupraCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase)
            }
            // "Ante, at 690." / "Post, at 191-193." / "Supra, at 229." opening a sentence
            if t.length == 4 || t.length == 5, first == 0x41 || first == 0x50 || first == 0x53 || first == 0x49,
               isKind(i + 1, .comma), equals(i + 2, "at") || isPageAbbreviation(i + 2), isPageReferenceWord(i),
               let e = parseNoteOrPageReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 3, first == 0x53, isOldTreatiseSectionWord(i),
               let e = parseBookCitation(pinAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 3 || t.length == 7, first == 0x41, let e = parseConstitutionInWords(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length >= 7 || (t.length == 3 && first == 0x53), let e = parseSectionWordCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 5 || t.length == 2 || t.length == 1, first == 0x53 || first == 0x47 || first == 0x4C,
               let e = parseSessionLaw(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if let e = parseCodeCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 1, first == 0x53, let e = parseNorthCarolinaSessionLaw(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if mayStartVolumeless(i), let e = parseVolumelessCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length <= 5, let e = parseGenericConstitution(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 1, let e = parseGenericRule(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 1 || t.length == 4 || t.length == 5, first == 0x52, let e = parseColonRule(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 4, first == 0x52, let e = parseRuleInWords(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 4, first == 0x52, let e = parseStateWordRule(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 1, let e = parseLegislativeCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 3 || t.length == 5, let e = parseStateLegislativeHistory(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length == 3 || t.length == 1, first == 0x4F || first == 0x41,
               let e = parseAttorneyGeneralOpinion(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.length <= 3, let e = parseDocketCase(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if let e = parseRecordCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.has(.capitalized) || t.has(.allCaps),
               let e = parseInternalReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            if t.has(.capitalized), !partyWords.isEmpty, partyWords.contains(keyHash(i)),
               let e = parseCaseNameReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
            return nil
        case .section:
            return parseSectionCitation(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase)
        default:
            return nil
        }
    }

    // MARK: - Adding citations

    /// Appends a citation, filling the fields common to every production
    /// (signal, nesting, clause), and returns its index.
    @discardableResult
    mutating func add(_ c: Citation, startToken: Int, nestedIn: Int?, phrase: String?) -> Int {
        var c = c
        c.id = citations.count
        c.nestedIn = nestedIn
        let (signal, signalStart) = parseSignal(before: startToken)
        c.nestingPhrase = nestedIn == nil ? nil : (phrase ?? nestingPhrase(before: signalStart ?? startToken))
        if nestedIn == nil, let outer = citedByCommaPhrase(before: signalStart ?? startToken) {
            // "…, 98 Cal.Rptr.2d 612, citing People v. Superior Court …" (California and
            // Michigan write the nesting phrase after a comma, without parentheses)
            c.nestedIn = outer.citation
            c.nestingPhrase = outer.phrase
        }
        c.signal = signal
        let before = (signalStart ?? startToken) - 1
        if before >= 0, tokens[before].kind == .semicolon { c.continuesString = true }
        // (in the same paragraph: "(Emphasis supplied.)" ending one is not the next one's)
        if nestedIn == nil, before >= 0, tokens[before].kind == .closeParen,
           !(tokens[before + 1].has(.blankLineBefore) && blankLinesSeparateParagraphs),
           let p = quotationNoteBefore(closingAt: before) { c.parentheticals.insert(p, at: 0) }
        if signal != nil || !c.continuesString { clauseCounter += signal == nil && c.kind == .record ? 0 : 1 }
        c.clause = clauseCounter
        citations.append(c)
        return c.id
    }

    /// Illinois writes the note on a quotation as a sentence of its own before the cite that
    /// supports it: "… how to proceed.” (Internal quotation marks omitted.) Id." — an omission
    /// or alteration parenthetical of that cite ("(Emphasis added.)" too).
    func quotationNoteBefore(closingAt close: Int) -> Parenthetical? {
        // (wholly after the citation before: a parenthetical it took is not read twice)
        guard close >= 3, isKind(close - 1, .period) else { return nil }
        var open = close - 2
        while open >= floor, open >= close - 8, !isKind(open, .openParen) {
            guard isKind(open, .word) else { return nil }
            open -= 1
        }
        guard open >= floor, open >= 0, isKind(open, .openParen), isKind(open + 1, .word), tokens[open + 1].has(.capitalized) else { return nil }
        let (kind, value) = classifyParenthetical(open, close)
        guard kind == .omission || kind == .alteration else { return nil }
        let text = value.hasSuffix(".") ? String(value.dropLast()) : value
        return Parenthetical(text: text, kind: kind, span: span(open, close))
    }

    /// ", quoting" / ", citing" right after the end of the citation before: that
    /// citation (the head of its parallel group) and the phrase.
    func citedByCommaPhrase(before k: Int) -> (citation: Int, phrase: String)? {
        // "…, citing Strickland v. Washington, 466 U.S. 668 (1984), and People v. Albanese, …":
        // the second is cited by the same case as the first
        if k >= 2, equals(k - 1, "and"), let last = citations.indices.last {
            let andAt = k - 1
            let end = isKind(andAt - 1, .comma) ? Int(tokens[andAt - 1].start) : Int(tokens[andAt].start)
            let head = citations.groupHead(last)
            if citations[last].span.end <= end, end - citations[last].span.end <= 1,
               let outer = citations[head].nestedIn, let phrase = citations[head].nestingPhrase,
               phrase == "citing" || phrase == "quoting" {
                return (outer, phrase)
            }
        }
        // "G.L. c. 119, § 72A, as amended through St. 2013, c. 84, § 23": the amending act
        // qualifies the statute it follows, as a cited case does the citing one
        if k >= 4, equals(k - 3, "as"), equals(k - 2, "amended"), equals(k - 1, "by") || equals(k - 1, "through"), isKind(k - 4, .comma),
           let last = citations.indices.last, citations[last].span.end == Int(tokens[k - 4].start),
           citations[last].kind == .statute || citations[last].kind == .regulation {
            return (citations.groupHead(last), "as amended " + text(k - 1))
        }
        // the older Supreme Court's ", quoting from" / ", quoting in part from"
        if k >= 3, equals(k - 1, "from") {
            var q = k - 2
            if equals(q, "part"), equals(q - 1, "in") { q -= 2 }
            if equals(q, "quoting"), isKind(q - 1, .comma), let last = citations.indices.last,
               citations[last].span.end == Int(tokens[q - 1].start) {
                return (citations.groupHead(last), text(q, through: k - 1))
            }
        }
        // (", citing, inter alia, Dunaway …": the filler after the phrase)
        let k = skippingNestingFiller(before: k)
        guard k >= 2, equals(k - 1, "quoting") || equals(k - 1, "citing"), isKind(k - 2, .comma),
              let last = citations.indices.last, citations[last].span.end == Int(tokens[k - 2].start) else { return nil }
        let head = citations.groupHead(last)
        return (head, text(k - 1))
    }

    // MARK: - Token helpers

    var count: Int { tokens.count }

    /// The bytes of token `k` equal `s` exactly.
    @inline(__always)
    func equals(_ k: Int, _ s: StaticString) -> Bool {
        guard k >= 0 && k < tokens.count else { return false }
        let t = tokens[k]
        let n = s.utf8CodeUnitCount
        guard t.length == n else { return false }
        let sp = s.utf8Start
        var j = 0
        let base = Int(t.start)
        while j < n { if p[base + j] != sp[j] { return false }; j += 1 }
        return true
    }

    /// Token `k` equals `s` ignoring ASCII case.
    func equalsIgnoringCase(_ k: Int, _ s: StaticString) -> Bool {
        guard k >= 0 && k < tokens.count else { return false }
        let t = tokens[k]
        let n = s.utf8CodeUnitCount
        guard t.length == n else { return false }
        let sp = s.utf8Start
        for j in 0..<n where p[Int(t.start) + j] | 0x20 != sp[j] | 0x20 { return false }
        return true
    }

    @inline(__always) func kind(_ k: Int) -> TokenKind? { k >= 0 && k < tokens.count ? tokens[k].kind : nil }
    @inline(__always) func isKind(_ k: Int, _ kind: TokenKind) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == kind }

    /// Token `k`'s text.
    func text(_ k: Int) -> String {
        let t = tokens[k]
        return String(decoding: UnsafeBufferPointer(rebasing: p[Int(t.start)..<Int(t.end)]), as: UTF8.self)
    }

    /// The text from the start of token `a` to the end of token `b` (inclusive),
    /// whitespace runs collapsed to one space.
    func text(_ a: Int, through b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        return collapsed(Int(tokens[a].start), Int(tokens[b].end))
    }

    /// Bytes `s..<e` as a string with whitespace runs collapsed (see `TextFlow.appendCollapsed`).
    func collapsed(_ s: Int, _ e: Int) -> String {
        TextFlow.collapsedString(p, from: s, to: e, flow: flow)
    }

    /// A lookup key for names: letters and digits only, lower-cased ("Pl.’s Objs." → "plsobjs").
    func nameKey(_ a: Int, through b: Int) -> String {
        guard a <= b else { return "" }
        var out: [UInt8] = []
        for i in Int(tokens[a].start)..<Int(tokens[b].end) {
            if let k = NameKey.keyByte(p[i]) { out.append(k) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Key of a single token (see `nameKey`).
    func wordKey(_ k: Int) -> String { nameKey(k, through: k) }

    /// Index of the first token whose start is at or after byte offset `offset`.
    func tokenIndex(atOrAfter offset: Int, from k: Int) -> Int {
        var j = k
        while j < tokens.count && Int(tokens[j].start) < offset { j += 1 }
        return j
    }

    /// The token is a word followed directly by a period ("Corp.").
    func isAbbreviated(_ k: Int) -> Bool {
        isKind(k + 1, .period) && tokens[k + 1].start == tokens[k].end
    }

    /// Whether the period at `k` ends a sentence (rather than an abbreviation).
    func periodEndsSentence(_ k: Int) -> Bool {
        guard isKind(k, .period) else { return false }
        let w = k - 1
        guard w >= 0 else { return true }
        let t = tokens[w]
        // a decimal point or a period inside "$557,933.89" / "1.2"
        if t.kind == .number, isKind(k + 1, .number), tokens[k].start == t.end, tokens[k + 1].start == tokens[k].end { return false }
        switch t.kind {
        case .number, .closeParen, .closeQuote, .closeBracket: return true
        case .word:
            if t.length == 1 { return false }  // initials: "E."
            if t.has(.lowercase) {
                return !isWord(w, in: Parser.lowercaseAbbreviations)
            }
            if isWord(w, in: tables.abbreviationSet) { return false }
            // (a short acronym is an abbreviation, unless prose runs into it and a capitalised word
            // follows: "damages under the TILA.  Compl. ¶ 15.")
            if t.has(.allCaps) && t.length <= 4 { return isKind(w - 1, .word) && tokens[w - 1].has(.lowercase) && acronymEndsSentence(k) }
            // a hyphenated word whose last part is an abbreviation: "Mexican-Am.", "Inter-Am."
            var h = Int(t.end) - 1
            while h > Int(t.start), p[h] != 0x2D { h -= 1 }
            if h > Int(t.start), h + 1 < Int(t.end), tables.abbreviationSet.contains(bytes: UnsafeBufferPointer(rebasing: p[(h + 1)..<Int(t.end)])) {
                return false
            }
            return true
        default: return true
        }
    }

    static let lowercaseAbbreviations = WordSet(["v", "vs", "rel", "al", "seq", "e.g", "i.e", "cf", "id", "ex", "n", "nn", "cert", "aff'd", "rev'd", "mem", "op", "aff’d", "rev’d", "etc", "supp", "app", "div", "dist", "ct"])

    /// Token `k` starts a sentence: it follows a sentence-ending period (possibly
    /// with a closing quote or parenthesis), a blank line, or is the first token.
    @inline(__always)   // see isIdAnchor: a call copied the parser
    func startsSentence(_ k: Int) -> Bool {
        if k <= 0 { return true }
        if tokens[k].has(.blankLineBefore), blankLinesSeparateParagraphs { return true }
        var j = k - 1
        while j >= 0, tokens[j].kind == .closeQuote || tokens[j].kind == .closeParen { j -= 1 }
        if j < 0 { return true }
        if tokens[j].kind == .period { return periodEndsSentence(j) || j < k - 1 }
        if tokens[j].kind == .other, p[Int(tokens[j].start)] == 0x3F || p[Int(tokens[j].start)] == 0x21 { return true }  // ? !
        return false
    }

    /// A 4-digit number between 1600 and 2099.
    func isYear(_ k: Int) -> Bool {
        guard isKind(k, .number), tokens[k].length == 4 else { return false }
        let s = Int(tokens[k].start)
        let a = p[s], b = p[s + 1]
        return (a == 0x31 && b >= 0x36) || (a == 0x32 && b == 0x30)
    }

    /// Integer value of a number token (nil if not a number or too long).
    func intValue(_ k: Int) -> Int? {
        guard isKind(k, .number), tokens[k].length <= 9 else { return nil }
        var v = 0
        for i in Int(tokens[k].start)..<Int(tokens[k].end) { v = v * 10 + Int(p[i] - 0x30) }
        return v
    }

    /// Span of tokens a...b in working-text offsets.
    func span(_ a: Int, _ b: Int) -> Span { Span(Int(tokens[a].start), Int(tokens[b].end)) }

    /// The index of the parenthesis closing the one opened at `open`, or nil when
    /// it is not closed within `limit` tokens (bounded so that unbalanced text can
    /// never make the parser quadratic).
    func matchingClose(_ open: Int, limit: Int, maxTokens: Int = 400) -> Int? {
        var d = 0
        var k = open
        let end = min(limit, open + maxTokens)
        let openKind = tokens[open].kind
        let closeKind: TokenKind = openKind == .openBracket ? .closeBracket : .closeParen
        while k < end {
            let kk = tokens[k].kind
            if kk == openKind { d += 1 }
            else if kk == closeKind { d -= 1; if d == 0 { return k } }
            if k > open, tokens[k].has(.blankLineBefore), tokens[k].has(.formFeedBefore) { return nil }
            k += 1
        }
        return nil
    }
}
