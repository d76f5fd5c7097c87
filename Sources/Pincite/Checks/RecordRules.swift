// Record and court-document cites (B17, T16 "No."/"Nos.", R3.3).

/// T16 / B17.1.4: several docket entries take "Nos." ("ECF Nos. 31-9, 31-10";
/// "ECF Nos. 43–51"); a hyphen inside a number ("31-9") is an exhibit, not a range.
struct EcfNumbersRule: BluebookRule {
    let rule = "T16"
    let kinds: Set<CitationKind> = [.record]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let t = ctx.string(c.span)
        guard let r = t.firstRange(of: " No. ") else { return [] }
        // the entries only, not the pin or the paper's name after them ("ECF No. 1 (Compl.), ¶¶ 31–43")
        var rest = t[r.upperBound...]
        for stop in [" (", " at ", " ¶", ", ¶", ", p. ", ", pp. "] {
            if let cut = rest.firstRange(of: stop) { rest = rest[..<cut.lowerBound] }
        }
        let several = TextScan.has(rest, ", ") && rest.split(separator: ",").dropFirst().contains { $0.drop { $0 == " " }.first?.isNumber ?? false }
            || TextScan.has(rest, "\u{2013}") || TextScan.has(rest, " and ")
        guard several, let at = TextScan.find("No.", in: ctx.text, from: c.span.start, to: c.span.end) else { return [] }
        return [ctx.finding(i, rule, .deviation, "several docket entries take 'Nos.' (B17)", fix: Span(at.start + 2, at.start + 2), replacement: "s")]
    }
}

/// B17.1.4: docket entries are cited "ECF No. 10"; "Dkt. 10", "Doc. 10" and
/// "Docket No. 10" are local practice, reported as info only.
struct DocketEntryFormRule: BluebookRule {
    let rule = "B17"
    let kinds: Set<CitationKind> = [.record]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let head = ctx.bytes(Span(c.span.start, c.span.start + 10))
        for form in ["Dkt.", "Doc.", "Docket No."] where head.starts(with: Array(form.utf8)) {
            return [ctx.finding(i, rule, .info, "the Bluepages cite docket entries as 'ECF No. …'; '\(form)' is local practice")]
        }
        return []
    }
}

/// R6.2(c) / R3.3(b): "¶" is followed by a space ("¶ 12"), and several
/// paragraphs take "¶¶" ("¶¶ 12–14").
struct ParagraphSymbolRule: BluebookRule {
    let rule = "R6.2(c)"
    let kinds: Set<CitationKind> = [.record, .internal, .id, .statute, .regulation, .fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let b = Array(ctx.bytes(c.span))
        var out: [Check] = []
        for sym in TextScan.symbols(0xB6, in: b) {
            let e = sym.end
            if e < b.count, TextScan.isDigit(b[e]) {
                out.append(ctx.finding(i, rule, .deviation, "a space follows '¶'", fix: Span(c.span.start + e, c.span.start + e), replacement: " "))
            }
            if sym.double {
                if let finding = Self.doubleSymbolProblem(i, c, ctx, bytes: b, after: e, symbolStart: sym.start) { out.append(finding) }
                continue
            }
            var n = e
            while n < b.count, TextScan.isSpace(b[n]) { n += 1 }
            while n < b.count, TextScan.isDigit(b[n]) { n += 1 }
            // "¶ 12–14" or "¶ 12, 14": several paragraphs
            if n + 2 < b.count, (b[n] == 0xE2 && b[n + 1] == 0x80 && b[n + 2] == 0x93) || (b[n] == 0x2C && b[n + 1] == 0x20 && TextScan.isDigit(b[n + 2])) {
                out.append(ctx.finding(i, "R3.3(b)", .deviation, "several paragraphs take '¶¶'",
                                       fix: Span(c.span.start + sym.start + 2, c.span.start + sym.start + 2), replacement: "¶"))
            }
        }
        return out
    }
}

