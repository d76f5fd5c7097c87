// BatchDocuments: the invariants every batch input must keep, whatever the bytes —
// reading ends, every record is one BatchDocument with either its text or an error
// (never both, never neither), ids and origins are never empty, and no document is
// larger than the limit. The fuzz targets add their own counts and round trips.
import Pincite
import PinciteBatch

/// Reading and checking documents for the batch-reader fuzz targets.
public enum BatchDocuments {
    /// Every document of `path` read with `options`; traps when there are more than `atMost`
    /// (a reader that hands out records without consuming input would loop forever).
    public static func read(_ path: String, _ options: InputOptions, atMost: Int) -> [BatchDocument] {
        let stream: DocumentStream
        do { stream = try DocumentStream(paths: [path], options: options) } catch {
            preconditionFailure("an existing file was refused: \(error)")
        }
        var docs: [BatchDocument] = []
        while let doc = stream.next() {
            docs.append(doc)
            precondition(docs.count <= atMost, "more than \(atMost) documents from \(path): the reader does not advance")
        }
        precondition(stream.next() == nil, "the stream gave a document after its end")
        return docs
    }

    /// Traps unless `doc` holds text or an error (exactly one), has an id and an origin, and
    /// its text is within `limit`.
    public static func check(_ doc: BatchDocument, limit: Int) {
        precondition(!doc.id.isEmpty, "a document without an id (origin \(doc.origin))")
        precondition(!doc.origin.isEmpty, "a document without an origin (id \(doc.id))")
        if let error = doc.error {
            precondition(!error.isEmpty, "an empty error message (\(doc.origin))")
            precondition(doc.bytes.isEmpty, "a document with both an error and text (\(doc.origin))")
        } else {
            precondition(!doc.bytes.isEmpty, "a document with neither text nor an error (\(doc.origin))")
            precondition(doc.bytes.count <= limit, "a document over the limit (\(doc.bytes.count) > \(limit), \(doc.origin))")
        }
    }

    /// Whether `bytes` start with the magic of a compression DocumentStream decodes (or refuses),
    /// so that counts taken on the raw bytes do not apply.
    public static func looksCompressed<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let head = Array(bytes.prefix(6))
        func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
        return starts([0x1F, 0x8B]) || starts([0x28, 0xB5, 0x2F, 0xFD]) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])
            || (starts([0x42, 0x5A, 0x68]) && head.count >= 4 && (0x31...0x39).contains(head[3]))
    }

    /// The lines of `bytes` as JSON Lines counts them: split at each newline, the last one
    /// only when something follows the last newline.
    public static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// Whether a JSON Lines line counts as a record: over the limit, or something other than
    /// white space after an optional UTF-8 byte order mark.
    public static func isRecord(_ line: ArraySlice<UInt8>, limit: Int) -> Bool {
        if line.count > limit { return true }
        let body = line.starts(with: [0xEF, 0xBB, 0xBF]) ? line.dropFirst(3) : line
        return !body.allSatisfy(isBlank)
    }

    /// JSON white space (what a blank JSON Lines line is made of).
    public static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
