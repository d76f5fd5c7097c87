// Statutes, regulations and court rules (R12.3, R3.3(b), R6.2(c), R12.9.3).

/// R6.2(c): "§" is followed by a space ("§ 636", not "§636"), and a
/// subsection follows its section without one ("§ 636(b)", not "§ 636 (b)").
struct SectionSymbolRule: BluebookRule {
    let rule = "R6.2(c)"
    let kinds: Set<CitationKind> = [.statute, .regulation, .rule]
    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        let b = Array(ctx.bytes(c.span))
        var out: [Check] = []
        for sym in TextScan.symbols(0xA7, in: b) {
            let e = sym.end
            if e < b.count, TextScan.isDigit(b[e]) {
                out.append(ctx.finding(i, rule, .deviation, "a space follows '§'", fix: Span(c.span.start + e, c.span.start + e), replacement: " "))
            }
            // "§ 636 (b)": the number, one space, then "(" + letter or digit
            var n = e
            while n < b.count, TextScan.isSpace(b[n]) { n += 1 }
            let numberStart = n
            while n < b.count, TextScan.isDigit(b[n]) || TextScan.isLetter(b[n]) || b[n] == 0x2D || b[n] == 0x2E { n += 1 }
            // a subsection is "(b)", "(1)", "(iv)": lower case or digits, closed within a few bytes ("(Vernon 1994)" is a date)
            let sub = n + 2 < b.count ? b[(n + 2)...].prefix(6) : []
            // (a year in parentheses, "(2000)", is not one either)
            let isSubsection = sub.firstIndex(of: 0x29).map { close in
                close > n + 2 && close - (n + 2) < 4 && b[(n + 2)..<close].allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || TextScan.isDigit($0) }
            } ?? false
            if n > numberStart, n + 2 < b.count, b[n] == 0x20, b[n + 1] == 0x28, isSubsection, b[n - 1] != 0x2E {
                out.append(ctx.finding(i, rule, .deviation, "no space between a section and its subsection",
                                       fix: Span(c.span.start + n, c.span.start + n + 1), replacement: ""))
            }
        }
        return out
    }
}

/// R3.3(b): several sections take "§§" ("§§ 1331, 1332"); one section takes "§".
struct MultipleSectionsRule: BluebookRule {
    let rule = "R3.3(b)"
    let kinds: Set<CitationKind> = [.statute, .regulation]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        // a public law's sections are its pincite; the Statutes at Large cite after them is
        // no further section ("Pub. L. No. 111-148, § 1501, 124 Stat. 119, 242")
        let publicLaw = CodeKinds.citedByNumber.contains(c.reporter ?? "")
        let t = publicLaw ? (c.pincite ?? "") : ctx.string(c.span)
        let double = TextScan.has(t, "§§")
        // a byte search: String.firstRange(of:) cost ~11,000 instructions a call
        let bytes = Array(t.utf8)
        guard let r = TextScan.find(double ? "§§" : "§", in: bytes, from: 0, to: bytes.count) else { return [] }
        let rest = String(decoding: bytes[r.end...].drop { $0 == 0x20 }, as: UTF8.self)
        // "§ 6013, 6105": the parser may end the cite at the first section
        var after = c.span.end
        while let b = ctx.byte(after), b == 0x2C || b == 0x20 { after += 1 }
        // (not when the number after the comma starts the next citation: "§ 1101, 124 Stat. 119")
        let nextStarts = i + 1 < ctx.citations.count && ctx.citations[i + 1].span.start == after
        let continues = after > c.span.end && ctx.byte(c.span.end) == 0x2C && (ctx.byte(after).map(TextScan.isDigit) ?? false) && !nextStarts
        let several = Self.namesSeveral(rest) || continues && !publicLaw
        if several, !double, let at = TextScan.find("§", in: ctx.text, from: c.span.start, to: c.span.end) {
            return [ctx.finding(i, rule, .deviation, "several sections are cited with '§§'", fix: Span(at.end, at.end), replacement: "§")]
        }
        if !several, double, !rest.isEmpty, let at = TextScan.find("§§", in: ctx.text, from: c.span.start, to: c.span.end) {
            return [ctx.finding(i, rule, .deviation, "one section is cited with a single '§'", fix: Span(at.start + 2, at.end), replacement: "")]
        }
        return []
    }

    /// Whether the text after the symbol names more than one section: a comma or
    /// "and" followed by a digit, or an en dash ("§ 17.41 et seq." stays single)
    static func namesSeveral(_ rest: String) -> Bool {
        // each test below needs a comma, a dash, "&" or " and " (a space and an "a")
        guard rest.utf8.contains(where: { $0 == 0x2C || $0 == 0xE2 || $0 == 0x2D || $0 == 0x26 || $0 == 0x61 }) else { return false }
        let s = Array(rest.unicodeScalars)
        for (k, u) in s.enumerated() {
            let next = k + 1 < s.count ? s[k + 1] : " "
            let after = k + 2 < s.count ? s[k + 2] : " "
            if u == ",", next == " ", after.properties.numericType != nil { return true }
            if u == "\u{2013}" || u == "\u{2014}" { return true }
            if u == "-", k > 0, s[k - 1] == ")" { return false }
        }
        // "§ 1331 and 1332" names two sections; "§ 1983(a), (b) and (c)" one section's subsections
        for joiner in [" and ", " & "] {
            if let r = rest.range(of: joiner), let c = rest[r.upperBound...].unicodeScalars.first, c.properties.numericType != nil { return true }
        }
        return false
    }
}

