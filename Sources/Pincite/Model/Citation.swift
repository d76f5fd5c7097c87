// Citation: the parsed form of one citation, the record every later stage
// (resolver, checker, exporters) reads and the JSON contract mirrors. Offsets
// here are into the working text; exporters map them to original bytes.

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

/// A Bluebook or parser diagnostic attached to a citation.
public struct Check: Sendable, Equatable {
    public var rule: String
    public var severity: String
    public var message: String
    public var suggestion: String?
    public init(rule: String, severity: String, message: String, suggestion: String? = nil) {
        self.rule = rule; self.severity = severity; self.message = message; self.suggestion = suggestion
    }
}

/// Where a citation stands in the opinion.
public struct Location: Sendable, Equatable {
    public var page: Int?
    public var footnote: String?
    /// Index of the section the citation stands in.
    public var section: Int?
}

/// One parsed citation.
public struct Citation: Sendable {
    public var id: Int = 0
    public var kind: CitationKind
    /// Span of the citation proper (case name to court/date parenthetical, history included).
    public var span: Span
    public var caseName: CaseName?
    public var volume: String?
    /// Canonical reporter (or code / journal) abbreviation.
    public var reporter: String?
    /// The reporter as written, when it differs from the canonical form.
    public var reporterAsWritten: String?
    /// reporters-db cite type of the reporter, if any.
    public var reporterType: String?
    public var page: String?
    public var pincite: String?
    public var court: String?
    /// ISO date ("2017-08-21") when the parenthetical gives a full date.
    public var date: String?
    /// The date as written ("Aug. 21, 2017").
    public var dateText: String?
    public var year: Int?
    public var docket: String?
    public var signal: String?
    public var parentheticals: [Parenthetical] = []
    public var history: [HistoryEntry] = []
    public var parallel: [Int] = []
    public var antecedent: Int?
    public var nestedIn: Int?
    public var nestingPhrase: String?
    public var location = Location()
    public var authority: String?
    /// Statutes and rules: the section or rule number ("636(b)(1)(A)").
    public var section: String?
    /// Internal references: the document title as written ("Pl.’s Objs.").
    public var title: String?
    /// Short name this citation defines ("Pl.’s Objs." from (“Pl.’s Objs.”)).
    public var definedName: String?
    public var checks: [Check] = []
    /// For a later decision in subsequent history: the citation it is history of.
    public var historyOf: Int?
    /// True when this cite continues a string citation after a semicolon.
    public var continuesString = false
    /// Index of the citation clause this cite belongs to (for Id. ambiguity).
    public var clause = 0
    /// A record cite that only locates the internal cite right before it
    /// ("Pl.’s Objs. …, ECF No. 54"); Id. skips it.
    public var locatesPrevious = false

    var internalKeyText: String? { title }

    public init(kind: CitationKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}
