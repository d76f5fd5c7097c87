// AkomaNtosoPlan: what goes where in the Akoma Ntoso judgment — which spans
// become body paragraphs, which section each belongs to, which judgment block
// each top-level section goes into, and where each footnote is anchored — and
// AKNText, which writes one paragraph's collapsed text with `<ref>` and
// `<authorialNote>` inline. AkomaNtosoExport.swift writes the document around them.
//
// Paragraph spans come from the opinion tree. Spans inside footnote bodies,
// the caption, section headings or the signature are left out (they are
// written elsewhere); block quotes that no paragraph covers are added as
// paragraphs of class "blockquote". With no paragraphs at all (a snippet),
// the whole text after the caption is one paragraph, so nothing is lost.

import Foundation

struct AKNPlan {
    struct Block { var span: Span; var quote: Bool }
    enum Item { case paragraph(Int), section(Int) }
    struct Group { var block: String; var items: [Item] }
    struct Party { var name: String; var role: String }

    var paragraphs: [Block] = []
    var paragraphsOf: [Int: [Int]] = [:]
    var childrenOf: [Int: [Int]] = [:]
    var groups: [Group] = []
    /// Footnotes (indexes into tree.footnotes) whose marker stands in some paragraph.
    var placedNotes: Set<Int> = []
    var unplacedNotes: [Int] = []
    var lastParagraphEId: String = ""
    /// The caption holds citations that no body paragraph holds (written in the header).
    var captionHasOwnCitations = false
    var parties: [Party] = []
    /// Text that a paragraph span may run across but that is not the paragraph's:
    /// footnote bodies (written at their markers), page furniture and page-number
    /// lines. Sorted by start.
    var skips: [Span] = []
    /// Running maximum of `skips[0...i].end`, for finding the skips that reach an offset by binary search.
    var skipReach: [Int] = []
    /// Citation indexes sorted by span start, and those starts, for finding the
    /// citations of a span by binary search (a paragraph loop over all citations
    /// made the export quadratic).
    var citesByStart: [Int] = []
    var citeStarts: [Int] = []
    /// Citations already written as a `<ref>` with an eId (eIds must be unique).
    let written = WrittenRefs()

    final class WrittenRefs { var ids: Set<Int> = [] }

    init(_ doc: Document) {
        let t = doc.tree
        parties = Self.parties(t.caption)
        citesByStart = doc.citations.indices.sorted { (doc.citations[$0].span.start, $0) < (doc.citations[$1].span.start, $1) }
        citeStarts = citesByStart.map { doc.citations[$0].span.start }
        let starts = citeStarts
        // footnote bodies and the signature are written elsewhere; a paragraph that is
        // only a heading, or only caption text without a citation, is not body text
        let elsewhere = t.footnotes.flatMap { [$0.span] + $0.continuations } + [t.signature].compactMap { $0 }
        let whole = t.sections.map(\.span) + [t.caption.span].compactMap { $0 }
        func hasCitation(_ s: Span) -> Bool {
            let i = Self.lowerBound(starts, s.start)
            return i < starts.count && starts[i] < s.end
        }
        func isExcluded(_ s: Span) -> Bool {
            elsewhere.contains { s.start >= $0.start && s.start < $0.end }
                || whole.contains { s.start >= $0.start && s.end <= $0.end && !hasCitation(s) }
        }
        var blocks = t.paragraphs.map(\.span).filter { !isExcluded($0) && $0.start < $0.end }.map { Block(span: $0, quote: false) }
        for q in t.blockQuotes where !blocks.contains(where: { $0.span.start <= q.span.start && q.span.start < $0.span.end }) {
            if !isExcluded(q.span) { blocks.append(Block(span: q.span, quote: true)) }
        }
        if blocks.isEmpty {
            let start = t.caption.span?.end ?? 0
            let end = t.signature?.start ?? doc.source.text.count
            blocks = [Block(span: Span(min(start, end), end), quote: false)]
        }
        blocks.sort { $0.span.start < $1.span.start }
        paragraphs = Self.joiningSplitCitations(blocks, doc.citations)
        blocks = paragraphs
        if let cap = t.caption.span {
            captionHasOwnCitations = doc.citations.contains { c in
                c.span.start >= cap.start && c.span.start < cap.end && !blocks.contains { $0.span.start <= c.span.start && c.span.start < $0.span.end }
            }
        }
        lastParagraphEId = "para_\(blocks.count)"

        // sections: children by parent (a parent must come earlier, so no cycles)
        let n = t.sections.count
        var topLevel: [Int] = []
        for s in 0..<n {
            if let p = t.sections[s].parent, p >= 0, p < s { childrenOf[p, default: []].append(s) } else { topLevel.append(s) }
        }
        var intro: [Int] = []
        for (k, b) in blocks.enumerated() {
            if let s = t.section(at: b.span.start), s >= 0, s < n { paragraphsOf[s, default: []].append(k) } else { intro.append(k) }
        }
        if !intro.isEmpty { groups.append(Group(block: n == 0 ? "motivation" : "introduction", items: intro.map { .paragraph($0) })) }
        for s in topLevel {
            let block = Self.block(for: t.sections[s].heading)
            if let last = groups.last, last.block == block, groups.count > (intro.isEmpty ? 0 : 1) {
                groups[groups.count - 1].items.append(.section(s))
            } else {
                groups.append(Group(block: block, items: [.section(s)]))
            }
        }

        skips = t.footnotes.flatMap { [$0.span] + $0.continuations } + doc.layout.furniture + Self.pageNumberLines(doc)
        skips.sort { $0.start < $1.start }
        var reach = Int.min
        skipReach = skips.map { reach = max(reach, $0.end); return reach }

        for (f, note) in t.footnotes.enumerated() {
            if let m = note.markerSpan, blocks.contains(where: { $0.span.start <= m.start && m.start < $0.span.end }) {
                placedNotes.insert(f)
            } else {
                unplacedNotes.append(f)
            }
        }
    }

