// Mechanical checks: parentheses, brackets and quotation marks balance in and
// around a citation. A slip here is a typo, not a house style.

extension CheckContext {
    /// The citation with its parentheticals: from its start to the end of the last one.
    func extent(_ c: Citation) -> Span {
        return Span(c.span.start, max(c.span.end, c.parentheticals.map(\.span.end).max() ?? 0))
    }
}

/// R1.5 (mechanics): every "(" of a citation and its parentheticals is closed,
/// and no ")" follows the citation without an opening one before it.
struct BalancedParenthesesRule: BluebookRule {
    let rule = "R1.5"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        var out: [Check] = []
        for p in c.parentheticals where Self.neverCloses(p.span.start, ctx) {
            out.append(ctx.finding(i, rule, .deviation, "unbalanced parenthesis: the parenthetical '(\(p.text.prefix(30))…' is never closed"))
            return out
        }
        // a ")" in the citation without its "(" (an unclosed "(" may be New York's
        // style of wrapping the whole cite, which the span cuts)
        if Self.depth(ctx.bytes(c.span)).min < 0 {
            out.append(ctx.finding(i, rule, .deviation, "unbalanced parenthesis: a ')' in the citation has no '('"))
            return out
        }
        // a stray ")" right after a citation that stands in no parenthetical (same line)
        let e = ctx.extent(c)
        var k = e.end
        while let b = ctx.byte(k), b == 0x20 || b == 0x09 { k += 1 }
        // (New York wraps the whole cite in parentheses: a "(" inside the extent is closed by it)
        if c.nestedIn == nil, ctx.byte(k) == 0x29, Self.depth(ctx.bytes(e)).final <= 0, !Self.opensBefore(e.start, ctx) {
            out.append(ctx.finding(i, rule, .deviation, "unbalanced parenthesis: a ')' follows the citation with no '(' before it",
                                   fix: Span(k, k + 1), replacement: ""))
        }
        return out
    }

    /// Depth at the end and lowest depth reached, counting "(" and ")".
    static func depth(_ b: ArraySlice<UInt8>) -> (final: Int, min: Int) {
        var d = 0, low = 0
        for x in b {
            if x == 0x28 { d += 1 } else if x == 0x29 { d -= 1; low = Swift.min(low, d) }
        }
        return (d, low)
    }

    /// The parenthetical opened at `open` as far as its real closing parenthesis
    /// (quotation-aware, see `neverCloses`); the parser's span when there is none.
    static func fullSpan(_ p: Parenthetical, _ ctx: CheckContext) -> Span {
        guard ctx.byte(p.span.start) == 0x28 else { return p.span }
        var d = 0, quoted = false
        var k = p.span.start
        let end = min(ctx.text.count, p.span.start + 3000)
        while k < end {
            let b = ctx.text[k]
            if b == 0x22 { quoted.toggle() }
            else if b == 0x28 { d += 1 }
            else if b == 0x29 { d -= 1; if d == 0 { return Span(p.span.start, k + 1) } }
            k += 1
        }
        return p.span
    }

    /// Whether the parenthesis opened at `open` is never closed: reading on, the
    /// text ends a sentence (")." or ");" outside any quotation) while it is
    /// still open. Undecided (false) when neither happens within 3000 bytes.
    static func neverCloses(_ open: Int, _ ctx: CheckContext) -> Bool {
        guard ctx.byte(open) == 0x28 else { return false }
        var d = 0, quoted = false
        var k = open
        let end = min(ctx.text.count, open + 3000)
        while k < end {
            let b = ctx.text[k]
            if b == 0x22 { quoted.toggle() }
            else if b == 0xE2, ctx.byte(k + 1) == 0x80, let c = ctx.byte(k + 2) {
                if c == 0x9C { quoted = true } else if c == 0x9D { quoted = false }
            } else if b == 0x28 { d += 1 }
            else if b == 0x29 {
                d -= 1
                if d == 0 { return false }
                if !quoted, let n = ctx.byte(k + 1), n == 0x2E || n == 0x3B,
                   ctx.byte(k + 2).map(TextScan.isSpace) ?? true { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether an unclosed "(" stands in the text before `s` (looking back at most 3000 bytes).
    static func opensBefore(_ s: Int, _ ctx: CheckContext) -> Bool {
        var d = 0
        var k = s - 1
        let stop = max(0, s - 3000)
        while k >= stop {
            if let b = ctx.byte(k) {
                if b == 0x29 { d += 1 } else if b == 0x28 { if d == 0 { return true }; d -= 1 }
            }
            k -= 1
        }
        return false
    }
}

/// R5.2 (mechanics): square brackets of alterations open and close in turn ("[T]he", not "[T[he").
struct BalancedBracketsRule: BluebookRule {
    let rule = "R5.2"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let e = ctx.extent(c)
        var open: Int? = nil
        var k = e.start
        while k < e.end, let b = ctx.byte(k) {
            if b == 0x5B {
                if open != nil {
                    return [ctx.finding(i, rule, .deviation, "unbalanced brackets: a '[' opens before the previous one is closed",
                                        fix: Span(k, k + 1), replacement: "]")]
                }
                open = k
            } else if b == 0x5D {
                if open == nil { return [ctx.finding(i, rule, .deviation, "unbalanced brackets: a ']' has no '['")] }
                open = nil
            }
            k += 1
        }
        return open == nil ? [] : [ctx.finding(i, rule, .deviation, "unbalanced brackets: a '[' is never closed")]
    }
}

/// R5.1 (mechanics): quotation marks in a parenthetical are closed — “…” and,
/// inside them, ‘…’ (a ’ between letters is an apostrophe, not a close).
struct BalancedQuotesRule: BluebookRule {
    let rule = "R5.1"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        for p in c.parentheticals {
            let full = BalancedParenthesesRule.fullSpan(p, ctx)
            // most parentheticals quote nothing: no '"' and no curly quote (E2 80 xx) byte
            guard ctx.bytes(full).contains(where: { $0 == 0x22 || $0 == 0xE2 }) else { continue }
            let s = Array(ctx.string(full).unicodeScalars)
            var doubleOpen = 0, doubleClose = 0, singleOpen = 0, singleClose = 0, straight = 0
            for (k, u) in s.enumerated() {
                switch u {
                case "\u{201C}": doubleOpen += 1
                case "\u{201D}": doubleClose += 1
                case "\u{2018}": singleOpen += 1
                case "\u{2019}":
                    let next = k + 1 < s.count ? s[k + 1] : " "
                    if !next.properties.isAlphabetic { singleClose += 1 }
                case "\"": straight += 1
                default: break
                }
            }
            if straight > 0 && doubleOpen + doubleClose > 0 { continue }   // mixed straight and curly: the source's typography, undecidable
            if doubleOpen != doubleClose {
                return [ctx.finding(i, rule, .deviation, "unbalanced quotation marks in the parenthetical: \(doubleOpen) “ but \(doubleClose) ”")]
            }
            if singleOpen > singleClose {
                return [ctx.finding(i, rule, .deviation, "unbalanced quotation marks: an inner quotation opened with ‘ is never closed")]
            }
            if straight % 2 == 1 {
                return [ctx.finding(i, rule, .deviation, "unbalanced quotation marks: an odd number of \" in the parenthetical")]
            }
        }
        return []
    }
}
