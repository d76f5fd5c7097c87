import Foundation

// BluebookChecker: the stage after the resolver that measures every citation
// against The Bluebook and attaches the findings (`Citation.checks`) and a
// verdict. Opinions follow house styles, so a finding says "deviates from
// Bluebook (21st ed.) T6", never "error". One place runs all checks; each rule
// lives in its own small type under Checks/.

/// Runs the Bluebook rules over a document's citations.
public enum BluebookChecker {
    /// Every rule, in the order their findings are listed.
    static let rules: [any BluebookRule] = [
        UnitedStatesRule(), VersusRule(), ProceduralPhraseRule(), FirstPartyRule(),
        T6WordRule(), T6LegacyFormRule(), T10PlaceRule(),
        ReporterSpacingRule(), EditionYearRule(), ReporterCourtRule(), PincitePageRule(),
        CourtAbbreviationRule(), CourtYearSpacingRule(), SupremeCourtParentheticalRule(), MissingCourtRule(), MonthRule(), DatabaseDateRule(),
        DocketNumberRule(), StarPageRule(),
        PageSpanRule(), FootnotePinciteRule(),
        IdFormRule(), IdAntecedentRule(), ShortCitePinciteRule(), SupraRule(),
        SectionSymbolRule(), MultipleSectionsRule(), CodeFormRule(), CourtRuleFormRule(), ConstitutionFormRule(),
        SignalFormRule(), SignalOrderRule(),
        SubsequentHistoryRule(),
        ParentheticalOrderRule(), QuotationParentheticalRule(), ExplanatoryParentheticalRule(),
        EcfNumbersRule(), DocketEntryFormRule(), ParagraphSymbolRule(), RecordCommaRule(), DefinedNameRule(),
        BalancedParenthesesRule(), BalancedBracketsRule(), BalancedQuotesRule(),
        ConsistentNameRule(),
    ]

    /// A rule's `check`, bound to the rule.
    typealias RuleCheck = @Sendable (Int, Citation, CheckContext) -> [Check]

    /// The rules of each kind, so that a citation meets only its own rules. They are
    /// kept as bound closures: taking an `any BluebookRule` out of an array copies the
    /// existential (its String and Set retained and released) for every rule and cite.
    static let rulesByKind: [CitationKind: [RuleCheck]] = Dictionary(uniqueKeysWithValues: CitationKind.allCases.map { k in
        (k, rules.filter { $0.kinds.contains(k) }.map { rule -> RuleCheck in { rule.check($0, $1, $2) } })
    })

    /// Kinds at least one rule beyond the mechanical balance checks covers.
    static let checkedKinds: Set<CitationKind> = [.fullCase, .shortCase, .id, .supra, .statute, .regulation, .rule, .constitution, .record, .internal]

    /// Checks `citations` (of working text `text`) in place: appends findings to
    /// `checks` and sets `verdict`.
    public static func check(_ citations: inout [Citation], text: [UInt8], options: CheckOptions = CheckOptions()) {
        // findings first, written back after: writing while the context still
        // shares the array would copy every citation once (copy on write)
        let found: [[Check]] = {
            let ctx = CheckContext(text: text, citations: citations, options: options, tables: .shared,
                                   facts: DocumentFacts(citations, text: text))
            return citations.indices.map { i in
                var out: [Check] = []
                // one copy of the citation for all its rules: an array element passed
                // to each rule was a whole copy per rule (every String retained and released)
                let c = ctx.citations[i]
                guard let rules = rulesByKind[c.kind] else { return out }
                for r in rules.indices {
                    let found = rules[r](i, c, ctx)
                    if !found.isEmpty { out += found }
                }
                return out
            }
        }()
        for i in citations.indices {
            if !found[i].isEmpty { citations[i].checks += found[i] }
            citations[i].verdict = verdict(kind: citations[i].kind, checks: citations[i].checks)
        }
    }

    /// Deviates when any finding is a deviation or warning; ambiguous when one
    /// could not be decided; otherwise conforms (or not checked, for kinds no
    /// rule covers).
    static func verdict(kind: CitationKind, checks: [Check]) -> Verdict {
        if checks.contains(where: { $0.severity == Severity.deviation.rawValue || $0.severity == Severity.warning.rawValue }) {
            return .deviates
        }
        if checks.contains(where: { $0.severity == Severity.ambiguous.rawValue }) { return .ambiguous }
        return checkedKinds.contains(kind) ? .conforms : .notChecked
    }
}

