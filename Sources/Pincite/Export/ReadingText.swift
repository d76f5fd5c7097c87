// ReadingText: the opinion as a person reads it, for full-text search and for
// tools that want prose rather than a page image. Page furniture (running headers,
// ECF stamps, page numbers) is gone, the lines of a paragraph are joined, words split
// at a line end are whole again, and each footnote follows the paragraph it
// interrupted, as "[^N] …" (and its marker in the text as "[^N]"). Every stretch of the reading text maps back to the
// original bytes, so a hit found in it can be highlighted in the input.

/// The reading text of a document and its map back to the original input.
public struct ReadingText: Sendable {
    /// The cleaned text (UTF-8).
    public let text: String
    /// Where the two offsets start to differ: (reading-text byte offset, original byte offset),
    /// sorted; between two anchors the texts run in step.
    let anchors: [(reading: Int, original: Int)]

    /// The original byte offset of reading-text byte offset `offset` (for bytes the
    /// cleaning inserted, such as the space that replaces a line break, the offset of
    /// the original byte just before it).
    public func originalOffset(_ offset: Int) -> Int {
        var lo = 0, hi = anchors.count - 1, best = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if anchors[mid].reading <= offset { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard !anchors.isEmpty else { return offset }
        return anchors[best].original + (offset - anchors[best].reading)
    }
}

extension Document {
    /// The reading text: furniture out, lines joined, footnotes after their paragraph.
    public func readingText() -> ReadingText {
        var builder = ReadingTextBuilder(doc: self)
        return builder.build()
    }
}

/// Walks the flow's runs and writes their bytes with whitespace normalised.
struct ReadingTextBuilder {
    let doc: Document
    var out: [UInt8] = []
    var anchors: [(reading: Int, original: Int)] = []
    var delta = Int.min
    /// Footnote markers by start: where they end and their label (written "[^N]").
    var markers: [Int: (end: Int, label: String)] = [:]

    init(doc: Document) { self.doc = doc }

    mutating func build() -> ReadingText {
        let text = doc.source.text
        let flow = doc.flow ?? TextFlow.build(tokens: doc.tokens, layout: doc.layout, paragraphs: doc.tree.paragraphs, markers: doc.tree.noteMarkers)
        let tokens = flow.tokens
        // where a new block starts: paragraphs, headings, block quotes, the signature
        var blockStarts = Set(doc.tree.paragraphs.map(\.span.start))
        for s in doc.tree.sections { blockStarts.insert(s.span.start); blockStarts.insert(s.span.end) }
        for q in doc.tree.blockQuotes { blockStarts.insert(q.span.start); blockStarts.insert(q.span.end) }
        if let sig = doc.tree.signature { blockStarts.insert(sig.start) }
        var bodyStart = min(doc.tree.paragraphs.first?.span.start ?? Int.max, doc.tree.sections.first?.span.start ?? Int.max)
        if bodyStart == Int.max { bodyStart = 0 }  // no caption found: all of it is prose
        for f in doc.tree.footnotes { if let m = f.markerSpan { markers[m.start] = (m.end, f.label) } }
        text.withUnsafeBufferPointer { p in
            for run in flow.runs {
                var first = run.lowerBound
                var s = Int(tokens[first].start)
                let e = Int(tokens[run.upperBound - 1].end)
                if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
                if flow.noteIndex(at: s) != nil, let label = doc.layout.footnote(at: s) {
                    // "[^N] " once, in place of the label the footnote opens with ("2", "[2]")
                    out.append(contentsOf: Array("[^\(label)] ".utf8))
                    let labelTokens = tokens[first].kind == .openBracket ? 3 : 1
                    if doc.layout.footnotes.contains(where: { $0.span.start == s }), run.count > labelTokens {
                        first += labelTokens
                        s = Int(tokens[first].start)
                    }
                }
                write(p, from: s, to: e, flow: flow, blockStarts: blockStarts, bodyStart: bodyStart)
            }
        }
        return ReadingText(text: String(decoding: out, as: UTF8.self),
                           anchors: anchors.map { ($0.reading, doc.source.original($0.original)) })
    }

    /// Copies bytes `s..<e`, skipping what the flow reads elsewhere and joining lines.
    mutating func write(_ p: UnsafeBufferPointer<UInt8>, from s: Int, to e: Int, flow: TextFlow,
                        blockStarts: Set<Int>, bodyStart: Int) {
        let skips = flow.skips(from: s, to: e)
        var next = 0
        var i = s
        var pendingSpace = false, newlines = 0, blockPending = false
        while i < e {
            if next < skips.count, i >= skips[next].start {
                // a paragraph that opens with a page marker ("*254 Claimant also argues …")
                // starts where the marker stands, which the reading text leaves out
                let skip = skips[next]
                if blockStarts.contains(skip.start) || (skip.end - skip.start <= 64 && (skip.start..<skip.end).contains(where: blockStarts.contains)) {
                    blockPending = true
                }
                i = max(i, skip.end); next += 1
                pendingSpace = true; newlines += 1
                continue
            }
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C {
                pendingSpace = true
                if b == 0x0A || b == 0x0C { newlines += 1 }
                i += 1
                continue
            }
            if pendingSpace, !out.isEmpty {
                let lineEndHyphen = newlines > 0 && out.last == 0x2D && i >= 2 && (p[i] >= 0x61 && p[i] <= 0x7A)
                if lineEndHyphen {
                    // "self-\nincrimination" stays hyphenated; a split word is joined
                    if let h = lastHyphen(p, before: i), flow.droppedHyphens.contains(h) { out.removeLast() }
                } else if blockStarts.contains(i) || blockPending || (i < bodyStart && newlines > 1) {
                    out.append(0x0A); out.append(0x0A)
                } else if i < bodyStart && newlines == 1 {
                    out.append(0x0A)
                } else {
                    out.append(0x20)
                }
            }
            pendingSpace = false; newlines = 0; blockPending = false
            if let m = markers[i], m.end <= e {
                out.append(contentsOf: Array("[^\(m.label)]".utf8))
                delta = Int.min
                i = m.end
                continue
            }
            if out.count - i != delta { delta = out.count - i; anchors.append((out.count, i)) }
            out.append(b)
            i += 1
        }
    }

    /// The offset of the "-" that ends the text before `i` (across whitespace).
    func lastHyphen(_ p: UnsafeBufferPointer<UInt8>, before i: Int) -> Int? {
        var k = i - 1
        while k > 0, p[k] == 0x20 || p[k] == 0x0A || p[k] == 0x0D || p[k] == 0x09 { k -= 1 }
        return p[k] == 0x2D ? k : nil
    }
}
