// TrailingNotes: footnotes collected after the opinion with no separator line and no
// "Notes:" heading, as Google Scholar and some court web pages print them:
//
//     … We affirm.[1]
//     …
//     AFFIRMED.
//
//     [1] We have jurisdiction under 28 U.S.C. § 1291.
//
//     [2] …
//
// The notes are the paragraphs at the very end of the text that each open with a
// bracketed label, the labels counting up; every label must be marked "[n]" in the text
// before the first note (a numbered list at the end of an opinion is no set of notes).

extension PageLayout {
    /// The bracketed notes that end the text, in text order; empty when there are none.
    static func trailingBracketNotes(_ lines: [LineInfo], _ p: UnsafeBufferPointer<UInt8>) -> [(label: String, span: Span)] {
        // paragraph starts from the end: a non-blank line after a blank one (or the first line)
        var notes: [(label: String, span: Span)] = []
        var end = lines.count
        while end > 0, lines[end - 1].isBlank { end -= 1 }
        var i = end - 1
        var paragraphEnd = end  // line index after the current paragraph
        while i >= 0 {
            guard !lines[i].isBlank else { i -= 1; continue }
            // the start of the paragraph that holds line i
            var s = i
            while s > 0, !lines[s - 1].isBlank { s -= 1 }
            guard p[lines[s].start + lines[s].indent] == 0x5B, let label = TextLines.leadingLabel(p, lines[s]), Int(label) != nil else { break }
            notes.append((label, Span(lines[s].start + lines[s].indent, lines[paragraphEnd - 1].end)))
            i = s - 1
            paragraphEnd = s
            while paragraphEnd > 0, lines[paragraphEnd - 1].isBlank { paragraphEnd -= 1 }
            if notes.count > 500 { return [] }
        }
        notes.reverse()
        guard let first = notes.first, let firstNumber = Int(first.label) else { return [] }
        // labels count up by one
        for (k, n) in notes.enumerated() where Int(n.label) != firstNumber + k { return [] }
        // and each is marked before the notes begin (one pass over the text for all marks)
        let marks = bracketMarks(UnsafeBufferPointer(rebasing: p[0..<first.span.start]))
        for n in notes where !marks.contains(Int(n.label) ?? -1) { return [] }
        return notes
    }

    /// The numbers of the "[n]" marks (one to four digits) in `text`.
    static func bracketMarks(_ text: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var found: Set<Int> = []
        var i = 0
        while i < text.count {
            guard text[i] == 0x5B else { i += 1; continue }
            var k = i + 1, v = 0
            while k < text.count, k - i <= 4, text[k] >= 0x30, text[k] <= 0x39 { v = v * 10 + Int(text[k] - 0x30); k += 1 }
            if k > i + 1, k < text.count, text[k] == 0x5D { found.insert(v) }
            i = k
        }
        return found
    }
}
