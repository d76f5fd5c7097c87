#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// JSONString: the bytes a JSON string literal stands for. Runs without escapes
// are copied whole (found with memchr), escapes are decoded, \u surrogate pairs
// are joined and a lone surrogate becomes U+FFFD. Bytes that are not valid UTF-8
// are kept as they are — the text parser decides what they were.

extension JSONScan {
    /// The decoded content of the string literal `range` (quotes included) of `b`,
    /// which `skipString` accepted.
    static func decodeString(_ b: Bytes, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        let end = range.upperBound - 1   // the closing quote
        var i = range.lowerBound + 1
        out.reserveCapacity(end - i)
        while i < end {
            let hit = memchr(b.baseAddress! + i, Int32(UInt8(ascii: "\\")), end - i)
            let stop = hit.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - b.baseAddress! } ?? end
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<stop]))
            i = stop
            guard i < end else { break }
            let c = b[i + 1]
            i += 2
            switch c {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(b, i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    if i + 6 <= end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u"),
                       case let low = hex4(b, i + 2), (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00..<0xE000).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default: out.append(c)   // \" \\ \/
            }
        }
        return out
    }

    private static func hex4(_ b: Bytes, _ i: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 4 | (hexValue(b[i + $1]) ?? 0) }
    }

    private static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80:
            out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | s >> 6)); out.append(UInt8(0x80 | s & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | s >> 12)); out.append(UInt8(0x80 | s >> 6 & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
        default:
            out.append(UInt8(0xF0 | s >> 18)); out.append(UInt8(0x80 | s >> 12 & 0x3F))
            out.append(UInt8(0x80 | s >> 6 & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
        }
    }
}
