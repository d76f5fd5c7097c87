import Pincite

// BatchDocument: one opinion of a batch as its input reader hands it over, before
// parsing. Every input shape (a file, a JSON Lines record, a CourtListener CSV row,
// a CAP case) becomes this one value, so the runner and the sinks never care where
// a document came from. A document that could not be read still becomes one — with
// `error` set — so that every input record gives exactly one output or error record.

/// One document of a batch, as read from its input.
public struct BatchDocument: Sendable {
    /// The document's stable identifier: the record's own id (JSONL `id`, CourtListener
    /// opinion `id`, CAP case `id`) or, for a file, its path as given. Databases key
    /// documents by it; `--resume` compares it with the content hash.
    public var id: String
    /// The opinion as stored in the input (text, HTML, CAP XML or CAP JSON), decompressed.
    public var bytes: [UInt8]
    /// The input format when the container states it (a JSONL `html` field, a CSV
    /// `plain_text` column); nil lets `Pincite.parse` detect it.
    public var format: InputFormat?
    /// Where the document came from, for messages: "dump.csv.bz2:row 1234".
    public var origin: String
    /// Why the document could not be read (truncated stream, field over the size limit,
    /// malformed record); nil when `bytes` holds the document.
    public var error: String?

    public init(id: String, bytes: [UInt8], format: InputFormat? = nil, origin: String, error: String? = nil) {
        self.id = id
        self.bytes = bytes
        self.format = format
        self.origin = origin
        self.error = error
    }
}
