// DocumentStream: the input side of `pincite batch` — the paths a user gives
// (files, folders walked recursively in sorted order, glob patterns, "-" for
// stdin) turned into one BatchDocument at a time. Each file is opened only when
// the stream reaches it, its compression told by magic bytes (gzip, bzip2, zstd)
// and its shape by name or content (InputShape); then its record reader hands
// out documents until the file is done. At most one file is open and one
// document held, plus fixed buffers, so a 50 GB dump streams in flat memory.
// Nothing past the constructor throws: an unreadable file, a broken stream or a
// bad record comes out as a document with `error` set, and the stream goes on.

import Pincite

/// Streams the documents of the given paths ("-" = stdin; files; folders, recursive; glob patterns).
///
/// ```swift
/// let stream = try DocumentStream(paths: ["opinions-2024.csv.bz2"], options: InputOptions(kind: .auto))
/// while let doc = stream.next() {
///     if let error = doc.error { print(doc.id, error); continue }
///     let parsed = Pincite.parse(bytes: doc.bytes, name: doc.id, format: doc.format)
/// }
/// ```
/// Not thread-safe: call `next()` from one thread. `bytesRead` may be read from any thread.
public final class DocumentStream {
    private var paths: InputPaths
    private let options: InputOptions
    private let counter = ByteCounter()
    private var current: RecordReader?
    private var excluded = ExcludedFiles()

    /// Checks the paths (a missing path or a pattern matching nothing throws `InputUsageError`)
    /// and sums the files' sizes; reading starts with the first `next()`.
    public init(paths: [String], options: InputOptions = InputOptions()) throws {
        guard !paths.isEmpty else { throw InputUsageError(message: "no input: give files, folders, patterns or - for stdin") }
        self.paths = try InputPaths(paths)
        self.options = options
        totalBytes = self.paths.totalBytes
    }

    /// The next document, or nil at the end. Never throws: unreadable input becomes a BatchDocument with `error`.
    public func next() -> BatchDocument? {
        while true {
            if let reader = current {
                if let doc = reader.next() { return doc }
                current = nil   // closes the file
            }
            guard let source = paths.next() else { return nil }
            if case .file(let path) = source, excluded.contains(path) { continue }
            current = open(source)
        }
    }

    /// Never reads the files at `paths` (nor the journal files SQLite keeps beside them) as
    /// input: the run's own outputs, which may lie inside a folder being read. Call it once
    /// they exist (after opening them), before reading; they are recognised by device and
    /// inode, whatever path spells them.
    public func skipFiles(_ paths: [String]) {
        excluded.add(paths)
    }

    /// Bytes of input consumed so far (compressed, as on disk).
    public var bytesRead: Int { counter.value }

    /// The total input size when known (sum of file sizes; nil with stdin or a pipe), for progress/ETA.
    public let totalBytes: Int?

    private func open(_ source: InputSource) -> RecordReader {
        let name: String
        let raw: RawInput
        switch source {
        case .stdin:
            name = "stdin"
            raw = RawInput(fd: 0, name: name, counter: counter)
        case .file(let path):
            name = path
            do {
                raw = try RawInput(path: path, name: path, counter: counter)
            } catch {
                return OneRecord(.failed(id: path, origin: path, "\(error)"))
            }
        }
        let reader: ContentReader
        do {
            reader = ContentReader(decoder: try Compression.detect(raw).decoder(raw), name: name)
        } catch {
            return OneRecord(.failed(id: name, origin: name, "\(error)"))
        }
        let shape = InputShape.of(kind: options.kind, name: source == .stdin ? nil : name, reader: reader)
        return shape.reader(reader, name: name, options: options)
    }
}

/// A file that is one error record.
private final class OneRecord: RecordReader {
    private var doc: BatchDocument?
    init(_ doc: BatchDocument) { self.doc = doc }
    func next() -> BatchDocument? {
        defer { doc = nil }
        return doc
    }
}
