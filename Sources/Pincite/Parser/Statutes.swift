// Statutes, regulations, court rules and constitutions: "28 U.S.C. § 636(b)(1)(A)",
// "26 U.S.C. §§ 6013 and 6105", "Cal. Penal Code § 187", "725 ILCS 5/114-1",
// "N.Y. C.P.L.R. 3211", "40 C.F.R. § 1.2", "Fed. R. Civ. P. 72(a)",
// "U.S. Const. amend. IV", "Pub. L. No. 107-296". Code names come from
// reporters-db's laws table plus Grammars/data/rules.tsv; codes whose name has a
// subject slot ("Cal. {subject} Code") are matched as prefix + subject words + suffix.

extension Parser {
    /// Whether a "Title Code" pair starts at token `k` (used to stop pincite lists).
    func startsCodeCite(_ k: Int, limit: Int) -> Bool {
        guard isKind(k, .number), k + 1 < limit else { return false }
        return matchCode(at: k + 1, limit: limit) != nil
    }

    /// Matches a code abbreviation at token `k`: returns the table entry and the
    /// token index after it.
    func matchCode(at k: Int, limit: Int) -> (CodeEntry, Int)? {
        guard k < limit, isKind(k, .word) else { return nil }
        let s = Int(tokens[k].start)
        let first = p[s]
        if tables.codeTrie.canStart(with: first), let m = tables.codeTrie.longestMatch(in: p, at: s) {
            return (tables.codes[m.payload], tokenIndex(atOrAfter: m.end, from: k))
        }
        if tables.subjectCodeTrie.canStart(with: first), let m = tables.subjectCodeTrie.longestMatch(in: p, at: s) {
            // prefix matched ("Cal."): up to four capitalised subject words, then the suffix ("Code")
            let entry = tables.subjectCodes[m.payload]
            var j = tokenIndex(atOrAfter: m.end, from: k)
            // "Md. Code Ann., {subject}": the subject follows a comma ("Md. Code Ann., Cts. & Jud. Proc.")
            if isKind(j, .comma), entry.afterComma { j += 1 }
            var words = 0
            while j < limit, words < 5 {
                if !entry.suffix.isEmpty, suffixMatches(entry.suffix, at: j) {
                    return (entry.code, j + entry.suffixTokens)
                }
                // "TEX. INS. CODE" for "Tex. {subject} Code Ann.": the suffix's first word is enough
                if entry.suffix.count > 1, suffixMatches(Array(entry.suffix.prefix(1)), at: j) {
                    return (entry.code, j + 1)
                }
                guard isKind(j, .word) && (tokens[j].has(.capitalized) || equals(j, "and") || equals(j, "of")) || isKind(j, .ampersand) else { break }
                j += 1
                if isKind(j, .period) { j += 1 }
                words += 1
            }
            if entry.suffix.isEmpty, words > 0 { return (entry.code, j) }
        }
        return nil
    }

    /// A division of a code written between its name and the section: "tit. 12",
    /// "ch. 93A" or "c. 93A", "art. 4590i" (also spelled out, "title 12"). Returns the number,
    /// the token it starts at, and the token after it.
    /// An article or rule is itself the unit cited when no section follows
    /// ("La. Civ. Code Ann. art. 2315", "Fla. Admin. Code Ann. r. 39.6-70"): `unit` is
    /// then "art." or "r.".
    func codeDivision(at k: Int, limit: Int) -> (number: String, numberAt: Int, end: Int, unit: String?)? {
        guard isKind(k, .word), tokens[k].length <= 7 else { return nil }
        var n = k + 1
        let isArticle = equals(k, "art") || equals(k, "article")
        let isRule = equals(k, "r") || equals(k, "R")
        // "HRCP Rule 56(c)": the word names the unit already, so the section takes no prefix
        let isRuleWord = equals(k, "Rule")
        if equals(k, "tit") || equals(k, "ch") || equals(k, "c") || isRule {  // "c." is Massachusetts' chapter
            guard isAbbreviated(k) else { return nil }
            n += 1
        } else if isRuleWord {
        } else if equals(k, "art") {
            if isAbbreviated(k) { n += 1 }  // "art 51" is written without the period too
        } else {
            guard equals(k, "title") || equals(k, "chapter") || equals(k, "article") else { return nil }
        }
        guard let e = sectionNum(at: n, limit: limit) else { return nil }
        // a chapter cited whole, with no section after it: "Wis. Stat. ch. 177", "G. L. c. 93A"
        let isChapter = equals(k, "ch") || equals(k, "c") || equals(k, "chapter")
        return (text(n, through: e - 1), n, e, isArticle ? "art." : (isRule ? "r." : (isRuleWord ? "" : (isChapter ? "ch." : nil))))
    }

    /// The token after a section word standing for "§": "sec." / "secs." / "section" /
    /// "sections" (any case), followed by a number.
    func sectionWordEnd(at k: Int) -> Int? {
        guard isKind(k, .word) else { return nil }
        var e = k + 1
        if equalsIgnoringCase(k, "sec") || equalsIgnoringCase(k, "secs") {
            guard isAbbreviated(k) else { return nil }
            e += 1
        } else if !(equalsIgnoringCase(k, "section") || equalsIgnoringCase(k, "sections")) {
            return nil
        }
        return isKind(e, .number) ? e : nil
    }

    /// Whether the tokens at `j` spell `suffix` (a short token sequence like "Code" or "Code Ann.").
    func suffixMatches(_ suffix: [String], at j: Int) -> Bool {
        var k = j
        for w in suffix {
            if w == "." { guard isKind(k, .period) else { return false } }
            else if w == "," { guard isKind(k, .comma) else { return false } }
            else { guard isKind(k, .word), text(k).fastLowercased() == w.fastLowercased() else { return false } }
            k += 1
        }
        return true
    }