/// R12.9.3 / B12.1.3: court rules are cited in T1's form — "Fed. R. Civ. P. 26(c)",
/// not "FRCP 26(c)" or "Fed.R.Civ.P. 26(c)"; no "§" before the rule number.
struct CourtRuleFormRule: BluebookRule {
    let rule = "R12.9.3"
    let kinds: Set<CitationKind> = [.rule]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let canonical = c.reporter, canonical.hasPrefix("Fed. R."), let at = Self.written(c, ctx) else { return [] }
        // the name in words is the textual form ("Federal Rule of Civil Procedure 56(a)", "Rule
        // 12(b)(6) of the Federal Rules of Civil Procedure"), not a misspelled abbreviation
        if let words = c.reporterAsWritten, TextScan.has(words, "Rule") { return [] }
        let written = ctx.string(at)
        var out: [Check] = []
        if written != canonical {
            out.append(ctx.finding(i, rule, .deviation, "the rule set is written '\(canonical)', not '\(written)'", fix: at, replacement: canonical))
        }
        if let s = TextScan.find("§ ", in: ctx.text, from: at.end, to: c.span.end) ?? TextScan.find("§", in: ctx.text, from: at.end, to: c.span.end) {
            out.append(ctx.finding(i, rule, .deviation, "a court rule takes no '§' before its number", fix: s, replacement: ""))
        }
        return out
    }

    /// The span of the rule-set name as written: from the cite's start to the last period before the number.
    static func written(_ c: Citation, _ ctx: CheckContext) -> Span? {
        let b = ctx.bytes(c.span)
        var k = b.startIndex
        while k < b.endIndex, !TextScan.isDigit(b[k]) { k += 1 }
        var e = k
        while e > b.startIndex, TextScan.isSpace(b[e - 1]) || b[e - 1] == 0xA7 || b[e - 1] == 0xC2 { e -= 1 }
        return e > b.startIndex ? Span(b.startIndex, e) : nil
    }
}

/// R12.3 / T1: a code is cited in its T1 abbreviation ("28 U.S.C. § 1331", not
/// "28 USC § 1331" or "28 U. S. C. § 1331"), and a U.S.C. or C.F.R. section
/// takes "§" ("28 U.S.C. § 1331", not "28 U.S.C. 1331").
struct CodeFormRule: BluebookRule {
    let rule = "R12.3"
    let kinds: Set<CitationKind> = [.statute, .regulation]

