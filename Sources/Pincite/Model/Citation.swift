// Citation: the parsed form of one citation, the record every later stage
// (resolver, checker, exporters) reads and the JSON contract mirrors. Offsets
// here are into the working text; exporters map them to original bytes.
//
// Memory layout (a dense string of cites has one per ~30 input bytes, so the
// size of this struct bounds peak memory): fields most citations have are
// stored inline; fields few citations have (reporter as written, date text,
// docket, nesting phrase, section, title, defined name, history, checks, the
// footnote of the location) live in one shared, immutable `ColdFields` box that
// is only allocated when one of them is set; integer fields are stored in four
// bytes (a value that does not fit goes to the box). All of this is behind
// ordinary properties with the contract's names, so users see plain fields.
// A new rarely-set field belongs in `ColdFields` with an accessor like
// `docket`'s; a new common one can simply be a stored property.

/// The kind of a citation, as in the `pincite/1` JSON contract.
public enum CitationKind: String, Sendable, CaseIterable {
    case fullCase = "case"
    case shortCase = "short_case"
    case id = "id"
    case supra = "supra"
    case reference = "reference"
    case statute = "statute"
    case regulation = "regulation"
    case rule = "rule"
    case constitution = "constitution"
    case record = "record"
    case `internal` = "internal"
    case journal = "journal"
    /// Books, treatises and dictionaries (Bluebook R15).
    case book = "book"
    /// Bills, committee reports, the Congressional Record (Bluebook R13).
    case legislative = "legislative"
    case unknown = "unknown"
}

/// A half-open byte range.
public struct Span: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
}

/// The parties of a case name as written.
public struct CaseName: Sendable, Equatable {
    public var plaintiff: String?
    public var defendant: String?
    /// Procedural prefix: "In re", "Ex parte", "Matter of", … (nil for adversary names).
    public var procedural: String?
    public init(plaintiff: String? = nil, defendant: String? = nil, procedural: String? = nil) {
        self.plaintiff = plaintiff; self.defendant = defendant; self.procedural = procedural
    }
}

/// A parenthetical attached to a citation.
public struct Parenthetical: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case explanatory, alteration, omission, weight, hereinafter, quoting, citing, other
    }
    public var text: String
    public var kind: Kind
    public var span: Span
}

/// One subsequent-history step ("aff'd, 123 F.3d 4 (2d Cir. 1999)").
public struct HistoryEntry: Sendable, Equatable {
    /// The phrase as written ("report and recommendation adopted").
    public var phrase: String
    /// The citation the phrase introduces, when it has its own entry.
    public var citation: Int?
    /// The cited text after the phrase.
    public var text: String
}

/// A Bluebook diagnostic attached to a citation.
public struct Check: Sendable, Equatable {
    /// The rule or table it applies ("T6", "R10.2.2", "B17").
    public var rule: String
    /// "deviation", "warning", "ambiguous" or "info" (see `Severity`).
    public var severity: String
    public var message: String
    /// The citation's text corrected by this check, when a correction is known.
    public var suggestion: String?
    /// The bytes of the working text the correction replaces (for `--fix`).
    public var fix: Span?
    /// What replaces `fix`.
    public var replacement: String?
    public init(rule: String, severity: String, message: String, suggestion: String? = nil,
                fix: Span? = nil, replacement: String? = nil) {
        self.rule = rule; self.severity = severity; self.message = message; self.suggestion = suggestion
        self.fix = fix; self.replacement = replacement
    }
}

/// Where a citation stands in the opinion.
public struct Location: Sendable, Equatable {
    public var page: Int?
    public var footnote: String?
    /// Index of the section the citation stands in.
    public var section: Int?
    /// Index of the paragraph the citation stands in.
    public var paragraph: Int?
}

