// Parentheticals after a citation: explanatory ones ("(finding that …)"), the
// nesting ones that carry another citation ("(quoting Smith v. Jones, …)"),
// "(alteration in original)", "(citation omitted)", weight ("(en banc)",
// "(per curiam)") and the definitional "(“Pl.’s Objs.”)" / "(hereinafter X)".
// Citations inside a parenthetical are parsed by the same driver, recursively,
// with `nestedIn` set, so "(quoting X (citing Y))" nests to any depth the text has
// (bounded to keep pathological input linear).

extension Parser {
    /// Parentheticals = { Parenthetical } ;
    /// Parenthetical  = "(" (Hereinafter | Weight | Alteration | Omission | Nesting | Explanatory) ")" ;
    /// Nesting        = ("quoting" | "citing" | "cited in" | "quoted in") CitationClause { ";" CitationClause } ;
    ///
    /// Example: `(“[A] trial court …” (quoting United States v. U.S. Gypsum Co., 333 U.S. 364, 395 (1948)))`.
    /// Returns the index after the last parenthetical attached to citation `owner`.
    mutating func parseParentheticals(at k0: Int, limit: Int, owner: Int) -> Int {
        var k = k0
        var seen = 0
        // a page number on a line of its own between a cite and its parenthetical
        if isKind(k, .number), tokens[k].has(.newlineBefore), isKind(k + 1, .openParen), tokens[k + 1].has(.newlineBefore), k + 1 < limit {
            k += 1
        }
        // a stray comma before a quoting or citing parenthetical ("(Ch.Div.1994), (citing Guglielmo …)")
        if isKind(k, .comma), isKind(k + 1, .openParen), k + 2 < limit, equals(k + 2, "citing") || equals(k + 2, "quoting") {
            k += 1
        }
        while k < limit, seen < 12 {
            // an unbalanced parenthetical is reported by BluebookChecker (BalancedParenthesesRule)
            // (California and New York write the explanatory parenthetical in square brackets)
            guard let (close, _) = isKind(k, .openParen) ? closeOfParenthetical(k, limit: limit) : bracketParenthetical(at: k, limit: limit)
            else { break }
            var (kind, textValue) = classifyParenthetical(k, close)
            // a citation clause in parentheses after a statute is the sentence's, not the statute's
            if kind == .explanatory, opensCitationClause(k, close, owner: owner) { break }
            // a quotation in brackets is what the case says, not a short name (California
            // defines short names in round parentheses: "(Palma)")
            // (but a bracket that says so defines one: "2025 WL 3628621 [hereinafter “Sanctions Order”]")
            if kind == .hereinafter, isKind(k, .openBracket), !equals(k + 1, "hereinafter") { (kind, textValue) = (.explanatory, text(k + 1, through: close - 1)) }
            // a party's name alone is the short name the opinion will use: "(Palma)" after Palma v.
            // U.S. Industrial Fasteners, "(Dyous I)" after State v. Dyous (California and Connecticut)
            if kind == .explanatory, isKind(k, .openParen), namesOwnParty(from: k + 1, to: close, owner: owner) { kind = .hereinafter }
            if kind == .hereinafter {
                citations[owner].definedName = textValue
                defineName(textValue, citation: owner)
                // (the definition is part of the cite's text when it follows it; after a California
                // cite's parallels, "… 36 Cal.3d 171, 180, 203 Cal.Rptr. 626 (Palma)", the head's
                // span stays its own)
                if Int(tokens[k].start) - citations[owner].span.end <= 3 { citations[owner].span.end = Int(tokens[close].end) }
            } else {
                var text = textValue
                if depth < maxDepth {
                    depth += 1
                    let before = citations.count
                    parseCitations(from: k + 1, to: close, nestedIn: owner, phrase: nil)
                    depth -= 1
                    // keep nested cites' own nesting for deeper levels
                    if citations.count > before, kind == .explanatory || kind == .quoting || kind == .citing {
                        text = stripTrailingNesting(k, close) ?? text
                    }
                } else {
                    depthLimitHits += 1
                }
                if !text.isEmpty {
                    citations[owner].parentheticals.append(Parenthetical(text: text, kind: kind, span: span(k, close)))
                }
            }
            seen += 1
            k = close + 1
        }
        return k
    }

