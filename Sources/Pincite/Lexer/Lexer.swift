// Lexer: one pass over the UTF-8 working text that produces the token array.
//
// It is the hottest loop in Pincite, so it looks at bytes through a buffer
// pointer and a 256-entry class table; it never builds a `String` or iterates
// `Character`s. Multi-byte characters that matter to citations (§ ¶ – — ‘ ’ “ ”,
// non-breaking/thin spaces, soft hyphens, Latin letters with accents) are
// recognised by their UTF-8 byte sequences. Everything else non-ASCII becomes an
// `.other` token so that nothing is silently dropped.
//
// Table-driven tokens (reporters, courts, signals, months) are not decided here:
// the parser asks the reference tries at the positions where they can occur,
// which keeps this loop small and lets one spelling ("Ill.") be a state, a
// reporter or part of a court depending on where it stands.

/// Splits working text into tokens.
public enum Lexer {
    /// Tokenizes `text`. Never fails; every visible byte belongs to some token.
    public static func tokenize(_ text: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4 + 16)
        ByteClass.table.withUnsafeBufferPointer { tb in
        text.withUnsafeBufferPointer { buf in
            guard let p = buf.baseAddress else { return }
            let n = buf.count
            var i = 0
            var pending: TokenFlags = []
            var newlines = 0
            @inline(__always) func emit(_ s: Int, _ e: Int, _ k: TokenKind, _ extra: TokenFlags = []) {
                var f = pending.union(extra)
                if newlines >= 1 { f.insert(.newlineBefore) }
                if newlines >= 2 { f.insert(.blankLineBefore) }
                tokens.append(Token(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: e), kind: k, flags: f))
                pending = []
                newlines = 0
            }
            while i < n {
                let b = p[i]
                let cls = tb[Int(b)]
                switch cls {
                case ByteClass.space:
                    pending.insert(.spaceBefore)
                    if b == 0x0A { newlines += 1 } else if b == 0x0C { pending.insert(.formFeedBefore); newlines += 1 }
                    else if b == 0x0D { if i + 1 >= n || p[i + 1] != 0x0A { newlines += 1 } }
                    i += 1
                case ByteClass.letter, ByteClass.digit:
                    let s = i
                    var shape: TokenFlags = []
                    var allDigits = true
                    var upper = 0, lower = 0
                    let first = b
                    while i < n {
                        let c = p[i]
                        let k = tb[Int(c)]
                        if k == ByteClass.letter {
                            allDigits = false
                            if c >= 0x61 { lower += 1 } else { upper += 1 }
                            i += 1
                        } else if k == ByteClass.digit {
                            shape.insert(.hasDigit); i += 1
                        } else if k == ByteClass.utf8Lead, let w = wordContinuation(p, i, n, s) {
                            allDigits = false
                            lower += 1
                            i += w
                        } else if (c == 0x27 || c == 0x2D), i + 1 < n, i > s,
                                  tb[Int(p[i + 1])] == ByteClass.letter,
                                  tb[Int(p[i - 1])] == ByteClass.letter {
                            // apostrophe or hyphen between letters stays inside the word
                            allDigits = false
                            i += 1
                        } else {
                            break
                        }
                    }
                    if allDigits {
                        emit(s, i, .number, .hasDigit)
                    } else {
                        if first >= 0x41 && first <= 0x5A { shape.insert(.capitalized) }
                        else if first >= 0x61 && first <= 0x7A { shape.insert(.lowercase) }
                        if upper >= 2 && lower == 0 { shape.insert(.allCaps) }
                        emit(s, i, .word, shape)
                    }
                case ByteClass.utf8Lead:
                    let (k, w, isSpace) = classifyMultibyte(p, i, n)
                    if isSpace {
                        pending.insert(.spaceBefore)
                        i += w
                    } else if k == .word {
                        // an accented letter starting a word: let the word loop take it
                        let s = i
                        i += w
                        while i < n {
                            let c = p[i]
                            let kk = tb[Int(c)]
                            if kk == ByteClass.letter || kk == ByteClass.digit { i += 1 }
                            else if kk == ByteClass.utf8Lead, let ww = wordContinuation(p, i, n, s) { i += ww }
                            else { break }
                        }
                        emit(s, i, .word, p[s] == 0xC3 && p[s + 1] < 0x9F ? .capitalized : .lowercase)
                    } else {
                        emit(i, i + w, k)
                        i += w
                    }
                default:
                    let k = asciiPunctuation(b, previous: i > 0 ? p[i - 1] : 0x20)
                    emit(i, i + 1, k)
                    i += 1
                }
            }
        }
        }
        return tokens
    }

    /// Width of a multi-byte letter (or soft hyphen / curly apostrophe between
    /// letters) that continues a word at `i`, or nil.
    @inline(__always)
    static func wordContinuation(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ start: Int) -> Int? {
        let b = p[i]
        if b == 0xC2, i + 1 < n, p[i + 1] == 0xAD { return 2 }  // soft hyphen
        if b == 0xC3 || b == 0xC4 || b == 0xC5, i + 1 < n, p[i + 1] & 0xC0 == 0x80, !(b == 0xC3 && (p[i + 1] == 0x97 || p[i + 1] == 0xB7)) {
            return 2  // Latin-1 supplement / Latin Extended-A letters
        }
        // ’ (E2 80 99) or ‑ non-breaking hyphen (E2 80 91) between letters
        if b == 0xE2, i + 3 < n, p[i + 1] == 0x80, (p[i + 2] == 0x99 || p[i + 2] == 0x91), i > start {
            let next = p[i + 3]
            if isASCIILetter(next) && isASCIILetter(p[i - 1]) {
                return 3
            }
        }
        return nil
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Kind and width of a multi-byte character; `isSpace` for Unicode spaces.
    @inline(__always)
    static func classifyMultibyte(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (TokenKind, Int, Bool) {
        let b = p[i]
        let width: Int = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + width <= n else { return (.other, n - i, false) }
        if b == 0xC2 {
            switch p[i + 1] {
            case 0xA0: return (.other, 2, true)       // no-break space
            case 0xA7: return (.section, 2, false)     // §
            case 0xB6: return (.pilcrow, 2, false)     // ¶
            case 0xAD: return (.other, 2, true)        // soft hyphen outside a word: invisible
            case 0xAB: return (.openQuote, 2, false)   // «
            case 0xBB: return (.closeQuote, 2, false)  // »
            default: return (.other, 2, false)
            }
        }
        if b == 0xC3 || b == 0xC4 || b == 0xC5 {
            if b == 0xC3 && (p[i + 1] == 0x97 || p[i + 1] == 0xB7) { return (.other, 2, false) }  // × ÷
            return (.word, 2, false)
        }
        if b == 0xE2 && p[i + 1] == 0x80 {
            switch p[i + 2] {
            case 0x80...0x8A, 0xAF: return (.other, 3, true)   // en/em/thin/hair/narrow spaces
            case 0x8B, 0x8C, 0x8D: return (.other, 3, true)    // zero-width characters
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return (.dash, 3, false)
            case 0x98, 0x9B: return (.openQuote, 3, false)     // ‘ ‛
            case 0x99: return (.closeQuote, 3, false)          // ’
            case 0x9C, 0x9F: return (.openQuote, 3, false)     // “ ‟
            case 0x9D: return (.closeQuote, 3, false)          // ”
            case 0xA8, 0xA9: return (.other, 3, true)          // line / paragraph separator
            default: return (.other, 3, false)
            }
        }
        if b == 0xE2 && p[i + 1] == 0x81 && p[i + 2] == 0x9F { return (.other, 3, true) }  // medium math space
        if b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80 { return (.other, 3, true) }  // ideographic space
        if b == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF { return (.other, 3, true) }  // stray BOM
        return (.other, width, false)
    }

    @inline(__always)
    static func asciiPunctuation(_ b: UInt8, previous: UInt8) -> TokenKind {
        switch b {
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0x3B: return .semicolon
        case 0x3A: return .colon
        case 0x28: return .openParen
        case 0x29: return .closeParen
        case 0x5B: return .openBracket
        case 0x5D: return .closeBracket
        case 0x2D: return .dash
        case 0x2A: return .star
        case 0x26: return .ampersand
        case 0x24: return .dollar
        case 0x2F: return .slash
        case 0x22, 0x27:
            // a straight quote opens after whitespace or an opening bracket
            let opens = previous == 0x20 || previous == 0x0A || previous == 0x0D || previous == 0x09
                || previous == 0x28 || previous == 0x5B
            return opens ? .openQuote : .closeQuote
        default: return .other
        }
    }
}

/// Byte classes for the lexer's dispatch table.
enum ByteClass {
    static let other: UInt8 = 0
    static let space: UInt8 = 1
    static let letter: UInt8 = 2
    static let digit: UInt8 = 3
    static let utf8Lead: UInt8 = 4

    static let table: [UInt8] = {
        var t = [UInt8](repeating: other, count: 256)
        for b in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { t[b] = space }
        for b in 0x41...0x5A { t[b] = letter }
        for b in 0x61...0x7A { t[b] = letter }
        for b in 0x30...0x39 { t[b] = digit }
        for b in 0xC0...0xFF { t[b] = utf8Lead }
        for b in 0x00...0x08 { t[b] = space }  // control characters read as whitespace
        for b in 0x0E...0x1F { t[b] = space }
        return t
    }()
}
