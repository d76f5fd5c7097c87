// Record citations: the court's own docket and record ("ECF No. 54",
// "ECF Nos. 43–51", "Dkt. 12", "Doc. No. 7", "D.E. 15", "Tr. 45", "R. 12",
// "J.A. 7"; the Supreme Court's "App. 43-44", "Tr. of Oral Arg. 5", "Brief for
// Respondent 14-21"), with their pincites and a definitional parenthetical when one
// follows ("ECF No. 47-1 (“Protective Order”)"). A document title written
// right before the record cite ("Joint Letter on Protective Order Dispute,
// ECF No. 42") becomes its own internal citation, see InternalReferences.swift.

extension Parser {
    /// Which record prefix starts at token `i`, as (prefix tokens, needs "No.").
    func recordPrefix(at i: Int) -> Int? {
        // returns the index of the first token after the prefix
        // lower case, as many judges write it ("see dkt. 475", "dkt. 514-1 at *2", the District of
        // Massachusetts's "(dkt. no. 22)"), and the plural ("See Dkts. 14, 16, 17.")
        if equals(i, "dkt") || equals(i, "dkts") || equals(i, "Dkts"), isKind(i + 1, .period) {
            var k = i + 2
            if equals(k, "no") || equals(k, "nos") || equals(k, "No") || equals(k, "Nos"), isKind(k + 1, .period) { k += 2 }
            return isKind(k, .number) ? k : nil
        }
        if equals(i, "ECF") || equals(i, "Dkt") || equals(i, "Doc") || equals(i, "Docket") || equals(i, "DE") {
            var k = i + 1
            if isKind(k, .period) { k += 1 }
            if equals(k, "No") || equals(k, "Nos") || equals(k, "no") || equals(k, "Entry") {
                k += 1
                if isKind(k, .period) { k += 1 }
            } else if equals(i, "Doc") || equals(i, "Docket") {
                // "Doc." alone is too common a word, except as a docket entry in parentheses
                // after the document's title: "Compl. (Doc. 1) ¶ 3", "(Doc. 169 at 14-18.)"
                guard equals(i, "Doc"), isKind(i - 1, .openParen), isKind(i + 1, .period), isKind(k, .number) else { return nil }
            }
            return k
        }
        if equals(i, "D"), isKind(i + 1, .period), equals(i + 2, "E"), isKind(i + 3, .period) { return i + 4 }
        // (the first byte first: "App.", "Tr. of Oral Arg.", "Brief for", "Pet. for Cert.", "Reply Brief")
        guard i < tokens.count else { return nil }
        let first = p[Int(tokens[i].start)]
        if first == 0x41 || first == 0x54 || first == 0x42 || first == 0x50 || first == 0x52,
           let k = supremeCourtRecordPrefix(at: i) { return k }
        // Pennsylvania's reproduced record: "R.R. at 45a"
        if equals(i, "R"), isKind(i + 1, .period), equals(i + 2, "R"), isKind(i + 3, .period), tokens[i + 2].start == tokens[i + 1].end {
            return i + 4
        }
        if equals(i, "Tr") || equals(i, "R"), isKind(i + 1, .period), tokens[i + 1].start == tokens[i].end {
            // "Tr. 45", "Tr. at 45", "R. 12" — but not an initial in a name ("John R. Smith")
            if isKind(i - 1, .word), tokens[i - 1].has(.capitalized), !isSignalWord(i - 1) { return nil }
            // after an abbreviation ("Ct.Crim. R. 16", "2d R. 615") it is a court rule, not the record
            // (after a sentence's end it is the record: "… benefits. R. 17.", a Social Security appeal)
            if equals(i, "R"), (isKind(i - 1, .period) && !periodEndsSentence(i - 1)) || (isKind(i - 1, .word) && tokens[i - 1].has(.hasDigit)) { return nil }
            return i + 2
        }
        if equals(i, "J"), isKind(i + 1, .period), equals(i + 2, "A"), isKind(i + 3, .period) { return i + 4 }
        // Pennsylvania's notes of testimony: "N.T., 3/16/23, at 4", "N.T. Suppression, 5/1/19, at 12"
        if equals(i, "N"), isKind(i + 1, .period), equals(i + 2, "T"), isKind(i + 3, .period), tokens[i + 2].start == tokens[i + 1].end {
            return notesOfTestimonyEnd(i + 4)
        }
        if equals(i, "Rec"), isKind(i + 1, .period), equals(i + 2, "Doc"), isKind(i + 3, .period) { return i + 4 }
        return nil
    }

