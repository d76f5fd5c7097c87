// Parallel groups: the cites of one decision in several reporters ("504 U.S. 191, 112
// S.Ct. 1846") point at each other through `parallel`; the first of them in the text
// is the group's head, which short forms, nesting and authority keys refer to.

extension Array where Element == Citation {
    /// The head of the parallel group of citation `i`: the lowest index among it and its parallels.
    func groupHead(_ i: Int) -> Int {
        self[i].parallel.min().map { Swift.min($0, i) } ?? i
    }
}

extension Parser {
    /// Adds `c` as a parallel of the citation `head` (the Statutes at Large cite of a public
    /// law, the database cite of an unpublished opinion): it takes no signal of its own and
    /// does not continue a string, and is nested where the head is; the two point at each other.
    mutating func addParallel(_ c: Citation, of head: Int, startToken: Int, nestedIn: Int?, phrase: String?) -> Int {
        let id = add(c, startToken: startToken, nestedIn: nestedIn, phrase: phrase)
        citations[id].signal = nil
        citations[id].continuesString = false
        citations[id].nestedIn = citations[head].nestedIn
        citations[id].nestingPhrase = citations[head].nestingPhrase
        citations[head].parallel = [id]
        citations[id].parallel = [head]
        return id
    }
}
