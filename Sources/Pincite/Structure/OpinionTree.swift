// OpinionTree: the parts of an opinion other than its citations — caption,
// sections with their numbers and nesting, paragraphs, block quotes, footnotes
// with their markers, and the signature block. All spans are working-text
// offsets; exporters map them to the original bytes.

/// The caption block at the head of an opinion.
public struct Caption: Sendable, Equatable {
    public var court: String?
    /// District, circuit or division line ("EASTERN DISTRICT OF NEW YORK").
    public var district: String?
    public var plaintiffs: [String] = []
    public var defendants: [String] = []
    /// The caption says "et al." after the parties.
    public var etAl = false
    public var docket: String?
    /// "OPINION & ORDER", "MEMORANDUM AND ORDER", …
    public var documentTitle: String?
    /// "NOT FOR PUBLICATION", …
    public var publicationStatus: String?
    public var judge: String?
    public var judgeTitle: String?
    /// ISO date of the decision.
    public var date: String?
    public var place: String?
    /// The ECF stamp of a court filing ("Case 1:16-cv-06915-ARR-LB Document 57 Filed 02/07/18 …").
    public var filedStamp: FiledStamp?
    /// Where the opinion itself is reported, from the cite lines a publisher prints
    /// above the caption ("100 A.3d 1076"): "volume reporter page", canonical reporter.
    public var reporterCitations: [String] = []
    public var span: Span?
    public init() {}
}

/// The fields of an ECF header or footer stamp.
public struct FiledStamp: Sendable, Equatable {
    public var caseNumber: String?
    public var document: String?
    /// ISO date.
    public var filed: String?
    public var pages: Int?
}

/// A section heading and the part of the opinion it opens.
public struct Section: Sendable, Equatable {
    public var id: Int
    /// "I", "A", "1" — nil for unnumbered (ALL CAPS) headings.
    public var number: String?
    /// The title; empty for a division with only a number ("A." alone on its line,
    /// Georgia's run-in "1. The mother first argues …").
    public var heading: String
    /// 1 for top-level sections.
    public var level: Int
    public var parent: Int?
    /// Span of the heading line(s).
    public var span: Span
    /// Opinion page of the heading.
    public var page: Int?
}

/// A body paragraph.
public struct Paragraph: Sendable, Equatable {
    public var span: Span
    public var page: Int?
    public var section: Int?
}

/// A block quotation set off from the text.
public struct BlockQuote: Sendable, Equatable {
    public var span: Span
    public var page: Int?
}

/// A footnote: its body at the foot of a page and its marker in the text.
public struct Footnote: Sendable, Equatable {
    public var label: String
    public var span: Span
    public var markerSpan: Span?
    /// Page of the footnote body.
    public var page: Int?
    public var markerPage: Int?
    /// Where the footnote goes on at the foot of the following page(s), if it does.
    public var continuations: [Span] = []
}

/// One opinion of a decision: the majority, a concurrence or a dissent.
public struct OpinionPart: Sendable, Equatable {
    /// "majority", "concurrence", "dissent", "per_curiam" or "other".
    public var type: String
    public var author: String?
    public var span: Span
}

/// A block of head matter before the opinions (CAP: parties, docket number, court,
/// decision date, attorneys, judges, syllabus, summary, headnotes, …).
public struct HeadMatterBlock: Sendable, Equatable {
    /// The block's role as the markup names it ("syllabus", "headnotes", "attorneys", …).
    public var kind: String
    public var span: Span
}

/// The structure of one opinion.
public struct OpinionTree: Sendable {
    public var caption = Caption()
    public var sections: [Section] = []
    public var paragraphs: [Paragraph] = []
    public var blockQuotes: [BlockQuote] = []
    public var footnotes: [Footnote] = []

    /// Where each footnote's marker starts, by the start of the footnote's body (for the
    /// reading order, which reads a collected note after its marker's paragraph).
    var noteMarkers: [Int: Int] {
        var out: [Int: Int] = [:]
        for f in footnotes { if let m = f.markerSpan { out[f.span.start] = m.start } }
        return out
    }
    public var signature: Span?
    /// The opinions of the decision with their authors, in order.
    public var opinions: [OpinionPart] = []
    /// Head matter blocks (from markup input; empty for plain text).
    public var headMatter: [HeadMatterBlock] = []
    public init() {}

    /// Removes the sections `drop` selects, renumbering the rest: a kept section's parent
    /// becomes its nearest kept ancestor, and paragraphs point at the renumbered sections.
    mutating func removeSections(where drop: (Section) -> Bool) {
        var newIndex: [Int?] = []
        var kept: [Section] = []
        for s in sections {
            guard !drop(s) else { newIndex.append(nil); continue }
            var t = s
            var p = s.parent
            while let q = p, q < newIndex.count, newIndex[q] == nil { p = sections[q].parent }
            t.parent = p.flatMap { $0 < newIndex.count ? newIndex[$0] : nil }
            t.level = t.parent.map { kept[$0].level + 1 } ?? 1
            t.id = kept.count
            newIndex.append(kept.count)
            kept.append(t)
        }
        guard kept.count < sections.count else { return }
        // a paragraph of a removed section belongs to that section's nearest kept ancestor
        func target(_ old: Int) -> Int? {
            var q: Int? = old
            while let k = q, k < newIndex.count {
                if let n = newIndex[k] { return n }
                q = sections[k].parent
            }
            return nil
        }
        let targets = sections.indices.map(target)
        sections = kept
        for i in paragraphs.indices { paragraphs[i].section = paragraphs[i].section.flatMap { $0 < targets.count ? targets[$0] : nil } }
    }

    /// The index of the section in force at working offset `offset` (binary search;
    /// sections are in document order).
    public func section(at offset: Int) -> Int? {
        var lo = 0, hi = sections.count - 1, best: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sections[mid].span.start <= offset { best = sections[mid].id; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }
}
