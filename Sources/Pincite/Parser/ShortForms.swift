/// Words too generic to identify a case by themselves.
enum ShortFormWords {
    static let genericParties: Set<String> = [
        "united", "states", "state", "people", "city", "county", "commonwealth", "matter", "estate", "department",
        "dept", "board", "national", "american", "first", "new", "north", "south", "east", "west", "court",
        "government", "republic", "town", "village", "district", "school", "insurance", "bank", "company",
        "international", "federal", "general", "great", "doe", "john", "jane", "unknown", "does", "secretary",
        "director", "commissioner", "attorney", "office", "committee", "association", "union", "local",
    ]
}

// Short forms that are not "V Rep at P": "Id."/"id."/"Ibid." with their
// pincites, and supra ("Smith, supra, at 5", "Smith, supra note 3, at 5").
// The resolver decides what they point at; here we only read their parts.

extension Parser {
    /// Token `i` is "Id"/"id"/"Ibid"/"ibid" used as a citation (followed by a
    /// period, or — as "id" alone — by ";", "," or "at").
    // A call copies the whole parser (`self`, 176 bytes), and the compiler does not
    // inline this one despite the attribute: callers ask `Parser.mayBeIdWord` first.
    @inline(__always)
    func isIdAnchor(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.length == 2 || t.length == 4 else { return false }
        let isId = equals(i, "Id") || equals(i, "id")
        let isIbid = equals(i, "Ibid") || equals(i, "ibid")
        guard isId || isIbid else { return false }
        if isKind(i + 1, .period), tokens[i + 1].start == t.end { return true }
        // "(Ibid .)": web text of California opinions sets the period apart
        if isIbid, isKind(i + 1, .period), isKind(i - 1, .openParen), isKind(i + 2, .closeParen) { return true }
        // "Ibid, (citing …)" (New Jersey): the word is never anything but the short form
        if isIbid, i + 1 >= tokens.count || isKind(i + 1, .comma) || isKind(i + 1, .semicolon)
            || isKind(i + 1, .closeParen) || isKind(i + 1, .closeBracket) { return true }
        // "(Id . at pp. 297-298)": a period set apart, as California web text has it
        if isId, isKind(i + 1, .period), equals(i + 2, "at") { return true }
        // "Id at 97" with the period left out: a page must follow
        if isId, equals(i + 1, "at"), isKind(i + 2, .number) || isKind(i + 2, .star) { return true }
        if isId, equals(i, "id") {
            // "See id;" — a missing period (itself a Bluebook error)
            if isKind(i + 1, .semicolon) || isKind(i + 1, .comma) || equals(i + 1, "at") || isKind(i + 1, .pilcrow) {
                return parseSignal(before: i).0 != nil || isKind(i - 1, .openParen) || isKind(i - 1, .semicolon)
            }
        }
        return false
    }

    /// IdCitation = ("Id." | "id." | "Ibid." | "ibid.") [PinList | ("¶" | "§") Pin] ;
    ///
    /// Examples: `Id.`, `id. at 3`, `Id. at *10`, `Id. ¶ 6`, `id. ¶¶ 4, 5, 23`, `id. at 11–12 n.3`.
    /// Whether token `k` is a "¶" that numbers the paragraph it opens: at a line's start, its
    /// number set off from the text by two spaces or more ("¶ 27           In Thurman, the …").
    func opensNumberedParagraph(_ k: Int) -> Bool {
        guard isKind(k, .pilcrow), tokens[k].has(.newlineBefore), isKind(k + 1, .number), k + 2 < tokens.count,
              !tokens[k + 2].has(.newlineBefore) else { return false }
        return Int(tokens[k + 2].start) - Int(tokens[k + 1].end) >= 2
    }