/// One parsed citation.
public struct Citation: Sendable {
    // Inline storage, widest fields first so that no padding is wasted.
    /// Span of the citation proper (case name to court/date parenthetical, history included).
    public var span: Span
    public var caseName: CaseName?
    public var volume: String?
    /// Canonical reporter (or code / journal) abbreviation.
    public var reporter: String?
    /// reporters-db cite type of the reporter, if any.
    public var reporterType: String?
    public var page: String?
    public var pincite: String?
    public var court: String?
    /// ISO date ("2017-08-21") when the parenthetical gives a full date.
    public var date: String?
    public var signal: String?
    public var authority: String?
    public var parentheticals: [Parenthetical] = []
    public var parallel: [Int] = []
    /// The rarely-set fields; nil while all of them are empty.
    private var coldBox: ColdBox?
    private var packedID: Int32 = 0
    private var packedClause: Int32 = 0
    private var packedYear = PackedInt.none
    private var packedAntecedent = PackedInt.none
    private var packedNestedIn = PackedInt.none
    private var packedHistoryOf = PackedInt.none
    private var packedPage = PackedInt.none
    private var packedSection = PackedInt.none
    public var kind: CitationKind
    /// The Bluebook verdict, set by `BluebookChecker` (nil when it did not run).
    public var verdict: Verdict?
    /// True when this cite continues a string citation after a semicolon.
    public var continuesString = false
    /// A record cite that only locates the internal cite right before it
    /// ("Pl.’s Objs. …, ECF No. 54"); Id. skips it.
    public var locatesPrevious = false

    public init(kind: CitationKind, span: Span) {
        self.kind = kind
        self.span = span
    }

    // MARK: Integer fields (four bytes each)

    public var id: Int {
        get { unpacked(packedID, .id) ?? 0 }
        set { packedID = packed(newValue, replacing: packedID, .id) }
    }
    public var year: Int? {
        get { unpacked(packedYear, .year) }
        set { packedYear = packed(newValue, replacing: packedYear, .year) }
    }
    public var antecedent: Int? {
        get { unpacked(packedAntecedent, .antecedent) }
        set { packedAntecedent = packed(newValue, replacing: packedAntecedent, .antecedent) }
    }
    public var nestedIn: Int? {
        get { unpacked(packedNestedIn, .nestedIn) }
        set { packedNestedIn = packed(newValue, replacing: packedNestedIn, .nestedIn) }
    }
    /// For a later decision in subsequent history: the citation it is history of.
    public var historyOf: Int? {
        get { unpacked(packedHistoryOf, .historyOf) }
        set { packedHistoryOf = packed(newValue, replacing: packedHistoryOf, .historyOf) }
    }
    /// Index of the citation clause this cite belongs to (for Id. ambiguity).
    public var clause: Int {
        get { unpacked(packedClause, .clause) ?? 0 }
        set { packedClause = packed(newValue, replacing: packedClause, .clause) }
    }

    /// Where the citation stands: page and section inline, the rest in the box.
    public var location: Location {
        get {
            var l = coldBox?.fields.location ?? Location()
            l.page = unpacked(packedPage, .page)
            l.section = unpacked(packedSection, .section)
            return l
        }
        set {
            packedPage = packed(newValue.page, replacing: packedPage, .page)
            packedSection = packed(newValue.section, replacing: packedSection, .section)
            var rest = newValue
            rest.page = nil
            rest.section = nil
            if rest != (coldBox?.fields.location ?? Location()) { cold.location = rest }
        }
    }

    // MARK: Rarely-set fields (in the box)

