// InputOptions: what the user says about the inputs of a batch — which reader to use
// (or let each file decide) and how big one document may be. Kept apart from the
// readers so the CLI can build it from flags without knowing how reading works.

/// Which reader turns an input file into documents.
public enum InputKind: String, Sendable, CaseIterable {
    /// Decide per file: from the name (compression suffix stripped: `.jsonl`/`.ndjson` → JSON Lines,
    /// `.csv` → CourtListener CSV, `.json` → CAP case or volume), else from the first bytes.
    case auto
    /// One document per file.
    case files
    /// One JSON object per line (`{id, text|html|xml}`, a CAP case or a CourtListener opinion).
    case jsonl
    /// CourtListener bulk opinions CSV.
    case clCSV = "cl-csv"
    /// Caselaw Access Project: a case JSON object, a volume JSON array of cases, `data.jsonl`, casebody XML.
    case cap
}

/// How a quoted CSV field escapes a quote inside it.
public enum CSVEscape: String, Sendable, CaseIterable {
    /// Both `""` and `\"` / `\\` (PostgreSQL `ESCAPE '\'`); the first `""` seen inside a field
    /// switches the file to `.doubled`. Misreads only a doubled-quote file whose field ends in `\`
    /// before any `""` was seen.
    case auto
    /// `""` only (PostgreSQL's default; a backslash is an ordinary byte).
    case doubled
    /// `\"` and `\\` (newer CourtListener dumps, `COPY … ESCAPE '\'`).
    case backslash
}

/// Options for reading batch inputs.
public struct InputOptions: Sendable {
    /// The reader; `.auto` decides per file.
    public var kind: InputKind = .auto
    /// A document (file, JSONL line, CSV field, CAP case) larger than this becomes an error record,
    /// read past without being held (default 64 MiB, like Pincite's `Limits.maxDocumentBytes`).
    public var maxDocumentBytes: Int
    /// How CourtListener CSV fields escape quotes.
    public var csvEscape: CSVEscape = .auto

    /// - Parameters:
    ///   - kind: the reader, `.auto` by default.
    ///   - maxDocumentBytes: the largest document held (at least 1).
    ///   - csvEscape: the CSV quote escape, `.auto` by default.
    public init(kind: InputKind = .auto, maxDocumentBytes: Int = 64 << 20, csvEscape: CSVEscape = .auto) {
        self.kind = kind
        self.maxDocumentBytes = max(1, maxDocumentBytes)
        self.csvEscape = csvEscape
    }
}