    /// CodeCitation = [Title] CodeName [("§" | "§§")] SectionList [CodeYear]
    ///              | Jurisdiction "Const." ("amend." Roman | "art." Roman) ["," "§" Num] ["," "cl." Num] ;
    ///
    /// Examples: `28 U.S.C. § 636(b)(1)(A)`; `Fed. R. Civ. P. 26(b)(1)`; `725 ILCS 5/114-1`;
    /// `U.S. Const. amend. IV`; `Pub. L. No. 107-296`.
    mutating func parseCodeCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var codeAt = i
        if isKind(i, .number) {
            guard tokens[i].length <= 4, i + 1 < limit else { return nil }
            // a paragraph number is no title: "¶ 20 WISCONSIN STAT. § 704.90 governs …"
            if isKind(i - 1, .pilcrow) { return nil }
            codeAt = i + 1
        }
        guard let (entry, afterCode) = matchCode(at: codeAt, limit: limit) else { return nil }
        // the Statutes at Large and the Federal Register are cited by volume and page; a
        // "Stat." without a volume ends a state's name ("Wisconsin Stat. § 19.35"), which the
        // section production reads
        if codeAt == i, CodeKinds.citedByPage.contains(entry.canonical) { return nil }
        // the title's String only once a code follows it (most numbers start no code cite)
        let title: String? = codeAt > i ? text(i) : nil
        if entry.kind == "constitution" { return parseConstitution(from: i, afterName: afterCode, limit: limit, nestedIn: nestedIn, phrase: phrase) }
        var k = afterCode
        // the code's edition named with it: "Ala. Code 1975, § 13A-5-6", "Code of Alabama 1975, §"
        if isYear(k), isKind(k + 1, .section) || (isKind(k + 1, .comma) && isKind(k + 2, .section)) { k += 1 }
        // "NMSA 1978, § 37-1-8": a comma between the code and "§"
        if isKind(k, .comma), isKind(k + 1, .section) { k += 1 }
        // the supplement of a year before the section: "K.S.A. 2024 Supp. 60-2103(h)"
        var supplementYear: Int? = nil
        if isYear(k), equals(k + 1, "Supp"), isKind(k + 2, .period), k + 3 < limit {
            supplementYear = Int(text(k))
            k += 3
            if isKind(k, .comma), isKind(k + 1, .section) { k += 1 }
        }
        // a title, chapter or article before the section: "Okla. Stat. tit. 12, § 2004",
        // "Mass. Gen. Laws ch. 93A, § 2"; an article with no section after it is itself
        // the unit cited ("La. Civ. Code Ann. art. 2315")
        var division: String? = nil
        var unit: String? = nil
        if let d = codeDivision(at: k, limit: limit) {
            let sign = isKind(d.end, .comma) ? d.end + 1 : d.end
            if isKind(sign, .section) {
                division = d.number
                k = sign
            } else if let u = d.unit {
                unit = u
                k = d.numberAt
            }
        }
        var sectionSigns = 0
        while isKind(k, .section) { sectionSigns += 1; k += 1 }
        // the section spelled out: "1 U.S.C. sec. 1", "28 U.S.C. section 1331", "Sections 1-2"
        if sectionSigns == 0, let w = sectionWordEnd(at: k) {
            sectionSigns = equalsIgnoringCase(k, "secs") || equalsIgnoringCase(k, "sections") ? 2 : 1
            k = w
        }
        // "§" lost to a plain "s" in older converted texts (CourtListener's D.C. Circuit
        // opinions of the 1990s: "40 U.S.C. s 270b", "ss 270a-270d"); only after a code name
        if sectionSigns == 0, equals(k, "s") || equals(k, "ss"), tokens[k].has(.spaceBefore), sectionNum(at: k + 1, limit: limit) != nil {
            sectionSigns = tokens[k].length
            k += 1
        }
        if equals(k, "No"), isKind(k + 1, .period) { k += 2 }  // "Pub. L. No. 107-296"
        guard var sec = parseSectionList(at: k, limit: limit, multiple: sectionSigns > 1) else { return nil }
        // an act numbered by its General Assembly, the dash spaced as scans print it: "Pub. Act 91 — 404"
        if CodeKinds.citedByNumber.contains(entry.canonical), isKind(k, .number), isKind(k + 1, .dash), isKind(k + 2, .number),
           sec.end == k + 1 {
            sec = (text(k) + "-" + text(k + 2), k + 3)
        }
        // local forms that are also ordinary acronyms need their own section shape:
        // "RSA 508:4" (not "RSA 2048-bit keys"), "NRS 11.190", "R.C. 2305.10"
        if sectionSigns == 0, let mark = CodeWords.sectionMark[entry.canonical], !sec.text.utf8.contains(mark) { return nil }
        // a local form followed by a bare year names its edition, not a section:
        // "All statutory references are to RSMo 2000"
        if sectionSigns == 0, codeAt == i, sec.end == k + 1, isYear(k) { return nil }
        // New York's subdivisions in square brackets: "Penal Law § 65.10 [1], [2]", "CPL 440.10 [1] [h]"
        if entry.jurisdiction.hasPrefix("us:ny"), let e = bracketedSubdivisions(at: sec.end, limit: limit) {
            sec = (text(k, through: e - 1), e)
        }
        if let u = unit, !u.isEmpty { sec.text = u + " " + sec.text }
        // an act by number needs its session's year before it ("1990 PA 305", not a "PA 15222" address)
        if CodeKinds.actsByNumber.contains(entry.canonical), sectionSigns == 0, !(title.map { isYear(i) && $0.utf8.count == 4 } ?? false) { return nil }
        // a Federal Register page is written with its thousands: "60 Fed. Reg. 68,380"
        if entry.canonical == "Fed. Reg.", sec.end == k + 1, tokens[k].length <= 3, isKind(k + 1, .comma), isKind(k + 2, .number),
           tokens[k + 2].length == 3, tokens[k + 1].start == tokens[k].end, tokens[k + 2].start == tokens[k + 1].end {
            sec = (text(k, through: k + 2), k + 3)
        }
        // further sections listed after one sign or none: "Pa.R.E. 401, 402, 403, and 901",
        // "26 USC 5171 (a), 5173, 5179 (a), and 5686", "§ 924(c), 1951(a)" — one citation, as
        // "§§ 6013 and 6105" is (a bare "and" only after a sign or a rule: "R.C. 2929.11 and
        // 2929.12" are two citations, see below)
        // (not what is cited by page, whose number after a comma is the pin: "1999 Ill. Laws 5126, 5150")
        if sectionSigns <= 1, entry.kind != "session_law", !CodeKinds.citedByPage.contains(entry.canonical),
           !CodeKinds.citedByNumber.contains(entry.canonical), !CodeKinds.actsByNumber.contains(entry.canonical),
           let e = listedSectionsEnd(after: sec.end, firstAt: k, limit: limit, bareAnd: sectionSigns == 1 || entry.kind == "rule") {
            sec = (text(k, through: e - 1), e)
        }
        var c = Citation(kind: CodeKinds.citationKind(entry.kind), span: span(i, sec.end - 1))
        c.volume = division ?? title
        let written = collapsed(Int(tokens[codeAt].start), Int(tokens[afterCode - 1].end))
        if entry.abbreviation.containsBytes("{subject}") {  // "Cal. Penal Code": the subject is only in the text
            c.reporter = written
        } else {
            c.reporter = entry.canonical
            if written != entry.canonical { c.reporterAsWritten = written }
        }
        c.section = sec.text
        // the Statutes at Large and the Federal Register are cited by page: the number is
        // the page as well ("119 Stat. 2214", "60 Fed. Reg. 43186")
        if CodeKinds.citedByPage.contains(entry.canonical), sectionSigns == 0 { c.page = sec.text }
        // a state's session laws by year and page: "1999 Ill. Laws 5126, 5150" (R12.4)
        var sessionPage = false
        if entry.kind == "session_law", entry.canonical.hasSuffix("Laws"), sectionSigns == 0, let t = title, isYear(i), t.utf8.count == 4,
           sec.end == k + 1, isKind(k, .number) {
            sessionPage = true
            c.page = sec.text
            c.year = Int(t)
        }
        if CodeKinds.citedByNumber.contains(entry.canonical), sectionSigns == 0 {
            return finishPublicLaw(c, startToken: i, after: sec.end, limit: limit, nestedIn: nestedIn, phrase: phrase)
        }
        var after = sec.end
        if let y = supplementYear { c.year = y }
        // a subdivision after a comma is the pin: "Minn. Stat. § 609.582, subd. 3 (2016)",
        // "§ 609.582, subdiv. 2(a)" (California's parenthesised "subd. (c)" joins the section)
        if isKind(after, .comma), equals(after + 1, "subd") || equals(after + 1, "subdiv") || equals(after + 1, "subds"),
           isKind(after + 2, .period), isKind(after + 3, .number), let e = sectionNum(at: after + 3, limit: limit) {
            c.pincite = text(after + 1, through: e - 1)
            c.span.end = Int(tokens[e - 1].end)
            after = e
        }
        // …its page pinned: ", 5150", ", 5130-31"
        if sessionPage, isKind(after, .comma), isKind(after + 1, .number), !isKind(after + 2, .word) || isKind(after + 2, .dash) {
            var e = after + 2
            if isKind(e, .dash), isKind(e + 1, .number), tokens[e].start == tokens[e - 1].end { e += 2 }
            c.pincite = text(after + 1, through: e - 1)
            c.span.end = Int(tokens[e - 1].end)
            after = e
        }
        // (an act by number is dated by its session's year)
        if CodeKinds.actsByNumber.contains(entry.canonical), let t = title { c.year = Int(t) }
        // an act of a session by its number, and its section as the pin: "2005 Wis. Act 400, § 5"
        if CodeKinds.actsByNumber.contains(entry.canonical), sectionSigns == 0, isKind(after, .comma), isKind(after + 1, .section) {
            let doubled = isKind(after + 2, .section)
            if let pin = parseSectionList(at: after + (doubled ? 3 : 2), limit: limit, multiple: doubled) {
                c.pincite = (doubled ? "§§ " : "§ ") + pin.text
                c.span.end = Int(tokens[pin.end - 1].end)
                after = pin.end
            }
        }
        // a second section of the same code, its sign left out as the local form has none: "R.C.
        // 2929.11 and 2929.12", "K.S.A. 21-5402 and 21-5403" (each section is an authority)
        if sectionSigns == 0, unit == nil, equals(after, "and"), isKind(after + 1, .number), let e = sectionNum(at: after + 1, limit: limit),
           let mark = CodeWords.sectionMark[entry.canonical] ?? (c.section?.utf8.contains(0x2D) == true ? 0x2D : nil),
           (Int(tokens[after + 1].start)..<Int(tokens[e - 1].end)).contains(where: { p[$0] == mark }) {
            _ = finishCodeCitation(c, startToken: i, after: after, limit: limit, nestedIn: nestedIn, phrase: phrase)
            var second = c
            second.span = span(after + 1, e - 1)
            second.section = text(after + 1, through: e - 1)
            second.pincite = nil
            return finishCodeCitation(second, startToken: after + 1, after: e, limit: limit, nestedIn: nestedIn, phrase: phrase)
        }
        return finishCodeCitation(c, startToken: i, after: after, limit: limit, nestedIn: nestedIn, phrase: phrase)
    }

    /// The common tail of the code productions: an optional CodeYear "(West 2010)",
    /// then the citation is added and its parentheticals are read.
    mutating func finishCodeCitation(_ c0: Citation, startToken: Int, after: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int {
        var c = c0
        var end = after
        if isKind(end, .openParen), let y = parseCodeYear(at: end, limit: limit) {
            c.year = y.year
            end = y.end
            c.span.end = Int(tokens[end - 1].end)
        }
        let id = add(c, startToken: startToken, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// SectionCitation = ("§" | "§§") SectionList ;  (a section with no code written before it)
    ///
    /// Example: `§ 1983`, `§§ 101–103`.
    mutating func parseSectionCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var k = i
        var signs = 0
        // (signs on one line: a Texas caption's column of "§" down the page is no "§§")
        while isKind(k, .section), signs == 0 || !tokens[k].has(.newlineBefore) { signs += 1; k += 1 }
        // a section sign ending its line before a word with no digit cites nothing ("§" ⏎ "VS.")
        if signs > 0, isKind(k, .word), tokens[k].has(.newlineBefore), !tokens[k].has(.hasDigit) { return nil }
        // "§" lost to a plain "s" after a Restatement's title, as after a code's name (see
        // parseCodeCitation): "Restatement (Second) of Conflict of Laws s 188"
        if signs == 0, equals(i, "s") || equals(i, "ss") {
            guard tokens[i].has(.spaceBefore) else { return nil }
            // (or a treatise's: "Moore's Federal Practice s 26.49[5] (2d ed. 1996)")
            if restatementStart(before: i) == nil {
                return isKind(i - 1, .word) && tokens[i - 1].has(.capitalized)
                    ? parseBookCitation(pinAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) : nil
            }
            signs = tokens[i].length
            k = i + 1
        }
        guard let sec = parseSectionList(at: k, limit: limit, multiple: signs > 1) else { return nil }
        if signs == 1, isOCRDollarAmount(signAt: i, numberAt: k) { return nil }
        // an editor's insertion into a quotation names the provision, it cites nothing: "the clear
        // mandate of [§ 18] is that …"
        if isKind(i - 1, .openBracket), isKind(sec.end, .closeBracket) { return nil }
        // a legal encyclopedia's: "49 Am. Jur. 2d Landlord and Tenant § 43 (1995)"
        if isKind(i - 1, .word), let e = parseEncyclopedia(sectionAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
        // a treatise's section: "5 Wright & Miller, Federal Practice and Procedure § 1357"
        // (or "Story on Bills of Exchange, § 46", the comma before the section)
        if isKind(i - 1, .word) || (isKind(i - 1, .comma) && isKind(i - 2, .word)), tokens[i - 1].has(.capitalized) || isKind(i - 1, .comma),
           let e = parseBookCitation(pinAt: i, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
        // a code name written right before "§" that the tables do not know
        // ("OCGA § 15-11-28(c)", "California Penal Code § 496(a)")
        var start = i
        var j = i - 1
        var words = 0
        // California sets a comma between the code and "§": "(Pen. Code, § 550)", "(Code Civ. Proc.,
        // § 1094.5)", "(Cal. Code Regs., tit. 16, …)" — a name ending in "Code", "Proc." or "Regs."
        var nameEnd = i - 1
        if isKind(i - 1, .comma), equals(i - 2, "Code") || ((equals(i - 3, "Proc") || equals(i - 3, "Regs")) && isKind(i - 2, .period)) {
            nameEnd = i - 2
            j = i - 2
        }
        while j >= floor, words < 5 {
            let t = tokens[j]
            if t.kind == .period, j > floor, isKind(j - 1, .word), tokens[j - 1].end == t.start { j -= 1; continue }
            if t.kind == .word, t.has(.capitalized) || t.has(.allCaps), !t.has(.hasDigit), !isSignalWord(j),
               !isWord(j, in: CaseNameWords.openerSet) { start = j; words += 1; j -= 1; continue }
            // "Vehicle and Traffic Law § 1192": "and" between two words of the name
            // (or "Welf. & Inst. Code, § 300": an abbreviation before the "&")
            if words > 0, equals(j, "and") || t.kind == .ampersand, j - 2 >= floor,
               (isKind(j - 1, .word) && tokens[j - 1].has(.capitalized)) || (isKind(j - 1, .period) && isAbbreviated(j - 2) && tokens[j - 2].has(.capitalized)) { j -= 1; continue }
            break
        }
        // the words must look like a code name: an abbreviation ("Ann."), an acronym
        // ("OCGA") or a code word — not a person's name ("said John Kirk §1,450")
        if start < i {
            var codeLike = false
            for k in start..<i where isKind(k, .word) {
                if isAbbreviated(k) || (tokens[k].has(.allCaps) && tokens[k].length >= 3) || isWord(k, in: CodeWords.codeish) { codeLike = true }
            }
            if !codeLike { start = i }
        }
        // a title number before the code ("42 Pa. Cons. Stat. § 5524")
        // (not a paragraph number: "¶ 20 WISCONSIN STAT. § 704.90 governs …")
        if start < i, isKind(start - 1, .number), start - 1 >= floor, tokens[start - 1].length <= 3, !isKind(start - 2, .pilcrow) { start -= 1 }
        // a Restatement (R12.9.5): "Restatement (Second) of Torts § 402A"
        let restatement = restatementStart(before: i)
        if let r = restatement { start = r }
        var c = Citation(kind: .statute, span: span(start, sec.end - 1))
        var after = sec.end
        // a comment or illustration of the section: "§ 402A cmt. c", "§ 90 illus. 3"
        if restatement != nil, equals(after, "cmt") || equals(after, "illus") || equals(after, "reporter's"), isKind(after + 1, .period),
           isKind(after + 2, .word) || isKind(after + 2, .number), tokens[after + 2].length <= 3 {
            c.pincite = text(after, through: after + 2)
            c.span.end = Int(tokens[after + 2].end)
            after += 3
        }
        // …and its page, as the Supreme Court adds it: "§ 68(b), p. 205 (1965)"
        if restatement != nil, isKind(after, .comma), equals(after + 1, "p"), isKind(after + 2, .period), isKind(after + 3, .number) {
            c.pincite = text(after + 3)
            c.span.end = Int(tokens[after + 3].end)
            after += 4
        }
        if start < i {
            let codeStart = isKind(start, .number) ? start + 1 : start
            if codeStart < i { c.reporter = text(codeStart, through: nameEnd) }
            if codeStart > start { c.volume = text(start) }
        } else if isKind(after, .comma), let (entry, codeEnd) = matchCode(at: after + 1, limit: limit), entry.kind != "constitution" {
            // the code after the section, as Florida and Montana courts write it:
            // "§ 95.11(3), Fla. Stat. (2019)", "§ 27-2-204, MCA"
            c.kind = CodeKinds.citationKind(entry.kind)
            c.reporter = entry.abbreviation.contains("{subject}") ? text(after + 1, through: codeEnd - 1) : entry.canonical
            c.span.end = Int(tokens[codeEnd - 1].end)
            after = codeEnd
        }
        c.section = sec.text
        // New York's consolidated laws ("Penal Law", "Family Ct Act") write a subdivision in
        // square brackets: "Penal Law § 65.10 [1], [2]"
        if start < i, after == sec.end, equals(nameEnd, "Law") || equals(nameEnd, "Act"),
           let e = bracketedSubdivisions(at: after, limit: limit) {
            c.section = text(k, through: e - 1)
            c.span.end = Int(tokens[e - 1].end)
            after = e
        }
        return finishCodeCitation(c, startToken: start, after: after, limit: limit, nestedIn: nestedIn, phrase: phrase)
    }

    /// A "§" that old scans print for "$": "the sum of §1,055", "exceeds §200", "a judgment for
    /// §407.11". The sign is glued to an amount with cents or thousands, or follows a word of
    /// money (no section of a code has a thousands comma or is "exceeded").
    func isOCRDollarAmount(signAt i: Int, numberAt k: Int) -> Bool {
        guard isKind(k, .number) else { return false }
        let glued = tokens[k].start == tokens[i].end
        // (in a text that writes its amounts so, any "§200" glued is one too)
        if glued, scansDollarsAsSections { return true }
        if glued {
            // "1,055" / "824.40": thousands or cents
            if isKind(k + 1, .comma), isKind(k + 2, .number), tokens[k + 1].start == tokens[k].end,
               tokens[k + 2].start == tokens[k + 1].end, tokens[k + 2].length == 3 { return true }
            if isKind(k + 1, .period), isKind(k + 2, .number), tokens[k + 1].start == tokens[k].end,
               tokens[k + 2].start == tokens[k + 1].end, tokens[k + 2].length == 2 { return true }
        }
        let w1 = i - 1 >= 0 && isKind(i - 1, .word) ? wordKey(i - 1) : ""
        let w2 = i - 2 >= 0 && isKind(i - 2, .word) ? wordKey(i - 2) : ""
        if ["exceeds", "exceeded", "exceeding", "owed", "owes", "owing"].contains(w1) { return true }
        return w1 == "of" && ["sum", "amount", "total"].contains(w2)
    }

    /// The first token of a Restatement's title ending right before token `i`:
    /// "Restatement (Second) of Torts", "Restatement (Third) of the Law Governing
    /// Lawyers", "Restatement of Contracts".
    func restatementStart(before i: Int) -> Int? {
        var j = i - 1
        var words = 0
        // the subject: capitalised words, "of", "the", "and", "&" (read backwards)
        while j >= floor, words < 8, isKind(j, .word) && (tokens[j].has(.capitalized) || equals(j, "of") || equals(j, "the") || equals(j, "and"))
                || isKind(j, .ampersand) {
            if equals(j, "Restatement") { return j }
            j -= 1
            words += 1
        }
        // "(Second)" between "Restatement" and "of"
        if isKind(j, .closeParen), isKind(j - 2, .openParen), equals(j - 3, "Restatement") { return j - 3 }
        return nil
    }

    /// SectionWordCitation = ("section" | "sections") SectionNum CodeName [Year] ;
    ///
    /// Missouri and Illinois style: "section 453.080 RSMo 2000".
    mutating func parseSectionWordCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        // (and the Tax Court's "sec. 1.166-9(e)(2), Income Tax Regs.": the abbreviation with its code after it)
        let abbreviated = (equals(i, "sec") || equals(i, "Sec")) && isAbbreviated(i)
        guard equals(i, "section") || equals(i, "Section") || equals(i, "sections") || equals(i, "Sections") || abbreviated,
              let secEnd = sectionNum(at: abbreviated ? i + 2 : i + 1, limit: limit) else { return nil }
        // "section 453.080 RSMo", "section 95.11, Florida Statutes"
        let codeAt = isKind(secEnd, .comma) ? secEnd + 1 : secEnd
        guard let (entry, afterCode) = matchCode(at: codeAt, limit: limit) else {
            // the Tax Court's own form, the code declared once ("All section references are to the
            // Internal Revenue Code"): "sec. 6662(a)", "Sec. 166(d)(1)(A) and (B)" — not a
            // subdivision of the cite before it ("Tex. Rev. Civ. Stat. Ann. art. 852a, sec. 8.08(d)")
            if abbreviated {
                if isKind(i - 1, .comma), let last = citations.last, last.span.end == Int(tokens[i - 2].end) { return nil }
                guard let list = parseSectionList(at: i + 2, limit: limit, multiple: false), !isKind(list.end, .dash) else { return nil }
                // (a code the tables do not know after it, "sec. 1.166-9(e)(2), Income Tax Regs, (…)",
                // is no section of the declared code)
                if isKind(list.end, .comma), (list.end + 1..<min(limit, list.end + 5)).contains(where: { isWord($0, in: CodeWords.codeish) }) { return nil }
                var c = Citation(kind: .statute, span: span(i, list.end - 1))
                c.section = list.text
                let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
                return parseParentheticals(at: list.end, limit: limit, owner: id)
            }
            // a citation sentence that is the section alone, the code understood ("… for work.
            // Section 288.040. To be deemed …", "Section 288.210; Dixon v. …"): a section with a
            // decimal point, capitalised, opening its sentence and closing it or the clause
            guard equals(i, "Section"), startsSentence(i), isKind(secEnd, .period) || isKind(secEnd, .semicolon),
                  (i + 1..<secEnd).contains(where: { isKind($0, .period) }),
                  isKind(secEnd, .semicolon) || secEnd + 1 >= limit || (isKind(secEnd + 1, .word) && tokens[secEnd + 1].has(.capitalized)) || tokens[secEnd + 1].has(.newlineBefore)
            else { return nil }
            var c = Citation(kind: .statute, span: span(i, secEnd - 1))
            c.section = text(i + 1, through: secEnd - 1)
            _ = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
            return secEnd
        }
        var c = Citation(kind: CodeKinds.citationKind(entry.kind), span: span(i, afterCode - 1))
        c.reporter = entry.canonical
        c.section = text(abbreviated ? i + 2 : i + 1, through: secEnd - 1)
        var end = afterCode
        if isYear(end), let y = intValue(end) { c.year = y; c.span.end = Int(tokens[end].end); end += 1 }
        else if isKind(end, .openParen), let y = parseCodeYear(at: end, limit: limit) {  // "Florida Statutes (2019)"
            c.year = y.year
            c.span.end = Int(tokens[y.end - 1].end)
            end = y.end
        }
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// The end of sections listed after the first without "§§" ("401, 402, 403, and 901"), or nil
    /// when none follows. A further item is a section number of about the first's length that
    /// ends the list or the clause (a comma, "and", closing punctuation): not the volume of a
    /// next cite ("§ 1983, 28 U.S.C. § 1331"), a year ("Rule 401, 2001.") or a count ("Rule
    /// 26(b)(1), 30 days").
    func listedSectionsEnd(after end0: Int, firstAt k: Int, limit: Int, bareAnd: Bool) -> Int? {
        guard isKind(k, .number) else { return nil }
        let firstDigits = tokens[k].length
        var end = end0
        while end + 1 < limit {
            var j = end
            if isKind(j, .comma) {
                j += 1
                if equals(j, "and") { j += 1 }
            } else if equals(j, "and"), bareAnd {
                j += 1
            } else { break }
            // (a space after the comma: "Ky. Admin. Reg. 8,6" is a page and its part)
            guard j < limit, isKind(j, .number), tokens[j].has(.spaceBefore), abs(tokens[j].length - firstDigits) <= 1,
                  !startsReporterCite(j, limit: limit), !startsCodeCite(j, limit: limit),
                  let e = sectionNum(at: j, limit: limit), !(isYear(j) && e == j + 1 && firstDigits != 4) else { break }
            guard e >= limit || [.comma, .period, .semicolon, .closeParen, .closeBracket, .colon].contains(tokens[e].kind)
                    || equals(e, "and") || equals(e, "or") else { break }
            end = e
        }
        return end > end0 ? end : nil
    }

    /// SectionList = SectionNum { ("," | "and" | "&" | "to" | "through" | Dash) SectionNum } ["et seq."] ;
    /// SectionNum  = a run of digits, letters, "-", "/", ".", ":" and "(x)" with no space inside.
    func parseSectionList(at k0: Int, limit: Int, multiple: Bool) -> (text: String, end: Int)? {
        guard let e0 = sectionNum(at: k0, limit: limit) else { return nil }
        var end = e0
        // more subsections of the same section: "§ 163-22(c), (d)", "§ 163-33(2), (3), (12)",
        // "5/5-8-1(a)(1)(d)(i) through (a)(1)(d)(iii)"
        // (with a serial comma, "RCW 26.09.170(5), (6), and (7)", or "or")
        if isKind(end - 1, .closeParen) {
            while true {
                var sep = end
                if isKind(sep, .comma), equals(sep + 1, "and") || equals(sep + 1, "or"), isKind(sep + 2, .openParen) { sep += 1 }
                guard sep + 3 < limit, isKind(sep, .comma) || equals(sep, "and") || equals(sep, "or") || isKind(sep, .ampersand) || equals(sep, "through"),
                      isKind(sep + 1, .openParen), isKind(sep + 3, .closeParen), tokens[sep + 2].length <= 4 else { break }
                end = sep + 4
                while end + 2 < limit, isKind(end, .openParen), tokens[end].start == tokens[end - 1].end, isKind(end + 2, .closeParen) { end += 3 }
            }
        }
        // Illinois's act/section numbers ("735 ILCS 5/2-615, 2-619", "405/1-1 through 7-1")
        // are listed without "§§": a further item must have its dash
        let illinois = (k0..<e0).contains(where: { tokens[$0].kind == .slash })
        if multiple || illinois {
            while end + 1 < limit {
                let sep = end
                // ("or" after "§§" only: "§§ 2254 or 2255")
                guard isKind(sep, .comma) || equals(sep, "and") || isKind(sep, .ampersand) || equals(sep, "to")
                        || equals(sep, "through") || isKind(sep, .dash) || (multiple && equals(sep, "or")) else { break }
                guard let e = sectionNum(at: sep + 1, limit: limit, illinois: illinois) else { break }
                if !multiple, !((sep + 1)..<e).contains(where: { tokens[$0].kind == .dash }) { break }
                // a number followed by a code's name is the title of the next cite, not a section:
                // "Revised UCC §§ 9-506(b), (c), 19 L.P.R.A. §§ 2326(b), (c)"
                if e == sep + 2, isKind(sep + 1, .number), matchCode(at: e, limit: limit) != nil || namesUnknownCode(at: e, limit: limit) { break }
                end = e
            }
        }
        // one "§" before two structured sections joined by "&": "§ 8-1A-5(b) & 8-1A-6(1)"
        if !multiple, !illinois, isKind(end, .ampersand), let e = sectionNum(at: end + 1, limit: limit),
           ((end + 1)..<e).contains(where: { tokens[$0].kind == .dash || tokens[$0].kind == .period }) {
            end = e
        }
        if equals(end, "et"), equals(end + 1, "seq") { end += 2; if isKind(end, .period) { end += 1 } }
        // California's subdivisions: "§ 786, subd. (c)(1)" is § 786(c)(1)
        if isKind(end, .comma), equals(end + 1, "subd") || equals(end + 1, "subds"), isKind(end + 2, .period),
           isKind(end + 3, .openParen), let sub = subdivisionList(at: end + 3, limit: limit) {
            return (text(k0, through: end - 1) + sub.text, sub.end)
        }
        return (text(k0, through: end - 1), end)
    }

    /// "(c)(1)", "(a), (b)", "(a)-(c)" after "subd.": the parenthesised subdivisions
    /// written together ("(c)(1)", "(a), (b)") and the index after them.
    func subdivisionList(at k0: Int, limit: Int) -> (text: String, end: Int)? {
        var k = k0
        var out = ""
        while k + 2 < limit, isKind(k, .openParen), isKind(k + 2, .closeParen), tokens[k + 1].length <= 4 {
            out += "(" + text(k + 1) + ")"
            k += 3
            // "(a), (b)", "(a)-(c)", "(a) and (b)": another subdivision
            if k + 3 < limit, isKind(k, .comma) || isKind(k, .dash) || equals(k, "and"), isKind(k + 1, .openParen), isKind(k + 3, .closeParen) {
                out += isKind(k, .dash) ? "-" : ", "
                k += 1
            }
        }
        return out.isEmpty ? nil : (out, k)
    }

    /// "[1]", "[1] [h]", "[1], [2]" after a section (New York's official style writes a
    /// subdivision in square brackets): the index after the last one, or nil. A label has
    /// one to three characters, so that a year ("[2019]") is not taken.
    func bracketedSubdivisions(at k0: Int, limit: Int) -> Int? {
        var k = k0, end: Int? = nil
        while k + 2 < limit, isKind(k, .openBracket), isKind(k + 2, .closeBracket), isSubsectionLabel(k + 1),
              tokens[k + 1].length <= 3, !tokens[k].has(.newlineBefore) {
            k += 3
            end = k
            if k + 3 < limit, isKind(k, .comma), isKind(k + 1, .openBracket) { k += 1 }
        }
        return end
    }

    /// A code name the tables do not know starts at `k`: capitalised words and abbreviations up
    /// to a "§" ("L.P.R.A. §§ 2326").
    func namesUnknownCode(at k: Int, limit: Int) -> Bool {
        guard isKind(k, .word), tokens[k].has(.capitalized) || tokens[k].has(.allCaps) else { return false }
        var j = k
        while j < min(limit, k + 10) {
            if isKind(j, .section) { return j > k }
            guard isKind(j, .word) || isKind(j, .period) || isKind(j, .ampersand) else { return false }
            j += 1
        }
        return false
    }

    /// One SectionNum; returns the index after it.
    func sectionNum(at k: Int, limit: Int, illinois: Bool = false) -> Int? {
        guard k < limit else { return nil }
        let t = tokens[k]
        guard t.kind == .number || (t.kind == .word && t.has(.hasDigit)) || (t.kind == .word && t.length <= 4 && t.has(.allCaps))
                || (illinois && isOCRDigitOne(k)) else { return nil }
        var j = k + 1
        // (a number broken at its hyphen by the end of a line goes on at the next line's
        // start: "K.S.A. 21-⏎5402(c)", "§ 18-1-⏎105(1)")
        while j < limit, !tokens[j].has(.spaceBefore)
                || (isKind(j - 1, .dash) && j - 1 > k && tokens[j].has(.newlineBefore) && tokens[j].kind == .number && !isKind(j - 2, .dash)) {
            let kk = tokens[j].kind
            // (an em dash ends it: "K.S.A. 21-6308(a)(1)(B)—which")
            if kk == .dash, tokens[j].length == 3, p[Int(tokens[j].start) + 2] == 0x94 { break }
            if kk == .number || kk == .word || kk == .dash || kk == .slash || kk == .colon { j += 1; continue }
            if kk == .period, j + 1 < limit, !tokens[j + 1].has(.spaceBefore), tokens[j + 1].kind == .number || tokens[j + 1].kind == .word { j += 1; continue }
            if kk == .openParen, j + 2 < limit, isKind(j + 2, .closeParen), tokens[j + 1].length <= 4 { j += 3; continue }
            // a hyphenated subsection: "401.5(a-5)", as CAP's scans print it "(a — 5)"
            if kk == .openParen, j + 4 < limit, isKind(j + 2, .dash), isKind(j + 4, .closeParen),
               isKind(j + 1, .word) || isKind(j + 1, .number), isKind(j + 3, .number) || isKind(j + 3, .word),
               tokens[j + 1].length <= 3, tokens[j + 3].length <= 3, !tokens[j + 1].has(.spaceBefore) { j += 5; continue }
            // a decimal subsection: "405/1-3(4.05)"
            if kk == .openParen, j + 4 < limit, isKind(j + 1, .number), isKind(j + 2, .period), isKind(j + 3, .number),
               isKind(j + 4, .closeParen), !tokens[j + 2].has(.spaceBefore), !tokens[j + 3].has(.spaceBefore) { j += 5; continue }
            break
        }
        // a trailing dash is not part of the number
        while j > k + 1, isKind(j - 1, .dash) || isKind(j - 1, .colon) { j -= 1 }
        // Illinois "5/2-1005" and New Jersey "9:2-13": scans print their hyphen as a spaced dash
        let illinois = illinois || (k..<j).contains(where: { tokens[$0].kind == .slash || tokens[$0].kind == .colon })
        // subsections set off by a space: "§ 17a-593 (c)", "§ 2-201 (b)", and New York's
        // "Penal Law § 125.25 (1)", "CPLR 3211 (a) (7)", "Family Ct Act § 1012 (f) (i) (B)"
        // (a label of one to three characters: not a year, not "(West)")
        // (New York's hyphenated subdivisions too: "Vehicle and Traffic Law § 1192 (4-a)", "(2-a) (b)")
        if !illinois, j + 4 < limit, isKind(j, .openParen), tokens[j].has(.spaceBefore), isKind(j + 2, .dash), isKind(j + 4, .closeParen),
           isKind(j + 1, .number), tokens[j + 1].length <= 3, isKind(j + 3, .word), tokens[j + 3].length <= 2,
           tokens[j + 2].start == tokens[j + 1].end, tokens[j + 3].start == tokens[j + 2].end {
            var e = j + 5
            while e + 2 < limit, isKind(e, .openParen), isKind(e + 2, .closeParen), !tokens[e + 1].has(.spaceBefore),
                  isSubsectionLabel(e + 1), tokens[e + 1].length <= 3, !tokens[e].has(.newlineBefore) { e += 3 }
            return e
        }
        if !illinois, j + 2 < limit, isKind(j, .openParen), tokens[j].has(.spaceBefore), isKind(j + 2, .closeParen),
           !tokens[j + 1].has(.spaceBefore), isSubsectionLabel(j + 1), tokens[j + 1].length <= 3 {
            var e = j + 3
            while e + 2 < limit, isKind(e, .openParen), isKind(e + 2, .closeParen), !tokens[e + 1].has(.spaceBefore),
                  !tokens[e].has(.spaceBefore) ? tokens[e + 1].length <= 3 : isSubsectionLabel(e + 1) && tokens[e + 1].length <= 3,
                  !tokens[e].has(.newlineBefore) { e += 3 }
            return e
        }
        guard illinois else { return j }
        // Illinois "5/2 — 1005(c)", as CAP's scans print it: a chapter/act number, a spaced
        // dash, the section, and again ("5/5 — 8— 1(a)")
        if j + 1 < limit, isKind(j, .dash), isKind(j + 1, .number) || isOCRDigitOne(j + 1), let more = sectionNum(at: j + 1, limit: limit, illinois: true) {
            return more
        }
        // subsections set off by a space: "5/5-8-1 (a)(1)(d) (iii)", "50/1 (D)(b)"
        while j + 2 < limit, isKind(j, .openParen), tokens[j].has(.spaceBefore), isKind(j + 2, .closeParen), isSubsectionLabel(j + 1) {
            j += 3
            while j + 2 < limit, isKind(j, .openParen), !tokens[j].has(.spaceBefore), isKind(j + 2, .closeParen), tokens[j + 1].length <= 4 { j += 3 }
        }
        return j
    }

    /// A scan's "l" for the digit 1 at the end of an Illinois section, its subsection glued
    /// to it: the last "l" of "5/5— 8 — l(a)(l)(d)(ii)".
    func isOCRDigitOne(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, isKind(k, .word), tokens[k].length == 1, p[Int(tokens[k].start)] == 0x6C else { return false }
        return isKind(k + 1, .openParen) && tokens[k + 1].start == tokens[k].end
    }

    /// A subsection's label inside parentheses: "a", "iii", "1", "D" (not "West" or a year).
    func isSubsectionLabel(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.kind == .number { return t.length <= 3 }
        guard t.kind == .word else { return false }
        return t.length == 1 || (t.length <= 4 && !t.has(.capitalized) && !t.has(.allCaps))
    }

    /// CodeYear = "(" [Publisher] Year ")" ;   e.g. "(2012)", "(West 2010)", "(Am. L. Inst. 1965)".
    /// Also the date a rule or act took effect or was adopted, Illinois's "(eff. Aug. 1, 1992)",
    /// "(adopted May 2, 1995)".
    func parseCodeYear(at o: Int, limit: Int) -> (year: Int, end: Int)? {
        let dateAt = equals(o + 1, "eff") && isKind(o + 2, .period) ? o + 3 : equals(o + 1, "adopted") ? o + 2 : nil
        if let at = dateAt, let d = effectiveDateEnd(at: at, limit: limit), isKind(d, .closeParen), let y = intValue(d - 1) {
            return (y, d + 1)
        }
        var c = o + 1
        while c < min(limit, o + 10), !isKind(c, .closeParen) { c += 1 }
        guard isKind(c, .closeParen) else { return nil }
        // (a biennial edition, "(West 2017–18)", is dated by its first year)
        let yearAt = yearRangeStart(endingAt: c - 1, after: o) ?? c - 1
        guard isYear(yearAt), let y = intValue(yearAt) else { return nil }
        for k in (o + 1)..<yearAt where tokens[k].has(.lowercase) { return nil }
        return (y, c + 1)
    }

    /// Constitution = Jurisdiction "Const." ("amend." Roman | "art." Roman | "pmbl.") ["," "§" Num] ["," "cl." Num] ;
    mutating func parseConstitution(from i: Int, afterName: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        var k = afterName
        if isKind(k, .comma) { k += 1 }  // "U.S. Const., amend. VI"
        let partsStart = k
        // (the Supreme Court's "U. S. Const., Amdt. 4", "Amdts. 5 and 14")
        guard equals(k, "amend") || equals(k, "art") || equals(k, "pmbl") || equals(k, "Amend") || equals(k, "Art")
                || equals(k, "AMEND") || equals(k, "ART") || equals(k, "amends") || equals(k, "Amdt") || equals(k, "Amdts")
                || ((equals(k, "Am") || equals(k, "am")) && isRomanNumeral(k + 1)) else { return nil }
        k += 1
        if isKind(k, .period) { k += 1 }
        guard isKind(k, .word) || isKind(k, .number) else { return nil }
        var end = k + 1
        var parts: [Int] = [k]
        // "amends. V, XIV", "amends. V and XIV": several amendments
        if equals(partsStart, "amends") || equals(partsStart, "Amdts") {
            while true {
                var n = end
                if isKind(n, .comma) { n += 1 }
                if equals(n, "and") || isKind(n, .ampersand) { n += 1 }
                guard n > end, n < limit, isRomanNumeral(n) || (isKind(n, .word) && tokens[n].length == 1 && isArticleNumber(n)) || isKind(n, .number)
                else { break }
                parts.append(n)
                end = n + 1
            }
        }
        end = constitutionParts(after: end, limit: limit, into: &parts)
        var c = Citation(kind: .constitution, span: span(i, end - 1))
        c.reporter = collapsed(Int(tokens[i].start), Int(tokens[afterName - 1].end))
        c.section = text(partsStart, through: end - 1)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }
}

extension Parser {
    /// The parts after a constitution's article or amendment: ", § 8", " § 18", ", cl. 3",
    /// Georgia's "§ II, Par. IX (e)", ", paragraph 1", ", sec. 2". Returns the token after them.
    func constitutionParts(after e: Int, limit: Int, into parts: inout [Int]) -> Int {
        var end = e
        while end < limit, isKind(end, .comma) || isKind(end, .section) || equals(end, "Par") {
            var k = isKind(end, .comma) ? end + 1 : end
            // "§§ 3 and 9", "§§ 3, 9": the sections of one article
            let doubled = isKind(k, .section) && isKind(k + 1, .section)
            if doubled { k += 1 }
            if isKind(k, .section), isArticleNumber(k + 1) {  // "§ 8", "§ II"
                end = k + 2
                parts.append(k + 1)
                while doubled {
                    var n = end
                    if isKind(n, .comma) { n += 1 }
                    if equals(n, "and") || isKind(n, .ampersand) { n += 1 }
                    guard n > end, isKind(n, .number) || isRomanNumeral(n) else { break }
                    var after = n + 1
                    while isKind(after, .openParen), isKind(after + 2, .closeParen), tokens[after + 1].length <= 3, !tokens[after].has(.spaceBefore) { after += 3 }
                    end = after
                    parts.append(n)
                }
            }
            else if equals(k, "cl") || equals(k, "Par") || equals(k, "para") || equals(k, "Sec") || equals(k, "sec"),
                    isKind(k + 1, .period), isArticleNumber(k + 2) { end = k + 3; parts.append(k + 2) }
            else if equals(k, "paragraph") || equals(k, "section") || equals(k, "clause"), isArticleNumber(k + 1) { end = k + 2; parts.append(k + 1) }
            else { break }
            // subsections: "Par. IX (e)" (set off by a space), "§ 3(b)(1)" (each after the last)
            var firstGroup = true
            while isKind(end, .openParen), isKind(end + 2, .closeParen), tokens[end + 1].length <= 3,
                  firstGroup || !tokens[end].has(.spaceBefore) {
                end += 3
                firstGroup = false
            }
        }
        return end
    }

    /// Token `k` numbers an article, section or paragraph: "6", "IV", "I", "9A", "IX".
    func isArticleNumber(_ k: Int) -> Bool {
        if isKind(k, .number) { return true }
        guard isKind(k, .word), tokens[k].length <= 5 else { return false }
        if tokens[k].has(.allCaps) || tokens[k].has(.hasDigit) { return true }
        return tokens[k].length == 1 && "IVX".utf8.contains(p[Int(tokens[k].start)])
    }

    /// Token `k` is a Roman numeral of two letters or more ("II", "IX", "XIV").
    func isRomanNumeral(_ k: Int) -> Bool {
        guard isKind(k, .word), tokens[k].length >= 2, tokens[k].length <= 6 else { return false }
        for b in p[Int(tokens[k].start)..<Int(tokens[k].end)] where !"IVXLC".utf8.contains(b) { return false }
        return true
    }

    /// InvertedConstitution = ("art." | "Art.") Num Parts "," Jurisdiction "Const." ;
    ///
    /// Florida's order, the constitution's name after its parts: "art. V, § 3(b)(1), Fla.
    /// Const." (every Florida Supreme Court opinion states its jurisdiction so). `name` is the
    /// token after the parts' comma; the name is capitalised words and periods ending "Const."
    mutating func parseInvertedConstitution(at i: Int, name: Int, partsEnd: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard name > partsEnd, name < limit else { return nil }
        var o = name
        while o < limit, o < name + 6, !equals(o, "Const") {
            guard isKind(o, .word) && tokens[o].has(.capitalized) || isKind(o, .period) else { return nil }
            o += 1
        }
        guard equals(o, "Const"), o > name, isKind(o + 1, .period) else { return nil }
        var c = Citation(kind: .constitution, span: span(i, o + 1))
        c.reporter = collapsed(Int(tokens[name].start), Int(tokens[o + 1].end))
        c.section = text(i, through: partsEnd - 1)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: o + 2, limit: limit, owner: id)
    }

    /// ConstitutionInWords = ("article" | "art." | "Article" | "Art.") Num Parts [","] "of the" Words "Constitution" ;
    ///
    /// The constitution named after its article, as state courts write it: "article I, § 10,
    /// of the U.S. Constitution", "art. I, § 9, of the United States Constitution",
    /// "Article I, paragraph 1 of the New Jersey Constitution", "art. 14 of the Massachusetts
    /// Declaration of Rights".
    mutating func parseConstitutionInWords(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let abbreviated = equals(i, "art") || equals(i, "Art")
        guard abbreviated || equals(i, "article") || equals(i, "Article") else { return nil }
        var k = i + 1
        if abbreviated { guard isKind(k, .period) else { return nil }; k += 1 }
        guard k < limit, isArticleNumber(k) else { return nil }
        var parts = [k]
        let partsEnd = constitutionParts(after: k + 1, limit: limit, into: &parts)
        var o = isKind(partsEnd, .comma) ? partsEnd + 1 : partsEnd
        if abbreviated, let e = parseInvertedConstitution(at: i, name: o, partsEnd: partsEnd, limit: limit, nestedIn: nestedIn, phrase: phrase) { return e }
        guard equals(o, "of"), equals(o + 1, "the") else { return nil }
        o += 2
        // the jurisdiction's words, then "Constitution" (within eight tokens), or the state's
        // Declaration of Rights ("art. 14 of the Massachusetts Declaration of Rights")
        let nameStart = o
        func declarationOfRights(_ k: Int) -> Bool { equals(k, "Declaration") && equals(k + 1, "of") && equals(k + 2, "Rights") }
        while o < limit, o < nameStart + 8, !equals(o, "Constitution"), !declarationOfRights(o) {
            guard isKind(o, .word) && (tokens[o].has(.capitalized) || tokens[o].has(.allCaps)) || isKind(o, .period) else { return nil }
            o += 1
        }
        guard equals(o, "Constitution") || declarationOfRights(o), o > nameStart else { return nil }
        if declarationOfRights(o) { o += 2 }
        // the name in words before the formal cite in parentheses is prose that the cite
        // supports: "Section 2 of article I of the Illinois Constitution (Ill. Const. 1970,
        // art. I, § 2)" cites only the parenthesis
        if isKind(o + 1, .openParen), ((o + 2)..<min(limit, o + 8)).contains(where: { equals($0, "Const") && isKind($0 + 1, .period) }) {
            return nil
        }
        var c = Citation(kind: .constitution, span: span(i, o))
        c.reporter = collapsed(Int(tokens[nameStart].start), Int(tokens[o].end))
        c.section = text(i, through: partsEnd - 1)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: o + 1, limit: limit, owner: id)
    }

    /// Constitution with a jurisdiction the code table does not list: "N.C. Const. Art. IV § 18",
    /// "Ill. Const. 1970, art. I, § 2" — anchored at "Const." and read backwards for the jurisdiction.
    mutating func parseGenericConstitution(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        // (an OCR'd comma for the period: "Wash. Const, art. IV, § 23")
        // (and Michigan's style without periods: "US Const, Am IV", "Const 1963, art 1, § 11")
        let ocrComma = isKind(i + 1, .comma) && (equals(i + 2, "art") || equals(i + 2, "amend") || equals(i + 2, "Art") || equals(i + 2, "Amend")
                                                   || equals(i + 2, "Am") || equals(i + 2, "am"))
        let yearWithoutPeriod = isYear(i + 1) && isKind(i + 2, .comma) && (equals(i + 3, "art") || equals(i + 3, "Art"))
        guard equals(i, "Const") || equals(i, "CONST"), isKind(i + 1, .period) || ocrComma || yearWithoutPeriod else { return nil }
        var s = i
        var j = i - 1
        while j >= floor, i - j <= 6 {
            let t = tokens[j]
            // not back over the end of an earlier cite: "…, Par. IX. Ga. Const. 1983"
            if t.kind == .word, isRomanNumeral(j) || equals(j, "Constitution") { break }
            if t.kind == .period || (t.kind == .word && (t.has(.capitalized) || t.has(.allCaps)) && !isSignalWord(j)
                                     && !isWord(j, in: CaseNameWords.openerSet)) { s = j; j -= 1; continue }
            break
        }
        while s < i, isKind(s, .period) { s += 1 }
        // Michigan names its constitution by year alone: "Const. 1963, art. 6, § 6"
        let byYearAlone = s == i && ((isKind(i + 1, .period) && isYear(i + 2)) || yearWithoutPeriod)
        guard s < i || byYearAlone else { return nil }
        var after = ocrComma || yearWithoutPeriod ? i + 1 : i + 2
        if isYear(after) { after += 1 }  // "Ill. Const. 1970"
        else if equals(after, "of"), isYear(after + 1) { after += 2 }  // "Ga. Const. of 1983"
        let before = citations.count
        let end = parseConstitution(from: s, afterName: after, limit: limit, nestedIn: nestedIn, phrase: phrase)
        if ocrComma, citations.count > before, let r = citations[before].reporter, r.hasSuffix("Const") {
            citations[before].reporterAsWritten = r
            citations[before].reporter = r + "."
        }
        return end
    }

    /// ColonRule = ("R." | "Rule" | "Rules") RulePart ":" RuleNumber ;
    ///
    /// The court rules New Jersey and Virginia number by part and rule: "R. 4:46-2(c)",
    /// "Rule 5:8-6", "Rule 5A:18". The colon tells them from a record page ("R. 12") and
    /// from a rule of an unnamed set ("Rule 12").
    mutating func parseColonRule(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let isR = equals(i, "R") && isKind(i + 1, .period)
        guard isR || equals(i, "Rule") || equals(i, "Rules") else { return nil }
        let n = isR ? i + 2 : i + 1
        guard n + 2 < limit, isKind(n + 1, .colon), !tokens[n + 1].has(.spaceBefore), !tokens[n + 2].has(.spaceBefore),
              isKind(n, .number) || (isKind(n, .word) && tokens[n].has(.hasDigit) && tokens[n].length <= 3),
              isKind(n + 2, .number) || (isKind(n + 2, .word) && tokens[n + 2].has(.hasDigit)),
              let secEnd = sectionNum(at: n, limit: limit) else { return nil }
        var c = Citation(kind: .rule, span: span(i, secEnd - 1))
        c.reporter = isR ? "R." : text(i, through: i)
        c.section = text(n, through: secEnd - 1)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: secEnd, limit: limit, owner: id)
    }

    /// RuleInWords = "Rule" RuleNumber [","] "of the" Words "Rules" Words ;
    ///
    /// A rule named after its number: "Rule 12(b)(6) of the North Carolina Rules of Civil
    /// Procedure", "Rule 54(b) of the West Virginia Rules of Civil Procedure", "Rule 33.1 of the
    /// Rules of this Court".
    mutating func parseRuleInWords(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "Rule"), let secEnd = sectionNum(at: i + 1, limit: limit) else { return nil }
        var o = isKind(secEnd, .comma) ? secEnd + 1 : secEnd
        guard equals(o, "of"), equals(o + 1, "the") else { return nil }
        o += 2
        let setStart = o
        var sawRules = false
        var last = o
        while o < limit, o < setStart + 10 {
            if equals(o, "Rules") { sawRules = true }
            if isKind(o, .word), tokens[o].has(.capitalized) || equals(o, "of") || equals(o, "this") { last = o; o += 1; continue }
            break
        }
        guard sawRules, tokens[last].has(.capitalized), !equals(last, "Rules") || last > setStart else { return nil }
        var c = Citation(kind: .rule, span: span(i, last))
        c.reporter = text(setStart, through: last)
        // a set the tables know keys as T1 abbreviates it ("… of the Federal Rules of Civil Procedure")
        if let written = c.reporter, let abbreviation = tables.ruleSetByName[written.fastLowercased()] {
            c.reporter = abbreviation
            c.reporterAsWritten = written
        }
        c.section = text(i + 1, through: secEnd - 1)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: last + 1, limit: limit, owner: id)
    }

    /// CourtRule = RuleSetWords "R." RuleNumber ;
    ///
    /// A court rule whose rule set is not in the tables: "134 Ill. 2d R. 615(a)",
    /// "Super. Ct. Crim. R. 16(a)(1)(C)". Anchored at "R." and read backwards.
    mutating func parseGenericRule(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "R"), isKind(i + 1, .period), i + 2 < limit else { return nil }
        // the rule set may go on after "R.": "Tex. R. App. P. 47.1", "Ariz. R. Civ. P. 12",
        // "Fla. R. Civ. P. 1.140", "Pa. R. Evid. 403" — rule-set abbreviations only ("R. Doc. 12" is a record cite)
        var n = i + 2
        // (an "&" between its words: Florida's "Fla. R. Gen. Prac. & Jud. Admin. 2.140(b)")
        while n + 1 < limit, n < i + 12 {
            if isKind(n, .ampersand), n > i + 2, isAbbreviated(n + 1), isWord(n + 1, in: CodeWords.ruleSetWords) { n += 1 }
            guard isAbbreviated(n), isWord(n, in: CodeWords.ruleSetWords) else { break }
            n += 2
        }
        guard let firstEnd = sectionNum(at: n, limit: limit) else { return nil }
        // "Pa.R.E. 401, 402, 403, and 901": one citation of the rules listed
        let secEnd = listedSectionsEnd(after: firstEnd, firstAt: n, limit: limit, bareAnd: true) ?? firstEnd
        // the rule set: abbreviations ("Ct.", "Crim.", "Ill.") and reporter-style volume words ("134", "2d")
        guard isKind(i - 1, .period) || (isKind(i - 1, .word) && tokens[i - 1].has(.hasDigit)) else { return nil }
        var s = i
        var j = i - 1
        var words = 0
        while j >= floor, words < 8 {
            let t = tokens[j]
            if t.kind == .period { j -= 1; continue }
            // (an acronym that ended the sentence before is no part of the set: "… authenticate
            // the CGA. Pa.R.E. 901(a) provides")
            if t.kind == .word, t.has(.allCaps), t.length >= 3, isKind(j + 1, .period), isKind(j - 1, .word), tokens[j - 1].has(.lowercase),
               !isWord(j, in: CodeWords.stateNames) { break }
            if t.kind == .word, t.has(.capitalized) || t.has(.allCaps) || t.has(.hasDigit), !isSignalWord(j),
               !isWord(j, in: CaseNameWords.openerSet) { s = j; words += 1; j -= 1; continue }
            if t.kind == .number, t.length <= 4 { s = j; j -= 1; continue }
            break
        }
        guard words > 0 else { return nil }
        var c = Citation(kind: .rule, span: span(s, secEnd - 1))
        c.reporter = collapsed(Int(tokens[s].start), Int(tokens[n - 1].end))
        c.section = text(n, through: secEnd - 1)
        let id = add(c, startToken: s, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: secEnd, limit: limit, owner: id)
    }
}

