// Secondary sources: books and treatises (Bluebook R15) and legislative materials
// (R13). Opinions cite them constantly — "5 Wright & Miller, Federal Practice and
// Procedure § 1357", "Black's Law Dictionary (11th ed. 2019)", "H.R. Rep. No.
// 95-595, at 5 (1977)", "123 Cong. Rec. 1234 (1977)" — and without these
// productions a treatise's "§ 1357" would be taken for a statute.
//
// A book has no table to anchor on, so it is recognised by its shape, read
// backwards from its pin (a "§", a page, or the edition parenthetical): a title
// of capitalised words, before it an author set off by a comma, before that an
// optional volume. The shape must be strong enough that a code named in words
// ("California Penal Code § 496") or a party name before a statute stays what it
// is: an author is a personal name (two name words, "&", "et al." or a volume
// before it), and a title without an author must be a possessive ("Moore's
// Federal Practice") or stand before an edition.

extension Parser {
    /// Title words that end a code's name, not a book's ("Texas Family Code").
    static let codeTitleEnds = WordSet(["Code", "Act", "Statutes", "Rules", "Regulations", "Constitution", "Ordinance", "Charter"])
    /// Lower-case words a title may hold between its capitalised words.
    static let titleConnectors = WordSet(["of", "and", "the", "on", "in", "for", "to", "a", "an", "under", "with", "by"])

    /// Where a book's name (volume, author, title) starts when its title ends right
    /// before token `e`, and what it holds; nil when the words there are no book's.
    /// `edition`: the cite has an edition parenthetical, which makes a title
    /// alone (no author, no possessive) enough.
    func bookName(endingBefore e: Int, edition: Bool) -> (start: Int, volume: Int?, author: (Int, Int)?, title: (Int, Int))? {
        // the title, backwards: capitalised words, connectors, "&", ":" between words
        var j = e - 1
        var titleStart = e
        var words = 0
        while j >= floor, words < 16 {
            let t = tokens[j]
            if t.kind == .word, !t.has(.hasDigit) {
                if t.has(.capitalized) || t.has(.allCaps) {
                    if isAbbreviated(j) || isSignalWord(j) { break }
                    titleStart = j
                } else if isWord(j, in: Self.titleConnectors), titleStart < e {
                    // a connector must stand between two title words
                } else { break }
            } else if (t.kind == .ampersand || t.kind == .colon), titleStart < e {
            } else { break }
            words += 1
            j -= 1
        }
        // the title runs from its first capitalised word; connectors before it are not its own
        // (one word is a title with an author before it, checked below: "4 W. Blackstone, Commentaries")
        let oneWordTitle = e - titleStart == 1 && tokens[titleStart].length >= 6 && isKind(titleStart - 1, .comma)
        guard titleStart < e, e - titleStart >= 2 || (edition && tokens[titleStart].length >= 4) || oneWordTitle else { return nil }
        let last = e - 1
        guard isKind(last, .word), tokens[last].has(.capitalized) || tokens[last].has(.allCaps) else { return nil }
        // (a title ending like a code's name is a book only with a volume and an author: "1 J.
        // Story, Commentaries on the Constitution § 1020")
        let endsLikeCode = isWord(last, in: Self.codeTitleEnds)
        let possessive = hasPossessiveEnding(titleStart)
        // the author, backwards from the comma before the title
        var author: (Int, Int)? = nil
        var start = titleStart
        var nameWords = 0
        var joined = false  // "&", "and", "et al."
        if isKind(titleStart - 1, .comma), titleStart - 1 > floor {
            var k = titleStart - 2
            var authorStart = titleStart - 1
            var groups = 1
            while k >= floor, titleStart - k < 16 {
                let t = tokens[k]
                if t.kind == .word, t.has(.capitalized), !t.has(.hasDigit), !isSignalWord(k), !isWord(k, in: CaseNameWords.openerSet) {
                    nameWords += 1; authorStart = k
                } else if t.kind == .period, isKind(k - 1, .word), tokens[k - 1].end == t.start,
                          tokens[k - 1].length == 1 || equals(k - 1, "al") || equals(k - 1, "Jr") {
                    // an initial "R." or "et al."
                } else if t.kind == .ampersand || equals(k, "and") || equals(k, "et") || equals(k, "al") {
                    joined = true
                } else if t.kind == .comma, groups < 3, isKind(k - 1, .word), tokens[k - 1].has(.capitalized), k - 1 >= floor {
                    groups += 1  // "Wright, Miller & Kane"
                } else { break }
                k -= 1
            }
            // an author starts with a name word, not "&" or an initial's period
            while authorStart < titleStart - 1, !(isKind(authorStart, .word) && tokens[authorStart].has(.capitalized)) { authorStart += 1 }
            if nameWords >= 1, authorStart < titleStart - 1 {
                author = (authorStart, titleStart - 2)
                start = authorStart
            }
        }
        // a volume before the author or title: "5", "5B", "13D"
        var volume: Int? = nil
        if start - 1 >= floor, isVolumeLike(start - 1) { volume = start - 1 }
        // a personal name: two name words, a joined list, or a volume number before it
        // ("Garner, Black's Law Dictionary (11th ed.)": an edition vouches for one name)
        if author != nil, !(nameWords >= 2 || joined || volume != nil || edition) {
            author = nil
            start = titleStart
            volume = nil
        }
        if oneWordTitle, !(edition && tokens[titleStart].length >= 4), author == nil || volume == nil { return nil }
        if endsLikeCode, author == nil || volume == nil { return nil }
        if author == nil {
            // (or a treatise named by its author: "Story on Bills of Exchange", "Drake on Attachments")
            let authorOnSubject = equals(titleStart + 1, "on") || (equals(titleStart + 2, "on") && isKind(titleStart + 1, .word))
            guard possessive || edition || (authorOnSubject && last >= titleStart + 2) else { return nil }
            if start - 1 >= floor, isVolumeLike(start - 1) { volume = start - 1 }
        }
        // the word before must not carry the name on ("Smith v. Jones, …")
        let before = (volume ?? start) - 1
        if before >= floor, equals(before, "v") || equals(before, "vs") || (isKind(before, .period) && (equals(before - 1, "v") || equals(before - 1, "vs"))) { return nil }
        return (volume ?? start, volume, author, (titleStart, last))
    }

