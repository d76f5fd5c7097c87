// A federal public or private law as Bluebook R12.4 cites it: its number, the
// section pinned, and where the Statutes at Large print it, as one citation:
// "Pub. L. No. 111-148, § 1501, 124 Stat. 119, 242 (2010)". The section is a
// section of the law, not of a code, and the Statutes at Large cite is a parallel
// of the same law, so the graph counts one authority.

extension Parser {
    /// PublicLaw = ("Pub. L." | "Pvt. L.") "No." Num ["," ("§" | "§§") SectionList]
    ///             ["," Vol "Stat." Page ["," Pin]] [CodeYear] ;
    ///
    /// `law` is the cite read up to its number, which ends before token `after`.
    mutating func finishPublicLaw(_ law: Citation, startToken: Int, after: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int {
        var c = law
        var k = after
        // ", § 1501": the law's own section
        if isKind(k, .comma), isKind(k + 1, .section) {
            var s = k + 1
            while isKind(s, .section) { s += 1 }
            // the sections listed, up to the Statutes at Large volume ("§§ 1501, 1502, 124 Stat. 119")
            if var end = sectionNum(at: s, limit: limit) {
                while isKind(end, .comma), let next = sectionNum(at: end + 1, limit: limit), !startsStatutesAtLarge(end + 1, limit: limit) {
                    end = next
                }
                c.pincite = text(k + 1, through: end - 1)
                k = end
            }
        }
        // ", eff. January 1, 2000": the date the act took effect (Illinois) is part of the cite
        if isKind(k, .comma), equals(k + 1, "eff"), isKind(k + 2, .period), let d = effectiveDateEnd(at: k + 3, limit: limit) { k = d }
        // ", 124 Stat. 119, 242": the Statutes at Large, with a page pinned
        var stat: Citation? = nil
        var statStart = k
        if isKind(k, .comma), startsStatutesAtLarge(k + 1, limit: limit), let (_, afterCode) = matchCode(at: k + 2, limit: limit) {
            statStart = k + 1
            var s = Citation(kind: .statute, span: span(k + 1, afterCode))
            s.volume = text(k + 1)
            s.reporter = "Stat."
            s.page = text(afterCode)
            s.section = text(afterCode)
            k = afterCode + 1
            // a pin is a number that ends the cite ("…, 242 (2010)"), not a list's next volume
            if isKind(k, .comma), isKind(k + 1, .number), !isKind(k + 2, .word) {
                s.pincite = text(k + 1)
                s.span.end = Int(tokens[k + 1].end)
                k += 2
            }
            stat = s
        }
        if isKind(k, .openParen), let y = parseCodeYear(at: k, limit: limit) {
            c.year = y.year
            stat?.year = y.year
            k = y.end
        }
        c.span.end = Int(tokens[k - 1].end)
        let id = add(c, startToken: startToken, nestedIn: nestedIn, phrase: phrase)
        if var s = stat {
            s.span.end = min(s.span.end, c.span.end)
            _ = addParallel(s, of: id, startToken: statStart, nestedIn: nestedIn, phrase: phrase)
        }
        return parseParentheticals(at: k, limit: limit, owner: id)
    }

    /// "January 1, 2000" (or "Jan. 1, 2000") at token `k`, after "eff.": the index after its year, or nil.
    func effectiveDateEnd(at k0: Int, limit: Int) -> Int? {
        var k = k0
        guard k + 3 < limit, isKind(k, .word), tables.months[ReferenceTables.monthKey(text(k))] != nil else { return nil }
        k += 1
        if isKind(k, .period) { k += 1 }
        guard isKind(k, .number), tokens[k].length <= 2, isKind(k + 1, .comma), isYear(k + 2) else { return nil }
        return k + 3
    }

    /// A Statutes at Large cite starts at token `k`: "124 Stat. 119".
    func startsStatutesAtLarge(_ k: Int, limit: Int) -> Bool {
        guard isKind(k, .number), let (entry, afterCode) = matchCode(at: k + 1, limit: limit) else { return false }
        return entry.canonical == "Stat." && isKind(afterCode, .number)
    }
}
