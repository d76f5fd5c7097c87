import Pincite

// BatchJob: what happens to one document of a batch — parse it, then turn it into
// the outputs the run asked for (a JSON line, database rows). It is the whole unit
// of work a worker (process or thread) does, so its result is a plain value that
// crosses a pipe in the binary frame form.

/// What a batch produces for each document.
public struct BatchJobOptions: Sendable, Equatable {
    /// Write the `pincite/1` JSON document (one line).
    public var json = true
    /// Build the database rows.
    public var rows = false
    /// Build the opinion tree (false: citations only, faster).
    public var structure = true
    /// Run the Bluebook check.
    public var bluebook = false
    public init(json: Bool = true, rows: Bool = false, structure: Bool = true, bluebook: Bool = false) {
        self.json = json
        self.rows = rows
        self.structure = structure
        self.bluebook = bluebook
    }
}

/// The outcome of one document.
public struct BatchResult: Sendable {
    public var id: String
    public var origin: String
    /// The JSON document without its final newline, when asked for and parsed.
    public var json: [UInt8]?
    public var rows: DocumentRows?
    public var citations: Int = 0
    /// Input bytes of the document.
    public var bytes: Int = 0
    /// Why there is no output: unreadable input, a worker crash, the time limit.
    public var error: String?
    /// The document's diagnostics, for the summary.
    public var diagnostics: Int = 0
    /// Not parsed: already in the database (`--resume`).
    public var skipped = false

    public init(id: String, origin: String, error: String? = nil) {
        self.id = id
        self.origin = origin
        self.error = error
    }
}

/// The per-document work of a batch.
public enum BatchJob {
    /// Parses `doc` and builds the outputs `options` ask for.
    public static func run(_ doc: BatchDocument, _ options: BatchJobOptions) -> BatchResult {
        var result = BatchResult(id: doc.id, origin: doc.origin)
        result.bytes = doc.bytes.count
        if let error = doc.error {
            result.error = error
            return result
        }
        let parsed = Pincite.parse(bytes: doc.bytes, name: doc.id, format: doc.format, structure: options.structure,
                                   bluebook: options.bluebook ? CheckOptions() : nil)
        result.citations = parsed.citations.count
        result.diagnostics = parsed.diagnostics.count
        if options.json {
            var out: [UInt8] = []
            out.reserveCapacity(doc.bytes.count * 3)
            parsed.writeJSON { out.append(contentsOf: $0) }
            result.json = out
        }
        if options.rows {
            result.rows = DocumentRows(parsed, id: doc.id, sha256: SHA256.hex(doc.bytes))
        }
        return result
    }

    /// The frame a worker process answers with.
    static func encode(_ r: BatchResult) -> [UInt8] {
        var w = ByteWriter()
        w.string(r.id); w.string(r.origin); w.int(r.citations); w.int(r.bytes); w.int(r.diagnostics)
        w.optionalString(r.error)
        w.bytes.append(r.json == nil ? 0 : 1)
        if let j = r.json { w.data(j) }
        w.bytes.append(r.rows == nil ? 0 : 1)
        r.rows?.encode(into: &w)
        return w.bytes
    }

    static func decodeResult(_ frame: [UInt8]) throws -> BatchResult {
        var r = ByteReader(frame)
        var result = BatchResult(id: try r.string(), origin: try r.string())
        result.citations = try r.int()
        result.bytes = try r.int()
        result.diagnostics = try r.int()
        result.error = try r.optionalString()
        if try r.flag() { result.json = try r.data() }
        if try r.flag() { result.rows = try DocumentRows(decoding: &r) }
        return result
    }

    /// The frame the coordinator sends a worker process.
    static func encode(_ d: BatchDocument) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.reserveCapacity(d.bytes.count + d.id.utf8.count + 64)
        w.string(d.id); w.string(d.origin); w.optionalString(d.format?.rawValue); w.optionalString(d.error)
        w.data(d.bytes)
        return w.bytes
    }

    static func decodeDocument(_ frame: [UInt8]) throws -> BatchDocument {
        var r = ByteReader(frame)
        let id = try r.string(), origin = try r.string()
        let format = try r.optionalString().flatMap(InputFormat.init(rawValue:))
        let error = try r.optionalString()
        return BatchDocument(id: id, bytes: try r.data(), format: format, origin: origin, error: error)
    }
}
