// Resolver: ties every short form to the citation it refers to and gives every
// citation an authority key, so that a citation graph can count "Easley, 532
// U.S. at 242" and "Id." as further cites of "Easley v. Cromartie, 532 U.S. 234".
//
// Rules (Bluebook 4.1, 10.9, 4.2):
// - Id. → the immediately preceding authority — the underlying full cite when
//   that was itself a short form — skipping cites nested in parentheticals and
//   record cites that merely locate the document cited just before them. A body
//   Id. skips footnote cites. After a string cite of several authorities Id. is
//   ambiguous: it still points at the last one and gets a diagnostic.
// - Short case cite → the latest full cite with the same volume and reporter,
//   else the latest whose party name matches.
// - supra → the latest full cite (or journal cite) whose party/author matches.
// - Internal reference by a defined name → the citation that defined it.

/// Resolves antecedents and authority keys in place.
public enum Resolver {
    public static func resolve(_ cites: inout [Citation]) {
        var lastBody: Int? = nil
        var lastAny: Int? = nil
        var definedBy: [String: Int] = [:]
        for i in cites.indices {
            var c = cites[i]
            switch c.kind {
            case .id:
                let target = c.location.footnote == nil ? lastBody : lastAny
                c.antecedent = target
                if let t = target, isAmbiguous(t, cites) {
                    c.checks.append(Check(rule: "4.1", severity: "warning",
                        message: "Id. follows a citation clause with several authorities; it is ambiguous"))
                }
            case .shortCase:
                c.antecedent = findFull(for: c, before: i, cites)
                if let a = c.antecedent { assignShortName(&c, from: cites[a]) }
            case .supra:
                c.antecedent = findByName(c.caseName?.plaintiff, before: i, cites, kinds: [.fullCase, .journal])
            case .internal:
                let key = NameKey.make(cites[i].internalKeyText ?? "")
                if let d = definedBy[key], d != i { c.antecedent = d }
            default:
                break
            }
            if c.kind == .internal, let dn = c.definedName { definedBy[NameKey.make(dn)] = i }
            if c.kind == .record, let dn = c.definedName { definedBy[NameKey.make(dn)] = i }
            c.authority = authorityKey(c, cites)
            cites[i] = c
            // what a following Id. can refer to
            if c.nestedIn == nil, c.kind != .id, !c.locatesPrevious {
                let underlying = (c.kind == .shortCase || c.kind == .supra) ? (c.antecedent ?? i) : i
                lastAny = underlying
                if c.location.footnote == nil { lastBody = underlying }
            }
        }
    }

    /// True when the clause of citation `t` holds more than one top-level authority.
    static func isAmbiguous(_ t: Int, _ cites: [Citation]) -> Bool {
        let clause = cites[t].clause
        var n = 0
        for c in cites where c.clause == clause && c.nestedIn == nil && c.kind != .id && !c.locatesPrevious && c.parallel.isEmpty {
            n += 1
        }
        return n > 1
    }

    /// A short form's one name ("Mylan") belongs to the party of the full cite it
    /// comes from: move it to `defendant` when it matches the defendant only.
    static func assignShortName(_ c: inout Citation, from full: Citation) {
        guard let n = c.caseName, let short = n.plaintiff, n.defendant == nil else { return }
        let key = NameKey.make(short)
        let p = NameKey.make(full.caseName?.plaintiff ?? ""), d = NameKey.make(full.caseName?.defendant ?? "")
        if !key.isEmpty, d.contains(key), !p.contains(key) {
            c.caseName = CaseName(plaintiff: nil, defendant: short, procedural: n.procedural)
        }
    }

    static func findFull(for c: Citation, before i: Int, _ cites: [Citation]) -> Int? {
        var j = i - 1
        while j >= 0 {
            let d = cites[j]
            if d.kind == .fullCase, d.volume == c.volume, d.reporter == c.reporter { return j }
            j -= 1
        }
        return findByName(c.caseName?.plaintiff ?? c.caseName?.defendant, before: i, cites, kinds: [.fullCase])
            ?? findByName(c.caseName?.defendant, before: i, cites, kinds: [.fullCase])
    }

    static func findByName(_ name: String?, before i: Int, _ cites: [Citation], kinds: Set<CitationKind>) -> Int? {
        guard let name = name else { return nil }
        let key = NameKey.firstWord(name) ?? ""
        guard !key.isEmpty else { return nil }
        var j = i - 1
        while j >= 0 {
            let d = cites[j]
            if kinds.contains(d.kind) {
                for party in [d.caseName?.plaintiff, d.caseName?.defendant] {
                    if let party = party, NameKey.make(party).contains(NameKey.make(name)) || NameKey.firstWord(party) == key {
                        return j
                    }
                }
            }
            j -= 1
        }
        return nil
    }

    /// A normalised key shared by all citations of one authority.
    static func authorityKey(_ c: Citation, _ cites: [Citation]) -> String? {
        switch c.kind {
        case .fullCase, .journal:
            if let first = c.parallel.min(), first < c.id, let a = cites[first].authority { return a }
            guard let v = c.volume, let r = c.reporter, let p = c.page else { return nil }
            return "\(v) \(r) \(p)"
        case .shortCase, .id, .supra:
            if let a = c.antecedent, a < c.id { return cites[a].authority }
            if c.kind == .shortCase, let v = c.volume, let r = c.reporter { return "\(v) \(r)" }
            return nil
        case .statute, .regulation, .rule, .constitution:
            var sec = c.section ?? ""
            if let paren = sec.firstIndex(of: "(") { sec = String(sec[..<paren]) }
            let code = c.reporter ?? ""
            return [c.volume, code, sec.isEmpty ? nil : "§ " + sec].compactMap { $0 }.joined(separator: " ")
        case .internal:
            if let a = c.antecedent, a < c.id { return cites[a].authority }
            return "internal:" + NameKey.make(c.definedName ?? c.internalKeyText ?? "")
        case .record:
            return nil
        case .reference, .unknown:
            return nil
        }
    }
}
