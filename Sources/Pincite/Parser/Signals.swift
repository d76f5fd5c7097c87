// Signals (Bluebook rule 1.2): the introductory words before a citation.
// The signal table lives in Grammars/data/signals.tsv; here each signal is
// matched backwards from the first token of a citation, so that the citation
// productions never have to know which signal, if any, introduced them.

extension Parser {
    /// Signal = "See" | "See, e.g.," | "See also" | "Cf." | "Compare" | "with" | "and"
    ///        | "But see" | "But cf." | "See generally" | "Accord" | "Contra" | "E.g.," … ;
    ///
    /// Example: `See, e.g., Raytheon Aircraft Co. v. United States, …` → "See, e.g."
    ///
    /// Returns the signal as written (case kept, trailing comma dropped) and the
    /// index of its first token, for the citation that starts at token `start`.
    func parseSignal(before start: Int) -> (String?, Int?) {
        var k = start - 1
        // an inline star page between signal and cite ("See *449 Democratic Party …")
        if k >= 1, isKind(k, .number), isKind(k - 1, .star), tokens[k].start == tokens[k - 1].end { k -= 2 }
        while k >= floor, tokens[k].kind == .comma { k -= 1 }
        guard k >= 0, k >= floor - 1 else { return (nil, nil) }
        // cheap pre-check: the last token of every signal is a word or a period
        guard tokens[k].kind == .word || tokens[k].kind == .period else { return (nil, nil) }
        // only the signals whose last token is this one can match (in table order)
        let last = tokens[k].kind == .period ? SignalTable.periodMark : exactHash(k)
        guard let candidates = SignalTable.byLastToken[last] else { return (nil, nil) }
        let hashed = SignalTable.hashedPatterns
        for n in candidates {
            if let first = matchBackward(hashed[n], endingAt: k) {
                let pattern = SignalTable.patterns[n]
                // "and"/"with" (also "with, e.g.,") are signals only inside "Compare … with … and …":
                // they must follow a comma; lowercase signals mid-sentence must follow
                // a clause boundary or another citation.
                if pattern[0] == "and" || pattern[0] == "with" {
                    guard isKind(first - 1, .comma) || isKind(first - 1, .semicolon), followsCompare(first) else { continue }
                }
                let end = Int(tokens[k].end)
                var e = end
                if p[e - 1] == 0x2C { e -= 1 }
                return (collapsed(Int(tokens[first].start), e), first)
            }
        }
        return (nil, nil)
    }

    /// Whether a "Compare" signal stands earlier in the sentence of token `k` (so that
    /// "with" or "and" after a comma is its partner, not a word joining two cites:
    /// "…, 410 N.E.2d 902 (1980), and Poulet v. H.F.O., L.L.C., 353 Ill. App. 3d 82").
    func followsCompare(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j < 400 {   // (back past earlier cites: `floor` stops at the last one)
            if equals(j, "Compare") || equals(j, "compare") { return true }
            // a sentence ends before it: "… 410 N.E.2d 902 (1980). The court …"
            if isKind(j, .period), periodEndsSentence(j), isKind(j + 1, .word), tokens[j + 1].has(.capitalized) { return false }
            j -= 1
        }
        return false
    }

    /// Matches the words of `pattern` (commas and periods are matched as tokens)
    /// ending at token `k`; returns the index of the first matched token.
    func matchBackward(_ pattern: [UInt64], endingAt k: Int) -> Int? {
        var j = k
        var n = pattern.count - 1
        while n >= 0 {
            guard j >= 0 else { return nil }
            let w = pattern[n]
            // an inner comma may be left out ("see e.g. Smith v. Jones"): the signal is still
            // "See, e.g.,", written without it (which the Bluebook check reports)
            if w == SignalTable.commaMark {
                if tokens[j].kind != .comma {
                    guard n > 0, n < pattern.count - 1 else { return nil }
                    n -= 1
                    continue
                }
            }
            else if w == SignalTable.periodMark { guard tokens[j].kind == .period else { return nil } }
            else { guard tokens[j].kind == .word, exactHash(j) == w else { return nil } }
            j -= 1
            n -= 1
        }
        return j + 1
    }

    /// Cheap test: could the tokens right before `i` be the end of a signal?
    @inline(__always)   // see isIdAnchor: a call copied the parser
    func endsSignalWord(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].kind == .comma { k -= 1 }
        guard k >= 0 else { return false }
        if tokens[k].kind == .word { return isWord(k, in: SignalTable.lastWordSet) }
        if tokens[k].kind == .period, k > 0 { return isWord(k - 1, in: SignalTable.lastWordSet) }
        return false
    }

    /// Whether token `k` begins or is a signal word (used to stop case-name scans).
    @inline(__always)   // see isIdAnchor: a call copied the parser
    func isSignalWord(_ k: Int) -> Bool {
        isWord(k, in: SignalTable.wordSet)
    }
}

/// The Bluebook signals, tokenised (from Grammars/data/signals.tsv).
enum SignalTable {
    /// Each signal as a token sequence, longest first.
    static let patterns: [[String]] = {
        var out: [[String]] = []
        for row in ReferenceTables.rows(EmbeddedTables.signals) where !row[0].isEmpty {
            for variant in [row[0], lowerFirst(row[0])] {
                let toks = tokenize(variant)
                if !out.contains(toks) { out.append(toks) }
            }
        }
        return out.sorted { $0.count > $1.count }
    }()

    static let commaMark: UInt64 = 1
    static let periodMark: UInt64 = 2
    /// The patterns with each word replaced by its hash (commas and periods by marks).
    static let hashedPatterns: [[UInt64]] = patterns.map { p in
        p.map { $0 == "," ? commaMark : $0 == "." ? periodMark : WordHash.exact(Array($0.utf8)) }
    }
    /// Indices into `patterns` by the hash (or mark) of each pattern's last
    /// token, ascending, so that a lookup tries only the signals that can end
    /// at a given token, in the table's order of preference.
    static let byLastToken: [UInt64: [Int]] = {
        var out: [UInt64: [Int]] = [:]
        for (n, p) in hashedPatterns.enumerated() { if let l = p.last { out[l, default: []].append(n) } }
        return out
    }()
    static let wordSet = WordSet(words)
    /// The last word of every signal ("See", "also", "g" of "e.g.", "Cf").
    static let lastWordSet = WordSet(patterns.compactMap { p in p.last(where: { $0 != "," && $0 != "." }) })

    /// Every word that occurs in a signal, in either case of its first letter.
    static let words: Set<String> = {
        var s: Set<String> = []
        for p in patterns { for w in p where w != "," && w != "." { s.insert(w) } }
        s.remove("e"); s.remove("g"); s.remove("E"); s.remove("G"); s.remove("and"); s.remove("with"); s.remove("also"); s.remove("generally")
        return s
    }()

    static func lowerFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.lowercased() + s.dropFirst()
    }

    /// Splits "See, e.g.," into ["See", ",", "e", ".", "g", ".", ","] to mirror the lexer.
    static func tokenize(_ s: String, keepPunctuation: Bool = false) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s {
            if ch.isLetter || ch.isNumber || ch == "’" || ch == "'" { cur.append(ch); continue }
            if !cur.isEmpty { out.append(cur); cur = "" }
            if ch == "," { out.append(",") } else if ch == "." { out.append(".") }
        }
        if !cur.isEmpty { out.append(cur) }
        if !keepPunctuation { while out.last == "," { out.removeLast() } }
        return out
    }
}
