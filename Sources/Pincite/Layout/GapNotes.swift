// GapNotes: footnotes of PDF text that lost its page breaks, its folios and its
// separator lines (CourtListener's plain text of many district-court orders). Each
// note still stands at the foot of its page, after one or more blank lines, and the
// next page's body goes straight on after it:
//
//     … That requirement is a “hard floor of Article III
//     (blank)
//     (blank)
//     1 Here, the Court does not expressly address the other two elements of Article III standing,
//     traceability and redressability, because it finds that the plaintiffs have not pled an injury in fact.
//     … failed to show injury in fact).
//     of jurisdiction that cannot be removed by statute.” Summers v. Earth Island Inst., …
//
// The note's first line opens with the next note number, and the text before it carries
// that number as a mark glued to a word ("in fact.”1"). Where the note ends is read from
// the lines' widths: notes are set in a smaller type, so their full lines hold more
// characters than the body's, and a note's lines stop where one no wider than the body's
// follows (the note's own last line may be short, if it ends a sentence). Where the two
// types are about as wide, a note's paragraph ends on a short line ending a sentence or
// on one padded with spaces to the page's width. A line without lower-case letters (a
// heading, a folio, a "1 / 11" footer) never goes on a note.

extension PageLayout {
    /// Notes standing after a gap of blank lines in text with no page breaks; empty when
    /// none is found. Labels count up from 1, each one marked in the text before its note.
    /// Double-spaced text (a blank line after every line) needs a gap of two blank lines.
    static func gapNoteZones(_ text: [UInt8], _ lines: [LineInfo], doubleSpaced: Bool) -> [(label: String, span: Span)] {
        var out: [(label: String, span: Span)] = []
        var next = 1
        var searchedFrom = 0  // a note's glued mark lies after the notes of the page before
        // where the search for the next note's mark may resume: the text before it holds none
        // (each candidate rescanning from `searchedFrom` made 40,000 "1 The …" lines quadratic)
        var markSearchFrom = 0
        var i = 2
        while i < lines.count {
            guard lines[i - 1].isBlank, !doubleSpaced || lines[i - 2].isBlank, !lines[i].isBlank, lines[i].indent <= 2,
                  startsWithNumber(text, lines[i], next) else { i += 1; continue }
            guard hasGluedMark(text, next, from: max(searchedFrom, markSearchFrom), to: lines[i].start) else {
                markSearchFrom = max(markSearchFrom, lines[i].start - 8)
                i += 1
                continue
            }
            let bodyEnd = lines[i].start
            var gap = i - 1
            while gap > 0, lines[gap - 1].isBlank { gap -= 1 }
            let bodyWidth = widestLine(text, lines, before: gap)
            var start = i
            // the notes at the foot of this page, one below the other
            while true {
                let last = lastNoteLine(text, lines, first: start, label: next, bodyWidth: bodyWidth)
                out.append((String(next), Span(lines[start].start + lines[start].indent, lines[last].trimmedEnd(text))))
                next += 1
                // the next note right below, or after a blank line (D. Mass.'s stacked notes)
                var k = last + 1
                if k + 1 < lines.count, lines[k].isBlank, !lines[k + 1].isBlank { k += 1 }
                if k < lines.count, !lines[k].isBlank, startsWithNumber(text, lines[k], next),
                   hasGluedMark(text, next, from: searchedFrom, to: bodyEnd) {
                    start = k
                    continue
                }
                searchedFrom = lines[last].end
                markSearchFrom = searchedFrom
                i = last + 1
                break
            }
        }
        return out
    }

    /// The last line of note `label`, whose first line is `first`, the body's lines being
    /// `bodyWidth` characters wide.
    static func lastNoteLine(_ text: [UInt8], _ lines: [LineInfo], first: Int, label: Int, bodyWidth: Int) -> Int {
        func endsSentence(_ n: Int) -> Bool {
            text.withUnsafeBufferPointer { PageLayout.endsSentence($0, Span(lines[n].start, lines[n].end)) }
        }
        // a smaller type than the body's: the note's full lines are wider than the body's
        let smallType = visibleWidth(text, lines[first]) > bodyWidth + 5
        var measure = max(bodyWidth, visibleWidth(text, lines[first]))
        var last = first
        var k = first + 1
        while k < lines.count, k - first < 40, !lines[k].isBlank, !lines[k].afterFormFeed,
              hasLowercase(text, lines[k]), !opensNumberedHeading(text, lines[k]),  // not a heading, a folio or a page footer ("1 / 11")
              !endsPadded(text, lines[last], measure: measure),
              !startsWithNumber(text, lines[k], label + 1) {
            let before = visibleWidth(text, lines[last]), width = visibleWidth(text, lines[k])
            if smallType {
                // a line no wider than the body's goes on the note only as its last, after a full line
                guard before > bodyWidth + 3 else { break }
                if width <= bodyWidth + 3 {
                    if endsSentence(k) { last = k }
                    break
                }
            } else if before < measure - 5, endsSentence(last) {
                break  // a short line ending a sentence ended the note's paragraph
            }
            measure = max(measure, width)
            last = k
            k += 1
        }
        return last
    }

    /// Line `l` opens with a heading's number, a period and a gap: "I.   Failure to Disclose
    /// Witnesses", "B.  Count II" (a roman numeral, a capital letter or digits).
    static func opensNumberedHeading(_ text: [UInt8], _ l: LineInfo) -> Bool {
        var k = l.start + l.indent
        let s = k
        while k < l.end, k - s < 5, text[k] >= 0x30 && text[k] <= 0x39 || "IVXL".utf8.contains(text[k]) { k += 1 }
        if k == s, k < l.end, text[k] >= 0x41, text[k] <= 0x5A { k += 1 }
        guard k > s, k + 2 < l.end, text[k] == 0x2E else { return false }
        return text[k + 1] == 0x09 || (text[k + 1] == 0x20 && text[k + 2] == 0x20)
    }

    /// Line `l` has a lower-case letter.
    static func hasLowercase(_ text: [UInt8], _ l: LineInfo) -> Bool {
        for k in (l.start + l.indent)..<l.end where text[k] >= 0x61 && text[k] <= 0x7A { return true }
        return false
    }

    /// The widest of the five non-blank lines before line `end`: the body's measure.
    static func widestLine(_ text: [UInt8], _ lines: [LineInfo], before end: Int) -> Int {
        var widest = 0, seen = 0, k = end - 1
        while k >= 0, seen < 5 {
            if !lines[k].isBlank { widest = max(widest, visibleWidth(text, lines[k])); seen += 1 }
            k -= 1
        }
        return widest
    }

    /// The characters of line `l` up to its last visible one (UTF-8 continuation bytes not counted).
    static func visibleWidth(_ text: [UInt8], _ l: LineInfo) -> Int {
        var n = 0
        for k in (l.start + l.indent)..<l.trimmedEnd(text) where text[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Line `l` is padded with spaces to the page's width: the last line of a paragraph. Three
    /// spaces or more, or two on a line shorter than the `measure` (two after a full line's
    /// sentence are a typist's sentence spacing, as D. Mass. orders put them).
    static func endsPadded(_ text: [UInt8], _ l: LineInfo, measure: Int) -> Bool {
        let padding = l.end - l.trimmedEnd(text)
        return padding >= 3 || (padding == 2 && visibleWidth(text, l) < measure - 5)
    }
}
