// Reporters (R6.1(a), T1, R10.3): spelling, edition against year, reporter
// against court, and the first page against the pincite.

/// R6.1(a) / T1: reporter abbreviations close up adjacent single capitals and
/// space everything else ("F. Supp. 2d", "F.3d", "S. Ct."). The Bluepages let
/// practitioners close up ("F.Supp.2d"), so in the tolerant mode that is only
/// info — unless the same document also spaces the reporter correctly.
struct ReporterSpacingRule: BluebookRule {
    let rule = "R6.1(a)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let written = c.reporterAsWritten, let canonical = c.reporter,
              TextScan.straight(written) != TextScan.straight(canonical) else { return [] }
        let at = ctx.locate(written, in: c.span)
        let spacingOnly = ReferenceTables.courtKey(written) == ReferenceTables.courtKey(canonical)
        guard spacingOnly else {
            return [ctx.finding(i, rule, .deviation, "T1 abbreviates this reporter '\(canonical)', not '\(written)'", fix: at, replacement: canonical)]
        }
        if ctx.options.strict {
            return [ctx.finding(i, rule, .deviation, "reporter spacing: '\(written)' → '\(canonical)' (T1)", fix: at, replacement: canonical)]
        }
        if ctx.facts.canonicalReporters.contains(canonical) {
            return [ctx.finding(i, rule, .deviation,
                "reporter spacing: '\(written)' → '\(canonical)' (T1); the Bluepages allow closing up, but this document spaces '\(canonical)' elsewhere",
                fix: at, replacement: canonical)]
        }
        // (the message says which way the written form differs: "F.Supp.2d" is closed up, "F. 3d"
        // spaced; otherwise it differs in its periods, as New York's "AD3d" or "F 4th")
        let (ws, cs) = (written.filter { $0 == " " }.count, canonical.filter { $0 == " " }.count)
        let how = ws > cs ? "is spaced; T1 closes it up as" : ws < cs ? "is closed up; T1 spaces it" : "differs in its periods from T1's"
        return [ctx.finding(i, rule, .info, "'\(written)' \(how) '\(canonical)' (allowed by the Bluepages; --strict reports it)",
                            fix: at, replacement: canonical)]
    }
}

/// T1: a reporter edition covers certain years; a cite dated outside them
/// (with a year's slack) names the wrong series, e.g. F.4th before 2021.
struct EditionYearRule: BluebookRule {
    let rule = "T1"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let r = c.reporter, let y = c.year, let span = ctx.tables.editionYears[r] else { return [] }
        if let s = span.start, y < s - 1 {
            return [ctx.finding(i, rule, .warning, "'\(r)' begins in \(s), but the cite is dated \(y): check the reporter series or the year")]
        }
        if let e = span.end, y > e + 1 {
            return [ctx.finding(i, rule, .warning, "'\(r)' ends in \(e), but the cite is dated \(y): check the reporter series or the year")]
        }
        return []
    }
}

/// T1: the reporter fits the court — F., F.2d, F.3d, F.4th print the courts of
/// appeals; F. Supp. and F.R.D. the district courts.
struct ReporterCourtRule: BluebookRule {
    let rule = "T1"
    let kinds: Set<CitationKind> = [.fullCase]
    static let circuitReporters: Set<String> = ["F.", "F.2d", "F.3d", "F.4th"]
    static let districtReporters: Set<String> = ["F. Supp.", "F. Supp. 2d", "F. Supp. 3d", "F.R.D."]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let r = c.reporter, let court = c.court else { return [] }
        let level = ctx.tables.courtLevels[TextScan.straight(court)]
        if Self.circuitReporters.contains(r), level == "trial" {
            return [ctx.finding(i, rule, .warning, "'\(r)' reports the courts of appeals, but the court is '\(court)'")]
        }
        if Self.districtReporters.contains(r), court.hasSuffix("Cir."), !TextScan.has(court, "Bankr"), !TextScan.has(court, "B.A.P") {
            return [ctx.finding(i, rule, .warning, "'\(r)' reports the district courts, but the court is '\(court)'")]
        }
        return []
    }
}

/// R3.2(a): a pincite is a page of the cited case, so it cannot come before its
/// first page, nor lie more pages after it than any opinion runs to. Short forms are
/// measured against the full cite they refer to. A pincite far past the first page is
/// often a span whose dash was lost ("568 U.S. 398, 41114" for "411–14").
struct PincitePageRule: BluebookRule {
    let rule = "R3.2(a)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]
    /// More pages than a reported opinion runs to (the longest run to a few hundred).
    static let longestOpinion = 500

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let pin = c.pincite, !pin.hasPrefix("*") else { return [] }
        let digits = Array(pin.utf8.prefix(while: TextScan.isDigit))
        guard !digits.isEmpty, digits.count <= 9, let p = Self.firstPage(i, c, ctx) else { return [] }
        let n = LostDash.number(digits)
        if n < p {
            return [ctx.finding(i, rule, .warning, "pincite \(n) comes before the first page \(p)")]
        }
        guard n > p + Self.longestOpinion else { return [] }
        if let k = LostDash.split(digits, atLeast: p, atMost: p + Self.longestOpinion) {
            let at = TextScan.findLast(String(decoding: digits, as: UTF8.self), in: ctx.text, from: c.span.start, to: c.span.end)
            return [ctx.finding(i, rule, .warning,
                                "pincite \(n) is no page of a case that begins at page \(p); a page span whose dash was lost ('\(LostDash.spelled(digits, at: k))')?",
                                fix: at.map { Span($0.start + k, $0.start + k) }, replacement: "–")]
        }
        return [ctx.finding(i, rule, .warning, "pincite \(n) lies \(n - p) pages after the first page \(p); no opinion runs that long")]
    }

    /// The first page of the case `c` cites: its own, or for a short form that of the
    /// full cite it refers to in the same volume and reporter (or of that cite's parallel).
    static func firstPage(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> Int? {
        if c.kind == .fullCase { return c.page.flatMap { Int($0) } }
        guard let a = c.antecedent, a < ctx.citations.count, c.caseName != nil, let v = c.volume else { return nil }
        for j in [a] + ctx.citations[a].parallel where j < ctx.citations.count {
            let f = ctx.citations[j]
            // a short form that lost its reporter ("Driehaus, 573 at 164") matches on the volume
            if f.kind == .fullCase, f.volume == v, c.reporter == nil || f.reporter == c.reporter { return f.page.flatMap { Int($0) } }
        }
        return nil
    }
}