    /// Whether the parenthesis `open…close` after a statute, rule, regulation or constitution
    /// holds a citation clause of its own rather than a parenthetical about it: the sentence
    /// cites its authority in parentheses after naming the statute ("defined in Vehicle and
    /// Traffic Law § 1192 (see People v Cruz, 48 NY2d 419, 427 [1979])", "42 U.S.C. § 1983
    /// (Flores v. Lower E. Side Serv. Ctr., Inc., 4 N.Y.3d 363, 367 (2005))"). It opens with a
    /// signal or a case name ("v." before the first number) and holds a number.
    func opensCitationClause(_ open: Int, _ close: Int, owner: Int) -> Bool {
        switch citations[owner].kind {
        case .statute, .regulation, .rule, .constitution: break
        default: return false
        }
        let first = open + 1
        guard isKind(open, .openParen), first < close, (first..<close).contains(where: { isKind($0, .number) }) else { return false }
        if isSignalWord(first) {
            // ("(but only …)" is no signal: "But see", "but cf." are)
            if equals(first, "but") || equals(first, "But") { return equals(first + 1, "see") || equals(first + 1, "cf") }
            return true
        }
        guard isKind(first, .word), tokens[first].has(.capitalized) else { return false }
        var k = first + 1
        while k < close, !isKind(k, .number) {
            if equals(k, "v") || equals(k, "vs") { return true }
            k += 1
        }
        return false
    }

    /// Whether tokens `a..<b` are one to three capitalised words (a Roman numeral may end them)
    /// whose first is the first word of a party of citation `owner`.
    func namesOwnParty(from a: Int, to b: Int, owner: Int) -> Bool {
        guard b > a, b - a <= 3, let name = citations[owner].caseName, isKind(a, .word), tokens[a].has(.capitalized) else { return false }
        for k in a..<b {
            guard isKind(k, .word), tokens[k].has(.capitalized) || tokens[k].has(.allCaps), !tokens[k].has(.hasDigit) else { return false }
        }
        guard let first = NameKey.firstWord(text(a)) else { return false }
        return [name.plaintiff, name.defendant].contains { party in party.flatMap(NameKey.firstWord) == first }
    }

    /// The closing bracket of a square-bracket explanatory parenthetical at `open`, the
    /// California and New York form: "(Meyer v. Nebraska (1923) 262 U.S. 390, 399 [due process
    /// protects …].)", "(Camerlo v Howard Johnson Co., 710 F.2d 987 [3d Cir 1983] [holding that
    /// …])". It opens with a lower-case word or a quotation ("[t]he", an alteration glued to
    /// the next word, is none); a capitalised bracket ("[Citation.]", "[Sup Ct, NY County]")
    /// and one the enclosing parenthesis closes first are not parentheticals.
    func bracketParenthetical(at open: Int, limit: Int) -> (Int, Bool)? {
        guard isKind(open, .openBracket), open + 2 < limit else { return nil }
        let first = open + 1
        guard isKind(first, .openQuote) || (isKind(first, .word) && tokens[first].has(.lowercase) && tokens[first].length >= 2 && !equals(first, "sic"))
        else { return nil }
        var d = 0
        var parens = 0
        var k = open
        let end = min(limit, open + 600)
        while k < end {
            switch tokens[k].kind {
            case .openBracket: d += 1
            case .closeBracket:
                d -= 1
                if d == 0 {
                    guard k > first, k + 1 >= limit || tokens[k + 1].has(.spaceBefore) || tokens[k + 1].kind != .word else { return nil }
                    return (k, parens == 0)
                }
            case .openParen: parens += 1
            case .closeParen:
                parens -= 1
                if parens < 0 { return nil }
            default: break
            }
            k += 1
        }
        return nil
    }

