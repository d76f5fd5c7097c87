// The court and date parenthetical (R10.4, R10.5, T7, T12, B10.1.3).

/// T7 (with T10): the court is abbreviated as the tables give it —
/// "S.D.N.Y." (not "S.D.N.Y" or "SDNY"), "2d Cir." (not "2nd Cir."),
/// "M.D. Pa." (not "M.D. Penn."). Forms come from Juris-M's Bluebook-style list.
struct CourtAbbreviationRule: BluebookRule {
    let rule = "T7"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let court = c.court else { return [] }
        let straight = TextScan.straight(court)
        guard ctx.tables.courtLevels[straight] == nil, let form = ctx.tables.courtForms[CheckTables.courtKey(straight)],
              form != straight else { return [] }
        let at = TextScan.findLast(court, in: ctx.text, from: c.span.start, to: c.span.end)
        return [ctx.finding(i, rule, .deviation, "the court is abbreviated '\(form)', not '\(court)'", fix: at, replacement: form)]
    }
}

/// R6.1(a) / R10.4: the court and the date are separate words in the
/// parenthetical: "(Mo. App. 1962)", not "(Mo. App.1962)". A court closed up itself
/// ("(D.C.1992)"), or a document that never spaces court and year ("(7th Cir.2001)"
/// throughout), follows its publisher's rendering: info, like closed-up reporters.
/// A spaced court glued to its year in a document that spaces them elsewhere slipped.
struct CourtYearSpacingRule: BluebookRule {
    let rule = "R6.1(a)"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let court = c.court, c.year != nil, court.hasSuffix("."),
              let at = TextScan.findLast(court, in: ctx.text, from: c.span.start, to: c.span.end),
              let next = ctx.byte(at.end), next >= 0x30, next <= 0x39 else { return [] }
        let severity: Severity = ctx.facts.spacesCourtAndDate && court.utf8.contains(0x20) ? .deviation : .info
        return [ctx.finding(i, rule, severity, "a space separates the court '\(court)' from the date",
                            fix: Span(at.end, at.end), replacement: " ")]
    }
}

/// B10.1.3 / R10.4(a): a Supreme Court case cited to U.S., S. Ct. or L. Ed.
/// names no court in its parenthetical — the reporter says it.
struct SupremeCourtParentheticalRule: BluebookRule {
    let rule = "R10.4(a)"
    let kinds: Set<CitationKind> = [.fullCase]
    static let reporters: Set<String> = ["U.S.", "S. Ct.", "L. Ed.", "L. Ed. 2d"]
    static let courtKeys: Set<String> = ["us", "sct", "scotus", "ussupct", "supct", "ussct"]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let r = c.reporter, Self.reporters.contains(r), let court = c.court,
              Self.courtKeys.contains(ReferenceTables.courtKey(court)) else { return [] }
        var at = TextScan.findLast(court, in: ctx.text, from: c.span.start, to: c.span.end)
        if let a = at, ctx.byte(a.end) == 0x20 { at = Span(a.start, a.end + 1) }
        return [ctx.finding(i, rule, .deviation, "a Supreme Court case cited to '\(r)' names no court: drop '\(court)'", fix: at, replacement: "")]
    }
}

/// R10.4: the parenthetical names the court unless the reporter implies it.
/// A federal or regional reporter does not, and without a court in the text
/// the court cannot be recovered: the verdict is ambiguous.
struct MissingCourtRule: BluebookRule {
    let rule = "R10.4"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.court == nil, c.year != nil, c.parallel.isEmpty, !ctx.facts.parallelMembers.contains(i), let r = c.reporter,
              !SupremeCourtParentheticalRule.reporters.contains(r) else { return [] }
        // "195 Ga. App. 493, 494(2), 393 S.E.2d 750 (1990)": a parallel cite the parser did not link;
        // the official reporter right before it implies the court
        if i > 0, ctx.citations[i - 1].kind == .fullCase, ctx.citations[i - 1].year == nil,
           c.span.start - ctx.citations[i - 1].span.end <= 16,
           !ctx.bytes(Span(ctx.citations[i - 1].span.end, c.span.start)).contains(where: { $0 == 0x2E || $0 == 0x3B }) { return [] }
        let type = ctx.tables.reporterTypes[r] ?? ""
        let database = c.isDatabaseCite
        guard type == "federal" || type == "state_regional" || database else { return [] }
        return [ctx.finding(i, rule, .ambiguous, "the parenthetical names no court and '\(r)' does not imply one; the court cannot be recovered from the text")]
    }
}

/// T12: months in dates are abbreviated Jan. Feb. Mar. Apr. May June July Aug.
/// Sept. Oct. Nov. Dec. — "Feb" needs its period; "Jun." and "January" are wrong.
struct MonthRule: BluebookRule {
    let rule = "T12"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let dt = c.dateText, let word = dt.split(separator: " ").first else { return [] }
        let w = String(word)
        guard let m = ctx.tables.months[ReferenceTables.monthKey(w)], m.form != w else { return [] }
        let at = TextScan.findLast(w + " ", in: ctx.text, from: c.span.start, to: c.span.end).map { Span($0.start, $0.end - 1) }
        return [ctx.finding(i, rule, .deviation, "the month is written '\(m.form)', not '\(w)'", fix: at, replacement: m.form)]
    }
}

/// R10.5 / R10.8.1(a): a Westlaw or Lexis cite, or a case cited by docket number
/// alone (a slip opinion), carries the exact date of decision ("Mar. 2, 1998"),
/// not only the year.
struct DatabaseDateRule: BluebookRule {
    let rule = "R10.8.1(a)"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        // `date` is an ISO day ("2017-06-21") only when the parenthetical gives one
        guard c.isDatabaseCite || (c.reporter == nil && c.docket != nil), c.year != nil, (c.date?.utf8.count ?? 0) < 10 else { return [] }
        let what = c.isDatabaseCite ? "a database cite" : "a case cited by docket number"
        return [ctx.finding(i, rule, .deviation, "\(what) gives the full date of decision (Mon. D, YYYY), not only the year")]
    }
}

extension Citation {
    /// A Westlaw or Lexis cite ("2017 WL 3972461", "2021 U.S. Dist. LEXIS 12345").
    var isDatabaseCite: Bool { reporter == "WL" || (reporter.map { TextScan.has($0, "LEXIS") } ?? false) }
}
