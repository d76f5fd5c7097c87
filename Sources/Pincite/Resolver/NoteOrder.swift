// NoteOrder: short forms whose full cite is in a footnote printed before them but
// stored after them.
//
// Web exports, CourtListener's HTML and Fastcase collect the notes after the
// opinion, so a note's cites come later in the text than the body they annotate.
// "Day, 87 S.W.3d at 54, supra note 13" in the body refers to "State v. Day, 87
// S.W.3d 51" in note 13, whose marker stands a page earlier: in reading order the
// full cite comes first. The resolver's pass in text order cannot see it; this
// pass, after it, looks for an unresolved short form's full cite among the notes
// whose marker precedes the short form.

extension Resolver {
    /// How many displaced full cites one short form looks at (the latest in reading order):
    /// an input of thousands of notes must not make this quadratic.
    static let noteSearchDepth = 256

    /// Resolves short case cites and supra left without an antecedent by the full cites of
    /// notes printed before them. `readingPositions[i]` is where citation `i` is read: its
    /// note's marker for a cite in a note, else its own start.
    static func resolveFromEarlierNotes(_ cites: inout [Citation], readingPositions pos: [Int]) {
        guard pos.count == cites.count else { return }
        // full cites read before where they stand (in notes collected after the body), by reading position
        let displaced = cites.indices.filter { cites[$0].kind == .fullCase && pos[$0] < cites[$0].span.start && cites[$0].historyOf == nil }
            .sorted { pos[$0] < pos[$1] }
        guard !displaced.isEmpty else { return }
        // their party names, keyed once (not once per short form that looks at them)
        var keys: [Int: [String]] = [:]
        for j in displaced { keys[j] = names(of: j, cites).map { NameKey.make($0) } }
        var resolved = Set<Int>()
        for i in cites.indices where (cites[i].kind == .shortCase || cites[i].kind == .supra) && cites[i].antecedent == nil {
            let want = (cites[i].caseName?.plaintiff ?? cites[i].caseName?.defendant).map { NameKey.make($0) } ?? ""
            // the displaced cites read before this one, latest first
            var hi = displaced.count
            var lo = 0
            while lo < hi { let mid = (lo + hi) / 2; if pos[displaced[mid]] < pos[i] { lo = mid + 1 } else { hi = mid } }
            var found: Int? = nil
            for j in displaced[max(0, lo - noteSearchDepth)..<lo].reversed() where j > i && refersTo(cites[i], want, j, keys[j] ?? [], cites) {
                found = j
                break
            }
            guard var j = found else { continue }
            if let f = cites[j].parallel.min(), f < j, cites[f].kind == .fullCase, cites[i].volume != cites[j].volume { j = f }
            cites[i].antecedent = j
            assignShortName(&cites[i], from: cites[j])
            cites[i].authority = cites[j].authority
            resolved.insert(i)
        }
        guard !resolved.isEmpty else { return }
        // an Id. (or short form) that pointed at a short form resolved here counts for its authority
        for k in cites.indices {
            guard let a = cites[k].antecedent, resolved.contains(a) else { continue }
            switch cites[k].kind {
            case .id, .shortCase, .supra, .reference:
                cites[k].authority = cites[a].authority
                resolved.insert(k)
            default: break
            }
        }
    }

    /// Short form `c` (its name keyed `want`) names full cite `j` (its parties keyed
    /// `parties`): the same volume and reporter for a short case cite (a parallel's
    /// too), a party's name for a supra.
    static func refersTo(_ c: Citation, _ want: String, _ j: Int, _ parties: [String], _ cites: [Citation]) -> Bool {
        if c.kind == .shortCase, let v = c.volume, let r = c.reporter {
            if cites[j].volume == v && cites[j].reporter == r { return true }
            return cites[j].parallel.contains { cites[$0].volume == v && cites[$0].reporter == r }
        }
        return !want.isEmpty && parties.contains { $0.containsBytes(want) }
    }
}
