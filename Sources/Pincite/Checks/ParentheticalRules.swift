// Parentheticals (R1.5, R5.2, R5.3; B1.3, B5.3).

/// R1.5(b): parentheticals follow one order — weight of authority ("en banc",
/// "per curiam"), then alteration and emphasis, omissions, "(quoting …)",
/// "(citing …)", and the explanatory parenthetical last.
struct ParentheticalOrderRule: BluebookRule {
    let rule = "R1.5(b)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase, .id, .supra, .statute, .regulation, .rule]

    static func rank(_ k: Parenthetical.Kind) -> Int? {
        switch k {
        case .hereinafter: return 0
        case .weight: return 1
        case .alteration: return 2
        case .omission: return 3
        case .quoting: return 4
        case .citing: return 5
        case .explanatory: return 6
        case .other: return nil
        }
    }

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let ps = c.parentheticals
        var highest: Parenthetical? = nil
        for p in ps {
            guard let r = Self.rank(p.kind) else { continue }
            if let h = highest, let hr = Self.rank(h.kind), hr > r {
                let name = p.kind == .quoting || p.kind == .citing ? "(\(p.kind.rawValue) …)" : "(\(p.text))"
                let nested = h.kind == .explanatory && (p.kind == .quoting || p.kind == .alteration) ? ", or nested inside it when it concerns the quotation it contains" : ""
                return [ctx.finding(i, rule, .deviation, "\(name) comes before the \(h.kind.rawValue) parenthetical\(nested)")]
            }
            if highest.flatMap({ Self.rank($0.kind) }) ?? -1 < r { highest = p }
        }
        return []
    }
}

/// R5.2 / R5.3: the parentheticals about a quotation use the fixed phrases
/// "(alteration in original)", "(emphasis added)", "(internal quotation marks
/// omitted)", "(citation omitted)". "(cleaned up)" is not a Bluebook
/// parenthetical in the 21st edition; the 22nd replaces it with "(citation modified)".
struct QuotationParentheticalRule: BluebookRule {
    let rule = "R5.2"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase, .id, .supra, .statute, .regulation, .rule, .record, .internal]
    static let fixed: [String: (String, String)] = [
        "alteration in the original": ("alteration in original", "R5.2"),
        "alterations in the original": ("alterations in original", "R5.2"),
        "emphasis supplied": ("emphasis added", "R5.2"),
        "internal quotations omitted": ("internal quotation marks omitted", "R5.3"),
        "internal quotation omitted": ("internal quotation marks omitted", "R5.3"),
        "quotation marks omitted": ("internal quotation marks omitted", "R5.3"),
        "internal citation omitted": ("citation omitted", "R5.3"),
        "internal citations omitted": ("citations omitted", "R5.3"),
    ]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        var out: [Check] = []
        for p in c.parentheticals {
            // the fixed phrases are short: skip the long explanatory ones before folding case
            guard p.text.utf8.count <= 40 else { continue }
            let t = TextCase.lowercased(p.text)
            if let (good, rule) = Self.fixed[t] {
                let at = Span(p.span.start + 1, max(p.span.start + 1, p.span.end - 1))
                out.append(ctx.finding(i, rule, .deviation, "the phrase is '(\(good))', not '(\(p.text))'", fix: at, replacement: good))
            } else if t == "cleaned up" {
                if ctx.options.edition == .twentySecond {
                    out.append(ctx.finding(i, "B5.3", .deviation, "the 22nd edition replaces '(cleaned up)' with '(citation modified)'",
                                           fix: Span(p.span.start + 1, max(p.span.start + 1, p.span.end - 1)), replacement: "citation modified"))
                } else {
                    out.append(ctx.finding(i, "R5.3", .info, "'(cleaned up)' is not a parenthetical of the 21st edition (the 22nd has '(citation modified)'); widely used by courts"))
                }
            } else if t == "citation modified", ctx.options.edition == .twentyFirst {
                out.append(ctx.finding(i, "R5.3", .info, "'(citation modified)' is a 22nd-edition parenthetical"))
            }
        }
        return out
    }
}

/// R1.5(a): an explanatory parenthetical that is not a quotation begins with a
/// present participle in lower case ("(holding that …)", not "(Holding that …)").
struct ExplanatoryParentheticalRule: BluebookRule {
    let rule = "R1.5(a)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase, .id, .supra]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        c.parentheticals.compactMap { p in
            guard p.kind == .explanatory, case let w = p.text.prefix(while: { $0 != " " }), w.count > 4, w.hasSuffix("ing"),
                  let f = w.unicodeScalars.first, f.properties.isUppercase, w.dropFirst().allSatisfy({ $0.isLowercase }) else { return nil }
            let lowered = TextCase.lowercased(String(w.prefix(1))) + w.dropFirst()
            return ctx.finding(i, rule, .deviation, "an explanatory parenthetical begins in lower case: '(\(lowered) …'",
                               fix: Span(p.span.start + 1, p.span.start + 2), replacement: String(lowered.prefix(1)))
        }
    }
}
