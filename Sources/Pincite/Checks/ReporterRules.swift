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
        return [ctx.finding(i, rule, .info, "'\(written)' is closed up; T1 spaces it '\(canonical)' (allowed by the Bluepages; --strict reports it)",
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

/// R3.2(a): a pincite is a page of the cited case, so it cannot come before its first page.
struct PincitePageRule: BluebookRule {
    let rule = "R3.2(a)"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let p = c.page.flatMap({ Int($0) }), let pin = c.pincite, let first = Int(pin.prefix { $0.isNumber }), first < p,
              !pin.hasPrefix("*") else { return [] }
        return [ctx.finding(i, rule, .warning, "pincite \(first) comes before the first page \(p)")]
    }
}