    /// Where the number of a docket entry or record cite opening at token `i` starts: the
    /// district courts' own forms (`districtDocketEntry`, a word opening with "D" only), then
    /// `recordPrefix`.
    func recordEntryStart(at i: Int) -> Int? {
        if i < tokens.count, p[Int(tokens[i].start)] == 0x44, let k = districtDocketEntry(at: i) { return k }
        return recordPrefix(at: i)
    }

    /// The docket entries of S.D. Tex.'s "Docket Entry No. 65 at 3" and "Document No. 12 at 1"
    /// (the word is an entry only before "No." and a number) and of the District of
    /// Massachusetts's "D. 6, 9", "D. 1 at ¶ I(A)" (where a citation stands — after a clause's
    /// or sentence's end or a signal — not an exhibit's letter); the index of the number.
    /// Asked before `recordPrefix`, for a word opening with "D" only: kept out of
    /// `recordPrefix`, whose size decides how cheaply its hot callers run.
    @inline(never)
    func districtDocketEntry(at i: Int) -> Int? {
        if equals(i, "Docket"), equals(i + 1, "Entry"), equals(i + 2, "No") || equals(i + 2, "Nos"), isKind(i + 3, .period), isKind(i + 4, .number) {
            return i + 4
        }
        if equals(i, "Document"), equals(i + 1, "No") || equals(i + 1, "Nos"), isKind(i + 2, .period), isKind(i + 3, .number) { return i + 3 }
        guard tokens[i].length == 1, isKind(i + 1, .period), tokens[i + 1].start == tokens[i].end, isKind(i + 2, .number), tokens[i + 2].length <= 4,
              isKind(i - 1, .comma) || isKind(i - 1, .semicolon) || isKind(i - 1, .openParen) || isKind(i - 1, .closeQuote) || isSignalWord(i - 1)
                || (isKind(i - 1, .period) && periodEndsSentence(i - 1)) else { return nil }
        let w = isKind(i - 1, .comma) ? i - 2 : i - 1
        guard !(equals(w, "Exhibit") || equals(w, "Ex") || equals(w, "App") || equals(w, "Appendix") || equals(w, "Schedule") || equals(w, "Part")) else { return nil }
        return i + 2
    }

    /// After "N.T.": the proceeding's name ("Suppression", "Trial", "Sentencing") and the day
    /// of the testimony (", 3/16/23," or "7/30/01" without commas); the index of the pin
    /// ("at 4", "p. 135-37") or page ("4").
    func notesOfTestimonyEnd(_ k0: Int) -> Int {
        var k = k0
        while k < k0 + 4, isKind(k, .word), tokens[k].has(.capitalized) { k += 1 }
        let d = isKind(k, .comma) ? k + 1 : k
        guard isKind(d, .number), isKind(d + 1, .slash), isKind(d + 2, .number),
              isKind(d + 3, .slash), isKind(d + 4, .number), tokens[d + 4].end - tokens[d].start <= 10 else { return k }
        k = d + 5
        if isKind(k, .comma), equals(k + 1, "at") || equals(k + 1, "p") || isKind(k + 1, .number) { k += 1 }
        return k
    }

