// Subsequent history (R10.7, T8).

/// R10.7 / T8: a subsequent-history phrase is set off from the decision it
/// introduces by a comma ("aff'd, 462 Mich. 896", not "aff'd 462 Mich. 896").
struct SubsequentHistoryRule: BluebookRule {
    let rule = "R10.7"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        var out: [Check] = []
        var from = c.span.start
        for h in c.history {
            guard let at = TextScan.find(h.phrase, in: ctx.text, from: from, to: c.span.end) else { continue }
            from = at.end
            // the phrase, one space, then the volume of the next decision
            guard ctx.byte(at.end) == 0x20, let d = ctx.byte(at.end + 1), TextScan.isDigit(d) else { continue }
            out.append(ctx.finding(i, rule, .deviation, "a comma follows '\(h.phrase)' before the decision it introduces",
                                   fix: Span(at.end, at.end), replacement: ","))
        }
        return out
    }
}