/// Facts about the whole document that consistency checks compare against.
struct DocumentFacts {
    /// Short names the document defines ("Defs.’ Opp’n"), by letters-only key.
    let definedNames: [String: String]
    /// Canonical reporters the document writes in canonical form somewhere.
    let canonicalReporters: Set<String>
    /// For each citation: the first full cite of the same authority, if earlier.
    let firstOfAuthority: [Int: Int]
    /// Citations some other citation lists as its parallel cite.
    let parallelMembers: Set<Int>
    /// For a cite after a semicolon: the signal in force in its string so far.
    let chainSignal: [Int: String]
    /// Citation clause → how many authorities it cites (for Id. ambiguity).
    let clauseAuthorities: [Int: Int]
    /// Some court/date parenthetical of the document puts a space between an
    /// abbreviated court and the date ("(Mo. App. 2000)").
    let spacesCourtAndDate: Bool

    init(_ citations: [Citation], text: [UInt8]) {
        var names: [String: String] = [:]
        var canonical: Set<String> = []
        var first: [String: Int] = [:]
        var firstOf: [Int: Int] = [:]
        var clauses: [Int: Int] = [:]
        var members: Set<Int> = []
        var chain: [Int: String] = [:]
        var inForce: String? = nil
        var spaced = false
        for (i, c) in citations.enumerated() {
            if let d = c.definedName, names[DocumentFacts.key(d)] == nil { names[DocumentFacts.key(d)] = d }
            if let r = c.reporter, c.reporterAsWritten == nil, c.kind == .fullCase || c.kind == .shortCase { canonical.insert(r) }
            for p in c.parallel where p != i { members.insert(p) }
            if c.nestedIn == nil, c.historyOf == nil, !c.locatesPrevious {
                if DocumentFacts.followsSemicolon(c, text) {
                    if let s = inForce { chain[i] = s }
                    inForce = c.signal ?? inForce
                } else {
                    inForce = c.signal
                }
            }
            if c.nestedIn == nil, c.kind != .id, !c.locatesPrevious, c.parallel.isEmpty { clauses[c.clause, default: 0] += 1 }
            if c.kind == .fullCase, let a = c.authority {
                if let f = first[a] { firstOf[i] = f } else { first[a] = i }
            }
            if !spaced, c.kind == .fullCase, c.year != nil, let court = c.court, court.hasSuffix("."),
               let at = TextScan.findLast(court, in: text, from: c.span.start, to: c.span.end),
               at.end + 1 < text.count, text[at.end] == 0x20, text[at.end + 1] >= 0x30, text[at.end + 1] <= 0x39 {
                spaced = true
            }
        }
        spacesCourtAndDate = spaced
        definedNames = names
        canonicalReporters = canonical
        firstOfAuthority = firstOf
        clauseAuthorities = clauses
        parallelMembers = members
        chainSignal = chain
    }

    /// Whether the last non-space byte before citation `c` (and before its signal) is ";".
    static func followsSemicolon(_ c: Citation, _ text: [UInt8]) -> Bool {
        var k = c.span.start
        if let signal = c.signal,
           let at = TextScan.findLast(signal, in: text, from: max(0, c.span.start - signal.utf8.count - 8), to: c.span.start) {
            k = at.start
        }
        k -= 1
        while k >= 0, k < text.count, TextScan.isSpace(text[k]) { k -= 1 }
        return k >= 0 && k < text.count && text[k] == 0x3B
    }

    /// Letters and digits only, lower-case: "Defs.’ Opp’n" and "Defs. Opp’n" share it.
    static func key(_ s: String) -> String {
        var out: [UInt8] = []
        appendKey(of: s.utf8[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the `key` bytes of `b` to `out`.
    static func appendKey(of b: Substring.UTF8View, to out: inout [UInt8]) {
        // bytes: ASCII letters and digits (lower-cased) and non-ASCII letters; punctuation
        // such as ’ (E2 80 99) and other General Punctuation (E2 80 xx) is dropped
        var i = b.startIndex
        while i != b.endIndex {
            let x = b[i]
            if x == 0xE2 {
                let j = b.index(after: i)
                if j != b.endIndex, b[j] == 0x80, b.index(after: j) != b.endIndex {
                    i = b.index(after: b.index(after: j)); continue
                }
            }
            if TextScan.isUpper(x) { out.append(x | 0x20) } else if TextScan.isLetter(x) || TextScan.isDigit(x) || x >= 0x80 { out.append(x) }
            i = b.index(after: i)
        }
    }
}
