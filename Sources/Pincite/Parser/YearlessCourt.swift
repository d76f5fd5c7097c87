// A court parenthetical without a year: "Smith v. Jones, 123 F.3d 456 (9th Cir.),
// cert. denied, 522 U.S. 1 (1997)". Bluebook R10.5(c) drops the decision's year
// when it is the year of the subsequent history, so the court stands alone and
// the year is the history's. Only a court the courts table knows counts, and only
// when history follows: "(9th Cir.)" elsewhere may be a parenthetical of another kind.

extension Parser {
    /// The court of a year-less court parenthetical opening at token `o`, and the token
    /// after its ")", when subsequent history follows it (after at most two more
    /// parentheticals, such as "(en banc)").
    func yearlessCourt(at o: Int, limit: Int) -> (court: String, end: Int)? {
        guard isKind(o, .openParen) else { return nil }
        var c = o + 1
        while c < min(limit, o + 12), !isKind(c, .closeParen) {
            if isKind(c, .openParen) || tokens[c].has(.hasDigit) && !isKind(c, .word) && !isKind(c, .number) { return nil }
            c += 1
        }
        guard c > o + 1, c < limit, isKind(c, .closeParen) else { return nil }
        let court = text(o + 1, through: c - 1)
        guard tables.courts[ReferenceTables.courtKey(court)] != nil else { return nil }
        // the history phrase may come after "(en banc)" or "(per curiam)"
        var k = c + 1
        var skipped = 0
        while skipped < 2, isKind(k, .openParen) {
            var e = k + 1
            while e < min(limit, k + 8), !isKind(e, .closeParen) { e += 1 }
            guard e < limit, isKind(e, .closeParen) else { return nil }
            k = e + 1
            skipped += 1
        }
        guard isKind(k, .comma), k + 1 < limit, matchHistoryPhrase(at: k + 1, limit: limit) != nil else { return nil }
        return (court, c + 1)
    }

    /// Gives the cites `ids` of a decision whose court parenthetical had no year the year
    /// of the last later decision in its history (R10.5(c): the years are the same).
    mutating func takeYearFromHistory(_ ids: [Int]) {
        guard let owner = ids.first else { return }
        var year: Int? = nil
        for step in citations[owner].history {
            if let later = step.citation, let y = citations[later].year { year = y }
        }
        guard let year else { return }
        for id in ids where citations[id].year == nil { citations[id].year = year }
    }
}
