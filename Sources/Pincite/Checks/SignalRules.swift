// Introductory signals (R1.2, R1.3; B1.2). Italics are out of scope.

/// R1.2: signals are spelled as the rule lists them — "See, e.g.," with both
/// commas, "E.g.,", "Cf." with its period, "See also" and "But see" with a
/// lower-case second word; a signal is capitalised where it begins a citation
/// sentence and lower case after a semicolon; "Compare A, with B" has a comma
/// before "with". The 21st edition has no "Contrast" (22nd ed. R1.2).
struct SignalFormRule: BluebookRule {
    let rule = "R1.2"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        if c.signal == nil { return compareWithoutComma(i, c, ctx) }
        guard let signal = c.signal,
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
        if lower == "with", let k = previousByte(at.start, ctx), ctx.byte(k) != 0x2C {
            out.append(ctx.finding(i, rule, .deviation, "'Compare …, with …' has a comma before 'with'", fix: Span(k + 1, k + 1), replacement: ","))
        }
        // "… (2d Cir. 2010). see also …": a new citation sentence begins with a capital
        if let f = signal.unicodeScalars.first, f.properties.isLowercase, lower != "with", lower != "and",
           let k = previousByte(at.start, ctx), ctx.byte(k) == 0x2E, let b = ctx.byte(k - 1), b == 0x29 || TextScan.isDigit(b) {
            let fixed = TextCase.uppercased(String(signal.prefix(1))) + signal.dropFirst()
            out.append(ctx.finding(i, rule, .deviation, "a signal beginning a citation sentence is capitalised: '\(fixed)'",
                                   fix: Span(at.start, at.start + 1), replacement: String(fixed.prefix(1))))
        }
        if c.continuesString, let f = signal.unicodeScalars.first, f.properties.isUppercase, precededBySemicolon(at.start, ctx) {
            let fixed = TextCase.lowercased(String(signal.prefix(1))) + signal.dropFirst()
            out.append(ctx.finding(i, rule, .deviation, "a signal after a semicolon is lower case: '\(fixed)'", fix: at, replacement: fixed))
        }
        return out
    }

    /// "Compare A (…) with B": without the comma the parser does not read "with"
    /// as a signal, so look for it before a cite that follows a "Compare" cite.
    func compareWithoutComma(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard i > 0, TextCase.lowercased(ctx.citations[i - 1].signal ?? "") == "compare",
              let w = TextScan.findLast("with", in: ctx.text, from: max(0, c.span.start - 6), to: c.span.start),
              let k = previousByte(w.start, ctx), ctx.byte(k) != 0x2C else { return [] }
        return [ctx.finding(i, rule, .deviation, "'Compare …, with …' has a comma before 'with'", fix: Span(k + 1, k + 1), replacement: ",")]
    }

    func precededBySemicolon(_ s: Int, _ ctx: CheckContext) -> Bool {
        previousByte(s, ctx).map { ctx.byte($0) == 0x3B } ?? false
    }

    /// The offset of the last non-space byte before `s`.
    func previousByte(_ s: Int, _ ctx: CheckContext) -> Int? {
        var k = s - 1
        while let b = ctx.byte(k), TextScan.isSpace(b) { k -= 1 }
        return k >= 0 ? k : nil
    }
}

/// R1.3: in a string of citations joined by semicolons, signals keep the order
/// of R1.2 — (no signal), E.g., Accord, See, See also, Cf., Compare … with,
/// Contra, But see, But cf., See generally ("See A; cf. B; see also C" puts
/// "see also" too late).
struct SignalOrderRule: BluebookRule {
    let rule = "R1.3"
    let kinds: Set<CitationKind> = Set(CitationKind.allCases)
    /// R1.2's order; "See, e.g." ranks with "See" (the e.g. combines with it).
    static let order = ["e.g.", "accord", "see", "see also", "cf.", "compare", "contra", "but see", "but cf.", "see generally"]

    static func rank(_ signal: String) -> Int? {
        var s = TextCase.lowercased(signal)
        for tail in [", e.g.,", ", e.g.", ", e.g"] where s.hasSuffix(tail) { s = String(s.dropLast(tail.utf8.count)) }
        if s == "e.g" || s == "e.g.," { s = "e.g." }
        if s == "cf" { s = "cf." }
        return order.firstIndex(of: s)
    }

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let previous = ctx.facts.chainSignal[i], let signal = c.signal,
              let r = Self.rank(signal), let p = Self.rank(previous), r < p else { return [] }
        return [ctx.finding(i, rule, .warning, "'\(signal)' comes before '\(previous)' in a string of citations")]
    }
}
