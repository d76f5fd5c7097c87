// Pincites: the pages, paragraphs, sections and notes a citation points at.
// Kept as written ("*9–12", "11–12 n.3", "¶¶ 16, 119") with "at" dropped, so a
// reader sees exactly what the opinion said; the Bluebook checker judges form.

extension Parser {
    /// PinList = Pin { ("," | "&" | "and") Pin } ;
    /// Pin     = ["at"] ( "*" Num [Dash ["*"] Num] | Num [Dash Num] [Note] | Note
    ///                  | ("¶" | "¶¶") Num [Dash Num] | ("§" | "§§") SectionNum ) ;
    /// Note    = ("n." | "nn.") Num [Dash Num] ;
    ///
    /// Examples: `242`, `75–76`, `*9–12`, `at *3`, `n.4`, `¶ 12`, `242 & n.3`, `5, 7`.
    /// Returns the text (without a leading "at") and the index after the list.
    func parsePinList(at k0: Int, limit: Int) -> (text: String, end: Int)? {
        var k = k0
        if equals(k, "at") { k += 1 }
        // California style "at p. 525", "at pp. 5-6"
        // (and "at p. *4" of a Westlaw page)
        if (equals(k, "p") || equals(k, "pp")), isKind(k + 1, .period), isKind(k + 2, .number) || isKind(k + 2, .star) { k += 2 }
        // and spelled out in running text: "supra, 114 Cal.App.4th at pages 6-7"
        else if equals(k - 1, "at"), equals(k, "page") || equals(k, "pages"), isKind(k + 1, .number) { k += 1 }
        let first = k
        guard let e1 = parsePin(at: k, limit: limit) else { return nil }
        k = e1
        var last = e1 - 1
        while k + 1 < limit {
            let sep = tokens[k].kind
            var next = k + 1
            if sep == .comma || sep == .ampersand || (sep == .word && equals(k, "and")) {
                // the Supreme Court's "333 U. S. 10, 15, and n. 5 (1948)"
                if sep == .comma, equals(next, "and"), isNoteAt(next + 1) { next += 1 }
                if equals(next, "at") { next += 1 }
            } else { break }
            // a number that starts a reporter cite, a year in a string cite or a
            // docket is not a pin
            if startsReporterCite(next, limit: limit) || startsCodeCite(next, limit: limit) { break }
            guard let e = parsePin(at: next, limit: limit, continuing: true) else { break }
            last = e - 1
            k = e
        }
        guard first <= last else { return nil }
        return (text(first, through: last), last + 1)
    }

    /// One Pin; returns the index after it.
    func parsePin(at k0: Int, limit: Int, continuing: Bool = false) -> Int? {
        var k = k0
        guard k < limit else { return nil }
        // a point of the court's syllabus: "304 Kan. 924, Syl. ¶ 5" (Kansas, West Virginia's "Syl.
        // pt. 3")
        if equals(k, "Syl") || equals(k, "syl"), isKind(k + 1, .period) {
            if isKind(k + 2, .pilcrow) { return parsePin(at: k + 2, limit: limit) }
            if equals(k + 2, "pt") || equals(k + 2, "pts"), isKind(k + 3, .period), isKind(k + 4, .number) { return afterRange(k + 5, limit: limit) }
            return nil
        }
        if isKind(k, .pilcrow) || isKind(k, .section) {
            let sym = tokens[k].kind
            while isKind(k, sym) { k += 1 }
            // (a pro se complaint's paragraphs numbered in Roman numerals: "D. 1 at ¶ I(A)", "Id. at ¶ II(A)")
            let roman = sym == .pilcrow && isCapitalRoman(k)
            guard isKind(k, .number) || (isKind(k, .word) && tokens[k].has(.hasDigit)) || roman else { return nil }
            // the whole section number: "§ 20.2", "§ 1983(a)", "¶ 12-4"
            k = roman ? k + 1 : afterRange(sectionNum(at: k, limit: limit) ?? k + 1, limit: limit)
            while isKind(k, .openParen), k + 2 < limit, isKind(k + 2, .closeParen), tokens[k].start == tokens[k - 1].end { k += 3 }
            return k
        }
        if isNoteAt(k) { return afterNote(k, limit: limit) }
        if isKind(k, .star) { k += 1; if isKind(k, .star) { k += 1 } }
        guard isKind(k, .number) || (isKind(k, .word) && romanOrNumbered(k)) else { return nil }
        if continuing, isYear(k), isKind(k + 1, .openParen) || isKind(k + 1, .word) { return nil }
        k = afterRange(k + 1, limit: limit)
        // a Georgia division glued to the pin: "494(2)", "3-4(2)"
        if k + 2 < limit, isKind(k, .openParen), tokens[k].start == tokens[k - 1].end, isKind(k + 2, .closeParen),
           tokens[k + 1].length <= 3, isKind(k + 1, .number) || isKind(k + 1, .word) { k += 3 }
        // "242 & n.3", "11–12 n.3"
        if isNoteAt(k) { k = afterNote(k, limit: limit) }
        else if isKind(k, .ampersand), isNoteAt(k + 1) { k = afterNote(k + 1, limit: limit) }
        // Michigan's note without its period, after the page: "573 US at 393 n 8", "45, 50 n 3;"
        else if equals(k, "n") || equals(k, "nn"), isKind(k + 1, .number), tokens[k + 1].length <= 3, tokens[k].has(.spaceBefore) {
            k = afterRange(k + 2, limit: limit)
        }
        // the page and its paragraphs, as Arizona cites its numbered opinions: "250 Ariz. 69, 80
        // ¶ 16 (2020)", "id. at 115 ¶¶ 46–47, 51"
        if isKind(k, .pilcrow), tokens[k].has(.spaceBefore), let e = parsePin(at: k, limit: limit) { k = e }
        return k
    }

    /// After a number: an optional "–12" / "-*12" range end.
    func afterRange(_ k: Int, limit: Int) -> Int {
        guard k + 1 < limit, isKind(k, .dash) else { return k }
        var j = k + 1
        if isKind(j, .star) { j += 1 }
        if isKind(j, .number) { return j + 1 }
        return k
    }

    func isNoteAt(_ k: Int) -> Bool {
        (equals(k, "n") || equals(k, "nn")) && isKind(k + 1, .period) && (isKind(k + 2, .number))
    }

    func afterNote(_ k: Int, limit: Int) -> Int {
        afterRange(k + 3, limit: limit)
    }

    /// Token `k` is a Roman numeral in capitals of up to five letters ("I", "IV", "XII").
    func isCapitalRoman(_ k: Int) -> Bool {
        guard isKind(k, .word), tokens[k].length <= 5 else { return false }
        for o in Int(tokens[k].start)..<Int(tokens[k].end) where !(p[o] == 0x49 || p[o] == 0x56 || p[o] == 0x58 || p[o] == 0x4C) { return false }
        return true
    }

    /// A word pin such as "552a" or a small Roman numeral used as a page ("xii").
    func romanOrNumbered(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if t.has(.hasDigit) && p[Int(t.start)] >= 0x30 && p[Int(t.start)] <= 0x39 { return true }
        return false
    }
}
