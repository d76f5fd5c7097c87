// Consistency within the document: one authority, one way of citing it.

/// R10.2 (consistency): a case cited in full twice is named the same way both
/// times; a different name for the same volume, reporter and page is likely a slip.
struct ConsistentNameRule: BluebookRule {
    let rule = "R10.2"
    let kinds: Set<CitationKind> = [.fullCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard c.historyOf == nil, let f = ctx.facts.firstOfAuthority[i], f < ctx.citations.count, ctx.citations[f].historyOf == nil,
              let a = ctx.citations[f].caseName, let b = c.caseName,
              let ka = Self.key(a), let kb = Self.key(b), ka != kb else { return [] }
        let earlier = [a.procedural, a.plaintiff, a.defendant.map { "v. " + $0 }].compactMap { $0 }.joined(separator: " ")
        return [ctx.finding(i, rule, .warning, "the same authority is cited earlier as '\(earlier)'")]
    }

    /// The first word of each party, letters only: abbreviating later words
    /// ("County" / "Cnty.") is another rule's business.
    static func key(_ n: CaseName) -> String? {
        // on UTF-8 bytes: a Character walk here cost more than the rest of the rule
        let s = [n.plaintiff, n.defendant].compactMap { $0.map { String(decoding: $0.utf8.prefix { $0 != 0x20 }, as: UTF8.self) } }
        let k = s.map { DocumentFacts.key($0) }.joined(separator: " v ")
        return k.utf8.count < 4 ? nil : k
    }
}