    /// The closing parenthesis of a parenthetical and whether it was balanced.
    /// When the text never closes the outer parenthesis, the point where an inner
    /// one closes right before a "." or ";" is taken as its end, so that one
    /// missing ")" cannot swallow the rest of the opinion.
    func closeOfParenthetical(_ open: Int, limit: Int) -> (Int, Bool)? {
        var d = 0
        var k = open
        let end = min(limit, open + 600)
        var fallback: Int? = nil
        // double quotation marks open inside the parenthetical: a quoted sentence's own
        // parenthesis ("… cocaine or heroin (or [instead] some innocuous substance). Yet …")
        // is no early end
        var quotes = 0
        while k < end {
            let kk = tokens[k].kind
            if kk == .openParen { d += 1 }
            else if kk == .openQuote, isDoubleQuote(k) { quotes += 1 }
            else if kk == .closeQuote, isDoubleQuote(k) { quotes = max(0, quotes - 1) }
            else if kk == .closeParen {
                d -= 1
                if d == 0 { return (k, true) }
                if d == 1, fallback == nil, k + 1 < limit, tokens[k + 1].kind == .period || tokens[k + 1].kind == .semicolon {
                    fallback = k
                    // (not at a semicolon: "(citing Edmond v. City, 531 U.S. 32 (2000); Illinois v.
                    // Caballes, 543 U.S. 405 (2005))" goes on with the next cite of its string)
                    if quotes == 0, tokens[k + 1].kind == .period,
                       k + 2 >= limit || tokens[k + 2].has(.capitalized) || tokens[k + 2].has(.newlineBefore) { return (k, false) }
                }
            }
            k += 1
        }
        return fallback.map { ($0, false) }
    }

    /// Whether quote token `k` is a double quotation mark (", “ or ”), not an apostrophe.
    func isDoubleQuote(_ k: Int) -> Bool {
        let s = Int(tokens[k].start)
        return p[s] == 0x22 || (p[s] == 0xE2 && tokens[k].length == 3 && (p[s + 2] == 0x9C || p[s + 2] == 0x9D))
    }

    /// Parentheticals that weigh the authority: "(en banc)", "(per curiam)", ….
    private static let weightPhrases: Set<String> = ["en banc", "per curiam", "plurality opinion", "mem.", "table", "unpublished",
                                                     "unpublished table decision", "dissenting opinion", "concurring opinion"]

    /// Kind and text of the parenthetical `open…close` (text without the outer parentheses).
    func classifyParenthetical(_ open: Int, _ close: Int) -> (Parenthetical.Kind, String) {
        guard close > open + 1 else { return (.other, "") }
        let inner = text(open + 1, through: close - 1)
        let lower = inner.asciiLowercased()   // only ASCII phrases are looked for
        // (“Short Name”) or (hereinafter “Short Name”) or (hereinafter Short Name)
        var q = open + 1
        let hereinafter = equals(q, "hereinafter")
        if hereinafter { q += 1 }
        if isKind(q, .openQuote), isKind(close - 1, .closeQuote), close - 1 - q <= 12 {
            var ok = true
            for j in (q + 1)..<(close - 1) where tokens[j].kind == .openQuote || tokens[j].kind == .openParen { ok = false }
            // a quoted sentence is what the case says, not a short name: (“Sixth Amendment
            // concerns are not present in the immigration context.”)
            if ok, close - 1 > q + 1, hereinafter || !isQuotedSentence(from: q + 1, to: close - 1) {
                return (.hereinafter, text(q + 1, through: close - 2))
            }
        }
        if equals(open + 1, "hereinafter"), close - open <= 10 { return (.hereinafter, text(open + 2, through: close - 1)) }
        // byte tests: the phrases are ASCII, and Unicode hasPrefix/hasSuffix cost ~500 instructions each
        if lower.hasPrefixBytes("quoting") || lower.hasPrefixBytes("quoted in") { return (.quoting, inner) }
        if lower.hasPrefixBytes("citing") || lower.hasPrefixBytes("cited in") || lower.hasPrefixBytes("cited with approval") {
            return (.citing, inner)
        }
        if Self.isAlterationNote(lower) { return (.alteration, inner) }
        if lower.containsBytes("omitted") && inner.utf8.count < 320 && inner.count < 80 { return (.omission, inner) }
        if Self.weightPhrases.contains(lower) || isSeparateOpinionNote(open + 1, close, lower: lower) { return (.weight, inner) }
        return (.explanatory, inner)
    }

