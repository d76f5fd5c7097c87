// The settings of a Bluebook check: which edition, and how strictly the
// reporter-spacing rule is read (the Bluepages let practitioners close up).

/// The Bluebook edition the checker measures against.
public enum BluebookEdition: Int, Sendable, CaseIterable {
    /// The 21st edition (2020), the default.
    case twentyFirst = 21
    /// The 22nd edition (2025): adds the signal "Contrast" and "(citation modified)", drops "(cleaned up)".
    case twentySecond = 22

    /// "Bluebook (21st ed.)", the name every message carries.
    public var label: String { "Bluebook (\(rawValue)\(rawValue == 22 ? "nd" : "st") ed.)" }
}

/// Options of `BluebookChecker`.
public struct CheckOptions: Sendable, Equatable {
    public var edition: BluebookEdition
    /// Strict: a reporter written closed up ("F.Supp.2d") deviates from R6.1(a).
    /// Tolerant (the default): that is the Bluepages practitioners' allowance and
    /// only info, unless the same document also spaces the reporter correctly.
    public var strict: Bool
    public init(edition: BluebookEdition = .twentyFirst, strict: Bool = false) {
        self.edition = edition; self.strict = strict
    }
}

/// How serious a check is. Only `deviation` and `warning` make a citation deviate.
public enum Severity: String, Sendable {
    /// The text departs from the rule; a correction is usually given.
    case deviation
    /// Probably departs from the rule (the data or the parse may be wrong).
    case warning
    /// The text cannot decide (e.g. the court is not recoverable).
    case ambiguous
    /// A remark that is not a deviation (house style, edition differences).
    case info
}

/// The Bluebook verdict on one citation.
public enum Verdict: String, Sendable {
    case conforms
    case deviates
    case ambiguous
    case notChecked = "not checked"
}
