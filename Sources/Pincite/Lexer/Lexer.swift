// Lexer: one pass over the UTF-8 working text that produces the token array.
//
// It is the hottest loop in Pincite, so it looks at bytes through a buffer
// pointer and 256-entry tables; it never builds a `String` or iterates
// `Character`s. Multi-byte characters that matter to citations (§ ¶ – — ‘ ’ “ ”,
// non-breaking/thin spaces, soft hyphens, Latin letters with accents) are
// recognised by their UTF-8 byte sequences. Everything else non-ASCII becomes an
// `.other` token so that nothing is silently dropped.
//
// Table-driven tokens (reporters, courts, signals, months) are not decided here:
// the parser asks the reference tries at the positions where they can occur,
// which keeps this loop small and lets one spelling ("Ill.") be a state, a
// reporter or part of a court depending on where it stands.
//
// Why the loop is shaped as it is (it runs at ~15 instructions per byte):
// - Tokens are written straight into the uninitialised storage of the result
//   array, not appended: no uniqueness/capacity check per token, no closure
//   capturing mutable locals (which Swift boxes and guards with dynamic
//   exclusivity checks). Each pass of the main loop consumes at least one byte
//   and writes at most one token, so running while `i < limit` with
//   `limit - i <= free slots` can never overflow; when the estimate is too small
//   the run stops there, the array is regrown and lexing resumes.
// - The whitespace state before a token is one byte of `TokenFlags` bits; a line
//   break sets `.newlineBefore`, or `.blankLineBefore` when that is already set.
// - Word bytes are classified by `WordBits.table`: one load gives
//   letter/digit/upper/lower, OR-ed into `seen`; shape flags are decided once at
//   the end of the word (upper-case letters are counted only when all-caps is
//   possible).

/// Splits working text into tokens.
public enum Lexer {
    /// Where a run of `lex` stopped: the next byte and the pending whitespace flags.
    struct Cursor {
        var i = 0
        var pending: UInt8 = 0
    }

