// Case names: the party-form rules of R10.2.1 and R10.2.2.

/// R10.2.2: the United States as a party is written out in full — never
/// "U.S.", "US" or "U.S.A." — though "U.S." may begin a longer party name
/// ("U.S. Bank Nat'l Ass'n"), where it is an adjective.
struct UnitedStatesRule: BluebookRule {
    let rule = "R10.2.2"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]
    static let abbreviated: Set<String> = ["U.S.", "US", "U.S.A.", "USA", "U. S.", "United States of America"]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        ctx.parties(c).compactMap { p in
            guard Self.abbreviated.contains(p.text) else { return nil }
            let pattern = p.isPlaintiff ? p.text + " v." : "v. " + p.text
            let at = ctx.locateInName(pattern, c).map { Span(p.isPlaintiff ? $0.start : $0.end - p.text.utf8.count, p.isPlaintiff ? $0.start + p.text.utf8.count : $0.end) }
            return ctx.finding(i, rule, .deviation, "the United States as a party is never abbreviated: '\(p.text)' → 'United States'",
                               fix: at, replacement: "United States")
        }
    }
}

/// R10.2.1: the parties are joined by "v." — not "vs.", "vs" or "V.".
struct VersusRule: BluebookRule {
    let rule = "R10.2.1"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.historyOf == nil, let n = c.caseName, let p = n.plaintiff, n.defendant != nil, Self.mayHaveVs(c.span, ctx.text) else { return [] }
        for form in [" vs. ", " vs ", " V. ", " Vs. "] {
            if let at = ctx.locate(p + form, in: c.span) {
                let fix = Span(at.start + p.utf8.count + 1, at.end - 1)
                return [ctx.finding(i, rule, .deviation, "the parties are joined by 'v.', not '\(form.trimmingCharacters(in: .whitespaces))'",
                                    fix: fix, replacement: "v.")]
            }
        }
        return []
    }

    /// Whether the span has a "vs"/"Vs"/"V." after a space at all: the name-anchored
    /// search above builds a string per form, and nearly every case reads "v.".
    static func mayHaveVs(_ s: Span, _ text: [UInt8]) -> Bool {
        var k = max(0, s.start), e = min(text.count, s.end) - 2
        while k < e {
            if TextScan.isSpace(text[k]) {
                let v = text[k + 1], x = text[k + 2]
                if (v == 0x76 || v == 0x56) && (x == 0x73 || x == 0x2E) && !(v == 0x76 && x == 0x2E) { return true }
            }
            k += 1
        }
        return false
    }
}

/// R10.2.1(b), (c): procedural phrases take the form "In re" ("Matter of" and
/// "In the Matter of" become "In re"), and a leading "The" is dropped from a party.
/// A short form that repeats a miscapitalised "Ex Parte" ("Ex Parte Young, 209 U.S. at
/// 157") is held to the same form; "Matter of", the house style of the BIA and New York,
/// is reported once, on the full cite.
struct ProceduralPhraseRule: BluebookRule {
    let rule = "R10.2.1(b)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let leading = Self.leadingThe(i, c, ctx)
        guard let proc = c.caseName?.procedural else { return leading }
        let lower = TextCase.lowercased(proc)
        let form: String
        if c.kind == .fullCase, ["matter of", "in the matter of", "in matter of"].contains(lower) {
            form = "In re"
        } else if lower == "ex parte", proc != "Ex parte" {
            form = "Ex parte"   // "Ex parte" keeps a lower-case "parte" ("Ex Parte Young" → "Ex parte Young")
        } else {
            return leading
        }
        // a short form may carry its full cite's phrase without writing it ("Young, 209 U.S. at 157")
        let at = ctx.locate(proc, in: c.span)
        if c.kind == .shortCase, at == nil { return [] }
        return [ctx.finding(i, rule, .deviation, "'\(proc)' is written '\(form)'", fix: at, replacement: form)] + leading
    }

    /// R10.2.1(c): a full cite's party does not begin with "The".
    static func leadingThe(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        var out: [Check] = []
        if c.kind == .fullCase, ctx.abbreviationsApply(c) {
            for p in ctx.parties(c) where p.text.hasPrefix("The ") && p.text.count > 8 {
                let at = ctx.locate(p.text, in: c.span)
                out.append(ctx.finding(i, "R10.2.1(c)", .deviation, "a party name does not begin with 'The'",
                                       fix: at.map { Span($0.start, $0.start + 4) }, replacement: ""))
            }
        }
        return out
    }
}

/// R10.2.1(a): only the first-listed party on each side is named; "et al."
/// and the other parties are dropped.
struct FirstPartyRule: BluebookRule {
    let rule = "R10.2.1(a)"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard ctx.parties(c).contains(where: { $0.text.hasSuffix("et al.") || TextScan.has($0.text, " et al.") || TextScan.has($0.text, ", et al") }) else { return [] }
        let at = ctx.locate(", et al.", in: c.span) ?? ctx.locate(" et al.", in: c.span)
        return [ctx.finding(i, rule, .deviation, "name only the first party on each side: drop 'et al.'", fix: at, replacement: "")]
    }
}
