// Case-name abbreviations in citation sentences: T6 words, older T6 forms and
// T10 place names (R10.2.2). Textual sentences keep words in full
// (R10.2.1(c)), so these rules only read names written in citation sentences.

/// T6: in a citation, a word listed in T6 is abbreviated ("County" → "Cnty.",
/// "Management" → "Mgmt.", "and" → "&"), even as the first word of a party;
/// plurals add "s" ("Laboratories" → "Lab'ys"). Words the 21st edition added
/// to T6 from the old periodical table T13.2 ("Capital" → "Cap.") count the same,
/// with a message naming the edition, since earlier editions left them in full.
struct T6WordRule: BluebookRule {
    let rule = "T6"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    /// A word of a party name that T6 abbreviates, or an "and" between two words.
    struct Candidate {
        let word: String
        /// nil for "and"; otherwise the abbreviation and whether it is an old T6 word.
        let abbreviation: String?
        let preMerger: Bool
        /// For "and": the words either side ("Smith and Jones").
        let neighbours: (String, String)?
    }

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard ctx.abbreviationsApply(c) else { return [] }
        var out: [Check] = []
        for p in ctx.parties(c) {
            // the words of a party are read once per name: a case is cited again and again
            let found = PartyMemo.remember(p.text, in: &ctx.memo.t6Candidates) { Self.candidates(in: $0, ctx) }
            for w in found {
                guard let abbr = w.abbreviation else {
                    let (before, after) = w.neighbours!
                    out.append(ctx.finding(i, rule, .deviation, "'and' in a party name is written '&'",
                                           fix: ctx.locate(before + " and " + after, in: c.span)
                                               .map { Span($0.start + before.utf8.count + 1, $0.start + before.utf8.count + 4) },
                                           replacement: "&"))
                    continue
                }
                let at = ctx.locate(w.word, in: c.span)
                if w.preMerger {
                    out.append(ctx.finding(i, rule, .deviation, "in a citation '\(w.word)' is abbreviated '\(abbr)'", fix: at, replacement: abbr))
                } else {
                    // the check is against the 21st edition: its additions count like the older words
                    out.append(ctx.finding(i, rule, .deviation,
                        "in a citation '\(w.word)' is abbreviated '\(abbr)' (a word the 21st edition's T6 took over from the periodical table T13.2; earlier editions kept it in full)",
                        fix: at, replacement: abbr))
                }
            }
        }
        return out
    }

    /// The words of `party` T6 abbreviates, in order; none for a party that is a
    /// geographic unit or the United States, and none for the words of a place name.
    static func candidates(in party: String, _ ctx: CheckContext) -> [Candidate] {
        if ctx.isGeographicUnit(party) || UnitedStatesRule.abbreviated.contains(party) { return [] }
        let placeWords = T10PlaceRule.placeWords(in: party, ctx)
        let words = ctx.words(party)
        var out: [Candidate] = []
        for (n, w) in words.enumerated() {
            let word = String(w)
            if placeWords.contains(word) { continue }
            if word == "and" {
                if n > 0, n + 1 < words.count {
                    out.append(Candidate(word: word, abbreviation: nil, preMerger: false,
                                         neighbours: (String(words[n - 1]), String(words[n + 1]))))
                }
                continue
            }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count > 2,
                  let (abbr, entry) = Self.abbreviation(of: word, ctx.tables) else { continue }
            if word == "United" || word == "States" { continue }   // "United States" is R10.2.2's business
            out.append(Candidate(word: word, abbreviation: abbr, preMerger: entry.preMerger, neighbours: nil))
        }
        return out
    }

    /// The T6 abbreviation of `word`, also for regular plurals.
    static func abbreviation(of word: String, _ t: CheckTables) -> (String, T6Word)? {
        let lower = TextCase.lowercased(word)
        if let e = t.t6[lower] { return (e.abbreviation, e) }
        var singular: String? = nil
        if lower.hasSuffix("ies") { singular = String(lower.dropLast(3)) + "y" }
        else if lower.hasSuffix("s"), !lower.hasSuffix("ss") { singular = String(lower.dropLast()) }
        guard let s = singular, let e = t.t6[s] else { return nil }
        let a = e.abbreviation
        // a plural abbreviation adds "s" before the period ("Prop." → "Props.", "Lab'y" → "Lab'ys")
        return (a.hasSuffix(".") ? String(a.dropLast()) + "s." : a + "s", e)
    }
}