extension ParagraphSymbolRule {
    /// "¶¶" before a single number ("Id. ¶¶ 1520"), or before a list whose number breaks
    /// its order ("Compl. ¶¶ 7283, 86-89"): a span whose dash was lost when the number
    /// reads as one (R3.2(a)), else a single paragraph under a plural symbol (R3.3(b)).
    /// `after` is the offset in `bytes` (the citation's) just past the symbol.
    static func doubleSymbolProblem(_ i: Int, _ c: Citation, _ ctx: CheckContext, bytes b: [UInt8], after: Int, symbolStart: Int) -> Check? {
        var k = after
        while k < b.count, TextScan.isSpace(b[k]) { k += 1 }
        let first = k
        while k < b.count, TextScan.isDigit(b[k]) { k += 1 }
        guard k > first else { return nil }
        let digits = Array(b[first..<k])
        // what follows the number: the next number of a list, or nothing that continues it
        var n = k
        var continues = false
        var next: Int? = nil
        if n < b.count, b[n] == 0x2D || b[n] == 0xE2 || b[n] == 0x2F { continues = true }   // "15-20", "15–20", "¶¶ 3/4"
        if n + 1 < b.count, b[n] == 0x2C || b[n] == 0x3B {
            n += 1
            while n < b.count, TextScan.isSpace(b[n]) { n += 1 }
            let s = n
            while n < b.count, TextScan.isDigit(b[n]) { n += 1 }
            if n > s { continues = true; next = LostDash.number(b[s..<n]) }
        }
        if let and = TextScan.find(" and ", in: b, from: k, to: min(b.count, k + 6)) ?? TextScan.find(" & ", in: b, from: k, to: min(b.count, k + 4)),
           and.start == k { continues = true }
        if n == k, k < b.count, b[k] == 0x28 { return nil }   // "¶¶ 12(a)" names subparagraphs
        let at = c.span.start + first
        if digits.count >= 4 || next != nil,
           let split = LostDash.split(digits, atLeast: 1, atMost: next ?? Int.max) {
            guard !continues || next != nil, next.map({ LostDash.number(digits) > $0 }) ?? true else { return nil }
            return ctx.finding(i, "R3.2(a)", .warning,
                               "'¶¶ \(String(decoding: digits, as: UTF8.self))' reads as a span whose dash was lost ('¶¶ \(LostDash.spelled(digits, at: split))')?",
                               fix: Span(at + split, at + split), replacement: "–")
        }
        guard !continues else { return nil }
        return ctx.finding(i, "R3.3(b)", .deviation, "one paragraph takes a single '¶'",
                           fix: Span(c.span.start + symbolStart + 2, c.span.start + after), replacement: "")
    }
}

/// B17.1: a court document's page follows its name without a comma
/// ("Pl.’s Objs. at 1", not "Pl.’s Objs., at 1").
struct RecordCommaRule: BluebookRule {
    let rule = "B17"
    let kinds: Set<CitationKind> = [.internal, .record]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        // "ante, at 197" is the reporters' own form for an earlier page, not a document's name
        guard c.title != "ante", c.title != "post",
              let at = TextScan.find(", at ", in: ctx.text, from: c.span.start, to: c.span.end),
              let d = ctx.byte(at.end), TextScan.isDigit(d) else { return [] }
        return [ctx.finding(i, rule, .deviation, "no comma between a document's name and its page ('… at \(Character(UnicodeScalar(d))))",
                            fix: Span(at.start, at.start + 1), replacement: "")]
    }
}

/// R4.2(b) (consistency): once a document defines a short name for a filing
/// ("Defs.’ Opp’n"), later cites use exactly that name.
struct DefinedNameRule: BluebookRule {
    let rule = "R4.2(b)"
    let kinds: Set<CitationKind> = [.internal]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.definedName == nil, let title = c.title, let defined = ctx.facts.definedNames[DocumentFacts.key(title)],
              defined != title, TextScan.straight(defined) != TextScan.straight(title) else { return [] }
        return [ctx.finding(i, rule, .deviation, "the document defines this filing as '\(defined)', but cites it as '\(title)'",
                            fix: ctx.locate(title, in: c.span), replacement: defined)]
    }
}
