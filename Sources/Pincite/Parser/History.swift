import Foundation

// Subsequent history (Bluebook rule 10.7): ", aff'd, 123 F.3d 4 (2d Cir. 1999)",
// ", cert. denied, 528 U.S. 1003 (1999)", ", report and recommendation adopted,
// No. …, 2013 WL 1601346 (W.D. Pa. Apr. 12, 2013)". The phrases come from the
// history table in Grammars/data; the step is kept with the citation it modifies
// and extends that citation's span.

extension Parser {
    /// History     = "," HistoryPhrase { LowerWord } ["sub nom." CaseName] [","] [Docket ","] HistoryCite ;
    /// HistoryCite = CaseCitation (parsed in full — parallels, court/date, parentheticals — and
    ///               added as a citation of its own with `historyOf`) | CourtDate | (nothing) ;
    ///
    /// Examples: `, aff'd, 532 U.S. 1 (2001)`; `, aff'd 462 Mich. 896, 617 N.W.2d 330 (2000)`;
    /// `, lv. den. sub. nom. Kilby v. Chubb Group of Ins. Cos., 477 Mich. 941, 723 N.W.2d 825 (2006)`.
    mutating func parseHistory(at k0: Int, limit: Int, owner: Int) -> Int {
        // a later decision's own history recurses (its cite is parsed in full here); a long
        // chain ("aff'd, …, rev'd, …, aff'd, …" thousands of times) must not overflow the
        // stack: past `maxHistoryDepth` the later decision takes no history of its own and
        // the steps go on in the loop of the decision before it
        guard historyDepth < Parser.maxHistoryDepth else { return k0 }
        var k = k0
        var steps = 0
        // (the Tax Court of the 1940s sets a semicolon before its own abbreviations: "36 F. Supp.
        // 617; affd. (C. C. A., 2d Cir.), 124 Fed. (2d) 982")
        while steps < 6, isKind(k, .comma) || (isKind(k, .semicolon) && isTaxCourtHistoryWord(k + 1)), k + 1 < limit,
              let phraseEnd = matchHistoryPhrase(at: k + 1, limit: limit), phraseEnd < limit {
            // a longer phrase than the table has ("rev'd in part on other grounds"):
            // take up to eight more lower-case words before the cite
            var phraseEnd = phraseEnd
            var extra = 0
            var sentenceEnded = false
            var prose = false
            while extra < 8, isKind(phraseEnd, .word), tokens[phraseEnd].has(.lowercase), !startsReporterCite(phraseEnd, limit: limit) {
                // "Furman v. Georgia, 408 U.S. 238 (1972), vacated certain death penalty sentences …":
                // a word no history phrase has makes it prose, not history
                guard isWord(phraseEnd, in: Parser.historyPhraseWords) else { prose = true; break }
                phraseEnd += 1
                if isKind(phraseEnd, .period), tokens[phraseEnd].start == tokens[phraseEnd - 1].end {
                    // "…, superseded by statute on other grounds. Hoefers v. Jones, …": the
                    // sentence ends with the phrase; the next case is not the later decision
                    if periodEndsSentence(phraseEnd), !equals(phraseEnd - 1, "nom") { sentenceEnded = true; break }
                    phraseEnd += 1
                }
                extra += 1
            }
            if prose { break }
            // "sub nom. Kilby v. Chubb …": the new name precedes the cite
            var j = phraseEnd
            // (after a comma too: "disapproved on other grounds, State v. McCulloch, 274 Neb. 636")
            if !sentenceEnded, isKind(j, .comma), isKind(j + 1, .word), tokens[j + 1].has(.capitalized), !startsReporterCite(j + 1, limit: limit),
               (j + 1..<min(limit, j + 12)).contains(where: { equals($0, "v") || equals($0, "vs") }) { j += 1 }
            var subNomStart: Int? = nil, subNomEnd = 0
            // … and "overruled on other grounds by Davis v. Reynolds, 592 So. 2d 546": a name
            // with its "v." between the phrase and the cite
            let namesCase = isKind(j, .word) && tokens[j].has(.capitalized) && !startsReporterCite(j, limit: limit)
                && (j..<min(limit, j + 30)).contains { equals($0, "v") || equals($0, "vs") }
            if !sentenceEnded, equals(j - 2, "nom") || equals(j - 1, "nom") || namesCase, !startsReporterCite(j, limit: limit) {
                var q = j
                // (not past a semicolon: "disapproved on other grounds, State v. Palmer, supra note
                // 43; State v. Rust, 197 Neb. 528" names a later decision by a short form, and the
                // cite after the ";" is the string's next member)
                // (nor past the docket before the cite: "sub nom., Haapaniemi v. Bondi, No. 25-5258, 2025 WL …")
                while q < limit, q < j + 30, !isKind(q, .semicolon),
                      !(isKind(q, .comma) && (startsReporterCite(q + 1, limit: limit) || (equals(q + 1, "No") && isKind(q + 2, .period)))) { q += 1 }
                if isKind(q, .comma) { subNomStart = j; subNomEnd = q - 1; j = q + 1 }
            }
            let phrase = text(k + 1, through: phraseEnd - 1)
            // the court of the later decision before its cite: "affd. (C. C. A., 2d Cir.), 124 Fed. (2d) 982"
            if isKind(j, .openParen), let (close, _) = closeOfParenthetical(j, limit: limit), circuitOnlyParenthetical(closingAt: close) == j,
               isKind(close + 1, .comma) { j = close + 1 }
            if isKind(j, .comma) { j += 1 }
            // optional docket "No. …,"
            var docket: String? = nil
            if equals(j, "No"), isKind(j + 1, .period) {
                var d = j + 2
                while d < limit, d < j + 20, !isKind(d, .comma) { d += 1 }
                if isKind(d, .comma) { docket = text(j, through: d - 1); j = d + 1 }
            }
            // the official reporter's blank before the parallels ("cert. denied, --- U.S. ----,
            // 112 S.Ct. 1269", "___ U.S. ___"): the later decision is cited by its parallels
            let citedStart = j
            if let b = blankCiteEnd(startingAt: j, limit: limit), isKind(b, .comma), startsReporterCite(b + 1, limit: limit) { j = b + 1 }
            // Louisiana's docket and court before the reporter: "writ denied, 2011-1234 (La.
            // 1/1/12), 80 So.3d 1"
            let louisiana = docketAndCourtForward(at: j, limit: limit)
            if let la = louisiana { j = la.volume }
            var end = j
            var historyCite: Int? = nil
            if parseReporterCite(volumeAt: j, limit: limit) != nil {
                // the later decision is an authority of its own (for citation graphs):
                // parse it as a citation with its parallels and court/date, and link it
                let before = citations.count
                let savedFloor = floor
                floor = j
                historyDepth += 1
                end = parseReporterCitation(volumeAt: j, limit: limit, nestedIn: nil, phrase: nil) ?? j + 1
                historyDepth -= 1
                floor = savedFloor
                if citations.count > before {
                    historyCite = before
                    let parentName = citations[owner].caseName
                    let newName = subNomStart.map { s in makeCaseName(s, subNomEnd, (s..<subNomEnd).first { equals($0, "v") }) }
                    for h in before..<citations.count where (citations[h].kind == .fullCase || citations[h].kind == .shortCase)
                        && citations[h].nestedIn == nil {
                        if let la = louisiana, citations[h].court == nil {
                            citations[h].docket = la.docket
                            citations[h].court = la.court.court
                            citations[h].year = la.court.year
                            citations[h].date = la.court.iso
                            citations[h].dateText = la.court.dateText
                        }
                        citations[h].kind = .fullCase
                        citations[h].signal = nil
                        citations[h].historyOf = owner
                        if citations[h].caseName == nil { citations[h].caseName = newName ?? parentName }
                        if citations[h].docket == nil, h == before { citations[h].docket = docket }
                    }
                    // a note on the quotation after a denial or dismissal ("cert. denied, 144 S. Ct. 73
                    // (2023) (internal quotation marks omitted)") is the quoted case's: the later
                    // decision wrote nothing to quote
                    if Self.decidesWithoutOpinion(phrase) {
                        let notes = citations[before].parentheticals.filter { $0.kind == .omission || $0.kind == .alteration }
                        if !notes.isEmpty {
                            citations[before].parentheticals.removeAll { $0.kind == .omission || $0.kind == .alteration }
                            citations[owner].parentheticals += notes
                        }
                    }
                    // its own history steps belong to it; its span must not include the parent's
                    end = max(end, j + 1)
                }
            } else if isKind(j, .openParen), let cd = parseCourtDate(at: j, limit: limit) {
                end = cd.end  // "aff'd (2d Cir. 2001)"
            } else if end == phraseEnd || end == phraseEnd + 1 {
                end = phraseEnd  // phrase alone ("cert. denied.")
            }
            let cited = end > phraseEnd ? text(min(citedStart, end - 1), through: end - 1) : ""
            citations[owner].history.append(HistoryEntry(phrase: phrase, citation: historyCite, text: cited))
            citations[owner].span.end = max(citations[owner].span.end, Int(tokens[end - 1].end))
            k = end
            k = parseParentheticals(at: k, limit: limit, owner: owner)
            steps += 1
        }
        return k
    }

