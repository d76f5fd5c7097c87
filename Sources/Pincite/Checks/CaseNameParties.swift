// Shared reading of a case name for the case-name rules: which parties to
// check, whether the name stands in a citation sentence, and whether a party
// is itself a geographic unit (whose name T10 leaves unabbreviated).

/// One party of a case name, with where it was found.
struct PartyName {
    let text: String
    let isPlaintiff: Bool
}

extension CheckContext {
    /// The parties of a case or short-case cite that the case-name rules read:
    /// none for a later decision in subsequent history (its name is inherited).
    func parties(_ c: Citation) -> [PartyName] {
        guard c.kind == .fullCase || c.kind == .shortCase, c.historyOf == nil, let n = c.caseName else { return [] }
        var out: [PartyName] = []
        if let p = n.plaintiff, !p.isEmpty { out.append(PartyName(text: p, isPlaintiff: true)) }
        if let d = n.defendant, !d.isEmpty { out.append(PartyName(text: d, isPlaintiff: false)) }
        return out
    }

    /// Whether the case name is written inside the citation's span in a
    /// citation sentence: T6 and T10 abbreviations apply only there (R10.2.1(c)).
    func abbreviationsApply(_ c: Citation) -> Bool {
        if let known = memo.abbreviationsApply[c.id] { return known }
        let applies = computeAbbreviationsApply(c)
        memo.abbreviationsApply[c.id] = applies
        return applies
    }

    private func computeAbbreviationsApply(_ c: Citation) -> Bool {
        guard inCitationSentence(c), let first = parties(c).first else { return false }
        // the first word, cut on bytes: `split` walks Characters, and this runs once per cite
        let head = String(decoding: first.text.utf8.prefix { $0 != 0x20 }, as: UTF8.self)
        guard !head.isEmpty else { return false }
        return locate(head, in: c.span) != nil
    }

    /// Where `word` of `party` is written: searched inside the span, then just before it.
    func locateInName(_ word: String, _ c: Citation) -> Span? {
        locate(word, in: c.span, lookBehind: 400)
    }

    /// Whether `party` names a state, city or other geographic unit itself
    /// ("New York", "City of New York", "People of the State of California").
    func isGeographicUnit(_ party: String) -> Bool {
        PartyMemo.remember(party, in: &memo.geographic) { computeGeographicUnit($0) }
    }

    func computeGeographicUnit(_ party: String) -> Bool {
        // bytes, not String.hasPrefix, which compares Characters (this runs for every party name)
        let bytes = Array(party.utf8)
        for unit in Self.unitPrefixes where bytes.starts(with: unit) { return true }
        var start = 0
        var changed = true
        while changed {
            changed = false
            for pre in Self.placePrefixes where bytes[start...].starts(with: pre) {
                start += pre.count
                changed = true
            }
        }
        let rest = String(decoding: bytes[start...], as: UTF8.self)
        if tables.places[rest] != nil || tables.placeAbbreviations.contains(rest) { return true }
        return ["United States", "United States of America", "State", "People", "Commonwealth"].contains(rest)
    }

    /// A party starting with one of these is a geographic unit ("City of Boston").
    static let unitPrefixes: [[UInt8]] = ["City of ", "County of ", "State of ", "Town of ", "Village of ", "Borough of ", "Township of ",
                                          "Commonwealth of ", "People of ", "City and County of ", "Territory of "].map { Array($0.utf8) }
    /// Dropped before the rest is looked up as a place ("The State of New York" → "New York").
    static let placePrefixes: [[UInt8]] = ["The ", "People of the ", "People of ", "State of ", "Commonwealth of ", "City of ", "County of ",
                                           "Town of ", "Village of ", "Borough of ", "Township of ", "City and County of ", "Territory of ",
                                           "Government of ", "Cnty. of ", "Cty. of "].map { Array($0.utf8) }
}