    /// The Supreme Court's record and briefs: "App. 43-44", "App. to Pet. for Cert. 14a", "Tr. of
    /// Oral Arg. 5", "Brief for Respondent 14-21", "Brief for United States as Amicus Curiae 12",
    /// "Brief for Appellees in Davis 17", "Reply Brief 3", "Pet. for Cert. 12", "Brief in Opposition 5".
    /// "App." opens a cite only where a sentence, a clause or a signal ends before it ("Ill. App.
    /// 3d" is a reporter). Returns the index of the page.
    func supremeCourtRecordPrefix(at i: Int) -> Int? {
        if equals(i, "App"), isKind(i + 1, .period) {
            // (after a sentence that ends in a lower-case word or a parenthesis: "Tex. Crim. App.
            // 2019" is a court)
            let before = i - 1
            let last = isKind(before, .closeQuote) ? before - 1 : before   // (`… area." App. 43-44`)
            let sentenceEnd = isKind(last, .period) && (isKind(last - 1, .closeParen) || (isKind(last - 1, .word) && tokens[last - 1].has(.lowercase)))
            guard before < 0 || isKind(before, .openParen) || isKind(before, .semicolon) || isSignalWord(before) || sentenceEnd
            else { return nil }
            var k = i + 2
            if equals(k, "to"), equals(k + 1, "Pet"), isKind(k + 2, .period), equals(k + 3, "for"), equals(k + 4, "Cert"), isKind(k + 5, .period) {
                k += 6
                return isKind(k, .number) || romanOrNumbered(k) ? k : nil
            }
            return isKind(k, .number) && !isYear(k) ? k : nil
        }
        if equals(i, "Tr"), isKind(i + 1, .period), equals(i + 2, "of"), equals(i + 3, "Oral"), equals(i + 4, "Arg"), isKind(i + 5, .period) {
            return isKind(i + 6, .number) ? i + 6 : nil
        }
        // "Pet. for Cert. 12", "Reply Brief 3", "Reply Brief for Petitioner 3", "Brief in Opposition 5"
        if equals(i, "Pet"), isKind(i + 1, .period), equals(i + 2, "for"), equals(i + 3, "Cert"), isKind(i + 4, .period) {
            return isKind(i + 5, .number) && !isYear(i + 5) ? i + 5 : nil
        }
        if equals(i, "Reply"), equals(i + 1, "Brief") {
            if isKind(i + 2, .number), !isYear(i + 2) { return i + 2 }
            return equals(i + 2, "for") ? supremeCourtRecordPrefix(at: i + 1) : nil
        }
        if equals(i, "Brief"), equals(i + 1, "in"), equals(i + 2, "Opposition") {
            return isKind(i + 3, .number) && !isYear(i + 3) ? i + 3 : nil
        }
        if equals(i, "Brief") || equals(i, "Briefs"), equals(i + 1, "for") || equals(i + 1, "of") {
            var k = i + 2
            while k < i + 12, isKind(k, .word), tokens[k].has(.capitalized) || equals(k, "as") || equals(k, "the") || equals(k, "in") || equals(k, "et") || equals(k, "al") {
                k += 1
                if isKind(k, .period), equals(k - 1, "al") { k += 1 }
            }
            return k > i + 2 && isKind(k, .number) && tokens[k].has(.spaceBefore) ? k : nil
        }
        return nil
    }

    /// RecordCitation = RecordPrefix RecordNumber { "," RecordNumber } [PinClause] [Hereinafter] ;
    /// RecordPrefix   = "ECF No." | "ECF Nos." | "Dkt." ["No."] | "Doc. No." | "D.E." | "Tr." | "R." | "J.A." ;
    ///
    /// Examples: `ECF No. 54`; `ECF No. 31-9, 31-10`; `ECF Nos. 43–51`; `Tr. at 45`.
    mutating func parseRecordCitation(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard let k0 = recordEntryStart(at: i), k0 < limit else { return nil }
        var k = k0
        var pin: String? = nil
        var end: Int
        // ("at 4", or the page "p. 135-37" of notes of testimony)
        if equals(k, "at") || isPageAbbreviation(k), let pl = parsePinList(at: k, limit: limit) {
            pin = pl.text
            end = pl.end
        } else {
            guard isKind(k, .number) || (romanOrNumbered(k) && isKind(k - 1, .period)) else { return nil }
            end = recordNumberEnd(k, limit: limit)
            if equals(i, "Docket"), isCaseDocketNumber(from: k, to: end) { return nil }
            // a district court's case number, "Docket No. 1:22-cr-20123-KMW-1" (the Eleventh
            // Circuit's head), is no docket entry
            if isKind(end, .colon), tokens[end].start == tokens[end - 1].end { return nil }
            // further numbers: ", 31-10" (a number glued to the comma is a note's mark, "dkt. 113,1")
            while isKind(end, .comma), isKind(end + 1, .number), tokens[end + 1].start > tokens[end].end, !startsReporterCite(end + 1, limit: limit),
                  !(isYear(end + 1) && isKind(end + 2, .word)) {
                end = recordNumberEnd(end + 1, limit: limit)
            }
            // after a plural prefix, more entries joined by "and" or a semicolon: "Docket Nos. 1 and 11
            // at ¶¶ 22, 38", "Docket Nos. 22; 27" (D. Mass.)
            if equals(k0 - 2, "Nos") || equals(k0 - 1, "Nos") {
                while end + 1 < limit, equals(end, "and") || isKind(end, .semicolon), isKind(end + 1, .number),
                      !startsReporterCite(end + 1, limit: limit), !isYear(end + 1) {
                    end = recordNumberEnd(end + 1, limit: limit)
                }
            }
            k = end
            // the paper's short name between the entry and its pin: "ECF No. 1 (Compl.), ¶¶ 31–43",
            // "ECF No. 17 (Opp.) at 11–12"
            if isKind(k, .openParen), let close = shortPaperName(openingAt: k, limit: limit) {
                let after = isKind(close + 1, .comma) ? close + 2 : close + 1
                if equals(after, "at") || isKind(after, .pilcrow) || isPageAbbreviation(after) { k = after - (isKind(close + 1, .comma) ? 1 : 0) }
            }
            // ("D.E. 33, p. 25", the Southern District of Texas)
            if isKind(k, .comma), isPageAbbreviation(k + 1) || isKind(k + 1, .pilcrow), let pl = parsePinList(at: k + 1, limit: limit) {
                pin = pl.text
                end = pl.end
            } else if equals(k, "at") || ((isKind(k, .comma) && equals(k + 1, "at"))), let pl = parsePinList(at: isKind(k, .comma) ? k + 1 : k, limit: limit) {
                pin = pl.text
                end = pl.end
            } else if isKind(k, .pilcrow), let pl = parsePinList(at: k, limit: limit) {
                pin = pl.text
                end = pl.end
            }
        }
        var c = Citation(kind: .record, span: span(i, end - 1))
        c.pincite = pin
        if let title = documentTitleBefore(i) {
            // "Joint Letter on Protective Order Dispute, ECF No. 42": the title is an internal cite
            addInternal(from: title.start, titleEnd: title.end, through: title.end, pin: title.pin, nestedIn: nestedIn, phrase: phrase)
            c.clause = clauseCounter
        }
        if isKind(i - 1, .comma), let prev = citations.last, prev.kind == .internal,
           prev.span.end == Int(tokens[i - 1].start) {
            c.locatesPrevious = true
        }
        let id = add(c, startToken: i, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: end, limit: limit, owner: id)
    }

