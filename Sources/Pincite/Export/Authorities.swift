// Authorities: the authorities an opinion cites, each with its category, its
// full form and every citation that refers to it — the model behind the Table
// of Authorities and the "authority" column of the citation table.
//
// Grouping is by the resolver's authority key, so short forms, Id., supra and
// short references count for the authority they resolve to, and parallel
// cites for the first of their group. A group becomes an authority only when
// it holds a full citation (a case, statute, regulation, rule, constitutional
// provision or journal article), or an Id. that names another section of the code
// cited before it ("Id. § 1985(3)" after "42 U.S.C. § 1983"): record and internal cites are the case's own
// papers, not authorities, and a short form whose antecedent was never found
// has no full form to show.
//
// The full form is built from the parsed parts, not copied from the text,
// because the text carries the pincite and the signal, which a table of
// authorities leaves out (bluebook.md §4, "Entry text").
//
// Pages are the pages a citation is printed on (`citedPages()`): a citation in
// a footnote counts for the page of the note's marker. Two stopgaps for what
// the parser leaves undone are kept here, each documented where it is made:
// that page rule (web and CAP text put all notes after the last star page) and
// parallel cites left unlinked after a pincite (`unlinkedParallels()`).

import Foundation

/// The headings of a Table of Authorities, in the order they are printed.
public enum AuthorityCategory: String, Sendable, CaseIterable {
    case cases = "Cases"
    case constitutionalProvisions = "Constitutional Provisions"
    case statutes = "Statutes"
    case rules = "Rules"
    case regulations = "Regulations"
    case otherAuthorities = "Other Authorities"

    /// The category of a full citation of `kind`; nil for kinds that are not authorities.
    init?(fullKind kind: CitationKind) {
        switch kind {
        case .fullCase: self = .cases
        case .constitution: self = .constitutionalProvisions
        case .statute: self = .statutes
        case .rule: self = .rules
        case .regulation: self = .regulations
        case .journal, .book, .legislative: self = .otherAuthorities
        default: return nil
        }
    }
}

/// One cited authority.
public struct Authority: Sendable {
    /// The resolver's authority key ("532 U.S. 234", "28 U.S.C. § 636").
    public var key: String
    public var category: AuthorityCategory
    /// The full form without pincite or signal ("Easley v. Cromartie, 532 U.S. 234 (2001)").
    public var fullForm: String
    /// The case name alone, for cases ("Easley v. Cromartie"); nil otherwise.
    public var caseName: String?
    /// Index of the first full citation of the authority.
    public var first: Int
    /// Indexes of every citation that refers to it, in reading order.
    public var citations: [Int]
    /// The distinct opinion pages on which it is cited, ascending.
    public var pages: [Int]
    /// True when some citation of it has no known page (unpaginated input).
    public var hasUnknownPage: Bool
}

extension Document {
    /// The authorities cited in the opinion, in Table of Authorities order:
    /// by category, cases alphabetically by name, the others by their full form
    /// (numbers compared as numbers: "28 U.S.C. § 1331" before "§ 1391").
    public func authorities() -> [Authority] {
        var byKey: [String: Authority] = [:]
        var order: [String] = []
        let unlinked = unlinkedParallels()
        // the key of an unlinked parallel counts as the key of the cite it follows
        var keyAlias: [String: String] = [:]
        for (j, i) in unlinked {
            if let a = citations[j].authority, let b = citations[i].authority, a != b { keyAlias[a] = b }
        }
        func key(_ c: Citation) -> String? { c.authority.map { keyAlias[$0] ?? $0 } }
        // first pass: full citations make the authorities, and so does an Id. that cites
        // another section of the code before it ("Id. § 1985(3)" after "42 U.S.C. § 1983")
        for (i, c) in citations.enumerated() {
            let idOf = c.kind == .id ? Resolver.idSection(c, citations)?.statute : nil
            guard let key = key(c), byKey[key] == nil, c.historyOf == nil || c.kind != .fullCase,
                  let category = AuthorityCategory(fullKind: idOf.map { citations[$0].kind } ?? c.kind) else { continue }
            // a parallel cite shares the key of the first of its group, which made the entry
            let name = category == .cases ? caseNameText(c) : nil
            byKey[key] = Authority(key: key, category: category, fullForm: fullForm(i, category, unlinked: unlinked),
                                   caseName: name, first: i, citations: [], pages: [], hasUnknownPage: false)
            order.append(key)
        }
        // second pass: every citation counts for its authority, short forms and Id. included
        let pages = citedPages()
        for (i, c) in citations.enumerated() {
            guard let key = key(c), byKey[key] != nil else { continue }
            byKey[key]!.citations.append(i)
            if let p = pages[i] { byKey[key]!.pages.append(p) } else { byKey[key]!.hasUnknownPage = true }
        }
        var list = order.map { key -> Authority in
            var a = byKey[key]!
            a.pages = Array(Set(a.pages)).sorted()
            return a
        }
        let categories = AuthorityCategory.allCases
        list.sort { l, r in
            if l.category != r.category {
                return categories.firstIndex(of: l.category)! < categories.firstIndex(of: r.category)!
            }
            let a = Self.sortKey(l.caseName ?? l.fullForm), b = Self.sortKey(r.caseName ?? r.fullForm)
            let o = a.compare(b, options: [.numeric, .caseInsensitive])
            return o == .orderedSame ? l.first < r.first : o == .orderedAscending
        }
        return list
    }

