// A court parenthetical without a year: "Smith v. Jones, 123 F.3d 456 (9th Cir.),
// cert. denied, 522 U.S. 1 (1997)". Bluebook R10.5(c) drops the decision's year
// when it is the year of the subsequent history, so the court stands alone and
// the year is the history's. The Supreme Court's own style leaves the year off
// more freely ("808 F. 2d 1366, 1370 (CA9)", "228 So. 2d 382 (Fla.)"). Only a court
// the courts table knows counts, or the Court's circuit form "CA9"/"CADC"/"CAFC".

extension Parser {
    /// The court of a year-less court parenthetical opening at token `o`, and the token
    /// after its ")".
    func yearlessCourt(at o: Int, limit: Int) -> (court: String, end: Int)? {
        guard isKind(o, .openParen) else { return nil }
        var c = o + 1
        while c < min(limit, o + 12), !isKind(c, .closeParen) {
            if isKind(c, .openParen) || tokens[c].has(.hasDigit) && !isKind(c, .word) && !isKind(c, .number) { return nil }
            c += 1
        }
        guard c > o + 1, c < limit, isKind(c, .closeParen) else { return nil }
        let court = text(o + 1, through: c - 1)
        guard tables.courts[ReferenceTables.courtKey(court)] != nil || Self.isCircuitShortForm(court)
                || Self.circuitAfterCourtOfAppeals(court).map({ tables.courts[ReferenceTables.courtKey($0)] != nil }) == true
        else { return nil }
        return (court, c + 1)
    }

    /// The mid-century Reports' "C. A. 5th Cir." / "C.A. 2d Cir." (Court of Appeals, then the
    /// circuit): the circuit part, or nil when `court` does not open with "C. A.".
    static func circuitAfterCourtOfAppeals(_ court: String) -> String? {
        for prefix in ["C. A. ", "C.A. "] where court.hasPrefix(prefix) {
            let rest = court.dropFirst(prefix.count)
            return rest.hasSuffix("Cir.") ? String(rest) : nil
        }
        return nil
    }

    /// The Supreme Court's names of the courts of appeals: "CA9", "CA11", "CADC", "CAFC".
    static func isCircuitShortForm(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3, b.count <= 4, b[0] == 0x43, b[1] == 0x41 else { return false }
        let rest = b[2...]
        return rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } || s == "CADC" || s == "CAFC"
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
