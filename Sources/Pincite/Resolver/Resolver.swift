// Resolver: ties every short form to the citation it refers to and gives every
// citation an authority key, so that a citation graph can count "Easley, 532
// U.S. at 242" and "Id." as further cites of "Easley v. Cromartie, 532 U.S. 234".
//
// Rules (Bluebook 4.1, 10.9, 4.2):
// - Id. → the immediately preceding authority — the underlying full cite when
//   that was itself a short form — skipping cites nested in parentheticals and
//   record cites that merely locate the document cited just before them. A body
//   Id. skips footnote cites, and an Id. right after a block quotation skips the
//   cites quoted in it. After a string cite of several authorities Id. is
//   ambiguous: it still points at the last one and gets a diagnostic.
// - Short case cite → the latest full cite with the same volume and reporter
//   (a parallel cite too), else the latest whose party name matches.
// - supra → the latest full cite (or journal cite) whose party/author matches.
// - Internal reference by a defined name → the citation that defined it.
// - A section cited without its code ("§ 1983") → the latest cite of that section with
//   its code ("42 U.S.C. § 1983"), its antecedent and authority; else that section of
//   the code the opinion declares its references to be in (an authority key only: no
//   citation names that code).

/// Resolves antecedents and authority keys in place.
public enum Resolver {
    /// `defaultCode` is the code the opinion says its bare sections are in ("All further
    /// statutory references are to the Welfare and Institutions Code"; see `DefaultCode`).
    /// `readingPositions` (one per citation) is where each is read: the marker of its
    /// note for a cite in a note; with it, short forms find full cites in notes that are
    /// printed before them but stored after them (see `resolveFromEarlierNotes`).
    /// `blockQuotes` are the spans of the opinion's block quotations, in text order: an Id.
    /// right after one refers to the authority cited before it, not to a cite quoted in it.
    public static func resolve(_ cites: inout [Citation], defaultCode: String? = nil, readingPositions: [Int]? = nil,
                               blockQuotes: [Span] = []) {
        resolveInTextOrder(&cites, defaultCode: defaultCode, blockQuotes: blockQuotes, readingPositions: readingPositions)
        if let pos = readingPositions { resolveFromEarlierNotes(&cites, readingPositions: pos) }
    }