    /// The opinion page on which each citation is printed: its location's page,
    /// except that a citation in a footnote is on the page of the footnote's
    /// marker — where the note is printed — which differs from where the note's
    /// text stands when the input collects the notes at the end (web and CAP
    /// text, whose star pages then put every note on the last page).
    public func citedPages() -> [Int?] {
        let notes = tree.footnotes.filter { $0.markerPage != nil }
        return citations.map { c in
            guard c.location.footnote != nil,
                  let note = notes.first(where: { $0.span.start <= c.span.start && c.span.start < $0.span.end }) else {
                return c.location.page
            }
            return note.markerPage
        }
    }

    /// Parallel cites the parser did not link: a full case cite without a name
    /// that follows a full cite with nothing but a comma between them, the first
    /// having no court or year of its own ("In the Interest of O.J.,
    /// 257 Ga.App. 1, 3-4(2), 570 S.E.2d 79 (2002)" — a pincite on the first
    /// reporter keeps the parser from linking them). Maps the later cite's index
    /// to the first one's. A stopgap until the parser links these itself; then
    /// this finds nothing.
    func unlinkedParallels() -> [Int: Int] {
        var out: [Int: Int] = [:]
        let t = source.text
        for j in citations.indices.dropFirst() {
            let c = citations[j]
            guard c.kind == .fullCase, c.caseName == nil, c.parallel.isEmpty, c.volume != nil else { continue }
            var i = j - 1
            while i > 0, out[i] != nil { i -= 1 }   // a chain of parallels follows its first
            let p = citations[i]
            guard p.kind == .fullCase, p.year == nil, p.court == nil, p.parallel.isEmpty,
                  p.span.end <= c.span.start, c.span.start - p.span.end <= 14 else { continue }
            var between = t[p.span.end..<c.span.start]
            // a subdivision after the pincite ("3-4(2), 570 S.E.2d 79") may stand between
            if between.first == 0x28, let close = between.firstIndex(of: 0x29), close - between.startIndex <= 4 {
                between = between[(close + 1)...]
            }
            if between.allSatisfy({ $0 == 0x2C || $0 == 0x20 || $0 == 0x0A }) && between.contains(0x2C) { out[j] = i }
        }
        return out
    }

    /// A map from citation index to the index of its authority in `list`.
    public func authorityIndex(_ list: [Authority]) -> [Int: Int] {
        var m: [Int: Int] = [:]
        for (a, auth) in list.enumerated() { for i in auth.citations { m[i] = a } }
        return m
    }

    /// Alphabetizing ignores leading punctuation ("‘Ohana" files under O).
    static func sortKey(_ s: String) -> String {
        String(s.drop { !$0.isLetter && !$0.isNumber })
    }

    /// "Plaintiff v. Defendant", "In re Name", or nil when the cite has no name.
    func caseNameText(_ c: Citation) -> String? {
        guard let n = c.caseName else { return nil }
        let parties = [n.plaintiff, n.defendant].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " v. ")
        let name = [n.procedural, parties.isEmpty ? nil : parties].compactMap { $0 }.joined(separator: " ")
        return name.isEmpty ? nil : name
    }

    /// The full form of citation `i` as a Table of Authorities entry.
    func fullForm(_ i: Int, _ category: AuthorityCategory, unlinked: [Int: Int] = [:]) -> String {
        let c = citations[i]
        switch category {
        case .cases:
            // name, No. docket, every reporter of the parallel group, (court date)
            var parts: [String] = []
            if let n = caseNameText(c) { parts.append(n) }
            if let d = c.docket { parts.append(d) }
            var group = [i] + c.parallel.filter { $0 > i && $0 < citations.count } + unlinked.filter { $0.value == i }.map(\.key)
            group.sort()
            for j in group {
                let p = citations[j]
                if let v = p.volume, let r = p.reporter, let pg = p.page { parts.append("\(v) \(r) \(pg)") }
            }
            var text = parts.joined(separator: ", ")
            let court = group.lazy.compactMap { self.citations[$0].court }.first
            // (a public-domain cite's year is its number already: "2018 IL 122008", not "… (2018)")
            let datedByNumber = group.contains { j in
                let p = self.citations[j]
                return p.reporterType == "neutral" && p.year != nil && p.volume == p.year.map(String.init)
            }
            let when = group.lazy.compactMap { self.citations[$0].dateText ?? (datedByNumber ? nil : self.citations[$0].year.map(String.init)) }.first
            let paren = [court, when].compactMap { $0 }.joined(separator: " ")
            if !paren.isEmpty { text += " (\(paren))" }
            for h in c.history where !h.text.isEmpty { text += ", \(h.phrase), \(h.text)" }
            return text.isEmpty ? collapsedText(c.span) : text
        case .otherAuthorities where c.kind == .book:
            // "5B Wright & Miller, Federal Practice and Procedure" (the key), with the year
            let key = c.authority ?? collapsedText(c.span)
            return key + (c.year.map { " (\($0))" } ?? "")
        case .otherAuthorities where c.kind == .legislative:
            return (c.authority ?? collapsedText(c.span)) + (c.year.map { " (\($0))" } ?? "")
        case .otherAuthorities:
            let parts: [String?] = [caseNameText(c), [c.volume, c.reporter, c.page].compactMap { $0 }.joined(separator: " ")]
            let text = parts.compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
            return text.isEmpty ? collapsedText(c.span) : text + (c.year.map { " (\($0))" } ?? "")
        case .statutes, .regulations:
            let key = (c.authority ?? "").trimmingCharacters(in: .whitespaces)
            return key.isEmpty ? collapsedText(c.span) : key
        case .rules, .constitutionalProvisions:
            // rules and constitutions are cited without "§" before the rule or article
            var section = c.section ?? ""
            if category == .rules, let paren = section.firstIndex(of: "(") { section = String(section[..<paren]) }
            let text = [c.reporter, section.isEmpty ? nil : section].compactMap { $0 }.joined(separator: " ")
            return text.isEmpty ? collapsedText(c.span) : text
        }
    }
}
