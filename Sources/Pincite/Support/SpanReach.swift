// SpanReach: "does any of these spans reach past this offset?", answered by binary search.
// Page furniture, head-matter spans and the like are tested against many lines, sections or
// cites; a scan of all spans for each made inputs with thousands of them quadratic.

/// Spans sorted by start, with the furthest end of those starting at or before each.
struct SpanReach {
    private let starts: [Int]
    private let reach: [Int]

    /// `minimumLength` lengthens shorter spans (1: an empty span still covers its start).
    init(_ spans: [Span], minimumLength: Int = 0) {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var r: [Int] = []
        r.reserveCapacity(sorted.count)
        for s in sorted { r.append(max(r.last ?? Int.min, max(s.end, s.start + minimumLength))) }
        reach = r
    }

    /// Whether a span starting at or before `a` ends after `b`.
    func reaches(beyond b: Int, startingAtOrBefore a: Int) -> Bool {
        guard let k = Pincite.lastIndex(in: starts, atOrBefore: a) else { return false }
        return reach[k] > b
    }
}
