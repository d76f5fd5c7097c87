// JSONWriter: writes fuzz fields as JSON the way other programs do, in a few styles,
// so that reading must undo every escape: quotes, backslashes and control bytes are
// always escaped; with `unicodeEscapes` valid multi-byte UTF-8 is written as \uXXXX
// (surrogate pairs above U+FFFF) and `/` as `\/`; invalid UTF-8 stays raw bytes, as
// JSON Lines dumps carry it.

struct JSONWriter {
    var unicodeEscapes: Bool
    var spaced: Bool
    var extraMember: Bool

    init(style: UInt8) {
        unicodeEscapes = style & 1 != 0
        spaced = style & 2 != 0
        extraMember = style & 4 != 0
    }

    /// `"…"` for `bytes`.
    func string(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if unicodeEscapes, b >= 0x80, let (scalar, length) = Self.scalar(bytes, i) {
                if scalar > 0xFFFF {
                    let v = scalar - 0x10000
                    out += Self.u(0xD800 + (v >> 10)) + Self.u(0xDC00 + (v & 0x3FF))
                } else {
                    out += Self.u(scalar)
                }
                i += length
                continue
            }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
            case UInt8(ascii: "/") where unicodeEscapes: out += [UInt8(ascii: "\\"), b]
            case 0x0A: out += Array("\\n".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20: out += Self.u(UInt32(b))
            default: out.append(b)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// `{` … `}` of the members, spaced or not, with an extra nested member first when asked.
    func object(_ members: [(String, [UInt8])]) -> [UInt8] {
        let extra = ("author", Array(#"{"a": [1, -2.5e3, true, false, null, "x\"y", []], "b": {}}"#.utf8))
        let all = (extraMember ? [extra] : []) + members
        let sep: [UInt8] = spaced ? Array(" ,\t ".utf8) : [UInt8(ascii: ",")]
        let colon: [UInt8] = spaced ? Array(" : ".utf8) : [UInt8(ascii: ":")]
        var out: [UInt8] = spaced ? Array("{ ".utf8) : [UInt8(ascii: "{")]
        for (i, (key, value)) in all.enumerated() {
            if i > 0 { out += sep }
            out += string(Array(key.utf8)) + colon + value
        }
        out += spaced ? Array(" }".utf8) : [UInt8(ascii: "}")]
        return out
    }

    private static func u(_ v: UInt32) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return Array("\\u".utf8) + [12, 8, 4, 0].map { hex[Int((v >> UInt32($0)) & 0xF)] }
    }

    /// The scalar of the valid UTF-8 sequence at `i` and its length; nil when the bytes there are not one.
    static func scalar(_ b: [UInt8], _ i: Int) -> (UInt32, Int)? {
        let lead = b[i]
        let (length, initial, minimum): (Int, UInt32, UInt32)
        switch lead {
        case 0xC2...0xDF: (length, initial, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, initial, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, initial, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard i + length <= b.count else { return nil }
        var v = initial
        for k in 1..<length {
            guard b[i + k] & 0xC0 == 0x80 else { return nil }
            v = v << 6 | UInt32(b[i + k] & 0x3F)
        }
        guard v >= minimum, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { return nil }
        return (v, length)
    }
}
