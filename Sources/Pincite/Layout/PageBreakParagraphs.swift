// Paragraphs over page breaks. Web exports of printed reports (Fastcase, CAP) mark where
// each page begins, and a page break inside a paragraph leaves the paragraph in two
// blocks, the second opening with the marker: "… public access); cf.⏎⏎*450 Leann
// Holcomb …". A block that opens with a marker is a new paragraph only when the one
// before it has ended; the structure pass (text) and the markup hints (HTML, CAP) ask
// the same question here.

extension PageLayout {
    /// The text of `span` ends with a signal that introduces the citation after it
    /// ("… represent them.\"); cf." before a page break): the sentence goes on.
    static func endsWithSignal(_ p: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var e = min(span.end, p.count)
        while e > span.start, p[e - 1] == 0x20 || p[e - 1] == 0x0D || p[e - 1] == 0x0A || p[e - 1] == 0x09 { e -= 1 }
        var s = e
        while s > span.start, p[s - 1] != 0x20, p[s - 1] != 0x0A { s -= 1 }
        guard e - s <= 8 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self).lowercased()
        return ["cf.", "see", "see,", "e.g.,", "accord", "accord,", "also", "also,"].contains(word)
    }

    /// Whether the block at `start`, which opens with a page marker (a star page or a
    /// bracketed reporter page), goes on with the block `previous`: the page break split one
    /// paragraph in two. It does when `previous` leaves its sentence open or ends in a signal,
    /// or when the block's text opens with a lower-case word, a number or a citation sentence
    /// ("*389 Ind.Code § 35-34-1-4(a)(6) (1983). We review …", "*442 Hempel v. City of
    /// Baraboo, 2005 WI 120"): a paragraph seldom begins with the authority for the sentence
    /// before it.
    func continuesOverPageBreak(_ p: UnsafeBufferPointer<UInt8>, start: Int, previous: Span) -> Bool {
        guard start < p.count, p[start] == 0x2A || p[start] == 0x5B, let marker = furnitureSpan(at: start), marker.start == start else { return false }
        // (a note's mark after the sentence is not its end: "… not immediately apparent.\"[9]")
        var prev = previous
        var e = min(prev.end, p.count)
        while e > prev.start, p[e - 1] == 0x20 || p[e - 1] == 0x0D || p[e - 1] == 0x0A { e -= 1 }
        if e > prev.start + 2, p[e - 1] == 0x5D {
            var k = e - 2
            while k > prev.start, p[k] >= 0x30, p[k] <= 0x39 { k -= 1 }
            if p[k] == 0x5B, k < e - 2 { prev.end = k }
        }
        if !Self.endsSentence(p, prev) || Self.endsWithSignal(p, prev) { return true }
        var s = marker.end
        while s < p.count, p[s] == 0x20 || p[s] == 0x09 { s += 1 }
        return Self.opensCitationSentence(p, at: s)
    }

    /// The text at `s` opens with a lower-case word or a number, "Id." or a signal, a section sign
    /// within its first words, or a case name followed by its cite ("Perry v. State, 904").
    static func opensCitationSentence(_ p: UnsafeBufferPointer<UInt8>, at s: Int) -> Bool {
        guard s < p.count else { return false }
        if (p[s] >= 0x61 && p[s] <= 0x7A) || (p[s] >= 0x30 && p[s] <= 0x39) { return true }  // "… s. ⏎ *442 814.04(1), and …"
        let head = UnsafeBufferPointer(rebasing: p[s..<min(p.count, s + 120)])
        func starts(_ w: String) -> Bool { head.starts(with: w.utf8) }
        if starts("Id.") || starts("Id.,") || starts("See ") || starts("See, ") || starts("Cf. ") || starts("Accord ") { return true }
        // "§" (0xC2 0xA7) among the first 30 bytes
        if let k = head.prefix(30).firstIndex(of: 0xA7), k > 0, head[k - 1] == 0xC2 { return true }
        // "Name v. Name, 123": " v. " before the first comma, a digit after it
        guard let v = ByteSearch.find(head, Array(" v. ".utf8), from: 0) else { return false }
        guard let comma = head[v...].firstIndex(of: 0x2C), comma + 2 < head.count else { return false }
        return head[comma + 1] == 0x20 && head[comma + 2] >= 0x30 && head[comma + 2] <= 0x39
    }
}