    /// The ")" of a paper's short name in parentheses opening at `open`: one to four
    /// capitalised words or abbreviations ("(Compl.)", "(Opp.)", "(Pseudo. Mot.)"); nil otherwise.
    func shortPaperName(openingAt open: Int, limit: Int) -> Int? {
        var k = open + 1
        while k < limit, k - open <= 8, isKind(k, .word) && tokens[k].has(.capitalized) || isKind(k, .period) || isKind(k, .ampersand) { k += 1 }
        return k > open + 1 && k < limit && isKind(k, .closeParen) ? k : nil
    }

    /// RecordCitation = "[" RecordNumber "]" PinClause ;
    ///
    /// A docket entry by its number in brackets, cited by page or paragraph, as the Northern
    /// District of Illinois writes them: "[16-1] ¶ 5", "[36] at 10", "[1-1] ¶¶ 38-51". (A
    /// bracketed number with no pin is left alone: "[2] Motion" is prose, "[1]" a note.)
    mutating func parseBracketedDocketEntry(at i: Int, limit: Int, nestedIn: Int?, phrase: String?) -> Int? {
        guard i >= 1, i - 1 >= floor, isKind(i - 1, .openBracket), tokens[i].length <= 4 else { return nil }
        let e = recordNumberEnd(i, limit: limit)
        guard isKind(e, .closeBracket), e + 2 < limit, tokens[e].start == tokens[e - 1].end,
              equals(e + 1, "at") || isKind(e + 1, .pilcrow), let pin = parsePinList(at: e + 1, limit: limit) else { return nil }
        var c = Citation(kind: .record, span: span(i - 1, pin.end - 1))
        c.pincite = pin.text
        let id = add(c, startToken: i - 1, nestedIn: nestedIn, phrase: phrase)
        return parseParentheticals(at: pin.end, limit: limit, owner: id)
    }

    /// "Docket No. 263197", "Docket No. 2019-06-0263", "Docket No. 25-1686": the number
    /// of a case (this one, in its caption or headings, or another), not an entry of its
    /// docket ("Docket No. 21", "Docket No. 47-1"): more than four digits, or a second
    /// part longer than an attachment number, or three parts.
    func isCaseDocketNumber(from k: Int, to end: Int) -> Bool {
        let parts = stride(from: k, to: end, by: 2).filter { isKind($0, .number) }.map { tokens[$0].length }
        guard let first = parts.first else { return false }
        return first > 4 || parts.count > 2 || (parts.count == 2 && parts[1] > 3)
    }

    /// After a record number "47-1" / "43–51" / "12.3".
    func recordNumberEnd(_ k: Int, limit: Int) -> Int {
        var e = k + 1
        while e + 1 < limit, isKind(e, .dash), isKind(e + 1, .number) { e += 2 }
        if isKind(e, .period), isKind(e + 1, .number), tokens[e + 1].start == tokens[e].end { e += 2 }
        return e
    }
}
