import Pincite

// CAPJSONReader: a Caselaw Access Project JSON file — one case object, or a
// volume's JSON array of cases, streamed element by element so that a volume is
// never held whole. The array is cut into elements by a byte-level scanner that
// tracks only strings and nesting; each element then goes through the JSONRecord
// rule (a case with `casebody` is kept as CAP JSON). Anything that is not an
// array is one document (FileDocumentReader), with the case's own id.

final class CAPJSONReader: RecordReader {
    private let reader: ContentReader
    private let name: String
    private let limit: Int
    private enum State { case start, array, done }
    private var state = State.start
    private var single: FileDocumentReader?
    private var element = 0

    init(reader: ContentReader, name: String, limit: Int) {
        self.reader = reader
        self.name = name
        self.limit = limit
    }

    func next() -> BatchDocument? {
        if let single { return single.next() }
        switch state {
        case .done:
            return nil
        case .start:
            if reader.lookAhead(3).elementsEqual(JSONLinesReader.byteOrderMark) { reader.consume(3) }
            if reader.peekNonBlank() == UInt8(ascii: "[") {
                reader.consume(1)
                state = .array
                return nextElement()
            }
            let whole = FileDocumentReader(reader: reader, id: name, limit: limit, idFromJSON: true)
            single = whole
            return whole.next()
        case .array:
            return nextElement()
        }
    }

    private func nextElement() -> BatchDocument? {
        let first = reader.peekNonBlank()
        if first == UInt8(ascii: "]") {
            reader.consume(1)
            state = .done
            if let extra = reader.peekNonBlank() {
                return .failed(id: "\(name):after-array", origin: "\(name):byte \(reader.offset)",
                               "unexpected data (byte 0x\(String(extra, radix: 16))) after the JSON array")
            }
            return reader.failure.map { .failed(id: "\(name):after-array", origin: name, $0) }
        }
        if element > 0 {
            // between elements
            guard first == UInt8(ascii: ",") else {
                return stop(element + 1, first == nil ? "the input ends inside the JSON array" : "expected ',' or ']' after array element \(element)")
            }
            reader.consume(1)
        }
        element += 1
        let origin = "\(name):case \(element)"
        let fallback = "\(name):\(element)"
        guard reader.peekNonBlank() != nil else { return stop(element, "the input ends inside the JSON array") }
        var bytes: [UInt8] = []
        let (length, complete) = captureValue(into: &bytes)
        if !complete {
            state = .done
            let id = bytes.withUnsafeBufferPointer { JSONScan.leadingID($0) } ?? fallback
            return .failed(id: id, origin: origin, reader.failure ?? "the input ends inside array element \(element)")
        }
        if length > limit {
            let id = bytes.withUnsafeBufferPointer { JSONScan.leadingID($0) } ?? fallback
            return .failed(id: id, origin: origin, InputMessage.tooLarge("array element \(element)", length, limit: limit))
        }
        return JSONRecord.document(bytes, fallbackID: fallback, origin: origin)
    }

    /// An error record for element `n` that ends the file.
    private func stop(_ n: Int, _ message: String) -> BatchDocument {
        state = .done
        return .failed(id: "\(name):\(n)", origin: "\(name):case \(n)", reader.failure ?? message)
    }

    /// Reads one JSON value (from its first byte), appending at most `limit` bytes of it;
    /// returns its full length and whether it ended before the input did.
    private func captureValue(into out: inout [UInt8]) -> (Int, Bool) {
        var depth = 0
        var inString = false
        var escaped = false
        var length = 0
        while true {
            let chunk = reader.available
            if chunk.isEmpty { return (length, false) }
            var end: Int?
            var i = 0
            scan: while i < chunk.count {
                let c = chunk[i]
                if inString {
                    if escaped {
                        escaped = false
                    } else if c == UInt8(ascii: "\\") {
                        escaped = true
                    } else if c == UInt8(ascii: "\"") {
                        inString = false
                        if depth == 0 { end = i + 1; break scan }
                    }
                } else {
                    switch c {
                    case UInt8(ascii: "\""):
                        inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        if depth == 0 { end = i; break scan }   // the array's own ']' after a scalar
                        depth -= 1
                        if depth == 0 { end = i + 1; break scan }
                    case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                        if depth == 0 { end = i; break scan }
                    default:
                        break
                    }
                }
                i += 1
            }
            let n = end ?? chunk.count
            if out.count < limit { out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<min(n, limit - out.count)])) }
            length += n
            reader.consume(n)
            if end != nil { return (length, true) }
        }
    }
}