    static func resolveInTextOrder(_ cites: inout [Citation], defaultCode: String?, blockQuotes quotes: [Span],
                                   readingPositions pos: [Int]? = nil) {
        // the declared code as the opinion abbreviates it where it cites it with a section
        let bareCode = defaultCode.map { declared in
            DefaultCode.spelling(of: declared, among: cites.compactMap { $0.kind == .statute ? $0.reporter : nil })
        }
        var lastBody: Int? = nil
        var lastAny: Int? = nil
        // the same, skipping code sections (for an Id. that pins a page)
        var lastBodyPaged: Int? = nil
        var lastAnyPaged: Int? = nil
        var definedBy: [String: Int] = [:]
        // latest full cite per "volume reporter page" ("Coggins, 2014 WL 495646, at *2" names its page)
        var fullByPage: [String: Int] = [:]
        // every full cite per "volume reporter", in text order: one volume holds many cases
        var fullsByVolume: [String: [Int]] = [:]
        // latest full journal cite per "volume journal"
        var journalByVolume: [String: Int] = [:]
        // latest full (or journal) cite per first word of a party name
        var byName = NameIndex()
        // first cite of each legislative document, by authority key
        var firstLegislative: [String: Int] = [:]
        // latest statute or regulation cited with its code, by section ("1983" → 42 U.S.C. § 1983)
        var codeBySection: [String: Int] = [:]
        var quoteWatch = QuoteWatch(quotes)
        // what an Id. read right after citation i would refer to (`lastAny`, `lastAnyPaged` once i is
        // read): a note's first Id. refers to what its marker's sentence cites, not to the cites
        // printed between the marker and the note at the page's foot
        var anyAfter = [(Int?, Int?)](repeating: (nil, nil), count: pos == nil ? 0 : cites.count)
        for i in cites.indices {
            defer { if pos != nil { anyAfter[i] = (lastAny, lastAnyPaged) } }
            // the citation is taken out of the array while it is resolved and put back at the end
            // (a copy in and out retained and released every field, ~2% of a parse); nothing in
            // between reads `cites[i]`, which holds an empty placeholder meanwhile
            var c = Citation(kind: .fullCase, span: Span(0, 0))
            swap(&c, &cites[i])
            defer { swap(&c, &cites[i]) }
            let inBody = c.location.footnote == nil
            if inBody { quoteWatch.see(c.span, lastBody: lastBody, lastBodyPaged: lastBodyPaged) }
            defer { if inBody { quoteWatch.passed(i) } }
            // nested in a short form that has since become a parallel's member: the head of the group
            if let n = c.nestedIn, let f = cites[n].parallel.min(), f < n { c.nestedIn = f }
            switch c.kind {
            case .id:
                var target = c.location.footnote == nil ? lastBody : lastAny
                var paged = c.location.footnote == nil ? lastBodyPaged : lastAnyPaged
                // a note's first Id. after body cites printed between its marker and the note (a
                // page-foot note): the cite of the marker's own sentence, right after the marker
                // ("… claim for relief.1  Dkt. 4."), else the last cite read before the marker
                if let note = c.location.footnote, let pos = pos, pos[i] < c.span.start,
                   i == 0 || cites[i - 1].location.footnote != note,   // (the note's first cite)
                   let t = lastAny, cites[t].location.footnote == nil, cites[t].span.start > pos[i] {
                    // (looked for a few hundred back, as `citationReadBefore` does: thousands of notes stay linear)
                    if let k = stride(from: i - 1, through: max(0, i - 400), by: -1).first(where: {
                        cites[$0].location.footnote == nil && cites[$0].span.start >= pos[i] && cites[$0].span.start - pos[i] <= 6 }) {
                        (target, paged) = anyAfter[k]
                    } else if let before = citationReadBefore(i, pos) {
                        (target, paged) = anyAfter[before]
                    }
                    (lastAny, lastAnyPaged) = (target, paged)   // (the note's next Id. goes on from here)
                }
                // "In Smith, the court explained: [a block quotation citing Brown] Id. at 461." cites
                // Smith: the cites inside the quotation are the quoted court's, not this one's
                if inBody, let before = quoteWatch.targets(forIdAt: c.span, cites) { (target, paged) = before }
                // "Id. at 614" pins a page: a code section mentioned in between ("under
                // § 10310(c)(1)") is not what it refers to
                if let t = target, pinsAPage(c), isCodeCitedBySection(cites[t]) { target = paged }
                // a pin before the case's first page: the case before it that holds the page, and
                // what the Ids after this one refer to
                if let t = target, let pin = firstPinnedPage(c), caseHolds(t, page: pin, cites) == false,
                   let fitting = caseFittingPin(pin, before: i, cites) {
                    target = fitting
                    lastAny = fitting
                    lastAnyPaged = fitting
                    if inBody { (lastBody, lastBodyPaged) = (fitting, fitting) }
                }
                c.antecedent = target   // an ambiguous Id. is reported by BluebookChecker (IdAntecedentRule)
            case .shortCase:
                // "Coggins, 2014 WL 495646, at *2" names its page: match it exactly first
                let volumeKey = (c.volume ?? "") + " " + (c.reporter ?? "")
                c.antecedent = (c.page != nil ? fullByPage[volumeKey + " " + c.page!] : nil)
                    ?? sameVolumeTarget(c, fullsByVolume[volumeKey] ?? [], cites)
                    ?? byName.latest(c.caseName?.plaintiff, kinds: [.fullCase], cites)
                    ?? byName.latest(c.caseName?.defendant, kinds: [.fullCase], cites)
                // a short form found by its volume and reporter keeps that cite as its antecedent,
                // also when it is a parallel ("830 N.E.2d at 479" → "830 N.E.2d 467", not the
                // Ill. 2d cite before it); one found by name points at the head of the group
                if c.antecedent == nil || c.volume == nil || cites[c.antecedent!].volume != c.volume,
                   let a = c.antecedent, let f = cites[a].parallel.min(), f < a, cites[f].kind == .fullCase { c.antecedent = f }
                if let a = c.antecedent { assignShortName(&c, from: cites[a]) }
                linkParallelOfNamedShortForm(&c, i, cites: &cites)
                // "Id., 432 U.S. at 294": the Id. refers to what its own short cite names
                // (after a comma: "See id. at *4; Certain Real Property, 751 F. Supp. at 1063" is a string)
                if let a = c.antecedent, i > 0, cites[i - 1].kind == .id, cites[i - 1].nestedIn == c.nestedIn,
                   !c.continuesString, (0...3).contains(c.span.start - cites[i - 1].span.end) {
                    cites[i - 1].antecedent = cites.groupHead(a)
                    cites[i - 1].authority = authorityKey(cites[i - 1], cites)
                }
            case .supra:
                // "State v. Worm, supra note 19": both parties, and the note the full cite stands in
                let name = c.caseName.map { n in n.defendant.map { (n.plaintiff ?? "") + " v. " + $0 } ?? n.plaintiff } ?? nil
                let volumeKey = (c.volume ?? "") + " " + (c.reporter ?? "")
                // "T.J.S., supra, 212 N.J. at 343": the cite in that volume, a later decision's too
                c.antecedent = (c.volume != nil ? sameVolumeTarget(c, fullsByVolume[volumeKey] ?? [], cites) : nil)
                    ?? byName.latest(name, kinds: [.fullCase, .journal, .book], cites, inNote: Resolver.noteNumber(c.title))
                    ?? onlyAuthority(inNote: Resolver.noteNumber(c.title), before: i, cites)
                if let a = c.antecedent, let f = cites[a].parallel.min(), f < a { c.antecedent = f }
                // "Royer, supra, at 500": the defendant's name, as a short cite's ("Florida v. Royer")
                if let a = c.antecedent, cites[a].kind == .fullCase { assignShortName(&c, from: cites[a]) }
            case .reference:
                if let a = c.antecedent, let f = cites[a].parallel.min(), f < a { c.antecedent = f }
            case .journal where c.page == nil:
                // a journal's short form ("Berg, 37 Cal. L. Rev. at 22") refers to its full cite
                c.antecedent = journalByVolume[(c.volume ?? "") + " " + (c.reporter ?? "")]
            case .legislative:
                // a later cite of a committee's analysis without its session refers to the first
                // ("Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666, at p. 6")
                if c.volume == nil, c.author != nil || c.title != nil, let key = legislativeKey(c) { c.antecedent = firstLegislative[key] }
            case .internal:
                let key = NameKey.make(c.internalKeyText ?? "")
                if let d = definedBy[key], d != i { c.antecedent = d }
            default:
                break
            }
            if c.kind == .fullCase {
                let volumeKey = (c.volume ?? "") + " " + (c.reporter ?? "")
                // a later decision in subsequent history counts only while the volume has no other cite
                if c.historyOf == nil || fullsByVolume[volumeKey] == nil { fullsByVolume[volumeKey, default: []].append(i) }
                if let pg = c.page { fullByPage[volumeKey + " " + pg] = i }
            }
            if c.kind == .journal, c.page != nil { journalByVolume[(c.volume ?? "") + " " + (c.reporter ?? "")] = i }
            if c.kind == .fullCase || c.kind == .journal && c.page != nil || c.kind == .book, (c.parallel.min() ?? i) >= i,
               c.historyOf == nil { byName.add(c, i) }
            if c.kind == .internal, let dn = c.definedName { definedBy[NameKey.make(dn)] = i }
            if c.kind == .record, let dn = c.definedName { definedBy[NameKey.make(dn)] = i }
            c.authority = authorityKey(c, cites)
            if c.kind == .statute || c.kind == .regulation, let base = baseSection(c.section) {
                if (c.reporter ?? "").isEmpty, c.volume == nil {
                    resolveBareSection(&c, codeCite: codeBySection[base], declaredCode: bareCode, cites)
                } else if let code = c.reporter, !code.isEmpty, !isSessionLaw(code), isCodeCitedBySection(c) {
                    codeBySection[base] = i
                }
            }
            if c.kind == .legislative, c.antecedent == nil, let key = c.authority, firstLegislative[key] == nil { firstLegislative[key] = i }
            // what a following Id. can refer to
            // (a cross-reference to a part of the opinion, "infra Section III.A.1", is none; nor is a
            // case named in the prose without a page, "like the officer in Hicks,": "Id. at 344"
            // after it still cites the case cited before, as the gold's textual mentions have it)
            if c.nestedIn == nil, c.kind != .id, !c.locatesPrevious, c.historyOf == nil,
               c.kind != .reference || (c.antecedent != nil && c.pincite != nil),
               !isUnresolvedParallelPin(c, i, cites) {
                var underlying = (c.kind == .shortCase || c.kind == .supra || c.kind == .reference) ? (c.antecedent ?? i) : i
                // (this citation itself is `c` until the loop puts it back)
                if let firstParallel = (underlying == i ? c.parallel : cites[underlying].parallel).min(), firstParallel < underlying {
                    underlying = firstParallel
                }
                lastAny = underlying
                if c.location.footnote == nil { lastBody = underlying }
                if !(underlying == i ? isCodeCitedBySection(c) : isCodeCitedBySection(cites[underlying])) {
                    lastAnyPaged = underlying
                    if c.location.footnote == nil { lastBodyPaged = underlying }
                }
            }
        }
    }