    /// The reporter as written, when it differs from the canonical form.
    public var reporterAsWritten: String? {
        get { coldBox?.fields.reporterAsWritten }
        set { if newValue != nil || coldBox != nil { cold.reporterAsWritten = newValue } }
    }
    /// The nominative reporter of an early official volume, as written inside its
    /// parentheses: "1 Cranch" in "5 U.S. (1 Cranch) 137", "Black" in "67 U.S. (Black) 17".
    public var nominative: String? {
        get { coldBox?.fields.nominative }
        set { if newValue != nil || coldBox != nil { cold.nominative = newValue } }
    }
    /// The date as written ("Aug. 21, 2017").
    public var dateText: String? {
        get { coldBox?.fields.dateText }
        set { if newValue != nil || coldBox != nil { cold.dateText = newValue } }
    }
    public var docket: String? {
        get { coldBox?.fields.docket }
        set { if newValue != nil || coldBox != nil { cold.docket = newValue } }
    }
    public var nestingPhrase: String? {
        get { coldBox?.fields.nestingPhrase }
        set { if newValue != nil || coldBox != nil { cold.nestingPhrase = newValue } }
    }
    /// Statutes and rules: the section or rule number ("636(b)(1)(A)").
    public var section: String? {
        get { coldBox?.fields.section }
        set { if newValue != nil || coldBox != nil { cold.section = newValue } }
    }
    /// The title as written: of a book ("Federal Practice and Procedure"), of an
    /// internal reference's document ("Pl.’s Objs.").
    public var title: String? {
        get { coldBox?.fields.title }
        set { if newValue != nil || coldBox != nil { cold.title = newValue } }
    }
    /// Books: the author(s) as written ("Charles Alan Wright & Arthur R. Miller").
    public var author: String? {
        get { coldBox?.fields.author }
        set { if newValue != nil || coldBox != nil { cold.author = newValue } }
    }
    /// Short name this citation defines ("Pl.’s Objs." from (“Pl.’s Objs.”)).
    public var definedName: String? {
        get { coldBox?.fields.definedName }
        set { if newValue != nil || coldBox != nil { cold.definedName = newValue } }
    }
    public var history: [HistoryEntry] {
        get { coldBox?.fields.history ?? [] }
        set { if !newValue.isEmpty || coldBox != nil { cold.history = newValue } }
    }
    public var checks: [Check] {
        get { coldBox?.fields.checks ?? [] }
        set { if !newValue.isEmpty || coldBox != nil { cold.checks = newValue } }
    }

    var internalKeyText: String? { title }

    // MARK: Storage helpers

    /// The box's fields; setting them makes a new box (or none when all are empty),
    /// so copies of a citation never share a change.
    private var cold: ColdFields {
        get { coldBox?.fields ?? ColdFields() }
        set { coldBox = newValue.isEmpty ? nil : ColdBox(newValue) }
    }

    @inline(__always) private func unpacked(_ raw: Int32, _ slot: WideSlot) -> Int? {
        if raw > PackedInt.wide { return Int(raw) }
        return raw == PackedInt.none ? nil : coldBox?.fields.wide[slot.rawValue]
    }

    @inline(__always) private mutating func packed(_ value: Int?, replacing old: Int32, _ slot: WideSlot) -> Int32 {
        if old == PackedInt.wide { cold.wide[slot.rawValue] = nil }
        guard let v = value else { return PackedInt.none }
        if let small = Int32(exactly: v), small > PackedInt.wide { return small }
        cold.wide[slot.rawValue] = v
        return PackedInt.wide
    }
}

/// Reserved values of a four-byte integer field.
private enum PackedInt {
    /// The field is nil.
    static let none = Int32.min
    /// The value does not fit in 32 bits; it is in `ColdFields.wide`.
    static let wide = Int32.min + 1
}

/// Which integer field a value in `ColdFields.wide` belongs to.
private enum WideSlot: UInt8 {
    case id, clause, year, antecedent, nestedIn, historyOf, page, section
}

/// The rarely-set fields of a citation.
private struct ColdFields: Sendable {
    var reporterAsWritten: String?
    var nominative: String?
    var dateText: String?
    var docket: String?
    var nestingPhrase: String?
    var section: String?
    var title: String?
    var author: String?
    var definedName: String?
    var history: [HistoryEntry] = []
    var checks: [Check] = []
    /// The location without page and section (which are stored inline).
    var location = Location()
    /// Integer fields whose value does not fit in 32 bits, by `WideSlot`.
    var wide: [UInt8: Int] = [:]

    var isEmpty: Bool {
        reporterAsWritten == nil && nominative == nil && dateText == nil && docket == nil && nestingPhrase == nil && section == nil
            && title == nil && author == nil && definedName == nil && history.isEmpty && checks.isEmpty && location == Location()
            && wide.isEmpty
    }
}

/// Immutable, shareable storage for `ColdFields` (replaced, never changed, on write).
private final class ColdBox: Sendable {
    let fields: ColdFields
    init(_ fields: ColdFields) { self.fields = fields }
}
