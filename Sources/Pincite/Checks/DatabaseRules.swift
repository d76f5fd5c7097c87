// Westlaw and Lexis cites (R10.8.1(a); B10.1.4).

/// R10.8.1(a): a database cite gives the docket number, introduced by "No."
/// ("No. 07-CV-3624 (JFB)"), before the database identifier.
struct DocketNumberRule: BluebookRule {
    let rule = "R10.8.1(a)"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.isDatabaseCite, c.historyOf == nil, c.nestedIn == nil || c.caseName != nil else { return [] }
        guard let docket = c.docket else {
            return c.caseName == nil ? [] : [ctx.finding(i, rule, .warning, "a database cite gives the case's docket number before the database identifier")]
        }
        if docket.hasPrefix("No.") || docket.hasPrefix("Nos.") { return [] }
        if TextScan.has(docket, "No.") {
            return [ctx.finding(i, rule, .info, "the docket number is introduced by 'No.' alone (house style: '\(docket.prefix(24))')")]
        }
        let at = ctx.locate(docket, in: c.span).map { Span($0.start, $0.start) }
        return [ctx.finding(i, rule, .deviation, "the docket number is introduced by 'No.': 'No. \(docket)'", fix: at, replacement: "No. ")]
    }
}

/// R10.8.1(a): a pincite to a database cite names the screen page with an
/// asterisk ("at *3", "at *3–4").
struct StarPageRule: BluebookRule {
    let rule = "R10.8.1(a)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.isDatabaseCite, let pin = c.pincite, let f = pin.unicodeScalars.first, f.properties.numericType != nil else { return [] }
        let at = TextScan.findLast("at " + pin, in: ctx.text, from: c.span.start, to: c.span.end).map { Span($0.start + 3, $0.start + 3) }
        return [ctx.finding(i, rule, .deviation, "a database pincite is a star page: 'at *\(pin)'", fix: at, replacement: "*")]
    }
}
