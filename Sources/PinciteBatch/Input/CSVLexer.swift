// CSVLexer: fields of a PostgreSQL-style CSV file (CourtListener's bulk dumps:
// `FORCE_QUOTE *`, fields spanning lines, `""` or `\"` inside quotes), one field
// at a time straight from the ContentReader. The caller says how much of a field to
// keep; the rest is scanned past without being stored, so a field of any size —
// or an unterminated quote running to the end of a 50 GB dump — costs no memory.
// In a dump whose records start with a quoted number, an unterminated quote
// ends at the next line that starts like a record, so one broken field costs one
// record. The scan is table-driven: each chunk is walked to the next byte that matters
// and the run before it is copied in one piece.

final class CSVLexer {
    /// How a field ended.
    enum End { case field, record, input }

    struct Field {
        /// The field's decoded length (also what was not kept).
        var length = 0
        var end = End.field
        var quoted = false
        /// The input ended inside the quotes.
        var unterminated = false
        /// Nothing at all was read: the input was already at its end.
        var atEnd = false
    }

    private let reader: ContentReader
    private(set) var escape: CSVEscape
    /// Every record starts with a quoted number (CourtListener's quoted `id` first): a quote
    /// opening a line like that ends an unterminated field.
    var recordsStartQuoted = false

    init(reader: ContentReader, escape: CSVEscape) {
        self.reader = reader
        self.escape = escape
    }

    /// Bytes that stop the scan inside quotes: the quote, and the backslash unless quotes are doubled.
    private static let quotedStops: [Bool] = stops("\"\\")
    private static let doubledStops: [Bool] = stops("\"")
    private static let unquotedStops: [Bool] = stops(",\n")

    private static func stops(_ s: String) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for b in s.utf8 { t[Int(b)] = true }
        return t
    }

    /// Reads the next field, appending at most `limit - out.count` of its bytes to `out`.
    func field(into out: inout [UInt8], limit: Int) -> Field {
        var f = Field()
        guard let first = reader.peek() else {
            f.end = .input
            f.atEnd = true
            return f
        }
        if first == UInt8(ascii: "\"") {
            reader.consume(1)
            f.quoted = true
            guard quoted(into: &out, limit: limit, &f) else {
                f.unterminated = true
                if f.end != .record { f.end = .input }
                return f
            }
        }
        unquoted(into: &out, limit: limit, &f)
        return f
    }

    /// The inside of a quoted field, through its closing quote; false when the input ends first
    /// or, in a dump whose records start with a quoted number, when the next record starts.
    private func quoted(into out: inout [UInt8], limit: Int, _ f: inout Field) -> Bool {
        var previous: UInt8 = 0
        while true {
            let table = escape == .doubled ? Self.doubledStops : Self.quotedStops
            let chunk = reader.available
            if chunk.isEmpty { return false }
            let n = table.withUnsafeBufferPointer { t in
                var i = 0
                while i < chunk.count && !t[Int(chunk[i])] { i += 1 }
                return i
            }
            if n > 0 { previous = chunk[n - 1] }
            keep(UnsafeBufferPointer(rebasing: chunk[0..<n]), &out, limit, &f)
            reader.consume(n)
            if n == chunk.count { continue }
            if recordsStartQuoted && previous == 0x0A && chunk[n] == UInt8(ascii: "\"") && Self.startsRecord(reader.lookAhead(24)) {
                // a line starting like a record cannot be inside a well-formed field: the quote was never closed
                f.end = .record
                return false
            }
            let pair = reader.lookAhead(2)
            let second: UInt8? = pair.count == 2 ? pair[1] : nil
            previous = second ?? pair[0]
            if pair[0] == UInt8(ascii: "\\") {
                if second == UInt8(ascii: "\"") || second == UInt8(ascii: "\\") {
                    keepByte(second!, &out, limit, &f)
                    reader.consume(2)
                } else {
                    keepByte(pair[0], &out, limit, &f)
                    reader.consume(1)
                    previous = pair[0]
                }
            } else if second == UInt8(ascii: "\"") && escape != .backslash {
                if escape == .auto { escape = .doubled }   // a doubled quote: this file doubles quotes
                keepByte(second!, &out, limit, &f)
                reader.consume(2)
            } else {
                reader.consume(1)   // the closing quote
                return true
            }
        }
    }

    /// An unquoted field, or what follows a closing quote, up to the separator (consumed).
    private func unquoted(into out: inout [UInt8], limit: Int, _ f: inout Field) {
        while true {
            let chunk = reader.available
            if chunk.isEmpty {
                f.end = .input
                return
            }
            let n = Self.unquotedStops.withUnsafeBufferPointer { t in
                var i = 0
                while i < chunk.count && !t[Int(chunk[i])] { i += 1 }
                return i
            }
            // a CR right before the record's newline is part of the line ending
            var run = n
            if n < chunk.count && chunk[n] == 0x0A && n > 0 && chunk[n - 1] == 0x0D { run -= 1 }
            keep(UnsafeBufferPointer(rebasing: chunk[0..<run]), &out, limit, &f)
            if n == chunk.count {
                reader.consume(n)
                continue
            }
            f.end = chunk[n] == UInt8(ascii: ",") ? .field : .record
            reader.consume(n + 1)
            return
        }
    }

    private func keep(_ run: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8], _ limit: Int, _ f: inout Field) {
        if out.count < limit { out.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<min(run.count, limit - out.count)])) }
        f.length += run.count
    }

    private func keepByte(_ b: UInt8, _ out: inout [UInt8], _ limit: Int, _ f: inout Field) {
        if out.count < limit { out.append(b) }
        f.length += 1
    }

    /// Whether `head` starts like a CourtListener record: a quoted number and a comma (`"12345",`).
    static func startsRecord(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard head.count >= 4, head[0] == UInt8(ascii: "\"") else { return false }
        var i = 1
        while i < head.count && head[i] >= UInt8(ascii: "0") && head[i] <= UInt8(ascii: "9") { i += 1 }
        return i > 1 && i + 1 < head.count && head[i] == UInt8(ascii: "\"") && head[i + 1] == UInt8(ascii: ",")
    }
}