    /// Encyclopedia = Volume ("Am." "Jur." [Ordinal] | "C.J.S.") Topic "§" SectionList [ "(" Year ")" ] ;
    ///
    /// The legal encyclopedias (R15.8): "49 Am. Jur. 2d Landlord and Tenant § 43 (1995)",
    /// "52 C.J.S. Landlord & Tenant § 312 (2003)". Anchored at "§"; a book whose title is
    /// the encyclopedia and its topic.
    mutating func parseEncyclopedia(sectionAt i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        // the topic, backwards: capitalised words, "and", "&", "of", "the", ","
        var j = i - 1
        while j > max(floor, i - 12), isKind(j, .word) && (tokens[j].has(.capitalized) || isWord(j, in: Self.titleConnectors))
                || isKind(j, .ampersand) || isKind(j, .comma) {
            if isKind(j, .word), tokens[j].has(.hasDigit) { break }
            j -= 1
        }
        let topicStart = j + 1
        guard topicStart < i, isKind(topicStart, .word), tokens[topicStart].has(.capitalized) else { return nil }
        // the encyclopedia: "Am. Jur. 2d" / "Am. Jur." / "C.J.S."
        var nameStart: Int
        if isKind(j, .word), tokens[j].has(.hasDigit), tokens[j].length <= 3, isKind(j - 1, .period), equals(j - 2, "Jur") { j -= 1 }
        if isKind(j, .period), equals(j - 1, "Jur"), isKind(j - 2, .period), equals(j - 3, "Am") {
            nameStart = j - 3
        } else if isKind(j, .period), equals(j - 1, "S"), isKind(j - 2, .period), equals(j - 3, "J"), isKind(j - 4, .period), equals(j - 5, "C") {
            nameStart = j - 5
        } else {
            return nil
        }
        guard isKind(nameStart - 1, .number), nameStart - 1 >= floor else { return nil }
        var signs = 0
        var k = i
        while isKind(k, .section) { signs += 1; k += 1 }
        guard let sec = parseSectionList(at: k, limit: limit, multiple: signs > 1) else { return nil }
        var end = sec.end
        var c = Citation(kind: .book, span: span(nameStart - 1, end - 1))
        c.volume = text(nameStart - 1)
        c.title = collapsed(Int(tokens[nameStart].start), Int(tokens[i - 1].end)).trimmed(" ,")
        c.pincite = (signs > 1 ? "§§ " : "§ ") + sec.text
        if let paren = editionParen(at: end, limit: limit) {
            c.year = paren.year
            end = paren.end
            c.span.end = Int(tokens[end - 1].end)
        }
        let id = add(c, startToken: nameStart - 1, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// A reporter's abbreviation in the tables covers tokens `a..<b` from its first byte.
    func namesReporter(from a: Int, to b: Int) -> Bool {
        let s = Int(tokens[a].start)
        guard tables.reporterTrie.canStart(with: p[s]), let m = tables.reporterTrie.longestMatch(in: p, at: s) else { return false }
        return m.end >= Int(tokens[b - 1].end)
    }

    /// The title ending at token `e` names its author before "on", as treatises of the
    /// nineteenth century are cited: "Freeman on Judgments", "Story on Bills of Exchange".
    func authorOnSubjectTitle(endingAt e: Int) -> Bool {
        guard isKind(e, .word), tokens[e].has(.capitalized) else { return false }
        var j = e
        while j > max(floor, e - 8) {
            // the author's capitalised name right before "on"
            if equals(j, "on") { return j - 1 >= floor && isKind(j - 1, .word) && tokens[j - 1].has(.capitalized) }
            guard isKind(j, .word), tokens[j].has(.capitalized) || isWord(j, in: Self.titleConnectors) else { return false }
            j -= 1
        }
        return false
    }

    /// "Sec." before a section number — or "See.", as old scans print it — right after the
    /// comma that ends an "Author on Subject" title: "Drake on Attachments, See. 707".
    func isOldTreatiseSectionWord(_ i: Int) -> Bool {
        (equals(i, "Sec") || equals(i, "See")) && isKind(i + 1, .period) && isKind(i + 2, .number)
            && isKind(i - 1, .comma) && authorOnSubjectTitle(endingAt: i - 2)
    }

    /// Token `k` is a volume number: a short number or a number with a letter ("5B").
    func isVolumeLike(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .number { return t.length <= 3 && !isYear(k) }
        guard t.kind == .word, t.length <= 4, t.has(.hasDigit) else { return false }
        let c = p[Int(t.start)]
        let lastByte = p[Int(t.end) - 1]
        return c >= 0x30 && c <= 0x39 && lastByte >= 0x41 && lastByte <= 0x5A
    }

    /// The word at `k` ends in "'s" or "’s" ("Black's").
    func hasPossessiveEnding(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.length >= 3 else { return false }
        let e = Int(t.end)
        guard p[e - 1] == 0x73 else { return false }  // s
        return p[e - 2] == 0x27 || (t.length >= 5 && p[e - 4] == 0xE2 && p[e - 3] == 0x80 && p[e - 2] == 0x99)
    }

    /// EditionParen = "(" { EditionWord } ")" with an edition ("3d ed.") or a year:
    /// "(3d ed. 2004)", "(5th ed. 1984 & Supp. 2020)", "(rev. ed.)", "(1980)",
    /// "(database updated Oct. 2016)", "(Am. L. Inst. 1965)".
    /// Returns the year (if any), whether an edition is named, and the index after ")".
    func editionParen(at o: Int, limit: Int) -> (year: Int?, edition: Bool, end: Int)? {
        guard isKind(o, .openParen), let close = matchingClose(o, limit: limit, maxTokens: 16) else { return nil }
        var year: Int? = nil
        var edition = false
        var k = o + 1
        while k < close {
            // ("ed.", and the older "4th Ed. 2005")
            if equals(k, "ed") || equals(k, "eds") || ((equals(k, "Ed") || equals(k, "Eds")) && isKind(k + 1, .period)) { edition = true }
            if isYear(k) { year = intValue(k) }
            if isKind(k, .openParen) || isKind(k, .semicolon) { return nil }
            k += 1
        }
        guard edition || year != nil else { return nil }
        // a year alone must be all there is: "(1980)", not "(decided in 1980)"
        if !edition, close - o > 2, !(equals(o + 1, "database") || equals(o + 1, "last")) { return nil }
        return (year, edition, close + 1)
    }

    /// BookCitation = [Volume] [Author ","] Title (SectionPin | Page) ["," PinClause]
    ///                ["," ("Westlaw" | "Lexis")] [EditionParen] ;
    ///
    /// Called at a "§" (`sectionAt`), at a page number followed by "(", or at the
    /// ordinal of an edition parenthetical with no pin before it.
    /// Examples: `5 Charles Alan Wright & Arthur R. Miller, Federal Practice and
    /// Procedure § 1357 (3d ed. 2004)`, `John Hart Ely, Democracy and Distrust 101
    /// (1980)`, `Black's Law Dictionary (11th ed. 2019)`.
    mutating func parseBookCitation(pinAt i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let edition = isKind(i, .openParen)
        // the pin: "§ 1357", "§§ 20.2–20.3", or a page; none before an edition
        var pin: String? = nil
        var section: String? = nil  // the "§" pin's number
        var k = i
        // "Sec. 707" (or a scan's "See. 707") after an "Author on Subject," title
        let sectionWord = isOldTreatiseSectionWord(i)
        // (a "§" converted to "s" in older texts: "Moore's Federal Practice s 26.49[5]")
        let letterSign = (equals(i, "s") || equals(i, "ss")) && tokens[i].has(.spaceBefore)
        if isKind(i, .section) || sectionWord || letterSign {
            var signs = 0
            if sectionWord { signs = 1; k = i + 2 } else if letterSign { signs = tokens[i].length; k = i + 1 } else { while isKind(k, .section) { signs += 1; k += 1 } }
            let numberStart = k
            guard let sec = parseSectionList(at: k, limit: limit, multiple: signs > 1) else { return nil }
            section = sec.text
            k = sec.end
            // a treatise's subsections in brackets, glued: "§ 81A.05[3][e]", "§ 26.49[5]"
            while k + 2 < limit, isKind(k, .openBracket), tokens[k].start == tokens[k - 1].end, isKind(k + 2, .closeBracket),
                  tokens[k + 1].length <= 3, isKind(k + 1, .number) || isKind(k + 1, .word) {
                k += 3
            }
            if k > sec.end { section = text(numberStart, through: k - 1) }
        } else if isKind(i, .number) || isKind(i, .star) {
            // the pages may be several, and a note: "98-100, 244-246 (1881)", "100, n. 77 (1937)"
            // (or the star page of an edition's original: "Commentaries *225")
            guard let e = parsePinList(at: i, limit: limit)?.end else { return nil }
            pin = text(i, through: e - 1)
            k = e
        }
        // ", at 164" after a section: "§ 30, at 164"
        if let s = section {
            // (a section word is kept as written: "See. 707")
            pin = (sectionWord ? text(i, through: i + 1) + " " : "§ ") + s
            if isKind(k, .comma), equals(k + 1, "at"), let pl = parsePinList(at: k + 1, limit: limit) {
                pin = "§ " + s + ", at " + pl.text
                k = pl.end
            } else if isKind(k, .comma), isPageAbbreviation(k + 1), let pl = parsePinList(at: k + 1, limit: limit) {
                // the Supreme Court's "§ 9.2, pp. 36-37 (1978)"
                pin = "§ " + s + ", " + text(k + 1, through: pl.end - 1)
                k = pl.end
            }
        }
        // ", Westlaw" / ", Lexis" before "(database updated …)"
        if isKind(k, .comma), equals(k + 1, "Westlaw") || equals(k + 1, "Lexis"), isKind(k + 2, .openParen) { k += 2 }
        let paren = editionParen(at: k, limit: limit)
        if edition { guard paren?.edition == true else { return nil } }
        // a page needs the parenthetical; a "§" is enough with an author (and a page with an
        // "Author on Subject," title: "Freeman on Judgments, 167")
        // (not a year: "Temporary Commission on the Law of Estates, 1965")
        let authorOnSubjectBefore = isKind(i - 1, .comma) && authorOnSubjectTitle(endingAt: i - 2) && !(isKind(i, .number) && isYear(i))
        // (or a star page after a volume and an author: "4 W. Blackstone, Commentaries *225")
        let starPage = isKind(i, .star)
        if isKind(i, .number), paren == nil, !authorOnSubjectBefore { return nil }
        if sectionWord, !authorOnSubjectBefore { return nil }
        // a treatise named "Author on Subject" sets a comma before its section: "Story on Bills
        // of Exchange, § 46", "Drake on Attachments, § 245" (the nineteenth century's form)
        let commaBefore = isKind(i - 1, .comma)
        guard let name = bookName(endingBefore: commaBefore ? i - 1 : i, edition: paren?.edition == true) else { return nil }
        if starPage, paren == nil, name.author == nil || name.volume == nil { return nil }
        // (and a dictionary its page: "Black's Law Dictionary, 1148 (9th ed. 2009)")
        if commaBefore {
            let authorOnSubject = equals(name.title.0 + 1, "on") || equals(name.title.0 + 2, "on")
            // (not a nominative reporter read as a title: "Ridgely's Notebook I, 244" is a case reporter)
            let possessiveByPage = hasPossessiveEnding(name.title.0) && isKind(i, .number) && paren != nil
                && !namesReporter(from: name.title.0, to: i - 1)
            guard authorOnSubject || (name.author == nil && possessiveByPage) else { return nil }
        }
        if isKind(i, .number), name.author == nil, !hasPossessiveEnding(name.title.0), paren?.edition != true, !authorOnSubjectBefore { return nil }
        var c = Citation(kind: .book, span: span(name.start, (paren?.end ?? k) - 1))
        if let v = name.volume { c.volume = text(v) }
        if let a = name.author { c.author = text(a.0, through: a.1) }
        c.title = text(name.title.0, through: name.title.1)
        c.pincite = pin
        if let y = paren?.year { c.year = y }
        let end = paren?.end ?? k
        let id = add(c, startToken: name.start, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }
}

// MARK: - Legislative materials (R13)

extension Parser {
    /// The chamber of a congressional document written at token `i` ("H.R." or
    /// "S."), and the index after it.
    func chamber(at i: Int) -> (name: String, end: Int)? {
        guard isKind(i + 1, .period), tokens[i + 1].start == tokens[i].end else { return nil }
        if equals(i, "H"), equals(i + 2, "R"), isKind(i + 3, .period) { return ("H.R.", i + 4) }
        if equals(i, "S") { return ("S.", i + 2) }
        return nil
    }

    /// LegislativeCitation = Chamber DocType "No." Number ["," "pt." N] ["," PinClause] ["(" Year ")"] ["(" "Conf." "Rep." ")"]
    ///                     | Chamber Number "," Ordinal "Cong." ["§" N] ["(" Year ")"] ;
    /// DocType = ["Conf."] "Rep." | "Doc." | "Prt." | ["Con." | "J."] "Res." ;
    ///
    /// Examples: `H.R. Rep. No. 95-595, at 5 (1977)`, `S. Rep. No. 99-50 (1985)`,
    /// `H.R. Conf. Rep. No. 104-458`, `H.R. 1234, 116th Cong. § 2 (2019)`, `S. Res. 5, 117th Cong. (2021)`.
    mutating func parseLegislativeCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard let ch = chamber(at: i) else { return nil }
        var k = ch.end
        var docType = ""
        // "Conf. Rep.", "Rep.", "Doc.", "Prt.", "Res.", "Con. Res.", "J. Res."
        while k + 1 < limit, k < ch.end + 6, isAbbreviated(k),
              equals(k, "Conf") || equals(k, "Rep") || equals(k, "Doc") || equals(k, "Prt") || equals(k, "Res") || equals(k, "Con") || equals(k, "J") {
            docType += (docType.isEmpty ? "" : " ") + text(k) + "."
            k += 2
        }
        let numbered = docType.hasSuffix("Rep.") || docType.hasSuffix("Doc.") || docType.hasSuffix("Prt.")
        if numbered {
            guard equals(k, "No"), isKind(k + 1, .period) else { return nil }
            k += 2
        }
        guard let numEnd = sectionNum(at: k, limit: limit) else { return nil }
        let number = text(k, through: numEnd - 1)
        var end = numEnd
        var congress: String? = nil
        var pin: String? = nil
        // ", 116th Cong." (required for a bill or resolution: "S. 1234" alone is too common a shape)
        if isKind(end, .comma), isKind(end + 1, .word), tokens[end + 1].has(.hasDigit), equals(end + 2, "Cong"), isKind(end + 3, .period) {
            congress = text(end + 1)  // "116th"
            end += 4
            // the session, as older reports give it: "S. Rep. No. 1097, 90th Cong., 2d Sess., 96 (1968)"
            if isKind(end, .comma), isKind(end + 1, .word), tokens[end + 1].has(.hasDigit), equals(end + 2, "Sess"), isKind(end + 3, .period) {
                end += 4
                // the page right after it: ", 96"
                if isKind(end, .comma), isKind(end + 1, .number), !isYear(end + 1) || isKind(end + 2, .openParen),
                   let pl = parsePinList(at: end + 1, limit: limit) {
                    pin = pl.text
                    end = pl.end
                }
            }
            if isKind(end, .section), let sec = parseSectionList(at: end + 1, limit: limit, multiple: false) {
                pin = "§ " + sec.text
                end = sec.end
            }
        } else if !numbered { return nil }
        // ", pt. 1" and ", at 5"
        if isKind(end, .comma), equals(end + 1, "pt"), isKind(end + 2, .period), isKind(end + 3, .number) { end += 4 }
        if isKind(end, .comma), equals(end + 1, "at"), let pl = parsePinList(at: end + 1, limit: limit) {
            pin = pl.text
            end = pl.end
        }
        var c = Citation(kind: .legislative, span: span(i, end - 1))
        c.reporter = ch.name + (docType.isEmpty ? "" : " " + docType)
        c.section = number
        c.volume = congress
        c.pincite = pin
        if isKind(end, .openParen), let y = parseCodeYear(at: end, limit: limit) {
            c.year = y.year
            c.span.end = Int(tokens[y.end - 1].end)
            end = y.end
        }
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// CongressionalRecord = Volume "Cong." "Rec." Page ["," PinClause] ["(" [ "daily ed." ] Date ")"] ;
    ///
    /// Example: `123 Cong. Rec. 1234 (1977)`, `166 Cong. Rec. S1234 (daily ed. Feb. 3, 2020)`.
    mutating func parseCongressionalRecord(volumeAt v: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(v + 1, "Cong"), isKind(v + 2, .period), equals(v + 3, "Rec"), isKind(v + 4, .period), v + 5 < limit,
              isKind(v + 5, .number) || (isKind(v + 5, .word) && tokens[v + 5].has(.hasDigit)) else { return nil }
        var c = Citation(kind: .legislative, span: span(v, v + 5))
        c.volume = text(v)
        c.reporter = "Cong. Rec."
        c.page = text(v + 5)
        var end = v + 6
        if isKind(end, .comma), let pl = parsePinList(at: end + 1, limit: limit) {
            c.pincite = pl.text
            end = pl.end
        }
        if isKind(end, .openParen), let close = matchingClose(end, limit: limit, maxTokens: 12),
           ((end + 1)..<close).contains(where: { isYear($0) }) {
            c.year = ((end + 1)..<close).last(where: { isYear($0) }).flatMap { intValue($0) }
            end = close + 1
        }
        c.span.end = Int(tokens[end - 1].end)
        let id = add(c, startToken: v, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }
}