/// T6: the current table form replaces abbreviations of earlier editions still
/// common in opinions ("Cty." → "Cnty.", "Entm't" → "Ent.").
struct T6LegacyFormRule: BluebookRule {
    let rule = "T6"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard ctx.inCitationSentence(c) else { return [] }
        var out: [Check] = []
        for p in ctx.parties(c) {
            for (w, old) in Self.legacyWords(p.text, ctx) {
                let current = TextScan.has(w, "\u{2019}") ? old.current.replacingOccurrences(of: "'", with: "\u{2019}") : old.current
                out.append(ctx.finding(i, rule, .warning, "'\(w)' is an older form; T6 now abbreviates '\(old.word)' as '\(current)'",
                                       fix: ctx.locate(String(w), in: c.span), replacement: current))
            }
        }
        return out
    }

    /// The words of `party` written in an older T6 form, with that form's entry;
    /// remembered per name (the same parties come back with every cite of a case).
    static func legacyWords(_ party: String, _ ctx: CheckContext) -> [(Substring, (word: String, current: String))] {
        PartyMemo.remember(party, in: &ctx.memo.legacyWords) { p in
            ctx.words(p).compactMap { w in ctx.tables.legacy[TextScan.straight(w)].map { (w, $0) } }
        }
    }
}

/// T10 (with R10.2.2): a place name inside a longer party name is abbreviated
/// ("Syosset, New York" → "Syosset, N.Y."); a party that is the place itself
/// ("New York", "City of New York") keeps it in full.
struct T10PlaceRule: BluebookRule {
    let rule = "T10"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard ctx.abbreviationsApply(c) else { return [] }
        var out: [Check] = []
        for p in ctx.parties(c) where !ctx.isGeographicUnit(p.text) {
            for place in Self.places(in: p.text, ctx) {
                let abbr = ctx.tables.places[place] ?? place
                out.append(ctx.finding(i, rule, .deviation, "in a party name '\(place)' is abbreviated '\(abbr)'",
                                       fix: ctx.locate(place, in: c.span), replacement: abbr))
            }
        }
        return out
    }

    /// T10 place names in `party` that should be abbreviated: names of two or
    /// more words, or one-word names after "of" or a comma (a lone "Washington"
    /// may be a person).
    static func places(in party: String, _ ctx: CheckContext) -> [String] {
        PartyMemo.remember(party, in: &ctx.memo.places) { computePlaces(in: $0, ctx) }
    }

    static func computePlaces(in party: String, _ ctx: CheckContext) -> [String] {
        var found: [String] = []
        let bytes = Array(party.utf8)
        // only places whose first word is a word of the party (an index, not 67 searches)
        var candidates: [String] = []
        for w in ctx.words(party) { candidates += ctx.tables.placesByFirstWord[String(w)] ?? [] }
        for place in candidates {
            guard let hit = TextScan.find(place, in: bytes, from: 0, to: bytes.count) else { continue }
            if TextScan.has(place, " ") {
                // "New York City" is the city's own entry; prefer the longer name
                if found.contains(where: { $0.hasPrefix(place) }) { continue }
                found.removeAll { place.hasPrefix($0) }
                found.append(place)
                continue
            }
            let before = String(decoding: bytes[..<hit.start], as: UTF8.self)
            if before.hasSuffix("of ") || before.hasSuffix(", ") { found.append(place) }
        }
        return found.sorted()
    }

    /// The words of the places found, so T6 leaves them to T10 ("North" of "North Carolina").
    static func placeWords(in party: String, _ ctx: CheckContext) -> Set<String> {
        PartyMemo.remember(party, in: &ctx.memo.placeWords) { p in
            Set(places(in: p, ctx).flatMap { $0.split(separator: " ").map(String.init) })
        }
    }
}