extension Parser {
    /// StateRuleInWords = State [RuleSetWord [RuleSetWord]] "Rule" RuleNumber ;
    ///
    /// The court rules a state names with the word "Rule": Indiana's "Ind. Trial Rule 50(A)",
    /// "Ind. Appellate Rule 46(A)(8)(a)", "Indiana Evidence Rule 702", Maryland's "Md. Rule
    /// 16-761(b)". Anchored at "Rule" and read backwards. Without a set word the rule
    /// number must be a dashed one ("Md. Rule 2-501"): "Ind. Rule 5" could be prose.
    mutating func parseStateWordRule(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        if equals(i, "Rule"), equals(i + 1, "of") { return parseStateRuleOfWords(at: i, limit: limit, nestedIn: nestedIn, phrase: phrase) }
        guard equals(i, "Rule"), i >= floor + 1, isKind(i + 1, .number), let secEnd = sectionNum(at: i + 1, limit: limit) else { return nil }
        var j = i - 1
        var setWords = 0
        while j >= floor, setWords < 2 {
            if isKind(j, .dash), j - 1 >= floor, isWord(j - 1, in: CodeWords.stateRuleSetWords) { j -= 1; continue }   // "Post-Conviction"
            guard isWord(j, in: CodeWords.stateRuleSetWords) else { break }
            setWords += 1
            j -= 1
        }
        // the state: "Ind." or "Indiana"
        var s = j
        if isKind(j, .period) { s = j - 1 }
        guard s >= floor, isKind(s, .word), isWord(s, in: CodeWords.stateNames), s == j || tokens[j].start == tokens[s].end else { return nil }
        let number = text(i + 1, through: secEnd - 1)
        guard setWords > 0 || number.utf8.contains(0x2D) else { return nil }
        var c = Citation(kind: .rule, span: span(s, secEnd - 1))
        let written = collapsed(Int(tokens[s].start), Int(tokens[i].end))
        c.reporter = written
        // a state written out keys as its T10 abbreviation ("Indiana Appellate Rule" → "Ind. Appellate Rule")
        if s == j, let abbreviation = CodeWords.stateAbbreviations[text(s)] {
            c.reporter = abbreviation + written.dropFirst(tokens[s].length)
            c.reporterAsWritten = written
        }
        c.section = number
        let id = add(c, startToken: s, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: secEnd, limit: limit, owner: id)
    }