    /// The citation read last before citation `i` (a note's cite, read at its note's marker):
    /// the one with the greatest reading position before `i`'s among those stored before it
    /// (the latest of them on a tie), looking a few hundred back.
    static func citationReadBefore(_ i: Int, _ pos: [Int]) -> Int? {
        var best: Int? = nil
        for k in stride(from: i - 1, through: max(0, i - 400), by: -1) where pos[k] < pos[i] {
            if best == nil || pos[k] > pos[best!] { best = k }
        }
        return best
    }

    /// An unresolved short cite right after an Id. or a cross-reference, after its comma: the
    /// other reporter's pin of the same authority ("Id. at 523, 27 A.2d at 171-72", "Majority
    /// op. at 172, 100 A.3d at 1137"). A following Id. refers to what that cite refers to,
    /// not to this pin (whose volume may even be misprinted).
    static func isUnresolvedParallelPin(_ c: Citation, _ i: Int, _ cites: [Citation]) -> Bool {
        // (a third reporter's pin after the second: "majority op. at 274, 920 N.Y.S.2d at 291,
        // 945 N.E.2d at 484")
        var j = i
        var pin = c
        while pin.kind == .shortCase, pin.antecedent == nil, !pin.continuesString, j > 0, j > i - 4 {
            let before = cites[j - 1]
            guard before.nestedIn == pin.nestedIn, (0...3).contains(pin.span.start - before.span.end) else { return false }
            if before.kind == .id || before.kind == .internal { return true }
            j -= 1
            pin = before
        }
        return false
    }

