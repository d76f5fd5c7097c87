import Pincite

// RecordReader: the common face of the per-file readers (one document per file,
// JSON Lines, CourtListener CSV, CAP JSON). Each owns its file's ContentReader and
// hands out one BatchDocument per record — a readable record as a document, an
// unreadable one as a document with `error` — so the stream above never has to
// know the file's shape.

/// Yields the documents of one input file.
protocol RecordReader: AnyObject {
    /// The next document of the file, or nil when the file is done.
    func next() -> BatchDocument?
}

extension BatchDocument {
    /// A record that could not be read: no bytes, and why.
    static func failed(id: String, origin: String, _ message: String) -> BatchDocument {
        BatchDocument(id: id, bytes: [], format: nil, origin: origin, error: message)
    }
}

/// Messages shared by the readers, so the same problem reads the same everywhere.
enum InputMessage {
    static func tooLarge(_ what: String, _ size: Int, limit: Int) -> String {
        "\(what) is \(size) bytes, over the limit of \(limit) bytes; skipped"
    }
}