    /// "(alteration in original)", "(emphasis added)", "(brackets in original)", also with an
    /// ordinal or quantity first: "(first alteration in original)", "(some alterations in original)".
    static func isAlterationNote(_ lower: String) -> Bool {
        if lower.hasPrefixBytes("alteration") || lower.hasPrefixBytes("emphasis") || lower.hasPrefixBytes("brackets") { return true }
        // (byte tests on the lead word: no String is built for the common explanatory parenthetical)
        guard lower.hasPrefixBytes("first ") || lower.hasPrefixBytes("second ") || lower.hasPrefixBytes("third ")
                || lower.hasPrefixBytes("last ") || lower.hasPrefixBytes("some ") || lower.hasPrefixBytes("all "),
              let space = lower.utf8.firstIndex(of: 0x20) else { return false }
        let rest = lower[lower.utf8.index(after: space)...]
        return rest.hasPrefix("alteration") || rest.hasPrefix("emphasis") || rest.hasPrefix("brackets")
    }

    /// A separate opinion named by its author: "(Breyer, J., concurring)", "(WHITE, J., joined
    /// by Harlan and STEWART, JJ., dissenting in part)", a Board member's without a title,
    /// "(Malphrus, concurring)", and "(opinion of WHITE, J.)": a capitalised name, and a comma
    /// before "concurring"/"dissenting", or "opinion of" a justice.
    func isSeparateOpinionNote(_ a: Int, _ close: Int, lower: String) -> Bool {
        guard close - a <= 30, isKind(a, .word) else { return false }
        if lower.hasPrefixBytes("opinion of ") { return lower.hasSuffixBytes(" j.") || lower.hasSuffixBytes(" jj.") }
        // (the collapsed text: "con-⏎curring" broken at a line end reads "concurring")
        // ("(Souter, J., plurality opinion)", "(opinion of Stevens, J.)": the opinion's weight too)
        return tokens[a].has(.capitalized) && (lower.containsBytes(", concurring") || lower.containsBytes(", dissenting")
            || lower.hasSuffixBytes(", plurality opinion") || lower.hasSuffixBytes(", plurality"))
    }

    /// Whether tokens `a..<b` (a quotation's inside) read as a sentence rather than a short
    /// name: five or more words, most of them lower case ("the Act", "Pl.’s Objs.",
    /// "Tagami II" are names), or a lower-case word of three or more letters before a
    /// final ".", "!" or "?".
    func isQuotedSentence(from a: Int, to b: Int) -> Bool {
        var words = 0
        var lower = 0
        for k in a..<b where isKind(k, .word) {
            words += 1
            if tokens[k].has(.lowercase) { lower += 1 }
        }
        if words >= 5, lower * 2 > words { return true }
        let last = b - 1
        guard last - 1 >= a, isKind(last - 1, .word), tokens[last - 1].length >= 3, tokens[last - 1].has(.lowercase)
        else { return false }
        return isKind(last, .period) || equals(last, "!") || equals(last, "?")
    }