    /// A history phrase for a decision without an opinion of its own: a denial or a dismissal
    /// ("cert. denied", "reh'g en banc denied", "appeal dismissed").
    static func decidesWithoutOpinion(_ phrase: String) -> Bool {
        phrase.hasSuffix("denied") || phrase.hasSuffix("dismissed") || phrase.hasSuffix("denied.") || phrase.hasSuffix("dismissed.")
    }

    /// Token `k` is the Tax Court's "affd." / "affg." / "revd." / "revg." (with its period).
    func isTaxCourtHistoryWord(_ k: Int) -> Bool {
        guard isKind(k, .word), tokens[k].length == 4, isKind(k + 1, .period) else { return false }
        return equals(k, "affd") || equals(k, "affg") || equals(k, "revd") || equals(k, "revg")
    }

    /// `a == b`, or one of them is the other with a final "." (compared on
    /// bytes: no String is built per comparison).
    static func sameBarFinalPeriod(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = a.utf8, y = b.utf8
        if x.count == y.count + 1, x.last == 0x2E { return x.dropLast().elementsEqual(y) }
        if y.count == x.count + 1, y.last == 0x2E { return y.dropLast().elementsEqual(x) }
        return false
    }

    /// Token `k` lower-cased with "’" as "'", as history phrases are written
    /// ("aff’d" → "aff'd"). Built from the bytes for ASCII words (nearly all);
    /// Foundation only for a word with other non-ASCII characters.
    func historyWord(_ k: Int) -> String {
        let t = tokens[k]
        var out: [UInt8] = []
        out.reserveCapacity(Int(t.length))
        var i = Int(t.start)
        let e = Int(t.end)
        while i < e {
            let b = p[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            } else if b == 0xE2, i + 2 < e, p[i + 1] == 0x80, p[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
            } else {
                return text(k).replacingOccurrences(of: "’", with: "'").fastLowercased()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Matches a history phrase starting at token `k`; returns the index after it.
    /// The lower-case words that lengthen a history phrase beyond the tables' ("rev'd in part on
    /// other grounds", "affg. in part and remanding in part", "superseded by statute as stated in").
    static let historyPhraseWords = WordSet(["on", "other", "grounds", "in", "part", "by", "and", "as", "to", "of", "the",
        "modified", "per", "curiam", "sub", "nom", "remanded", "remanding", "reversed", "reversing", "affirmed", "affirming",
        "vacated", "vacating", "denied", "granted", "dismissed", "statute", "reconsideration", "rehearing", "mem", "op",
        "opinion", "without", "with", "directions", "instructions", "judgment", "reinstated", "superseded", "recognized",
        "stated", "limited", "questioned", "overruled", "abrogated", "disapproved", "amended", "appeal", "leave", "review",
        "cert", "certif", "rev'd", "aff'd", "rev’d", "aff’d", "revd", "affd", "modifying", "remand", "after", "en", "banc",
        "unpublished", "table", "decision"])

    func matchHistoryPhrase(at k: Int, limit: Int) -> Int? {
        guard isKind(k, .word), tokens[k].has(.lowercase) || equals(k, "Cert") else { return nil }
        // Build the lower-cased words that follow (up to 6), joining "aff" "'" "d".
        var words: [String] = []
        var ends: [Int] = []
        var j = k
        while j < limit, words.count < 7 {
            let t = tokens[j]
            if t.kind == .word {
                var w = historyWord(j)
                var e = j + 1
                if isKind(e, .period), tokens[e].start == t.end { w += "."; e += 1 }
                words.append(w); ends.append(e); j = e
            } else if t.kind == .comma || t.kind == .period {
                j += 1
            } else { break }
        }
        for phrase in tables.historyPhrases where phrase.count <= words.count {
            var ok = true
            for (n, w) in phrase.enumerated() where !Parser.sameBarFinalPeriod(w, words[n]) { ok = false; break }
            // a period after the last word that the phrase does not have ends the sentence
            // ("…, cert. denied."): it is not part of the phrase or the citation
            if ok { return ends[phrase.count - 1] - (words[phrase.count - 1].hasSuffix(".") && !phrase[phrase.count - 1].hasSuffix(".") ? 1 : 0) }
        }
        return nil
    }
}
