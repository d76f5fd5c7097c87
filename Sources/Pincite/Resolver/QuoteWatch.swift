// QuoteWatch: what an Id. right after a block quotation refers to.
//
// "Consequently, Sierra Club held: [a block quotation that mentions HRS § 343-5]
// Id., 115 Hawai'i at 342." The Id. cites Sierra Club, the source of the
// quotation; the cites inside the quotation are the quoted court's. The resolver's
// text-order pass reports each body cite here; the watch remembers, for every
// block quotation, what a body Id. would have referred to when the quotation
// began, and whether the quotation holds a cite.

/// Follows the block quotations of an opinion through the resolver's body cites.
struct QuoteWatch {
    /// The quotations' spans, in text order.
    private let quotes: [Span]
    /// Quotations begun so far.
    private var begun = 0
    /// For each begun quotation: the body Id. targets (any cite, and skipping code
    /// sections for a page pin) when it began.
    private var before: [(body: Int?, paged: Int?)?]
    private var quotesACite: [Bool]
    /// The body cite seen last.
    private var previousBody: Int? = nil

    init(_ quotes: [Span]) {
        self.quotes = quotes
        before = Array(repeating: nil, count: quotes.count)
        quotesACite = Array(repeating: false, count: quotes.count)
    }

    /// Notes the body cite at `span`, given the Id. targets before it. (Only body cites:
    /// the cites of a note are read at its marker, out of text order.)
    mutating func see(_ span: Span, lastBody: Int?, lastBodyPaged: Int?) {
        while begun < quotes.count, quotes[begun].start <= span.start {
            before[begun] = (lastBody, lastBodyPaged)
            begun += 1
        }
        if begun > 0, span.start < quotes[begun - 1].end { quotesACite[begun - 1] = true }
    }

    /// Marks body cite `i` as the last seen (after it has been resolved).
    mutating func passed(_ i: Int) { previousBody = i }

    /// The targets of a body Id. at `span` that follows a block quotation holding a cite,
    /// with nothing but spacing between them; nil otherwise.
    func targets(forIdAt span: Span, _ cites: [Citation]) -> (body: Int?, paged: Int?)? {
        guard begun > 0, quotesACite[begun - 1], let targets = before[begun - 1] else { return nil }
        let q = quotes[begun - 1]
        guard q.end <= span.start, span.start - q.end <= 4, let p = previousBody, cites[p].span.start < q.end else { return nil }
        return targets
    }
}