    /// StateRuleOfWords = State "Rule" "of" Words ("Procedure" | "Evidence" | …) RuleNumber ;
    ///
    /// A state's rule with its set spelled out: "Florida Rule of Criminal Procedure 3.853",
    /// "Alabama Rule of Evidence 803(6)". The state's name before "Rule" tells it from a
    /// description ("the rule of lenity").
    mutating func parseStateRuleOfWords(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let s = i - 1
        guard s >= floor, isWord(s, in: CodeWords.stateNames), !isKind(s + 1, .period) else { return nil }
        var k = i + 2
        while k < min(limit, i + 8), isKind(k, .word), tokens[k].has(.capitalized), !isWord(k, in: CodeWords.ruleSetEnds) { k += 1 }
        guard isWord(k, in: CodeWords.ruleSetEnds), k > i + 1, isKind(k + 1, .number), let secEnd = sectionNum(at: k + 1, limit: limit) else { return nil }
        var c = Citation(kind: .rule, span: span(s, secEnd - 1))
        c.reporter = collapsed(Int(tokens[s].start), Int(tokens[k].end))
        c.section = text(k + 1, through: secEnd - 1)
        let id = add(c, startToken: s, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: secEnd, limit: limit, owner: id)
    }
}

enum CodeWords {
    /// The last word of a rule set spelled out ("… of Criminal Procedure", "… of Evidence").
    static let ruleSetEnds = WordSet(["Procedure", "Evidence", "Practice", "Conduct"])
    /// The states, by name and by T10 abbreviation without its period ("Indiana", "Ind").
    static let stateNames = WordSet(stateRows.flatMap { [$0[0], $0[1].hasSuffix(".") ? String($0[1].dropLast()) : $0[1]] })
    /// State name → T10 abbreviation ("Indiana" → "Ind.").
    static let stateAbbreviations = Dictionary(stateRows.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
    private static let stateRows = ReferenceTables.rows(EmbeddedTables.places).filter { $0.count >= 3 && $0[2] == "States" }
    /// The words of a state's rule set named before "Rule" ("Ind. Trial Rule", "Ind. Post-Conviction Rule").
    static let stateRuleSetWords = WordSet(["Trial", "Appellate", "Evidence", "Criminal", "Post", "Conviction", "Post-Conviction", "Jury", "Tax",
                                            "Small", "Claims", "Original", "Administrative", "Juvenile", "Probate", "Family", "Civil"])
    static let codeish = WordSet(["Code", "Codes", "Statutes", "Statute", "Laws", "Law", "Act", "Stat", "Ann", "Rev", "Gen", "Comp", "Const", "Regs", "Rules"])
    /// The byte a section of these local forms always has when no "§" precedes it.
    static let sectionMark: [String: UInt8] = ["RSA": UInt8(ascii: ":"), "NRS": UInt8(ascii: "."), "R.C.": UInt8(ascii: "."),
                                               "NYCRR": UInt8(ascii: "."), "AS": UInt8(ascii: ".")]
    /// Words of a state rule set after "R." (Bluebook T1 state rule titles: "Tex. R. App. P.",
    /// "Pa. R. Crim. P.", "Fla. R. Juv. P.", "Mass. R. Prof. C.", "Ariz. R. Fam. Law P.").
    // (and the letters of Vermont's "V.R.E.", "V.R.A.P.", "V.R.Cr.P.")
    static let ruleSetWords = WordSet(["App", "Civ", "Crim", "P", "Evid", "Prof", "C", "Juv", "Prob", "Fam", "Bankr", "Prac", "E", "A", "Cr", "Ev",
                                       "Jud", "Admin", "Proc", "Disc", "Cond", "Gen", "Sup", "Ct", "Dom", "Rel", "Cl", "Tax", "Traf", "Super"])
}

enum CodeKinds {
    /// Codes cited by volume and page, not by section: the Statutes at Large ("124 Stat.
    /// 119") and the Federal Register ("60 Fed. Reg. 68,380").
    static let citedByPage: Set<String> = ["Stat.", "Fed. Reg."]
    /// Codes cited by number: public and private laws ("Pub. L. No. 111-148").
    static let citedByNumber: Set<String> = ["Pub. L.", "Pvt. L.", "Pub. Act"]
    /// Session laws cited by year and act number, with sections as their pins ("2005 Wis. Act 400, § 5").
    static let actsByNumber: Set<String> = ["Wis. Act", "PA"]

