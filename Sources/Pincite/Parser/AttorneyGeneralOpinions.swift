// AttorneyGeneralOpinions: the opinions of a state's Attorney General cited by their
// number, as state courts and the Attorneys General themselves cite them: Kentucky's
// "OAG 92-73", Alabama's "A.G. No. 2002-284". (Cited by volume and page, "74 Op. Att'y
// Gen. 123", they are reporter cites.)

extension Parser {
    /// AttorneyGeneralOpinion = ( "OAG" | "A.G." "No." ) Num Dash Num ;   (the number glued: "92-73")
    ///
    /// An opinion cited by number alone; a full cite of kind `case` whose docket is the number.
    mutating func parseAttorneyGeneralOpinion(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        // the opinion's own number under its label ("No. OAG 18-011", "AGO OAG 18-011") is
        // the caption's docket, not a cite
        if equals(i - 1, "AGO") || (isKind(i - 1, .period) && equals(i - 2, "No")) { return nil }
        var k: Int
        if equals(i, "OAG") {
            k = i + 1
        } else if equals(i, "A"), isKind(i + 1, .period), equals(i + 2, "G"), isKind(i + 3, .period), equals(i + 4, "No"), isKind(i + 5, .period) {
            k = i + 6
        } else {
            return nil
        }
        guard k + 2 < limit, isKind(k, .number), isKind(k + 1, .dash), isKind(k + 2, .number),
              tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end else { return nil }
        var c = Citation(kind: .fullCase, span: span(i, k + 2))
        c.docket = text(i, through: k + 2)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: k + 3, limit: limit, owner: id)
    }
}