    /// Whether an Id. pins a page ("Id. at 614", "id. at *3"), not a section or paragraph.
    static func pinsAPage(_ c: Citation) -> Bool {
        guard let pin = c.pincite, let first = pin.utf8.first else { return false }
        // a page, a star page, or a paragraph of a public-domain cite ("See id., ¶¶ 24-27"
        // after "WIS. STAT. § 100.01" in running text refers to the case before it)
        return (first >= 0x30 && first <= 0x39) || first == 0x2A || pin.hasPrefix("¶")
    }

    /// A statute, regulation, rule or constitution, which is pinned by section, not by
    /// page (the Statutes at Large and the Federal Register are cited by page).
    static func isCodeCitedBySection(_ c: Citation) -> Bool {
        // a Restatement is a treatise as well: "Id., at 207" cites its page
        if c.reporter?.hasPrefix("Restatement") == true { return false }
        switch c.kind {
        case .statute, .regulation, .rule, .constitution: return !CodeKinds.citedByPage.contains(c.reporter ?? "")
        default: return false
        }
    }

    /// The full cite a short case cite refers to among the earlier full cites of its
    /// volume and reporter: the latest whose party the short form names ("Hill, 199
    /// Ill. 2d at 458" after Walden, 199 Ill. 2d 392, came later); without a matching
    /// name, the latest whose first page is the closest at or before the pincite;
    /// otherwise the latest. Nil when the volume has no full cite.
    /// "16" of a supra's "supra note 16" (its title); nil without a note.
    static func noteNumber(_ title: String?) -> String? {
        guard let t = title, let r = t.range(of: "note ") else { return nil }
        let digits = t[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }

    static func sameVolumeTarget(_ c: Citation, _ all: [Int], _ cites: [Citation]) -> Int? {
        guard let last = all.last else { return nil }
        guard all.count > 1 else { return last }
        // the latest 256 of them: a text of thousands of cites to one volume must not make the
        // resolver quadratic
        let candidates = all.suffix(256)
        // both parties named ("State v. Vela, supra note 2, 272 Neb. at 292"): the cite of
        // both, before one that shares the government's name ("State v. Barfield")
        if let p = c.caseName?.plaintiff, let d = c.caseName?.defendant {
            let wantP = NameKey.make(p), wantD = NameKey.make(d)
            if !wantP.isEmpty, !wantD.isEmpty, let j = candidates.last(where: { j in
                let keys = names(of: j, cites).map(NameKey.make)
                return keys.contains { $0.containsBytes(wantP) } && keys.contains { $0.containsBytes(wantD) }
            }) { return j }
        }
        for name in [c.caseName?.plaintiff, c.caseName?.defendant] {
            guard let name = name else { continue }
            let want = NameKey.make(name)
            guard !want.isEmpty else { continue }
            if let j = candidates.last(where: { names(of: $0, cites).contains { NameKey.make($0).containsBytes(want) } }) { return j }
        }
        if let pin = leadingNumber(c.pincite) {
            var best: (page: Int, index: Int)? = nil
            for j in candidates {
                if let p = leadingNumber(cites[j].page), p <= pin, best == nil || p >= best!.page { best = (p, j) }
            }
            if let b = best { return b.index }
        }
        return last
    }

    /// The party names of cite `j`, or of the first cite of its parallel group.
    static func names(of j: Int, _ cites: [Citation]) -> [String] {
        var k = j
        if cites[j].caseName == nil, let f = cites[j].parallel.min(), f < j { k = f }
        return [cites[k].caseName?.plaintiff, cites[k].caseName?.defendant].compactMap { $0 }
    }

    /// The one authority (case, article or book) cited in note `note` before cite `i`, when
    /// the note cites exactly one: "DSM-IV-TR, supra note 99 at 49" names the manual by a
    /// short name the note never defines, but note 99 cites nothing else.
    static func onlyAuthority(inNote note: String?, before i: Int, _ cites: [Citation]) -> Int? {
        guard let note else { return nil }
        var found: Int? = nil
        for j in stride(from: i - 1, through: 0, by: -1) where cites[j].location.footnote == note {
            let c = cites[j]
            guard c.nestedIn == nil, c.historyOf == nil,
                  c.kind == .fullCase || c.kind == .book || (c.kind == .journal && c.page != nil) else { continue }
            let head = cites.groupHead(j)
            if let f = found, f != head { return nil }
            found = head
        }
        return found
    }

    /// The number a page or pincite starts with ("458-59" → 458); nil for "*2" or none.
    static func leadingNumber(_ s: String?) -> Int? {
        guard let s = s else { return nil }
        var n = 0, digits = 0
        for b in s.utf8 {
            guard b >= 0x30, b <= 0x39, digits < 9 else { break }
            n = n * 10 + Int(b - 0x30)
            digits += 1
        }
        return digits > 0 ? n : nil
    }

    /// "Angott, supra at 486, 717 N.W.2d 341": the reporter cite right after a named
    /// short form or supra, of the same authority (its parallel), is that short form's
    /// parallel and carries its name.
    static func linkParallelOfNamedShortForm(_ c: inout Citation, _ i: Int, cites: inout [Citation]) {
        // fields are read in place: copying a whole citation per short form cost ~1% of a parse
        guard c.caseName == nil, i > 0, let a = c.antecedent, cites[i - 1].kind == .supra || cites[i - 1].kind == .shortCase,
              cites[i - 1].span.end <= c.span.start, c.span.start - cites[i - 1].span.end <= 3,
              let name = cites[i - 1].caseName, let pa = cites[i - 1].antecedent,
              pa == a || cites[pa].parallel.contains(a) || cites[a].parallel.contains(pa) else { return }
        c.caseName = name
        let group = cites[i - 1].parallel
        c.parallel = [i - 1] + group
        for k in group where k < i { cites[k].parallel.append(i) }
        cites[i - 1].parallel.append(i)
        // the group's parentheticals are the named short form's, as a full cite's are its head's
        // ("Shea, supra, 81 Cal.App.3d at p. 570, 146 Cal.Rptr. 653 [where physician …]")
        if cites[i - 1].parentheticals.isEmpty, !c.parentheticals.isEmpty {
            cites[i - 1].parentheticals = c.parentheticals
            c.parentheticals = []
        }
    }

    /// A short form's one name ("Mylan") belongs to the party of the full cite it
    /// comes from: move it to `defendant` when it matches the defendant only.
    static func assignShortName(_ c: inout Citation, from full: Citation) {
        // ("In re Softalk Pub. Co., Inc., 856 F.2d at 1330" keeps its own name whatever the full cite's parties)
        guard let n = c.caseName, let short = n.plaintiff, n.defendant == nil, n.procedural == nil else { return }
        let key = NameKey.make(short)
        let p = NameKey.make(full.caseName?.plaintiff ?? ""), d = NameKey.make(full.caseName?.defendant ?? "")
        if !key.isEmpty, d.containsBytes(key), !p.containsBytes(key) {
            c.caseName = CaseName(plaintiff: nil, defendant: short, procedural: n.procedural)
        }
    }

    /// `s` with every dash a hyphen and no spaces around it: CAP's scans print "5/2 — 615"
    /// and "5/2— 615" for "5/2-615", and en dashes stand for hyphens in ranges.
    static func plainDashes(_ s: String) -> String {
        guard s.utf8.contains(0xE2) || s.utf8.contains(0x2D) else { return s }
        var out: [UInt8] = []
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            let dash = b[i] == 0x2D ? 1 : (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94)) ? 3 : 0
            if dash > 0 {
                while out.last == 0x20 { out.removeLast() }
                out.append(0x2D)
                i += dash
                while i < b.count, b[i] == 0x20 { i += 1 }
                continue
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// For an Id. that pins one section of the code its antecedent cites ("Id. § 1985(3)"
    /// after "42 U.S.C. § 1983", or after an Id. of it): that statute's citation and the
    /// pinned section ("1985(3)"), when the section is another than the statute's own.
    /// Nil for an Id. that pins a subsection of the same section ("Id. § 1983(b)"), pins
    /// several ("§§ 2, 3"), or refers to anything but a statute or regulation cited by section.
    public static func idSection(_ c: Citation, _ cites: [Citation]) -> (statute: Int, section: String)? {
        guard c.kind == .id, var t = c.antecedent, t < c.id, let pin = c.pincite, pin.hasPrefix("§ ") else { return nil }
        var hops = 0
        while cites[t].kind == .id, let a = cites[t].antecedent, a < t, hops < 64 { t = a; hops += 1 }
        // (statutes and regulations: a constitution's or a rule's "§" is a part of its article or rule)
        guard cites[t].kind == .statute || cites[t].kind == .regulation, isCodeCitedBySection(cites[t]),
              let code = cites[t].reporter, !code.isEmpty, !isSessionLaw(code),
              let own = cites[t].section ?? cites[t].page else { return nil }
        var section = String(pin.dropFirst(2))
        // Illinois: "id. § 31-4" after "720 ILCS 5/8-4" is a section of the same act, 5/31-4
        if !section.contains("/"), let slash = own.firstIndex(of: "/"), !own[..<slash].isEmpty, own[..<slash].allSatisfy(\.isNumber) {
            section = own[...slash] + section
        }
        // a list or a range of sections names no single one
        guard !section.isEmpty, !section.contains(","), !section.contains(" "), !section.hasPrefix("§") else { return nil }
        func base(_ s: String) -> Substring { s.prefix { $0 != "(" } }
        return base(section) == base(own) ? nil : (t, section)
    }

    /// A section cited without its code (`c`): a further cite of the latest cite of that
    /// section with its code (`codeCite`, "42 U.S.C. § 1983" for "§ 1983"), its antecedent;
    /// else that section of the code the opinion declares (`declaredCode`), by key only.
    static func resolveBareSection(_ c: inout Citation, codeCite: Int?, declaredCode: String?, _ cites: [Citation]) {
        var named = c
        if let t = codeCite {
            named.reporter = cites[t].reporter
            named.volume = cites[t].volume
            c.antecedent = t
        } else if c.kind == .statute, let code = declaredCode {
            named.reporter = code
        } else {
            return
        }
        c.authority = authorityKey(named, cites)
    }

    /// The section a statute cite names, without subsections or further sections:
    /// "786(a)" → "786", "11359, 11357" → "11359", "125.25 (1)" → "125.25"; nil for none.
    static func baseSection(_ section: String?) -> String? {
        guard let s = section else { return nil }
        let u = s.utf8
        let end = u.firstIndex { $0 == 0x28 || $0 == 0x2C || $0 == 0x20 || $0 == 0x3B } ?? u.endIndex
        return end == u.startIndex ? nil : (end == u.endIndex ? s : String(s[..<end]))
    }

    /// A session law or a numbered act, whose "§ 2" is a part of the one law cited
    /// ("2020 N.C. Sess. Laws 2020-17", "Stats. 2014, ch. 249", "Pub. L. No. 111-148"),
    /// not another section of a code.
    static func isSessionLaw(_ code: String) -> Bool {
        if CodeKinds.citedByNumber.contains(code) || code == "Stats." || code == "St." || code == "Ga. L." || code == "L." { return true }
        // (on bytes: Foundation's suffix and substring tests cost thousands of instructions a call)
        let b = Array(code.utf8)
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            return b.count >= n && (0..<n).allSatisfy { b[b.count - n + $0] == s.utf8Start[$0] }
        }
        return ends("Laws") || ends("Acts") || ByteScan.contains(b, from: 0, to: b.count, Array("Sess.".utf8))
    }

    /// A normalised key shared by all citations of one authority.
    static func authorityKey(_ c: Citation, _ cites: [Citation]) -> String? {
        switch c.kind {
        case .fullCase, .journal:
            if c.kind == .journal, c.page == nil { return c.antecedent.flatMap { $0 < c.id ? cites[$0].authority : nil } }
            if let first = c.parallel.min(), first < c.id, let a = cites[first].authority { return a }
            // a case cited by docket alone: "No. 04-C-1425 (N.D. Ill.)"; with a database cite after
            // it (Michigan's unpublished opinions), by that cite, as other opinions cite it
            if c.reporter == nil, let d = c.docket {
                if let j = c.parallel.first(where: { $0 > c.id }), let v = cites[j].volume, let r = cites[j].reporter, let p = cites[j].page {
                    return "\(v) \(r) \(p)"
                }
                return c.court.map { "\(d) (\($0))" } ?? d
            }
            guard let r = c.reporter, let p = c.page else { return nil }
            guard let v = c.volume else { return "\(r) \(p)" }  // a looseleaf cited by paragraph alone
            return "\(v) \(r) \(p)"
        case .shortCase, .id, .supra, .reference:
            // "Id. § 1985(3)" after "42 U.S.C. § 1983" cites another section of that code
            if c.kind == .id, let (statute, section) = idSection(c, cites) {
                var other = cites[statute]
                other.section = section
                return authorityKey(other, cites)
            }
            if let a = c.antecedent, a < c.id { return cites[a].authority }
            if c.kind == .shortCase, let v = c.volume, let r = c.reporter { return "\(v) \(r)" }
            return nil
        case .statute, .regulation, .rule, .constitution:
            // the Statutes at Large cite of a public law is that law ("124 Stat. 119")
            if let first = c.parallel.min(), first < c.id, let a = cites[first].authority { return a }
            var sec = c.section ?? c.page ?? ""
            // (and in square brackets: "§ 65.10 [1]")
            if let paren = sec.utf8.firstIndex(where: { $0 == 0x28 || $0 == 0x5B }) { sec = String(sec[..<paren]) }
            // (New York sets its subdivisions off by a space: "§ 125.25 (1)" is § 125.25)
            while sec.hasSuffix(" ") { sec.removeLast() }
            sec = plainDashes(sec)
            // Illinois's act/section numbers: the key is the first of a list ("5/2-615, 2-619")
            if sec.utf8.contains(0x2F) {
                for sep in [",", " through ", " to ", " and "] { if let r = sec.range(of: sep) { sec = String(sec[..<r.lowerBound]) } }
                while sec.hasSuffix(" ") { sec.removeLast() }
                // a scan's "l" for the last digit 1: "5/5-8-l" is 5/5-8-1, "50/l" is 50/1
                if sec.hasSuffix("-l") || sec.hasSuffix("/l") { sec = String(sec.dropLast()) + "1" }
            }
            let code = c.reporter ?? ""
            // the Statutes at Large and the Federal Register are cited by page ("124 Stat. 119",
            // "60 Fed. Reg. 68,380" = "68380"), public and private laws by number
            if CodeKinds.citedByPage.contains(code) {
                return [c.volume, code, sec.split(separator: ",").joined()].compactMap { $0 }.joined(separator: " ")
            }
            if CodeKinds.citedByNumber.contains(code) { return code + " No. " + sec }
            // a state's session laws by year and page: "1999 Ill. Laws 5126"
            if code.hasSuffix(" Laws"), let year = c.volume, year.utf8.count == 4, let page = c.page { return year + " " + code + " " + page }
            if CodeKinds.actsByNumber.contains(code) { return [c.volume, code, sec].compactMap { $0 }.joined(separator: " ") }  // "2005 Wis. Act 400"
            if code == "Stats.", let year = c.volume { return "Stats. " + year + ", " + sec }  // "Stats. 2014, ch. 249"
            if code == "L.", let year = c.volume { return "L. " + year + ", " + sec }  // New York's "L 2006, ch 732"
            // Massachusetts's session laws by year and chapter: "St. 2013, c. 84, § 23" is "St. 2013, c. 84"
            if code == "St.", let year = c.volume, sec.hasPrefix("c. ") { return "St. " + year + ", " + sec }
            if c.kind == .constitution { return CodeKeys.shared.constitution(code, sec) }
            // one name per code however it is written ("Wisconsin Stat.", "WIS. STAT.", "G.S.")
            let name = code.isEmpty ? code : CodeKeys.shared.canonical(code)
            if sec.hasPrefix("art. ") || sec.hasPrefix("r. ") || sec.hasPrefix("ch. ") { return name + " " + sec }  // "La. Civ. Code Ann. art. 2315", "Wis. Stat. ch. 177"
            // the General Laws are numbered by chapter, then section (T1): "G.L. c. 119, § 72A" is
            // "Mass. Gen. Laws ch. 119, § 72A"
            if name == "Mass. Gen. Laws", let chapter = c.volume, !sec.isEmpty { return "Mass. Gen. Laws ch. \(chapter), § \(sec)" }
            // a rule is cited by its number, as T1 writes it: "Fed. R. Civ. P. 26", not "§ 26"
            let sign = c.kind == .rule ? "" : "§ "
            return [c.volume, name.isEmpty ? nil : name, sec.isEmpty ? nil : sign + sec].compactMap { $0 }.joined(separator: " ")
        case .book:
            return bookKey(c)
        case .legislative:
            return legislativeKey(c)
        case .internal:
            if let a = c.antecedent, a < c.id { return cites[a].authority }
            return "internal:" + NameKey.make(c.definedName ?? c.internalKeyText ?? "")
        case .record:
            return nil
        case .unknown:
            return nil
        }
    }
}

/// Full cites indexed by the first word of each party name, so that short
/// forms and supra find their antecedent without rescanning earlier cites.
struct NameIndex {
    private var latestByWord: [String: [Int]] = [:]
    /// How many of the latest cites sharing a name's first word a short form looks at: a
    /// text of thousands of "Acme v. …" cites must not make every supra scan them all
    /// (quadratic; found by the adversarial shape `supra_names`).
    static let searchDepth = 256