    static func citationKind(_ tableKind: String) -> CitationKind {
        switch tableKind {
        case "regulation": return .regulation
        case "rule": return .rule
        case "constitution": return .constitution
        default: return .statute
        }
    }
}

extension Parser {
    /// NorthCarolinaSessionLaw = "S.L." Year "-" Num ["," "s." SectionNum] ;
    ///
    /// North Carolina numbers its session laws by year: `S.L. 2002-159, s. 57(a)` (the Bluebook's
    /// "2002 N.C. Sess. Laws 159"). Without this reading "L. 2002-159" looked like a page of
    /// Lansing's Chancery Reports.
    mutating func parseNorthCarolinaSessionLaw(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard equals(i, "S"), isKind(i + 1, .period), equals(i + 2, "L"), isKind(i + 3, .period), isYear(i + 4),
              isKind(i + 5, .dash), isKind(i + 6, .number), i + 6 < limit else { return nil }
        var end = i + 7
        var c = Citation(kind: .statute, span: span(i, i + 6))
        c.reporter = "S.L."
        c.section = text(i + 4, through: i + 6)
        c.year = intValue(i + 4)
        if isKind(end, .comma), equals(end + 1, "s"), isKind(end + 2, .period), let e = sectionNum(at: end + 3, limit: limit) {
            c.pincite = text(end + 1, through: e - 1)
            end = e
            c.span = span(i, e - 1)
        }
        add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return end
    }