    /// Tokenizes `text`. Never fails; every visible byte belongs to some token.
    public static func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { buf -> [Token] in
            guard let p = buf.baseAddress, buf.count > 0 else { return [] }
            let n = buf.count
            var cursor = Cursor()
            var tokens: [Token] = []
            // Opinions run at ~0.2 tokens per byte, a dense string of citations at
            // ~0.4. Pages of a large array that are never written are never made
            // resident, so a generous estimate costs address space, not memory.
            var capacity = n / 2 + 16
            while true {
                let done = tokens
                tokens = [Token](unsafeUninitializedCapacity: capacity) { out, count in
                    let base = out.baseAddress!
                    count = done.count
                    if count > 0 { done.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: count) } }
                    ByteClass.table.withUnsafeBufferPointer { tb in
                        WordBits.table.withUnsafeBufferPointer { wb in
                            // A run stops when its free slots could run out; another run
                            // goes on while there is room for a fair stretch of text.
                            while cursor.i < n, capacity - count >= min(n - cursor.i, 4096) {
                                count = lex(p, n, &cursor, into: base, count: count, capacity: capacity,
                                            classes: tb.baseAddress!, wordBits: wb.baseAddress!)
                            }
                        }
                    }
                }
                if cursor.i >= n { return tokens }
                // never more than one token per remaining byte
                capacity = min(capacity * 2, tokens.count + (n - cursor.i) + 16)
            }
        }
    }

    /// Lexes from `cursor` until the text ends or `out` has no room left for a
    /// pass; returns the new token count.
    static func lex(_ p: UnsafePointer<UInt8>, _ n: Int, _ cursor: inout Cursor,
                    into out: UnsafeMutablePointer<Token>, count: Int, capacity: Int,
                    classes tb: UnsafePointer<UInt8>, wordBits wb: UnsafePointer<UInt8>) -> Int {
        var i = cursor.i
        var pending = cursor.pending
        var count = count
        let limit = min(n, i + (capacity - count))
        @inline(__always) func token(_ s: Int, _ e: Int, _ k: TokenKind, _ flags: UInt8) -> Token {
            Token(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: e), kind: k, flags: TokenFlags(rawValue: flags))
        }
        while i < limit {
            let b = p[i]
            if b == 0x20 {
                // the most common byte first: a single space between words
                pending |= Pending.space
                i += 1
                continue
            }
            switch tb[Int(b)] {
            case ByteClass.space:
                pending |= Pending.space
                i += 1
                if b != 0x20 {
                    if b == 0x0A { pending |= Pending.lineBreak(pending) }
                    else if b == 0x0C { pending |= Pending.formFeed | Pending.lineBreak(pending) }
                    else if b == 0x0D, i >= n || p[i] != 0x0A { pending |= Pending.lineBreak(pending) }
                }
                // runs of plain spaces (PDF text justifies and indents with them)
                while i < n && p[i] == 0x20 { i += 1 }
            case ByteClass.letter, ByteClass.digit:
                let s = i
                var seen: UInt8 = 0    // OR of WordBits (multi-byte letters count as lower case)
                while i < n {
                    let m = wb[Int(p[i])]
                    if m != 0 {
                        seen |= m
                        i += 1
                        continue
                    }
                    let c = p[i]
                    if c >= 0xC0, let w = wordContinuation(p, i, n, s) {
                        seen |= WordBits.letter | WordBits.lower
                        i += w
                    } else if (c == 0x27 || c == 0x2D), i + 1 < n, i > s,
                              tb[Int(p[i + 1])] == ByteClass.letter,
                              tb[Int(p[i - 1])] == ByteClass.letter {
                        // apostrophe or hyphen between letters stays inside the word
                        // (the letter before it already made `seen` a word)
                        i += 1
                    } else {
                        break
                    }
                }
                if seen & WordBits.letter == 0 {
                    out[count] = token(s, i, .number, pending | TokenFlags.hasDigit.rawValue)
                } else {
                    var shape: UInt8 = seen & WordBits.digit != 0 ? TokenFlags.hasDigit.rawValue : 0
                    if b >= 0x41 && b <= 0x5A { shape |= TokenFlags.capitalized.rawValue }
                    else if b >= 0x61 { shape |= TokenFlags.lowercase.rawValue }
                    // all caps needs two upper-case letters: counted only for the rare
                    // word without lower-case ones, to keep the per-byte loop short
                    if seen & (WordBits.upper | WordBits.lower) == WordBits.upper && upperCount(p, s, i) >= 2 {
                        shape |= TokenFlags.allCaps.rawValue
                    }
                    out[count] = token(s, i, .word, pending | shape)
                }
                count += 1
                pending = 0
            case ByteClass.utf8Lead:
                let (k, w, isSpace) = classifyMultibyte(p, i, n)
                if isSpace {
                    pending |= Pending.space
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
                    let shape = p[s] == 0xC3 && p[s + 1] < 0x9F ? TokenFlags.capitalized : TokenFlags.lowercase
                    out[count] = token(s, i, .word, pending | shape.rawValue)
                    count += 1
                    pending = 0
                } else {
                    out[count] = token(i, i + w, k, pending)
                    count += 1
                    pending = 0
                    i += w
                }
            default:
                // an HTML entity left in plain text (CourtListener's text of web pages: "Pieri v B
                // &amp; B Welch Assoc.") is the character it stands for
                if b == 0x26, i + 4 < n, p[i + 1] == 0x61, p[i + 2] == 0x6D, p[i + 3] == 0x70, p[i + 4] == 0x3B {
                    out[count] = token(i, i + 5, .ampersand, pending)
                    count += 1
                    pending = 0
                    i += 5
                    continue
                }
                let k = asciiPunctuation(b, previous: i > 0 ? p[i - 1] : 0x20)
                out[count] = token(i, i + 1, k, pending)
                count += 1
                pending = 0
                i += 1
            }
        }
        cursor.i = i
        cursor.pending = pending
        return count
    }

    /// Number of ASCII upper-case letters in `p[s..<e]`.
    static func upperCount(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var k = 0
        for j in s..<e where p[j] >= 0x41 && p[j] <= 0x5A { k += 1 }
        return k
    }

    /// The whitespace bits of `TokenFlags`, as raw bytes.
    enum Pending {
        static let space = TokenFlags.spaceBefore.rawValue
        static let formFeed = TokenFlags.formFeedBefore.rawValue
        /// The bits one more line break adds: `.newlineBefore`, plus `.blankLineBefore`
        /// when a line break is already pending (`.blankLineBefore` is `.newlineBefore << 1`).
        @inline(__always) static func lineBreak(_ pending: UInt8) -> UInt8 {
            TokenFlags.newlineBefore.rawValue | (pending & TokenFlags.newlineBefore.rawValue) << 1
        }
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
        if b == 0xE2 && p[i + 1] == 0x88 && p[i + 2] == 0x92 { return (.dash, 3, false) }  // − minus sign, a range dash in PDF text
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

/// Bits of the ASCII word bytes, for the lexer's word loop: one table load tells
/// whether a byte continues the word and what it says about the word's shape.
/// Every other byte is 0 (the loop then looks at it more closely).
enum WordBits {
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    /// Upper-case letter.
    static let upper: UInt8 = 4
    static let lower: UInt8 = 8

    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in 0x41...0x5A { t[b] = letter | upper }
        for b in 0x61...0x7A { t[b] = letter | lower }
        for b in 0x30...0x39 { t[b] = digit }
        return t
    }()
}
