// Short forms: Id. (R4.1; B4.1.1), short case cites (R10.9; B10.2) and supra (R4.2).

/// R4.1: "Id." has a period; it is capitalised only where it begins a citation
/// sentence ("See id.", "; id."), and takes no comma before "at" ("Id. at 5",
/// not the Supreme Court's "Id., at 5").
struct IdFormRule: BluebookRule {
    let rule = "R4.1"
    let kinds: Set<CitationKind> = [.id]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let s = c.span.start
        guard let b0 = ctx.byte(s), let b1 = ctx.byte(s + 1), b0 | 0x20 == 0x69, b1 == 0x64 else { return [] }   // "id"
        var out: [Check] = []
        if ctx.byte(s + 2) != 0x2E {
            out.append(ctx.finding(i, rule, .deviation, "'\(b0 == 0x49 ? "Id" : "id")' needs its period",
                                   fix: Span(s + 2, s + 2), replacement: "."))
        } else if ctx.byte(s + 3) == 0x2C, let at = TextScan.find(", at", in: ctx.text, from: s + 3, to: s + 8) {
            out.append(ctx.finding(i, rule, .deviation, "no comma between 'Id.' and 'at'", fix: Span(at.start, at.start + 1), replacement: ""))
        }
        let capital = b0 == 0x49
        if capital, c.signal != nil {
            out.append(ctx.finding(i, rule, .deviation, "after a signal 'id.' is lower case", fix: Span(s, s + 1), replacement: "i"))
        } else if !capital, c.signal == nil, c.nestedIn == nil, startsSentence(s, ctx) {
            out.append(ctx.finding(i, rule, .deviation, "'Id.' beginning a citation sentence is capitalised", fix: Span(s, s + 1), replacement: "I"))
        }
        return out
    }

    /// Whether offset `s` begins a sentence: the text before it ends with a period, "?" or "!".
    func startsSentence(_ s: Int, _ ctx: CheckContext) -> Bool {
        var k = s - 1
        while let b = ctx.byte(k), TextScan.isSpace(b) { k -= 1 }
        guard k >= 0 else { return true }
        if ctx.byte(k) == 0x9D, ctx.byte(k - 3) == 0x2E { return true }   // .”
        return ctx.byte(k) == 0x2E || ctx.byte(k) == 0x3F || ctx.byte(k) == 0x21
    }
}

/// R4.1: "Id." refers to the immediately preceding authority only; after a
/// citation clause of several authorities it cannot say which one.
struct IdAntecedentRule: BluebookRule {
    let rule = "R4.1"
    let kinds: Set<CitationKind> = [.id]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let a = c.antecedent, a < ctx.citations.count,
              ctx.facts.clauseAuthorities[ctx.citations[a].clause, default: 0] > 1 else { return [] }
        return [ctx.finding(i, rule, .info, "Id. follows a citation clause with several authorities; which one it means is ambiguous")]
    }
}

/// R10.9 / B10.2: a short case cite points to a page ("Duling, 266 F.R.D. at 75") and
/// keeps its reporter ("Driehaus, 573 at 164" → "Driehaus, 573 U.S. at 164").
struct ShortCitePinciteRule: BluebookRule {
    let rule = "R10.9"
    let kinds: Set<CitationKind> = [.shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        if c.reporter == nil, let v = c.volume, c.caseName != nil {
            let full = c.antecedent.flatMap { $0 < ctx.citations.count ? ctx.citations[$0] : nil }
            let reporter = full.flatMap { $0.volume == v ? $0.reporter : nil }
            let at = TextScan.find(v + " at", in: ctx.text, from: c.span.start, to: c.span.end)
            return [ctx.finding(i, rule, .deviation, "a short cite keeps its reporter ('\(v) \(reporter ?? "[reporter]") at …')",
                                fix: reporter == nil ? nil : at.map { Span($0.start + v.utf8.count, $0.start + v.utf8.count) },
                                replacement: reporter.map { " " + $0 })]
        }
        // a bare "125 S. Ct. 834" is usually a parallel cite the parser could not attach; only named short cites count
        guard c.pincite == nil, c.volume != nil, c.reporter != nil, c.caseName != nil, c.parallel.isEmpty,
              !ctx.facts.parallelMembers.contains(i) else { return [] }
        return [ctx.finding(i, rule, .deviation, "a short cite gives a pincite ('at' and the page)")]
    }
}

/// R4.2(a) / B4.2: supra is not used for cases (nor statutes, constitutions,
/// regulations); a case takes its short form ("Duling, 266 F.R.D. at 75").
struct SupraRule: BluebookRule {
    let rule = "R4.2(a)"
    let kinds: Set<CitationKind> = [.supra]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let a = c.antecedent, a < ctx.citations.count, ctx.citations[a].kind == .fullCase else { return [] }
        let f = ctx.citations[a]
        var suggestion: String? = nil
        // R10.9(a): the first party's name, unless it is a government or a place ("State v.
        // Dyous, supra" → "Dyous, 307 Conn. at 303")
        let written = c.caseName ?? f.caseName
        let first = written?.plaintiff
        let short = first.flatMap { ctx.isGeographicUnit($0) ? nil : $0 } ?? written?.defendant ?? first
        if let name = short, let v = f.volume, let r = f.reporter {
            suggestion = "\(name), \(v) \(r) at \(c.pincite ?? f.pincite ?? f.page ?? "")"
        }
        return [ctx.finding(i, rule, .deviation, "supra is not used for cases; use the short case form", suggestion: suggestion)]
    }
}