    /// SessionLaw = ("Stats." | "St." | "Ga. L." | "L" ["."]) Year "," ("ch." | "c." | "ch") Num [";"|","] ["§" SectionList] ["," "p." Num]
    ///            | "Ga. L." Year "," ("p." | "pp.") Num {"," Num} ["," "§" SectionList] ;
    ///
    /// Session laws as state courts cite them: California's `Stats. 2014, ch. 249, § 2, p. 2506`,
    /// Massachusetts' `St. 2000, c. 159, § 230`, Georgia's `Ga. L. 1990, p. 2435, § 1`, New York's
    /// `L 2006, ch 732` (its official style drops the periods). The
    /// chapter names the law (two laws share "§ 2"); the section and page are its pin.
    mutating func parseSessionLaw(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        let georgia = equals(i, "Ga") && isKind(i + 1, .period) && equals(i + 2, "L") && isKind(i + 3, .period)
        // New York's official style, with or without periods: "L 2006, ch 732", "L. 2009, ch. 496, § 1"
        let newYork = equals(i, "L") && !tokens[i + 1].has(.newlineBefore)
        guard georgia || newYork || equals(i, "Stats") || equals(i, "St"), isKind(i + 1, .period) || newYork else { return nil }
        let y = georgia ? i + 4 : newYork && !isKind(i + 1, .period) ? i + 1 : i + 2
        guard isYear(y), isKind(y + 1, .comma) else { return nil }
        if newYork, !equals(y + 2, "ch") { return nil }
        var c = Citation(kind: .statute, span: span(i, y))
        c.reporter = georgia ? "Ga. L." : newYork ? "L." : text(i) + "."
        c.volume = text(y)
        c.year = intValue(y)
        var chEnd: Int
        let chNumber = isKind(y + 3, .period) ? y + 4 : y + 3
        if equals(y + 2, "ch") || equals(y + 2, "c"), isKind(y + 3, .period) || newYork, let e = sectionNum(at: chNumber, limit: limit) {
            c.section = (newYork ? "ch." : text(y + 2, through: y + 3)) + " " + text(chNumber, through: e - 1)
            chEnd = e
        } else if georgia, equals(y + 2, "p") || equals(y + 2, "pp"), isKind(y + 3, .period), isKind(y + 4, .number) {
            c.page = text(y + 4)
            chEnd = y + 5
            // "pp. 1883, 1886" (a page, not the volume of a next cite: "1886 Ga. …")
            while isKind(chEnd, .comma), isKind(chEnd + 1, .number), !isKind(chEnd + 2, .word) { chEnd += 2 }
            if chEnd > y + 5 { c.pincite = text(y + 6, through: chEnd - 1) }
        } else {
            return nil
        }
        var k = chEnd
        var pins: [String] = []
        // "§ 2" (after "," or, by a slip, ";"), "§§ 37-39", and "p. 2506"
        if isKind(k, .comma) || isKind(k, .semicolon), isKind(k + 1, .section) {
            let doubled = isKind(k + 2, .section)
            if let sec = parseSectionList(at: k + (doubled ? 3 : 2), limit: limit, multiple: doubled) {
                pins.append((doubled ? "§§ " : "§ ") + sec.text)
                k = sec.end
            }
        }
        if isKind(k, .comma), equals(k + 1, "p"), isKind(k + 2, .period), isKind(k + 3, .number) {
            pins.append("p. " + text(k + 3))
            k += 4
        }
        if !pins.isEmpty { c.pincite = ([c.pincite].compactMap { $0 } + pins).joined(separator: ", ") }
        c.span.end = Int(tokens[k - 1].end)
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: k, limit: limit, owner: id)
    }
}
