// Introductory signals (R1.2, R1.3; B1.2). Italics are out of scope.

/// R1.2: signals are spelled as the rule lists them — "See, e.g.," with both
/// commas, "E.g.,", "Cf." with its period, "See also" and "But see" with a
/// lower-case second word. The 21st edition has no "Contrast" (22nd ed. R1.2).
struct SignalFormRule: BluebookRule {
    let rule = "R1.2"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let signal = c.signal, !c.continuesString || c.signal != nil,
              let at = TextScan.findLast(signal, in: ctx.text, from: max(0, c.span.start - signal.utf8.count - 40), to: c.span.start)
        else { return [] }
        var out: [Check] = []
        let lower = TextCase.lowercased(signal)
        // "See e.g.," read as the signal "e.g." after a stray "See"
        if lower.hasPrefix("e.g"), at.start >= 4, ["See ", "see "].contains(String(decoding: ctx.bytes(Span(at.start - 4, at.start)), as: UTF8.self)) {
            out.append(ctx.finding(i, rule, .deviation, "'See e.g.' takes a comma after 'See'", fix: Span(at.start - 1, at.start - 1), replacement: ","))
        }
        if lower.hasSuffix("e.g.") || lower.hasSuffix("e.g") {
            if lower.hasPrefix("see e.g") || lower.hasPrefix("but see e.g") {
                out.append(ctx.finding(i, rule, .deviation, "'\(signal)' takes a comma before 'e.g.'",
                                       fix: Span(at.start + (lower.hasPrefix("but") ? 7 : 3), at.start + (lower.hasPrefix("but") ? 7 : 3)),
                                       replacement: ","))
            }
            var k = at.end
            if ctx.byte(k) == 0x2E { k += 1 }
            if ctx.byte(k) != 0x2C {
                out.append(ctx.finding(i, rule, .deviation, "'e.g.' in a signal is followed by a comma", fix: Span(k, k), replacement: ","))
            }
        }
        if lower == "cf", ctx.byte(at.end) != 0x2E {
            out.append(ctx.finding(i, rule, .deviation, "'Cf.' has a period", fix: Span(at.end, at.end), replacement: "."))
        }
        let words = signal.split(separator: " ")
        if words.count > 1, words.dropFirst().contains(where: { $0.first?.isUppercase ?? false }), words.first?.first?.isUppercase ?? false {
            let fixed = String(words[0]) + " " + words.dropFirst().map { TextCase.lowercased(String($0)) }.joined(separator: " ")
            out.append(ctx.finding(i, rule, .deviation, "only the first word of a signal is capitalised: '\(fixed)'", fix: at, replacement: fixed))
        }
        if lower == "contrast", ctx.options.edition == .twentyFirst {
            out.append(ctx.finding(i, rule, .warning, "'Contrast' is a signal only from the 22nd edition; the 21st uses 'Compare … with …'"))
        }
        if c.continuesString, let f = signal.unicodeScalars.first, f.properties.isUppercase, precededBySemicolon(at.start, ctx) {
            let fixed = TextCase.lowercased(String(signal.prefix(1))) + signal.dropFirst()
            out.append(ctx.finding(i, rule, .deviation, "a signal after a semicolon is lower case: '\(fixed)'", fix: at, replacement: fixed))
        }
        return out
    }

    func precededBySemicolon(_ s: Int, _ ctx: CheckContext) -> Bool {
        var k = s - 1
        while let b = ctx.byte(k), TextScan.isSpace(b) { k -= 1 }
        return ctx.byte(k) == 0x3B
    }
}
