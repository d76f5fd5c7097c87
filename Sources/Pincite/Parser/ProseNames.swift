// ProseNames: a case named in the prose and cited, without its name, in the
// citation sentence that follows.
//
// "For example, in United States v. $557,933.89, More or Less in U.S. Funds, the
// court granted the defendant's motion … “… Hobson's choice ….” No. 95-CV-3978
// (JG), 1998 WL 817651, at *3 (E.D.N.Y. Mar. 2, 1998)." The cite names no case;
// the sentence before it does. The Janfeshan gold gives the cite that name. Only a
// cite that opens its own citation sentence takes a name so: in "the court relied on
// 456 U.S. 1" the cite is another case than the one the sentence is about.

extension Parser {
    /// How far back (tokens) a nameless cite looks for the sentence naming its case.
    static let proseNameReach = 250

    /// Gives each nameless full case cite that opens a citation sentence the name of the
    /// case its paragraph named in prose just before it ("in United States v.
    /// $557,933.89, More or Less in U.S. Funds, the court …"), when no citation stands
    /// between them.
    mutating func nameCitesFromProse() {
        // the ends of all citations in text order: the cites of a note stand in reading order
        // in `citations`, but a note printed at the opinion's end (CAP XML) follows its last
        // paragraph in the text, and must not take a name from there past the cites between
        var ends: [Int] = []
        for i in citations.indices {
            // (fields read in place: copying each citation cost more than the rest of this pass)
            guard citations[i].kind == .fullCase, citations[i].caseName == nil, citations[i].historyOf == nil,
                  citations[i].nestedIn == nil, (citations[i].parallel.min() ?? i) >= i else { continue }
            if ends.isEmpty { ends = citations.map(\.span.end).sorted() }
            let previousEnd = Pincite.lastIndex(in: ends, atOrBefore: citations[i].span.start).map { ends[$0] } ?? 0
            // (by binary search: the cites of a note come out of text order)
            let t = TextFlow.firstToken(in: tokens, atOrAfter: citations[i].span.start)
            guard t < tokens.count, startsSentence(t), let v = proseVersus(before: t, after: previousEnd),
                  let (s, e) = proseNameBounds(versus: v) else { continue }
            citations[i].caseName = makeCaseName(s, e, v)
        }
    }

    /// The latest "v." of the paragraph between byte `after` and token `t`.
    func proseVersus(before t: Int, after: Int) -> Int? {
        var k = t - 1
        while k >= 0, t - k <= Self.proseNameReach, Int(tokens[k].start) >= after {
            if (equals(k, "v") || equals(k, "vs")), isKind(k + 1, .period), isKind(k - 1, .word), tokens[k - 1].has(.capitalized) {
                return k
            }
            if tokens[k].has(.blankLineBefore), blankLinesSeparateParagraphs { return nil }
            k -= 1
        }
        return nil
    }

    /// The first and last token of the name around "v." at `v`: capitalised words (and
    /// "of", "and", "&", abbreviation periods) before it, and after it up to a comma that
    /// goes on in lower case (", the court"); nil when either side is empty.
    func proseNameBounds(versus v: Int) -> (Int, Int)? {
        let connectors: Set<String> = ["of", "the", "and", "or", "in", "for", "on", "de", "la", "ex", "rel"]
        func nameWord(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count else { return false }
            switch tokens[k].kind {
            case .word: return tokens[k].has(.capitalized) || tokens[k].has(.allCaps)
            case .number, .dollar, .ampersand: return true
            default: return false
            }
        }
        // before "v.": the plaintiff
        var s = v - 1
        while s - 1 >= 0, v - s < 10 {
            let k = s - 1
            if nameWord(k) || (isKind(k, .period) && isAbbreviated(k - 1)) { s = k; continue }
            if isKind(k, .word), connectors.contains(text(k)), nameWord(k - 1) { s = k; continue }
            break
        }
        // not a connector or period first, nor the sentence's opening word ("In Smith v. …",
        // "See Smith v. …"; "In re" stays)
        while s < v, !nameWord(s) || (equals(s, "In") && !equals(s + 1, "re")) || equals(s, "See") || equals(s, "As")
                || equals(s, "Under") || equals(s, "Unlike") || equals(s, "Like") || equals(s, "Cf") { s += 1 }
        guard s < v, nameWord(s) else { return nil }
        // after "v.": the defendant
        var e = v + 1
        var k = v + 2
        while k < tokens.count, k - v < 18 {
            if nameWord(k) { e = k; k += 1; continue }
            if isKind(k, .period), isAbbreviated(k - 1) { k += 1; continue }
            if isKind(k, .word), connectors.contains(text(k)), nameWord(k + 1) { k += 1; continue }
            // a comma inside the name goes on with a capital ("$557,933.89, More or Less …")
            if isKind(k, .comma), nameWord(k + 1), !(isKind(k + 1, .word) && tokens[k + 1].has(.lowercase) && !tokens[k + 1].has(.capitalized)) {
                k += 1
                continue
            }
            break
        }
        guard e > v + 1 else { return nil }
        return (s, e)
    }
}
