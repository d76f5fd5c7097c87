// JSONScan: a byte-level JSON scanner for the batch readers. A JSON Lines record
// or a CAP array element only needs its top-level keys found and a few string
// values decoded, and the scanner must say exactly what is wrong with a broken
// record; building a Foundation object tree for every line of a 100 GB dump would
// cost more than the rest of reading. Nesting is tracked on an explicit stack,
// so deep input cannot overflow the call stack. Bytes inside strings are taken
// as they are: invalid UTF-8 or control bytes are the parser's problem (it reads
// them best-effort), not a reason to lose the record.

import Pincite

enum JSONScan {
    /// What is wrong with the JSON, and where (byte offset in the scanned bytes).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var offset: Int
        var description: String { "\(message) at byte \(offset)" }
    }

    enum Kind { case string, number, object, array, literal }

    /// One top-level member of an object: its decoded key and the bytes of its value.
    struct Member {
        var key: [UInt8]
        /// The value's bytes, quotes included for a string.
        var value: Range<Int>
        var kind: Kind
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    static func skipBlank(_ b: Bytes, _ i: Int) -> Int {
        var i = i
        while i < b.count && isBlank(b[i]) { i += 1 }
        return i
    }

    /// The members of the one JSON object `b` holds (white space around it allowed).
    static func object(_ b: Bytes) throws -> [Member] {
        var members: [Member] = []
        let end = try forEachMember(b) { members.append($0); return true }
        let rest = skipBlank(b, end)
        if rest < b.count { throw Failure(message: "unexpected data after the JSON object", offset: rest) }
        return members
    }

    /// The top-level `id` of an object (a string, or a number's digits), reading only as far as
    /// needed, so it works on the first bytes of a record cut short; nil when not found.
    static func leadingID(_ b: Bytes) -> String? {
        var id: String?
        _ = try? forEachMember(b) { m in
            guard m.key == Array("id".utf8) else { return true }
            id = idString(b, m)
            return false
        }
        return id
    }

    /// A member's value as a document id: a string decoded, a number as written; nil otherwise,
    /// and nil for an empty string (`"id": ""` names nothing: the record's place names it, so
    /// that two such records never share an id and overwrite each other in a database).
    static func idString(_ b: Bytes, _ m: Member) -> String? {
        switch m.kind {
        case .string:
            let id = decodeString(b, m.value)
            return id.isEmpty ? nil : String(decoding: id, as: UTF8.self)
        case .number: return String(decoding: UnsafeBufferPointer(rebasing: b[m.value]), as: UTF8.self)
        default: return nil
        }
    }

    /// Calls `body` with each top-level member of the object at the start of `b` until it
    /// returns false; returns the offset just after the object (or where `body` stopped).
    @discardableResult
    static func forEachMember(_ b: Bytes, _ body: (Member) -> Bool) throws -> Int {
        var i = skipBlank(b, 0)
        guard i < b.count else { throw Failure(message: "empty record", offset: i) }
        guard b[i] == UInt8(ascii: "{") else { throw Failure(message: "not a JSON object", offset: i) }
        i = skipBlank(b, i + 1)
        if i < b.count && b[i] == UInt8(ascii: "}") { return i + 1 }
        while true {
            guard i < b.count else { throw Failure(message: "the record ends inside an object", offset: i) }
            guard b[i] == UInt8(ascii: "\"") else { throw Failure(message: "expected a key", offset: i) }
            let keyEnd = try skipString(b, i)
            let key = decodeString(b, i..<keyEnd)
            i = skipBlank(b, keyEnd)
            guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Failure(message: "expected ':' after a key", offset: i) }
            i = skipBlank(b, i + 1)
            guard i < b.count else { throw Failure(message: "the record ends before a value", offset: i) }
            let kind = kindOf(b[i])
            let valueEnd = try skipValue(b, i)
            if !body(Member(key: key, value: i..<valueEnd, kind: kind)) { return valueEnd }
            i = skipBlank(b, valueEnd)
            guard i < b.count else { throw Failure(message: "the record ends inside an object", offset: i) }
            if b[i] == UInt8(ascii: "}") { return i + 1 }
            guard b[i] == UInt8(ascii: ",") else { throw Failure(message: "expected ',' or '}'", offset: i) }
            i = skipBlank(b, i + 1)
        }
    }

    static func kindOf(_ c: UInt8) -> Kind {
        switch c {
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: return .literal
        }
    }

    /// The offset just after the JSON value starting at `start`, checking its syntax.
    static func skipValue(_ b: Bytes, _ start: Int) throws -> Int {
        var open: [Bool] = []   // true: object, false: array
        var i = start
        value: while true {
            i = skipBlank(b, i)
            guard i < b.count else { throw Failure(message: "the record ends before a value", offset: i) }
            switch b[i] {
            case UInt8(ascii: "\""):
                i = try skipString(b, i)
            case UInt8(ascii: "{"):
                i = skipBlank(b, i + 1)
                if i < b.count && b[i] == UInt8(ascii: "}") {
                    i += 1
                } else {
                    open.append(true)
                    i = try skipKey(b, i)
                    continue value
                }
            case UInt8(ascii: "["):
                i = skipBlank(b, i + 1)
                if i < b.count && b[i] == UInt8(ascii: "]") {
                    i += 1
                } else {
                    open.append(false)
                    continue value
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                i = try skipNumber(b, i)
            default:
                i = try skipLiteral(b, i)
            }
            // after a value: separators and closers
            while let isObject = open.last {
                i = skipBlank(b, i)
                guard i < b.count else { throw Failure(message: "the record ends inside \(isObject ? "an object" : "an array")", offset: i) }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    if isObject { i = try skipKey(b, skipBlank(b, i)) }
                    continue value
                }
                guard b[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw Failure(message: isObject ? "expected ',' or '}'" : "expected ',' or ']'", offset: i)
                }
                open.removeLast()
                i += 1
            }
            return i
        }
    }

    /// Skips `"key" :` and returns the offset of the value.
    private static func skipKey(_ b: Bytes, _ i: Int) throws -> Int {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Failure(message: "expected a key", offset: i) }
        let j = skipBlank(b, try skipString(b, i))
        guard j < b.count, b[j] == UInt8(ascii: ":") else { throw Failure(message: "expected ':' after a key", offset: j) }
        return j + 1
    }

    /// The offset just after the string whose opening quote is at `i`.
    static func skipString(_ b: Bytes, _ i: Int) throws -> Int {
        var j = i + 1
        while j < b.count {
            // the next quote or backslash, eight bytes at a time: a record is mostly one
            // long string (the opinion), and this scan runs on the coordinator for all of it
            j = ByteScan.firstIndex(of: UInt8(ascii: "\""), or: UInt8(ascii: "\\"), in: b.baseAddress!, from: j, to: b.count)
            guard j < b.count else { break }
            if b[j] == UInt8(ascii: "\"") { return j + 1 }
            // a backslash
            guard j + 1 < b.count else { break }
            switch b[j + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                j += 2
            case UInt8(ascii: "u"):
                guard j + 6 <= b.count, (2..<6).allSatisfy({ hexValue(b[j + $0]) != nil }) else {
                    throw Failure(message: "bad \\u escape in a string", offset: j)
                }
                j += 6
            default:
                throw Failure(message: "bad escape in a string", offset: j)
            }
        }
        throw Failure(message: "the record ends inside a string", offset: i)
    }

    private static func skipNumber(_ b: Bytes, _ i: Int) throws -> Int {
        var j = i
        var digits = 0
        while j < b.count {
            let c = b[j]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits += 1
            } else if !(c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) {
                break
            }
            j += 1
        }
        guard digits > 0 else { throw Failure(message: "bad number", offset: i) }
        return j
    }

    private static func skipLiteral(_ b: Bytes, _ i: Int) throws -> Int {
        for word in ["true", "false", "null"] {
            let w = Array(word.utf8)
            if i + w.count <= b.count && (0..<w.count).allSatisfy({ b[i + $0] == w[$0] }) { return i + w.count }
        }
        throw Failure(message: "unexpected byte 0x\(String(b[i], radix: 16)) where a value should be", offset: i)
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