    /// The explanatory text with a trailing "(quoting …)"/"(citing …)" removed.
    func stripTrailingNesting(_ open: Int, _ close: Int) -> String? {
        // find the last top-level "(" inside whose first word is a nesting word
        var d = 0
        var k = close - 1
        while k > open {
            let kk = tokens[k].kind
            if kk == .closeParen { d += 1 }
            else if kk == .openParen {
                d -= 1
                if d == 0 {
                    if isNestingWord(k + 1) {
                        var e = k - 1
                        while e > open, isKind(e, .comma) || isKind(e, .semicolon) { e -= 1 }
                        return e > open ? text(open + 1, through: e) : ""
                    }
                    return nil
                }
            }
            k -= 1
        }
        return nil
    }

    func isNestingWord(_ k: Int) -> Bool {
        equals(k, "quoting") || equals(k, "citing") || (equals(k, "cited") && equals(k + 1, "in")) || (equals(k, "quoted") && equals(k + 1, "in"))
    }

    /// The nesting phrase standing right before token `k` inside a parenthetical.
    func nestingPhrase(before k0: Int) -> String? {
        let k = skippingNestingFiller(before: k0)
        var j = k - 1
        while j >= 0, tokens[j].kind == .comma { j -= 1 }
        guard j >= 0 else { return nil }
        if equals(j, "quoting") || equals(j, "citing") { return text(j) }
        if equals(j, "in"), equals(j - 1, "cited") || equals(j - 1, "quoted") { return text(j - 1) + " in" }
        if equals(j, "and") || equals(j, "also") || equals(j, "generally") { return nestingPhrase(before: j) }
        return nil
    }

    /// Token `k` (a cite's first) moved back over a filler between a nesting phrase and the cite,
    /// to the comma before the filler (as if the cite stood there): "citing, inter alia, Dunaway", "citing, among others,
    /// Cleveland", "citing, e.g., Mapp"; `k` when there is none.
    func skippingNestingFiller(before k: Int) -> Int {
        var j = k - 1
        guard isKind(j, .comma) else { return k }
        j -= 1
        if equals(j, "alia"), equals(j - 1, "inter") || equals(j - 1, "int") { j -= 2 }
        else if equals(j, "others"), equals(j - 1, "among") { j -= 2 }
        else if isKind(j, .period), equals(j - 1, "g"), isKind(j - 2, .period), equals(j - 3, "e") { j -= 4 }
        else { return k }
        return isKind(j, .comma) ? j : k
    }

    /// Records a defined short name ("Pl.’s Objs.") for internal references.
    mutating func defineName(_ name: String, citation: Int) {
        let key = NameKey.make(name)
        guard !key.isEmpty else { return }
        definedNames[key] = citation
        if let f = NameKey.firstWord(name) { definedFirstWords[hash: WordHash.key(Array(f.utf8))] = 1 }
    }
}

/// Lookup keys for defined names.
enum NameKey {
    /// The key byte of `b`: an ASCII letter lower-cased or a digit; nil for
    /// anything else (non-ASCII bytes included: keys are ASCII).
    @inline(__always)
    static func keyByte(_ b: UInt8) -> UInt8? {
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { return b }
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        return nil
    }

    /// Letters and digits only, lower-cased (ASCII; byte by byte, since this
    /// runs for every party name the resolver indexes).
    static func make(_ s: String) -> String {
        var s = s
        return s.withUTF8 { src in
            String(unsafeUninitializedCapacity: src.count) { out in
                var n = 0
                for b in src { if let k = keyByte(b) { out[n] = k; n += 1 } }
                return n
            }
        }
    }

    /// The key of the first word ("Pl.’s Objs." → "pl").
    static func firstWord(_ s: String) -> String? {
        var s = s
        let key = s.withUTF8 { src in
            String(unsafeUninitializedCapacity: src.count) { out in
                var n = 0
                for b in src {
                    if let k = keyByte(b) { out[n] = k; n += 1 } else if n > 0 { break }
                }
                return n
            }
        }
        return key.isEmpty ? nil : key
    }
}