    mutating func add(_ c: Citation, _ i: Int) {
        for party in [c.caseName?.plaintiff, c.caseName?.defendant] {
            guard let party = party else { continue }
            for w in NameIndex.words(party).prefix(3) { latestByWord[w, default: []].append(i) }
        }
        // a book is found by any of its authors' names ("LaFave, supra")
        if let author = c.author {
            for w in NameIndex.words(author) { latestByWord[w, default: []].append(i) }
        }
    }

    /// The latest indexed cite whose party names contain the words of `name`. A name of
    /// both parties ("Commonwealth v. Colon, supra") must match both: in a criminal
    /// opinion every cite shares the plaintiff.
    func latest(_ name: String?, kinds: Set<CitationKind>, _ cites: [Citation], inNote note: String? = nil) -> Int? {
        // "Gales II, supra note 16": of two cites by that name, the one in note 16
        if let note = note, let hit = latest(name, kinds: kinds, cites, where: { cites[$0].location.footnote == note }, anyInList: true) {
            return hit
        }
        return latest(name, kinds: kinds, cites, where: { _ in true }, anyInList: false)
    }

    /// The latest accepted cite whose names match; when none does, the latest cite indexed
    /// under the name's first word (with `anyInList`, the latest accepted one: "Gales II"
    /// matches no name in full, but its note says which "Gales" it is).
    private func latest(_ name: String?, kinds: Set<CitationKind>, _ cites: [Citation], where accept: (Int) -> Bool, anyInList: Bool) -> Int? {
        if let name = name, let (plaintiff, defendant) = NameIndex.bothParties(name),
           let first = NameIndex.words(defendant).first, let list = latestByWord[first] {
            let wantP = NameKey.make(plaintiff), wantD = NameKey.make(defendant)
            for j in list.suffix(NameIndex.searchDepth).reversed() where kinds.contains(cites[j].kind) && accept(j) {
                guard let d = cites[j].caseName?.defendant, NameKey.make(d).containsBytes(wantD) else { continue }
                if let p = cites[j].caseName?.plaintiff, NameKey.make(p).containsBytes(wantP) { return j }
            }
        }
        guard let name = name, let first = NameIndex.words(name).first, let list = latestByWord[first] else { return nil }
        let want = NameKey.make(name)
        for j in list.suffix(NameIndex.searchDepth).reversed() where kinds.contains(cites[j].kind) && accept(j) {
            let parties = [cites[j].caseName?.plaintiff, cites[j].caseName?.defendant, cites[j].author].compactMap { $0 }
            if parties.contains(where: { NameKey.make($0).containsBytes(want) }) { return j }
        }
        if anyInList { return list.suffix(NameIndex.searchDepth).last { kinds.contains(cites[$0].kind) && accept($0) } }
        return list.last.flatMap { kinds.contains(cites[$0].kind) ? $0 : nil }
    }