    /// Paragraphs with a citation running from one into the next (across a page
    /// break or a mis-split line) are joined, so that the citation can stand whole.
    static func joiningSplitCitations(_ blocks: [Block], _ cites: [Citation]) -> [Block] {
        var out: [Block] = []
        let spans = cites.map(\.span).filter { $0.start < $0.end }.sorted { $0.start < $1.start }
        let starts = spans.map(\.start)
        /// A citation starting in `last` runs past its end into `next`.
        func crosses(_ last: Span, _ next: Span) -> Bool {
            var i = lowerBound(starts, last.start)
            while i < spans.count, spans[i].start < last.end {
                if spans[i].end > last.end && spans[i].end > next.start { return true }
                i += 1
            }
            return false
        }
        for b in blocks {
            if var last = out.last, b.span.start >= last.span.end, crosses(last.span, b.span) {
                last.span.end = max(last.span.end, b.span.end)
                out[out.count - 1] = last
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// The bare page-number line at the top of each page ("2" after the ECF
    /// stamp), found right after the page start and its furniture.
    static func pageNumberLines(_ doc: Document) -> [Span] {
        let t = doc.source.text
        var out: [Span] = []
        for page in doc.layout.pages {
            var i = page.span.start
            let limit = min(t.count, page.span.start + 400)
            func skipSpace() { while i < limit, t[i] == 0x20 || t[i] == 0x0A || t[i] == 0x0D || t[i] == 0x0C || t[i] == 0x09 { i += 1 } }
            skipSpace()
            while let f = doc.layout.furniture.first(where: { $0.start <= i && i < $0.end }) { i = f.end; skipSpace() }
            let digits = Array(String(page.number).utf8)
            guard i + digits.count <= limit, Array(t[i..<(i + digits.count)]) == digits else { continue }
            var e = i + digits.count
            while e < limit, t[e] == 0x20 || t[e] == 0x09 { e += 1 }
            if e >= t.count || t[e] == 0x0A || t[e] == 0x0D { out.append(Span(i, e)) }
        }
        return out
    }

    /// The parts of [a, e) that are not in a skip range (other than one holding `owner`).
    func unskipped(_ a: Int, _ e: Int, owner: Int) -> [Span] {
        var out: [Span] = []
        var pos = a
        var k = firstSkip(reaching: a)
        while k < skips.count, skips[k].start < e {
            let r = skips[k]
            k += 1
            guard r.end > pos, !(r.start <= owner && owner < r.end) else { continue }
            if r.start > pos { out.append(Span(pos, r.start)) }
            pos = max(pos, r.end)
        }
        if pos < e { out.append(Span(pos, e)) }
        return out
    }

    /// The first skip whose end (or an earlier skip's) lies after `offset`.
    func firstSkip(reaching offset: Int) -> Int {
        var lo = 0, hi = skipReach.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if skipReach[mid] > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The first index of sorted `a` whose value is ≥ `x`.
    static func lowerBound(_ a: [Int], _ x: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The citations (indexes) whose span starts in `s`, in start order.
    func citations(startingIn s: Span) -> ArraySlice<Int> {
        let a = Self.lowerBound(citeStarts, s.start), e = Self.lowerBound(citeStarts, s.end)
        return citesByStart[a..<max(a, e)]
    }

    /// True when `offset` lies in a skip range that does not hold `owner`.
    func isSkipped(_ offset: Int, owner: Int) -> Bool {
        var k = firstSkip(reaching: offset)
        while k < skips.count, skips[k].start <= offset {
            let r = skips[k]
            if offset < r.end && !(r.start <= owner && owner < r.end) { return true }
            k += 1
        }
        return false
    }

    /// The judgment block a top-level heading opens (a heuristic: US opinions do not label them).
    static func block(for heading: String) -> String {
        let h = heading.uppercased()
        if h.contains("INTRODUCTION") { return "introduction" }
        if h.contains("BACKGROUND") || h.contains("FACTS") || h.contains("PROCEDURAL HISTORY") { return "background" }
        if h.contains("ARGUMENT") || h.contains("CONTENTIONS") { return "arguments" }
        if h.contains("REMED") || h.contains("RELIEF") { return "remedies" }
        if h.hasPrefix("CONCLUSION") || h.hasPrefix("DISPOSITION") || h == "ORDER" { return "decision" }
        return "motivation"
    }

    static func parties(_ c: Caption) -> [Party] {
        c.plaintiffs.map { Party(name: $0, role: "plaintiff") } + c.defendants.map { Party(name: $0, role: "defendant") }
    }

    /// Lower-case ASCII letters, digits and hyphens, for URI path segments.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for u in s.lowercased().unicodeScalars {
            if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(u) {
                if dash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(u)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "unknown" : out
    }

    /// The `href` of a citation's `<ref>`: its authority (shared by every cite of it), else the cite itself.
    static func href(_ c: Citation) -> String {
        guard let key = c.authority else { return "/pincite/citation/\(c.id)" }
        var out = "/pincite/authority/"
        for b in key.utf8 {
            let isUnreserved = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
            out += isUnreserved ? String(UnicodeScalar(b)) : String(format: "%%%02X", b)
        }
        return out
    }
}

/// Writes whitespace-collapsed text with inline `<ref>`s and footnotes.
struct AKNText {
    let doc: Document
    let x: XMLOut
    private var pendingSpace = false
    private var atStart = true
    private var scratch: [UInt8] = []
    /// Start of the span being written (skip ranges holding it are its own text).
    private var owner = 0

    init(_ doc: Document, _ x: XMLOut) { self.doc = doc; self.x = x }

    /// Writes `span`: outermost citations inside it as `<ref>`, footnote markers
    /// (when `notes`) as the footnote itself.
    /// (`clip`: a citation that starts in `span` and runs past its end is written as a ref of
    /// its part in the span — a note's cite that goes on at the foot of the next page)
    mutating func write(_ span: Span, plan: AKNPlan, notes: Bool, clip: Bool = false) {
        struct Event { var start: Int; var end: Int; var cite: Int?; var note: Int? }
        owner = span.start
        self.plan = plan
        var events: [Event] = []
        for i in plan.citations(startingIn: span) {
            let c = doc.citations[i]
            guard c.span.end <= span.end || clip, c.span.start < c.span.end, !plan.isSkipped(c.span.start, owner: owner) else { continue }
            events.append(Event(start: c.span.start, end: min(c.span.end, span.end), cite: i, note: nil))
        }
        if notes {
            for f in plan.placedNotes {
                if let m = doc.tree.footnotes[f].markerSpan, m.start >= span.start, m.start < span.end {
                    events.append(Event(start: m.start, end: max(m.start, min(m.end, span.end)), cite: nil, note: f))
                }
            }
        }
        events.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var pos = span.start
        for e in events {
            if let f = e.note {
                // a marker inside a citation already written goes right after it
                if e.start >= pos { text(pos, e.start); pos = e.end }
                note(f, plan: plan)
            } else if let i = e.cite, e.start >= pos {
                text(pos, e.start)
                flushSpace()
                let c = doc.citations[i]
                x.start("ref")
                if plan.written.ids.insert(c.id).inserted { x.attr("eId", "ref_\(c.id)") }
                x.attr("class", c.kind.rawValue)
                x.attr("href", AKNPlan.href(c))
                atStart = true
                text(e.start, e.end)
                pendingSpace = false
                x.end()
                atStart = false
                pos = e.end
            }
        }
        text(pos, span.end)
    }

    /// An `<authorialNote>` holding footnote `f`'s text (label dropped) with its refs.
    mutating func note(_ f: Int, plan: AKNPlan) {
        let fn = doc.tree.footnotes[f]
        flushSpace()
        x.start("authorialNote")
        x.attr("marker", fn.label)
        x.attr("placement", "bottom")
        x.attr("eId", "fn_\(f + 1)")
        x.start("p")
        var inner = AKNText(doc, x)
        inner.write(Span(bodyStart(fn), fn.span.end), plan: plan, notes: false, clip: !fn.continuations.isEmpty)
        // the part that goes on at the foot of the next page
        for more in fn.continuations { inner.write(more, plan: plan, notes: false, clip: true) }
        inner.finish()
        x.end()
        x.end()
        atStart = false
    }

    /// Where a footnote's text starts after its label ("1", "1.", "[1]").
    private func bodyStart(_ fn: Footnote) -> Int {
        let t = doc.source.text
        var i = max(0, fn.span.start)
        let end = min(fn.span.end, t.count)
        while i < end, t[i] == 0x20 || t[i] == 0x0A || t[i] == 0x0D || t[i] == 0x09 || t[i] == 0x0C { i += 1 }
        let label = Array(fn.label.utf8)
        var j = i
        if j < end, t[j] == 0x5B { j += 1 }                                    // [
        if !label.isEmpty, j + label.count <= end, Array(t[j..<(j + label.count)]) == label {
            j += label.count
            if j < end, t[j] == 0x5D || t[j] == 0x2E { j += 1 }                // ] or .
            if j >= end || t[j] == 0x20 || t[j] == 0x0A || t[j] == 0x09 { return j }
        }
        return i
    }

    /// The plan of the document being written (for its skip ranges).
    private var plan: AKNPlan?

    /// Writes bytes [a, e) of the working text with whitespace runs collapsed,
    /// leaving out text in skip ranges (footnote bodies, furniture) as a space.
    private mutating func text(_ a: Int, _ e: Int) {
        let t = doc.source.text
        let a = max(0, a), e = min(e, t.count)
        guard a < e else { return }
        scratch.removeAll(keepingCapacity: true)
        for part in plan?.unskipped(a, e, owner: owner) ?? [Span(a, e)] {
            if part.start > a { pendingSpace = true }
            collapse(part.start, part.end)
        }
        if plan?.unskipped(a, e, owner: owner).last.map({ $0.end < e }) ?? false { pendingSpace = true }
        scratch.withUnsafeBufferPointer { x.text(bytes: $0) }
    }

    /// Appends bytes [a, e) to `scratch` with whitespace runs collapsed.
    private mutating func collapse(_ a: Int, _ e: Int) {
        let t = doc.source.text
        var i = a
        while i < e {
            let b = t[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C { pendingSpace = true; i += 1; continue }
            if b == 0xC2, i + 1 < e, t[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
            if pendingSpace && !atStart { scratch.append(0x20) }
            pendingSpace = false
            atStart = false
            scratch.append(b)
            i += 1
        }
    }

    /// Writes a pending space before an inline element.
    private mutating func flushSpace() {
        if pendingSpace && !atStart { x.text(" ") }
        pendingSpace = false
    }

    /// Ends the paragraph: trailing whitespace is dropped.
    mutating func finish() { pendingSpace = false }
}