    mutating func parseIdCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var end = i
        if isKind(i + 1, .period) { end = i + 1 }
        var c = Citation(kind: .id, span: span(i, end))
        var k = end + 1
        // "Id., at 693-94" / "Id., ¶ 55" (Connecticut and Wisconsin style), "Id., § 352" (California)
        // … and "Ibid, (citing Fantony …)" (New Jersey)
        if isKind(k, .comma), equals(k + 1, "at") || isKind(k + 1, .pilcrow) || isKind(k + 1, .section) || isKind(k + 1, .openParen) { k += 1 }
        // a "¶ 23" that opens the next paragraph (Wisconsin numbers its paragraphs) is not a pin
        // (double-spaced text: a "¶ 27" at a line's start set off from its text by a wide gap,
        // Illinois's "goals.” Id.⏎⏎¶ 27           In Thurman", where "Id.⏎⏎¶ 1. The" is a pin)
        let nextParagraph = k < tokens.count && (tokens[k].has(.blankLineBefore) && blankLinesSeparateParagraphs || opensNumberedParagraph(k))
        if !nextParagraph, equals(k, "at") || isKind(k, .pilcrow) || isKind(k, .section) {
            if let pin = parsePinList(at: k, limit: limit) {
                c.pincite = pin.text
                c.span.end = Int(tokens[pin.end - 1].end)
                k = pin.end
            }
        }
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        // the parallels of the page cited: "Id. at 616, 124 S.Ct. 2601 (Souter, J., plurality
        // opinion)", "Id. at 252, 111 S.Ct. 1801". They are the Id.'s parallels, and the
        // parentheticals after them are the Id.'s
        if isKind(k, .comma), startsReporterCite(k + 1, limit: limit) {
            let first = citations.count
            let savedFloor = floor
            floor = k + 1
            let end = parseReporterCitation(volumeAt: k + 1, limit: limit, nestedIn: nestedIn, phrase: nil)
            floor = savedFloor
            if let end, citations.count > first {
                let group = Array(first..<citations.count).filter { citations[$0].nestedIn == nestedIn && citations[$0].historyOf == nil }
                citations[id].parallel = group
                for g in group { citations[g].parallel = [id] + group.filter { $0 != g } }
                citations[id].parentheticals = citations[first].parentheticals
                citations[first].parentheticals = []
                for n in first..<citations.count where citations[n].nestedIn == first { citations[n].nestedIn = id }
                return end
            }
        }
        k = parseParentheticals(at: k, limit: limit, owner: id)
        return k
    }

    /// A section pin and the page of it after "at": "§ 2.4(b) at 630" (a treatise's section and
    /// the page it is printed on), read as one pin from token `start`.
    func withPageOfSection(_ pin: (text: String, end: Int), from start: Int, limit: Int) -> (text: String, end: Int) {
        guard isKind(start, .section) || (equals(start, "at") && isKind(start + 1, .section)), equals(pin.end, "at"),
              isKind(pin.end + 1, .number), let page = parsePinList(at: pin.end, limit: limit) else { return pin }
        return (text(isKind(start, .section) ? start : start + 1, through: page.end - 1), page.end)
    }

    /// Remembers the first word of each party of a full cite ("Duling" of
    /// "Duling v. Gristede’s Operating Corp.") unless it is too generic to name a case.
    mutating func registerParties(_ name: CaseName, citation: Int) {
        for party in [name.plaintiff, name.defendant] {
            guard let party = party, let first = NameKey.firstWord(party), first.count >= 4,
                  !ShortFormWords.genericParties.contains(first) else { continue }
            partyWords[hash: WordHash.key(Array(first.utf8))] = citation
        }
    }

    /// CaseNameReference = ("In" | "in") PartyName "," | PartyName ("court" | "Court")
    ///                   | PartyName "at" PinList | PartyName "," Volume "at" PinList
    ///                   | PartyName "," "at" PinList ;
    ///
    /// A later mention of a case by a party's name alone, after its full cite:
    /// `In Duling, the court denied …`, `the Duling court`, `See Amick at 795`. (A full
    /// "A v. B" in prose is a textual mention, not a citation.) The last form is a short
    /// cite that lost its reporter, `Driehaus, 573 at 164`: the volume must be that of
    /// the full cite the name belongs to.
    mutating func parseCaseNameReference(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard let target = partyWords[hash: keyHash(i)] else { return nil }
        // the name may run on over further capitalised words of the party ("Seattle Times")
        var e = i
        while e + 1 < limit, isKind(e + 1, .word), tokens[e + 1].has(.capitalized), e - i < 3,
              let party = citations[target].caseName, (party.plaintiff ?? "").containsBytes(text(e + 1)) || (party.defendant ?? "").containsBytes(text(e + 1)) {
            e += 1
        }
        if equals(e + 1, "v") { return nil }
        if isKind(e + 1, .comma), equals(e + 2, "supra") { return nil }  // "in Yaldo, supra at 347" is a supra cite
        // "In Dore, 433 Md. at 717, we held": the name of a short cite, which takes it
        if isKind(e + 1, .comma), startsReporterCite(e + 2, limit: limit) { return nil }
        if let end = parseReporterlessShortCite(name: i, nameEnd: e, target: target, limit: limit, nestedIn: nestedIn, phrase: phrase) { return end }
        if let end = parseNamedPinCite(name: i, nameEnd: e, target: target, limit: limit, nestedIn: nestedIn, phrase: phrase) { return end }
        let introduced = equals(i - 1, "In") || equals(i - 1, "in")
        let courtAfter = equals(e + 1, "court") || equals(e + 1, "Court")
        // the name and a page of the case: "See Amick at 795", "In Mancari at 665"
        let pin = equals(e + 1, "at") && isKind(e + 2, .number) ? parsePinList(at: e + 1, limit: limit) : nil
        guard (introduced && isKind(e + 1, .comma)) || courtAfter || pin != nil else { return nil }
        var c = Citation(kind: .reference, span: span(i, pin.map { $0.end - 1 } ?? e))
        c.pincite = pin?.text
        c.caseName = shortName(text(i, through: e), of: target)
        c.antecedent = target
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        if let pin { return parseParentheticals(at: pin.end, limit: limit, owner: id) }
        return e + 1
    }

    /// `(Jones, at p. 8.)`: California's short cite of a case cited before, its name
    /// (tokens `name...nameEnd`, a party of full cite `target`) and a pincite, no volume
    /// or reporter. Only with the page marked ("at p.", "at pp.", "at page") or a bare
    /// number right after "at", so that "In Jones, at the hearing" stays prose.
    mutating func parseNamedPinCite(name i: Int, nameEnd e: Int, target: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard isKind(e + 1, .comma), equals(e + 2, "at"), isKind(e + 3, .number) || equals(e + 3, "p") || equals(e + 3, "pp")
                || equals(e + 3, "page") || equals(e + 3, "pages") || isKind(e + 3, .star),
              !startsReporterCite(e + 3, limit: limit),  // "Kamaka, at 117 Hawai'i at 104" is a short cite with a stray "at"
              let pin = parsePinList(at: e + 2, limit: limit) else { return nil }
        var c = Citation(kind: .shortCase, span: span(i, pin.end - 1))
        c.pincite = pin.text
        c.caseName = shortName(text(i, through: e), of: target)
        c.antecedent = target
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: pin.end, limit: limit, owner: id)
    }

    /// `Driehaus, 573 at 164`: the name (tokens `name...nameEnd`) of the case of full cite
    /// `target`, its volume and a pincite, with the reporter left out.
    mutating func parseReporterlessShortCite(name i: Int, nameEnd e: Int, target: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard isKind(e + 1, .comma), isKind(e + 2, .number), equals(e + 3, "at"), isKind(e + 4, .number),
              let volume = citations[target].volume, text(e + 2) == volume,
              let pin = parsePinList(at: e + 3, limit: limit) else { return nil }
        var c = Citation(kind: .shortCase, span: span(i, pin.end - 1))
        c.volume = volume
        c.pincite = pin.text
        c.caseName = shortName(text(i, through: e), of: target)
        c.antecedent = target
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: pin.end, limit: limit, owner: id)
    }

    /// The name `written` of full cite `target`'s case, as the party it shortens: the
    /// defendant when it begins that party's name only ("Gristede’s"), else the plaintiff.
    func shortName(_ written: String, of target: Int) -> CaseName {
        let party = citations[target].caseName
        if let d = party?.defendant, NameKey.make(d).hasPrefix(NameKey.make(written)),
           !(party?.plaintiff.map { NameKey.make($0).hasPrefix(NameKey.make(written)) } ?? false) {
            return CaseName(plaintiff: nil, defendant: written)
        }
        return CaseName(plaintiff: written)
    }

    /// CrossReference = ("supra" | "infra") [","] (("¶" | "§") PinList | ("Part" | "part" | "Section") SectionNum) ;
    ///
    /// A reference to another part of the same opinion: `See supra, ¶ 7.`, `infra Part II.B`.
    mutating func parseCrossReference(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "supra") || equals(i, "infra") else { return nil }
        var k = i + 1
        if isKind(k, .comma) { k += 1 }
        var end: Int
        if isKind(k, .pilcrow) || isKind(k, .section) {
            guard let pin = parsePinList(at: k, limit: limit) else { return nil }
            end = pin.end
        } else if equals(k, "Part") || equals(k, "Section") || equals(k, "part") {
            guard k + 1 < limit, let e = sectionNum(at: k + 1, limit: limit) else { return nil }
            end = e
        } else if equals(k, "at"), !isKind(i - 1, .comma), !isKind(i - 1, .number) {
            // a page of this opinion: "See supra, at 229", "infra, at 740" (after a comma or a
            // number it is the short form of something cited before: "H. Rept. 99-426, supra at 596")
            return parseNoteOrPageReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase)
        } else {
            return nil
        }
        var c = Citation(kind: .reference, span: span(i, end - 1))
        c.pincite = text(k, through: end - 1)
        add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return end
    }

    /// NoteReference = ("note" | "n." | "footnote") Num [","] ("supra" | "infra") ;
    /// PageReference = ("ante" | "post" | "supra" | "infra") [","] "at" PinList ;
    ///
    /// Another note or page of this opinion: `See note 6, supra.`, `n. 4, supra`,
    /// `See ante, at 197-199.` (older reporters' "ante"/"post" for earlier/later pages),
    /// `Ante, at 690.`, `See supra, at 229.`
    mutating func parseNoteOrPageReference(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var k = i + 1
        if isPageReferenceWord(i) {
            if isKind(k, .comma) { k += 1 }
            // "ante, at 690", and the older Reports' "ante, p. 112", "post, pp. 120-121"
            guard equals(k, "at") || isPageAbbreviation(k), let pin = parsePinList(at: k, limit: limit) else { return nil }
            var c = Citation(kind: .internal, span: span(i, pin.end - 1))
            c.title = text(i)
            c.pincite = pin.text
            let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
            return parseParentheticals(at: pin.end, limit: limit, owner: id)
        }
        if equals(i, "n") {
            guard isKind(k, .period) else { return nil }
            k += 1
        }
        guard isKind(k, .number), tokens[k].length <= 3 else { return nil }
        let number = k
        k += 1
        if isKind(k, .comma) { k += 1 }
        guard equals(k, "supra") || equals(k, "infra") else { return nil }
        var c = Citation(kind: .internal, span: span(i, k))
        c.title = text(i, through: number)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: k + 1, limit: limit, owner: id)
    }

    /// "p." or "pp." before a number at token `k`.
    func isPageAbbreviation(_ k: Int) -> Bool {
        (equals(k, "p") || equals(k, "pp")) && isKind(k + 1, .period) && isKind(k + 2, .number)
    }

    /// Token `i` opens a reference to a page of this opinion: "ante", "post", "supra", "infra",
    /// also capitalised ("Ante, at 690").
    func isPageReferenceWord(_ i: Int) -> Bool {
        equals(i, "ante") || equals(i, "post") || equals(i, "supra") || equals(i, "infra")
            || equals(i, "Ante") || equals(i, "Post") || equals(i, "Supra") || equals(i, "Infra")
    }

    /// SupraCitation = ShortName "," "supra" ["note" Num] ["," PinList] | "supra" "note" Num ;
    ///
    /// Examples: `Smith, supra, at 5`; `Smith, supra note 3, at 5`.
    mutating func parseSupraCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var start = i
        var name: CaseName? = nil
        if isKind(i - 1, .comma), i - 2 >= floor, let (found, vIndex) = nameBackward(endingAt: i - 2) {
            // a sentence that ended in an acronym ("… under the UTPA. Arco, supra at 148") is
            // no part of the name: start at a party cited before when the name runs over one
            var ns = found
            if vIndex == nil, !partyWords.isEmpty, !partyWords.contains(keyHash(ns)) {
                for k in (ns + 1)..<(i - 1) where isKind(k - 1, .period) && isKind(k, .word) && partyWords.contains(keyHash(k)) {
                    ns = k
                    break
                }
            }
            name = makeCaseName(ns, i - 2, vIndex)  // "State v. Worm, supra note 19": both parties
            start = ns
        } else if i - 1 >= floor, isKind(i - 1, .word), tokens[i - 1].has(.capitalized), !partyWords.isEmpty,
                  partyWords.contains(keyHash(i - 1)), let (ns, _) = nameBackward(endingAt: i - 1) {
            // no comma, as some courts write it: "similar to Qwerty supra" (a party cited before)
            name = makeCaseName(ns, i - 1, nil)
            start = ns
        } else if let e = parseCrossReference(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) {
            return e
        } else if !equals(i + 1, "note") {
            return nil  // "supra" in prose ("discussed supra")
        }
        var k = i + 1
        var end = i
        if equals(k, "note"), isKind(k + 1, .number) { end = k + 1; k += 2 }
        // without a name, "supra note 13" points at a note of this opinion
        var c = Citation(kind: name == nil ? .internal : .supra, span: span(start, end))
        c.caseName = name
        // (a named one keeps its note too: the resolver looks for the full cite in that note)
        if name == nil || end > i { c.title = text(i, through: end) }
        // California style names the volume after "supra": "In re J.G., supra, 3 Cal.App.5th at p. 525",
        // or the whole cite again: "Pursuant to Wende, supra, 25 Cal.3d 436 and …"
        if name != nil, isKind(k, .comma), let cite = parseReporterCite(volumeAt: k + 1, limit: limit) {
            let info = tables.reporters[cite.reporterIndex]
            if !cite.isShortForm, let page = cite.page { c.page = page }
            c.volume = cite.volume
            c.reporter = info.canonical
            let written = collapsed(cite.reporterStart, cite.reporterEnd)
            if written != info.canonical { c.reporterAsWritten = written }
            c.pincite = cite.pin
            c.span.end = Int(tokens[cite.end - 1].end)
            k = cite.end
        } else if isKind(k, .comma), !startsReporterCite(k + 1, limit: limit), var pin = parsePinList(at: k + 1, limit: limit) {
            pin = withPageOfSection(pin, from: k + 1, limit: limit)
            c.pincite = pin.text
            c.span.end = Int(tokens[pin.end - 1].end)
            k = pin.end
        } else if equals(k, "at") || isKind(k, .section), var pin = parsePinList(at: k, limit: limit) {
            // (a treatise's section with no comma: "1 LaFave, supra note 20 § 2.4(b) at 630")
            pin = withPageOfSection(pin, from: k, limit: limit)
            c.pincite = pin.text
            c.span.end = Int(tokens[pin.end - 1].end)
            k = pin.end
        }
        let id = add(c, startToken: start, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: k, limit: limit, owner: id)
    }
}