    /// The finding for a code written `written` whose T1 form is `canonical`:
    /// - other letters in a well-formed abbreviation name another publication of
    ///   the same code ("U.S.C.A.", "U.S.C.S." beside "U.S.C."): nothing to report;
    /// - the same abbreviation closed up ("Pub.L.") is spacing, which the
    ///   Bluepages let practitioners close up: info, a deviation with `--strict`
    ///   (as for reporters, R6.1(a));
    /// - anything else ("USC", "FR") is a deviation.
    static func spellingFinding(_ written: String, _ canonical: String, _ i: Int, _ at: Span?, _ ctx: CheckContext) -> Check? {
        let (w, k) = (ReferenceTables.courtKey(written), ReferenceTables.courtKey(canonical))
        if w != k, written.hasSuffix("."), ReferenceTables.spellingBadness(written) == 0 { return nil }
        let closedUp = written.count < canonical.count && written.split(separator: " ").joined() == canonical.split(separator: " ").joined()
        if closedUp, !ctx.options.strict {
            return ctx.finding(i, "R12.3", .info, "'\(written)' is closed up; T1 spaces it '\(canonical)' (allowed by the Bluepages; --strict reports it)",
                               fix: at, replacement: canonical)
        }
        return ctx.finding(i, "R12.3", .deviation, "the code is abbreviated '\(canonical)', not '\(written)' (T1)", fix: at, replacement: canonical)
    }

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let canonical = c.reporter else { return [] }
        var out: [Check] = []
        var codeEnd: Int? = nil
        if let written = c.reporterAsWritten, TextScan.straight(written) != TextScan.straight(canonical) {
            let at = ctx.locate(written, in: c.span)
            codeEnd = at?.end
            if let finding = Self.spellingFinding(written, canonical, i, at, ctx) { out.append(finding) }
        } else {
            codeEnd = ctx.locate(canonical, in: c.span)?.end
        }
        if canonical == "U.S.C." || canonical == "C.F.R.", var k = codeEnd {
            while let b = ctx.byte(k), b == 0x20 { k += 1 }
            if let b = ctx.byte(k), TextScan.isDigit(b), k < c.span.end {
                out.append(ctx.finding(i, rule, .deviation, "a section of the \(canonical) takes '§'", fix: Span(k, k), replacement: "§ "))
            } else if let b = ctx.byte(k), b | 0x20 == 0x73, k < c.span.end {
                // the section spelled out: "42 U.S.C. sec. 1983", "28 U.S.C. sections 1331-1332"
                var e = k
                while let x = ctx.byte(e), TextScan.isLetter(x) || x == 0x2E { e += 1 }
                let word = String(decoding: ctx.bytes(Span(k, e)), as: UTF8.self).lowercased()
                if ["sec.", "secs.", "section", "sections"].contains(word) {
                    let plural = word.hasPrefix("secs") || word == "sections"
                    out.append(ctx.finding(i, rule, .deviation, "a section of the \(canonical) takes '\(plural ? "§§" : "§")', not '\(word)'",
                                           fix: Span(k, e), replacement: plural ? "§§" : "§"))
                }
            }
        }
        return out
    }
}

/// R11: a constitution's article is "art." in lower case, and a comma sets it off
/// from a section that follows: "N.C. Const. art. IV, § 18", not "Art. IV § 18".
struct ConstitutionFormRule: BluebookRule {
    let rule = "R11"
    let kinds: Set<CitationKind> = [.constitution]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        // the name after the parts, Florida's order: "art. V, § 3(b)(1), Fla. Const."
        if let name = c.reporter, let parts = c.section, name.hasSuffix("Const."),
           TextScan.find(parts, in: ctx.text, from: c.span.start, to: c.span.start + parts.utf8.count + 1)?.start == c.span.start {
            return [ctx.finding(i, rule, .deviation, "the constitution's name comes first", suggestion: name + " " + parts)]
        }
        // the article after the name ("N.C. Const. Art. IV"), not one opening the cite
        guard let art = ["art.", "Art."].compactMap({ TextScan.find($0, in: ctx.text, from: c.span.start + 1, to: c.span.end) })
            .min(by: { $0.start < $1.start }) else { return [] }
        var out: [Check] = []
        if ctx.text[art.start] == 0x41 {   // "Art."
            out.append(ctx.finding(i, rule, .deviation, "'art.' is written in lower case", fix: Span(art.start, art.start + 1), replacement: "a"))
        }
        // "art. IV § 18": no comma between the article's number and "§"
        let rest = Array(ctx.bytes(Span(art.end, c.span.end)))
        if let sym = TextScan.symbols(0xA7, in: rest).first, sym.start >= 1, rest[sym.start - 1] == 0x20, !rest[..<sym.start].contains(0x2C) {
            let at = Span(art.end + sym.start - 1, art.end + sym.start - 1)
            out.append(ctx.finding(i, rule, .deviation, "a comma separates the article from the section: ', §'", fix: at, replacement: ","))
        }
        return out
    }
}
