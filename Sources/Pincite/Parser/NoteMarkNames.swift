// NoteMarkNames: a note that is only the cite of the case named where its mark stands.
//
// "In Illinois v. Caballes,³⁶ the Supreme Court held …" with note 36 "543 U.S. 405, 125
// S.Ct. 834, 160 L.Ed.2d 842 (2005)." (the Texas Court of Criminal Appeals' style). The cite
// names no case; the sentence at the mark does, as the prose names of ProseNames. This runs
// after the citations are parsed, on the tokens in text order: the parser reads a collected
// note after its mark's paragraph, so its own tokens are not in text order.

extension Parser {
    /// Gives each nameless full case cite that opens a footnote the name of the case the
    /// text names right before the footnote's mark. `notes` are the footnotes' spans and
    /// their marks' starts, sorted by span start; the parser's tokens are in text order.
    mutating func nameNoteCitesFromMarks(notes: [(span: Span, mark: Int)]) {
        guard !notes.isEmpty else { return }
        let noteStarts = notes.map(\.span.start)
        for i in citations.indices {
            guard citations[i].kind == .fullCase, citations[i].caseName == nil, citations[i].historyOf == nil,
                  citations[i].nestedIn == nil, (citations[i].parallel.min() ?? i) >= i else { continue }
            let start = citations[i].span.start
            guard let n = Pincite.lastIndex(in: noteStarts, atOrBefore: start), start < notes[n].span.end else { continue }
            // only the note's label before the cite ("[36] . 543 U.S. 405")
            let t = TextFlow.firstToken(in: tokens, atOrAfter: start)
            var k = TextFlow.firstToken(in: tokens, atOrAfter: notes[n].span.start)
            while k < t, !isKind(k, .word) { k += 1 }
            guard k == t, let (s, e, v) = nameBeforeMark(at: notes[n].mark) else { continue }
            let name = makeCaseName(s, e, v)
            for c in [i] + citations[i].parallel where citations[c].caseName == nil { citations[c].caseName = name }
        }
    }

    /// The case name that ends right before the mark at byte `mark` (its comma or period
    /// between): "In Illinois v. Caballes,[36]", "in Valtierra v. State.[50]".
    func nameBeforeMark(at mark: Int) -> (Int, Int, Int)? {
        var m = TextFlow.firstToken(in: tokens, atOrAfter: mark) - 1
        while m >= 0, isKind(m, .comma) || isKind(m, .period) || isKind(m, .closeQuote) { m -= 1 }
        guard m >= 1, isKind(m, .word) else { return nil }
        // the name close to the mark and no cite's number between
        guard let v = proseVersus(before: m + 1, after: max(0, mark - 400)), m - v <= 12,
              !(v...m).contains(where: { isKind($0, .number) }),
              var (s, e) = proseNameBounds(versus: v), e >= m - 1, e <= m else { return nil }
        // the sentence's words before the name: "… the Fourth Amendment in Valtierra v. State."
        if let cut = (s..<v).last(where: { equals($0, "in") }), cut + 1 < v { s = cut + 1 }
        return (s, e, v)
    }
}
