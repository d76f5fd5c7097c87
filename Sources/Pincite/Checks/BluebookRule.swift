// The shape of one Bluebook check and the context every check reads. A rule is
// a small value type naming the rule it applies; `BluebookChecker` runs each
// rule on each citation of the kinds it covers and collects the findings.

/// One Bluebook rule or table, checked on one citation at a time.
protocol BluebookRule: Sendable {
    /// The rule or table applied, as the Bluebook numbers it ("T6", "R10.2.2").
    var rule: String { get }
    /// The citation kinds this rule has something to say about.
    var kinds: Set<CitationKind> { get }
    /// The findings for citation `i` (empty when it conforms).
    /// (`c` is `ctx.citations[i]`, passed borrowed so that no rule copies it.)
    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check]
}

/// What a rule may read: the working text, all citations, the options, the
/// tables and facts about the whole document.
struct CheckContext {
    let text: [UInt8]
    let citations: [Citation]
    let options: CheckOptions
    let tables: CheckTables
    let facts: DocumentFacts
    /// Per-party results several rules need (a case is cited again and again).
    let memo = PartyMemo()

    /// The words of a party name (see `TextScan.words`), remembered per name.
    func words(_ party: String) -> [Substring] {
        PartyMemo.remember(party, in: &memo.words) { TextScan.words($0) }
    }

    /// The bytes of `s`, clamped to the text (never traps on odd spans).
    func bytes(_ s: Span) -> ArraySlice<UInt8> {
        let a = max(0, min(s.start, text.count)), e = max(a, min(s.end, text.count))
        return text[a..<e]
    }

    /// The text of `s` with whitespace runs collapsed to one space.
    func string(_ s: Span) -> String { TextScan.collapsed(bytes(s)) }

    /// The byte at `i`, or nil outside the text.
    func byte(_ i: Int) -> UInt8? { i >= 0 && i < text.count ? text[i] : nil }

    /// A finding on citation `i`. The message names the edition and the rule;
    /// with a `fix`, the suggestion is the citation's text with the fix applied.
    func finding(_ i: Int, _ rule: String, _ severity: Severity, _ message: String,
                 fix: Span? = nil, replacement: String? = nil, suggestion: String? = nil) -> Check {
        let lead: String
        switch severity {
        case .deviation, .warning: lead = "deviates from \(options.edition.label) \(rule)"
        case .ambiguous: lead = "cannot check against \(options.edition.label) \(rule)"
        case .info: lead = "\(options.edition.label) \(rule)"
        }
        var suggested = suggestion
        if suggested == nil, let f = fix, let r = replacement, i < citations.count {
            suggested = corrected(citations[i].span, replacing: f, with: r)
        }
        return Check(rule: rule, severity: severity.rawValue, message: lead + ": " + message,
                     suggestion: suggested, fix: fix, replacement: replacement)
    }

    /// The text of `span` with `fix` replaced; a fix just outside the span
    /// (a stray ")" after it, a name before it) widens the text to include it.
    func corrected(_ span: Span, replacing fix: Span, with replacement: String) -> String {
        guard fix.start <= fix.end, fix.start >= span.start - 8, fix.end <= span.end + 8 else { return replacement }
        let span = Span(min(span.start, fix.start), max(span.end, fix.end))
        var out = Array(bytes(Span(span.start, fix.start)))
        out += Array(replacement.utf8)
        out += bytes(Span(fix.end, span.end))
        return TextScan.collapsed(out[...])
    }

    /// Finds `needle` in the text, whitespace runs matching any whitespace:
    /// first inside `span`, then in the `lookBehind` bytes before it.
    func locate(_ needle: String, in span: Span, lookBehind: Int = 0) -> Span? {
        if let hit = TextScan.find(needle, in: text, from: span.start, to: span.end) { return hit }
        guard lookBehind > 0 else { return nil }
        return TextScan.findLast(needle, in: text, from: max(0, span.start - lookBehind), to: span.end)
    }

    /// The start of a star page ("*451" or "[*451]") that ends at offset `k` and stands
    /// on its own (after whitespace or at the start of the text).
    func starPageStart(endingAt k: Int) -> Int? {
        var m = k
        let bracketed = byte(m) == 0x5D
        if bracketed { m -= 1 }
        let last = m
        while let b = byte(m), TextScan.isDigit(b) { m -= 1 }
        guard m < last, byte(m) == 0x2A else { return nil }
        if bracketed {
            guard byte(m - 1) == 0x5B else { return nil }
            m -= 1
        }
        guard byte(m - 1).map(TextScan.isSpace) ?? true else { return nil }
        return m
    }

    /// Whether citation `i` stands in a citation sentence or clause (not in the
    /// running text): it has a signal, is nested in a parenthetical, continues a
    /// string cite, or follows a sentence end, semicolon, colon or opening bracket.
    func inCitationSentence(_ c: Citation) -> Bool {
        if c.signal != nil || c.nestedIn != nil || c.continuesString { return true }
        var k = c.span.start - 1
        func skipSpace() { while let b = byte(k), b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C { k -= 1 } }
        skipSpace()
        // a star page between the sentence before and the cite ("… record.⏎⏎*451 Milwaukee
        // Journal Sentinel v. DOA, 2009 WI 79"; "[*451]") is furniture: look past it
        if let star = starPageStart(endingAt: k) { k = star - 1; skipSpace() }
        // the last cite of a string joined by "and" ("…; and Golden v. Indus. Comm’n, 524 S.W.2d 34")
        if byte(k) == 0x64, byte(k - 1) == 0x6E, byte(k - 2) == 0x61, let sp = byte(k - 3), sp == 0x20 || sp == 0x0A {
            let save = k
            k -= 3
            skipSpace()
            if byte(k) == 0x3B { return true }
            k = save
        }
        // a quotation that closes right before the cite: look at what ends it (.” ,’” ?")
        var quoted = false
        while let b = byte(k) {
            if b == 0x22 || b == 0x27 { k -= 1; quoted = true; continue }
            if (b == 0x9D || b == 0x99), byte(k - 1) == 0x80, byte(k - 2) == 0xE2 { k -= 3; quoted = true; continue }
            break
        }
        guard let b = byte(k) else { return true }
        switch b {
        case 0x2E, 0x3B, 0x3A, 0x28, 0x5B, 0x3F, 0x21: return true      // . ; : ( [ ? !
        case 0x2C: return quoted                                      // ,”
        default: return false
        }
    }
}

/// Remembers what rules compute from a party name alone, for the document being
/// checked: the same names come back with every citation of a case, and T6 and T10
/// both ask for the places in a name.
final class PartyMemo {
    var words: [String: [Substring]] = [:]
    var places: [String: [String]] = [:]
    var geographic: [String: Bool] = [:]
    /// The words of the places in a party name (T6 skips them, T10 checks them).
    var placeWords: [String: Set<String>] = [:]
    /// The words T6 abbreviates in a party name.
    var t6Candidates: [String: [T6WordRule.Candidate]] = [:]
    /// The words of a party name in an older T6 form, with their table entry.
    var legacyWords: [String: [(Substring, (word: String, current: String))]] = [:]
    /// Whether T6/T10 abbreviations apply, by citation id (three rules ask).
    var abbreviationsApply: [Int: Bool] = [:]

    /// `compute(key)` once per key.
    static func remember<V>(_ key: String, in table: inout [String: V], _ compute: (String) -> V) -> V {
        if let v = table[key] { return v }
        let v = compute(key)
        table[key] = v
        return v
    }
}