    /// The two parties of a name written with " v. " (or " v ", " vs. "); nil for one party.
    static func bothParties(_ name: String) -> (String, String)? {
        // (most supras name one party: look for " v" first)
        guard name.utf8.count >= 5, name.containsBytes(" v") else { return nil }
        for sep: StaticString in [" v. ", " vs. ", " v "] {
            guard let r = name.rangeOfBytes(sep) else { continue }
            let p = String(name[..<r.lowerBound]), d = String(name[r.upperBound...])
            return p.isEmpty || d.isEmpty ? nil : (p, d)
        }
        return nil
    }

    /// Significant lower-cased words of a name ("Seattle Times Co." → ["seattle", "times", "co"]).
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var s = s
        s.withUTF8 { src in
            // each word's key bytes go straight into its String: no per-byte array
            var i = 0
            while i < src.count {
                while i < src.count, NameKey.keyByte(src[i]) == nil { i += 1 }
                let start = i
                while i < src.count, NameKey.keyByte(src[i]) != nil { i += 1 }
                guard i > start else { continue }
                out.append(String(unsafeUninitializedCapacity: i - start) { word in
                    for j in start..<i { word[j - start] = NameKey.keyByte(src[j]) ?? 0 }
                    return i - start
                })
            }
        }
        return out.count == 1 ? out : out.filter { !NameIndex.stopWords.contains($0) }
    }

    /// Words too common in party names to find an antecedent by.
    private static let stopWords: Set<String> = ["the", "of", "in", "re", "and", "v", "us", "united", "states", "state", "people"]
}
