// An Id. whose pin lies before the first page of the case it was taken to cite cannot cite
// it: "Id., at 226" after "Miranda v. Arizona, 384 U. S. 436" (cited inside a quotation of
// United States v. Wade, 388 U. S. 218). The case it cites is the latest one before it whose
// pages can hold the pin.

extension Resolver {
    /// How far past its first page a pin may lie (a long opinion with its separate opinions).
    static let longestOpinionPages = 300

    /// The first page an Id. pins ("226" of "at 226-227", "14" of "14-15, and n. 11"); nil for
    /// star pages, paragraphs and sections.
    static func firstPinnedPage(_ c: Citation) -> Int? {
        guard let pin = c.pincite else { return nil }
        var n = 0
        var digits = 0
        for b in pin.utf8 {
            guard b >= 0x30, b <= 0x39 else { break }
            n = n * 10 + Int(b - 0x30)
            digits += 1
            if digits > 6 { return nil }
        }
        return digits > 0 ? n : nil
    }

    /// Whether full case cite `t` (or one of its parallels) can hold page `pin`.
    static func caseHolds(_ t: Int, page pin: Int, _ cites: [Citation]) -> Bool? {
        guard cites[t].kind == .fullCase, let first = cites[t].page.flatMap({ Int($0) }) else { return nil }
        if first <= pin && pin <= first + longestOpinionPages { return true }
        return cites[t].parallel.contains { p in
            p < cites.count && cites[p].page.flatMap { Int($0) }.map { $0 <= pin && pin <= $0 + longestOpinionPages } == true
        }
    }

    /// For an Id. at `i` pinning page `pin` that its target cannot hold: the latest full case
    /// among the 40 citations before it (directly or through a short form) that can.
    static func caseFittingPin(_ pin: Int, before i: Int, _ cites: [Citation]) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - 40 {
            let c = cites[j]
            var full: Int? = nil
            switch c.kind {
            case .fullCase where c.historyOf == nil: full = c.parallel.min().map { min($0, j) } ?? j
            case .shortCase, .supra: full = c.antecedent
            default: break
            }
            if let f = full, caseHolds(f, page: pin, cites) == true { return f }
            j -= 1
        }
        return nil
    }
}
