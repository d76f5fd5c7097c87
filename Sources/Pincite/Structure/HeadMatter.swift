// HeadMatter: what a reporter or a court prints before the opinion itself — the
// parties, docket number, court, dates (argued, submitted, decided, filed),
// counsel, the panel, the procedural history ("Appeal from …"), a syllabus and
// headnotes. Markup names these blocks (CAP's <parties>, <attorneys>, <headnotes>);
// in plain text each block (a run of lines between blank lines) is named by what it
// says, the way a reader tells them apart: "No. 36530." is a docket number,
// "Argued Oct. 15, 2014." a date, "… for appellant." counsel.
//
// Kinds follow CAP's element names where one fits: parties, docketnumber, court,
// decisiondate, otherdate, attorneys, judges, history, syllabus, headnotes, summary;
// "caption" for anything else before the opinion.

import Foundation

extension StructureContext {
    /// Names the blocks before the opinion: up to the first opinion's start when it
    /// comes after the first line of prose (a reporter's summary and headnotes are
    /// prose, too), else up to the first line of prose — or up to the opinion's author
    /// line when that stands above it ("JUSTICE TURNER ⏎ delivered the opinion of the court:").
    mutating func findHeadMatter(bodyStart: Int) {
        var end = bodyStart
        if let first = tree.opinions.first, first.span.start > (bodyStart < lines.count ? lines[bodyStart].start : Int.max) {
            end = lines.firstIndex { $0.end > first.span.start } ?? bodyStart
        } else if let first = tree.opinions.first, let authorLine = lines.firstIndex(where: { $0.end > first.span.start }), authorLine < bodyStart {
            end = authorLine
        }
        // a 50 MB first line or a runaway caption is no head matter
        end = min(end, 300)
        var blocks: [(from: Int, to: Int)] = []
        var from: Int? = nil
        // (a reporter's notice over the slip is no part of the head: it names a court it is not)
        let notices = noticeLines(before: end)
        for i in 0..<min(end, lines.count) {
            if noise[i] || isBlank(i) || notices.contains(i) {
                if let f = from { blocks.append((f, i - 1)); from = nil }
            } else if from == nil {
                from = i
            }
        }
        if let f = from { blocks.append((f, min(end, lines.count) - 1)) }
        var sawParties = false, pastTitle = false
        var sawHeadnotes = false
        func classify(_ from: Int, _ to: Int) -> String {
            let (s, _) = contentRange(from)
            let (_, e) = contentRange(to)
            // the opening words name a block; a long one is read no further
            let bytes = Array(self.text[s..<max(s, min(e, s + 600))])
            return HeadMatterKinds.classify(bytes: bytes, partiesMayFollow: !pastTitle, sawParties: sawParties)
        }
        // text without blank lines runs the whole head matter into one block: when that
        // block names nothing, its lines are read one by one and runs of a kind kept together
        var pieces: [(from: Int, to: Int)] = []
        for var b in blocks {
            let wholeKind = b.to > b.from && b.to - b.from < 40 ? classify(b.from, b.to) : ""
            // the title runs on into the docket number, court and dates when no blank line
            // divides them ("HELLER.⏎No. 07-290.⏎Supreme Court of United States.⏎Argued …"):
            // the title ends before the first line that names another block
            // (not before the party after "v.": "SCOTT, …, Wisconsin Employment Relations Commission")
            let firstCut = wholeKind != "parties" ? b.to + 1 : ((b.from...b.to).first { i in
                let l = lineText(i).trimmedWhitespace().fastLowercased()
                return Self.versusLines.contains(l) || l.containsBytes(" v. ")
            }).map { $0 + 2 } ?? b.from + 1
            if firstCut <= b.to, let cut = (firstCut...b.to).first(where: { Self.startsOtherHeadBlock(classify($0, $0)) }) {
                pieces.append((b.from, cut - 1))
                b = (cut, b.to)
                if b.to == b.from { pieces.append(b); continue }
            } else if wholeKind != "caption" {
                pieces.append(b); continue
            }
            var start = b.from
            var kind = classify(b.from, b.from)
            for i in (b.from + 1)...b.to {
                let k = classify(i, i)
                if k != kind { pieces.append((start, i - 1)); start = i; kind = k }
            }
            pieces.append((start, b.to))
        }
        for b in pieces {
            let (s, _) = contentRange(b.from)
            let (_, e) = contentRange(b.to)
            guard e > s, e - s <= 20_000 else { continue }
            var kind = classify(b.from, b.to)
            if kind == "parties" { sawParties = true }
            // the title comes first: after a docket number, a date or counsel, " v. " is a cited case
            if kind != "parties" && kind != "court" && kind != "caption" { pastTitle = true }
            // prose after numbered headnotes belongs to them (a reporter's argument notes)
            if kind == "headnotes" { sawHeadnotes = true } else if kind == "summary", sawHeadnotes { kind = "headnotes" }
            tree.headMatter.append(HeadMatterBlock(kind: kind, span: Span(s, e)))
        }
        fillCaptionFromHeadMatter()
    }

    /// A docket number as the caption gives it: without its label ("No.", "Docket No.", …)
    /// and closing period, from a docket-number block or a markup's `docketnumber`.
    static func bareDocket(_ s: String) -> String {
        var t = s.trimmedWhitespace()
        // (an official reporter's bracket around docket and date: "[No. 33971-8-III. July 11, 2017.]")
        if t.hasPrefix("[") { t = String(t.dropFirst()).trimmedWhitespace() }
        if t.hasSuffix("]"), !t.contains("[") { t = String(t.dropLast()).trimmedWhitespace() }
        for prefix in ["Docket No.", "Docket No", "DOCKET NO.", "Case No.", "Index No.", "Record No.", "Nos.", "No.", "NOS.", "NO."]
        where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count))
            break
        }
        // a label after the number starts another field: "250716-566207 DATE: September 30, 2025"
        // ", (Index No. 707503/15)"; a Supreme Court syllabus's "No. 11–345.      Argued October 10, 2012"
        let labels: [StaticString] = [" DATE:", " Date:", " FILED", " Filed", ", (", "   ", " Argued "]
        for label in labels {
            if let r = t.rangeOfBytes(label) { t = String(t[..<r.lowerBound]) }
        }
        t = t.trimmed(" .")
        return t.isEmpty ? s.trimmedWhitespace() : t
    }

    /// A line of this kind begins a block of its own even without a blank line before it.
    static func startsOtherHeadBlock(_ kind: String) -> Bool {
        kind == "docketnumber" || kind == "court" || kind == "decisiondate" || kind == "otherdate"
    }

    /// "X, appellant," ⏎⏎ "v" ⏎⏎ "Y, respondent." as three blocks: the title "X, appellant, v. Y,
    /// respondent." when the blocks around the "v" name roles.
    func versusTitle(_ blocks: [HeadMatterBlock], _ blockText: (HeadMatterBlock) -> String) -> String? {
        guard blocks.count >= 3 else { return nil }
        for k in 1..<(blocks.count - 1) where blocks[k].span.end - blocks[k].span.start <= 12
            && Self.versusLines.contains(blockText(blocks[k]).fastLowercased()) {
            let p = blockText(blocks[k - 1]), d = blockText(blocks[k + 1])
            guard p.count <= 300, d.count <= 300, HeadMatterKinds.namesRoles(p) || HeadMatterKinds.namesRoles(d) else { continue }
            return p + " v. " + d
        }
        return nil
    }

    /// A party as the caption lists it, without a footnote's mark or a trailing role:
    /// "K.S.,[1] DEFENDANT" → "K.S." (CAP's `<parties>` with a `<footnotemark>`).
    static func withoutMarkAndRole(_ party: String) -> String {
        let t = party.trimmed(" *")
        // (only a party with a mark: the caption's other parties have had their roles read already)
        return t.utf8.contains(0x5B) ? HeadMatterKinds.withoutRoles(t) : t
    }

    /// What the caption parser could not read off a two-column court caption, a
    /// reporter's head matter states block by block: the title (parties), the docket
    /// number, the court and the decision date fill the caption's gaps.
    mutating func fillCaptionFromHeadMatter() {
        var cap = tree.caption
        func blockText(_ h: HeadMatterBlock) -> String {
            // line breaks become spaces, on the bytes (Foundation's replacingOccurrences is a UTF-16 search)
            String(decoding: text[h.span.start..<h.span.end].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self).trimmedWhitespace()
        }
        let blocks = tree.headMatter
        // the title: a parties block naming roles ("SUSAN JANE HOGARTH, Plaintiff, v. …") before
        // a web page's own title line ("March 28, 2025: Hogarth v. Bell"); else the parties
        // standing in blocks of their own around a "v" block (New York's slip opinions)
        let partyBlocks = blocks.filter { $0.kind == "parties" }
        let titleText = (partyBlocks.first { HeadMatterKinds.namesRoles(blockText($0)) } ?? partyBlocks.first).map(blockText)
            ?? versusTitle(blocks, blockText)
        if cap.plaintiffs.isEmpty || cap.defendants.isEmpty, let title = titleText {
            var (p, d) = HeadMatterKinds.parties(title)
            // "…, respondent, et al., defendant." names more parties than it lists
            if title.containsBytes(", et al.,") || title.containsBytes(", et al,") || title.containsBytes(", ET AL.,") { cap.etAl = true }
            // "DISTRICT OF COLUMBIA ET AL." names more parties than it lists
            for suffix in [" et al.", " et al", " ET AL.", " ET AL"] where p.hasSuffix(suffix) {
                p = String(p.dropLast(suffix.count)).trimmed(" ,")
                cap.etAl = true
                break
            }
            if !p.isEmpty { cap.plaintiffs = [p]; cap.defendants = d.isEmpty ? [] : [d] }
        }
        // consolidated appeals list their docket numbers in blocks of their own ("No. 263197.",
        // "No. 265278.", …): all of them, in order
        let docketBlocks = blocks.filter { $0.kind == "docketnumber" }
        if !docketBlocks.isEmpty, cap.docket == nil || docketBlocks.count > 1 {
            var dockets: [String] = []
            for b in docketBlocks {   // the same number twice (a syllabus and the opinion's caption) is one
                let d = Self.bareDocket(blockText(b))
                if !dockets.contains(d) { dockets.append(d) }
            }
            if cap.docket == nil || cap.docket?.trimmed(" .") == dockets.first { cap.docket = dockets.joined(separator: ", ") }
        }
        let courtLooksWrong = cap.court.map { c in !c.fastLowercased().containsBytes("court") || c.count > 90 || c.containsBytes(" v. ")
            || c.fastLowercased().hasPrefix("court:") || c.fastLowercased().hasPrefix("in re") } ?? true
        // the opinion's own court line before a web page's "Court: …" label
        let courtBlocks = blocks.filter { $0.kind == "court" }
        // (a block that says "court" before New York's short "Appellate Division, First Department")
        if courtLooksWrong, let b = courtBlocks.first(where: { let l = blockText($0).fastLowercased(); return !l.hasPrefix("court:") && l.containsBytes("court") })
            ?? courtBlocks.first(where: { !blockText($0).fastLowercased().hasPrefix("court:") }) ?? courtBlocks.first {
            var t = blockText(b)
            if t.fastLowercased().hasPrefix("court:") { t = String(t.dropFirst(6)).trimmedWhitespace() }
            cap.court = t.hasSuffix(".") ? String(t.dropLast()) : t
        }
        if cap.date == nil, let b = blocks.first(where: { $0.kind == "decisiondate" }) {
            cap.date = ReaderSupport.isoDate(blockText(b))
        }
        // tidy what either source left: "Court: …" labels, a final period, a footnote star
        if let c = cap.court {
            var t = c
            if t.fastLowercased().hasPrefix("court:") { t = String(t.dropFirst(6)) }
            cap.court = t.trimmed(" .")
        }
        cap.docket = cap.docket?.trimmed(" .")
        cap.plaintiffs = cap.plaintiffs.map(Self.withoutMarkAndRole)
        cap.defendants = cap.defendants.map(Self.withoutMarkAndRole)
        tree.caption = cap
    }
}

/// The words that name head-matter blocks.
enum HeadMatterKinds {
    static let dateOpeners: [StaticString] = ["argued", "submitted", "decided", "filed", "opinion filed", "released",
                                              "heard", "oral argument", "rehearing", "reargued", "certiorari", "decision",
                                              "dated", "date"]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.",
                         "oct.", "nov.", "dec."]
    /// Counsel lines: "… for appellant", "… for the people", … (after " for ").
    static let counselParties: [StaticString] = ["appellant", "the appellant", "appellee", "the appellee", "appellants",
                                                 "appellees", "petitioner", "the petitioner", "respondent",
                                                 "the respondent", "plaintiff", "the plaintiff", "defendant",
                                                 "the defendant", "the state", "the people", "the united states",
                                                 "amicus"]
    /// Counsel lines, wherever the words stand.
    static let counselWords: [StaticString] = ["self-represented", " pro se", "attorney general", "amicus curiae"]

    /// Whether a lower-cased block names counsel: " for the appellee", "pro se", ….
    /// A mark opening with a space also matches at the very start of the block.
    static func namesCounsel(_ l: ByteText) -> Bool {
        if counselWords.contains(where: { l.has($0) || l.starts($0, droppingFirst: 0x20) }) { return true }
        var forAt = l.offsets(of: " for ").map { $0 + 5 }
        if l.starts("for ") { forAt.insert(4, at: 0) }
        return forAt.contains { k in counselParties.contains { l.has($0, at: k) } }
    }

    /// The kind of a head-matter block from its text.
    /// - Parameters:
    ///   - partiesMayFollow: nothing but the court and the title so far (the parties come first).
    ///   - sawParties: a parties block came before.
    static func classify(_ raw: String, partiesMayFollow: Bool, sawParties: Bool) -> String {
        classify(bytes: Array(raw.utf8), partiesMayFollow: partiesMayFollow, sawParties: sawParties)
    }

    /// The kind of a head-matter block from its UTF-8 bytes (see `classify(_:partiesMayFollow:sawParties:)`).
    static func classify(bytes raw: [UInt8], partiesMayFollow: Bool, sawParties: Bool) -> String {
        // bytes, not Strings, and no allocation per test: this runs for every line of the
        // head matter, and Foundation's substring search would cost ~10,000 instructions a test
        func isTrim(_ c: UInt8) -> Bool { c == 0x5B || c == 0x5D || c == 0x20 || c == 0x0A }
        var lo = 0, hi = raw.count
        while lo < hi, isTrim(raw[lo]) { lo += 1 }
        while hi > lo, isTrim(raw[hi - 1]) { hi -= 1 }
        let tb = Array(raw[lo..<hi])
        let t = ByteText(tb)
        let l = ByteText(tb.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        let words = WordStats(tb)
        // the title of the case (one block, or several for consolidated appeals)
        // (a title that names both sides' roles is the parties wherever it stands: New York's
        // "The People …, Respondent, v Teon Seymore, Appellant.", which has no period, comes
        // after the page's "As corrected through …" line)
        if t.has(", v") || t.has(",\nv"), t.has(", v ") || t.has(", v. ") || t.has(",\nv\n") || t.has(",\nv.\n"), words.count <= 80,
           Self.namesRoles(String(decoding: tb.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)) { return "parties" }
        if partiesMayFollow, t.has(" v. ") || t.has("\nv.\n") || t.ends("\nv.") || t.starts("v.\n")
            || l.starts("in re ") || l.starts("in the matter of") || l.starts("in the interest of")
            || l.starts("matter of ") || l.starts("ex parte ") || l.starts("people v") {
            return "parties"
        }
        // a bare docket number after the title: "A148307", "2016AP2214"
        // (not a year alone, the end of a date split over two lines: "Feb. 24" / "2011.")
        if sawParties, words.count == 1, tb.reduce(0, { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }) >= 4,
           !ReaderSupport.isDatePiece(String(decoding: tb, as: UTF8.self)) { return "docketnumber" }
        // New York's "2020-09425, (Index No. 707503/15)": a year-numbered docket opening a short block
        if words.count <= 6, opensWithYearDocket(tb) { return "docketnumber" }
        if l.starts("no. ") || l.starts("nos. ") || l.starts("docket no") || l.starts("case no")
            || l.starts("index no") || l.starts("record no") { return "docketnumber" }
        if l.starts("syllabus") { return "syllabus" }
        if l.starts("headnote") { return "headnotes" }
        // (the Third Circuit's "(Opinion filed: June 10, 2025)")
        if l.starts("(opinion filed"), containsYear(tb) { return "decisiondate" }
        if dateOpeners.contains(where: { l.starts($0, then: 0x20) || l.starts($0, then: 0x3A) }) && containsYear(tb) {
            return l.starts("decided") || l.starts("opinion filed") || l.starts("filed") || l.starts("decision")
                ? "decisiondate"
                // the decision on the argument's line ("ARGUED MAY 14, 2026 — DECIDED JULY 31, 2026", the
                // Seventh Circuit; "Submitted: February 25, 2025      Decided: March 4, 2025", the
                // Fourth) or the next ("Argued … ⏎ Decided …")
                : (l.has("\ndecided") || l.has(" decided") || l.has("\nopinion filed") || l.has("—filed") || l.has("—decided")
                   || l.has(" filed ") ? "decisiondate" : "otherdate")
        }
        // a bare date line: "December 1, 2003."; Lexis names the event after the date:
        // "March 3, 2015, Opinion Filed", "October 5, 2014, Argued"
        if words.count <= 6, let m = words.first, months.contains(String(decoding: l.b[m], as: UTF8.self)), containsYear(tb) {
            if l.has(" argued") || l.has(" submitted") { return "otherdate" }
            if words.count <= 4 || l.has(" decided") || l.has(" filed") || l.has(" released") { return "decisiondate" }
        }
        if namesCounsel(l) { return "attorneys" }
        // "Secrest Wardle (by Janet Callahan Barnes), Farmington Hills, for Home-Owners Insurance Company."
        if words.count <= 80, forParty(tb), !hasSentenceBreak(tb) { return "attorneys" }
        if l.starts("before ") || l.starts("before:") || l.ends(", jj.") || l.ends(" js.") || l.ends(", js.")
            || (words.count <= 20 && (l.ends("judges.") || l.ends("justices."))) { return "judges" }
        if StructureContext.proceedingsBelow.contains(where: { tb.starts(with: $0) }) { return "history" }
        if l.starts("appeal from") || l.starts("appeal by") || l.starts("error to") || l.starts("on appeal")
            || l.starts("on petition") || l.starts("petition for") || l.starts("certified question")
            || l.starts("original proceeding") || l.starts("on writ") { return "history" }
        // (New York's "Appellate Division, First Department" names no "court")
        if words.count <= 14, !t.has(" v. "), tb.first.map({ !($0 >= 0x61 && $0 <= 0x7A) }) ?? false, namesCourt(l) || l.has("board of") || l.has("commission") || l.starts("appellate division"),
           !l.has(" for ") || l.has("board of") { return "court" }
        if opensWithHeadnoteNumber(tb) { return "headnotes" }
        // a headnote's topic line: "Garnishment—Practice—Jurisdiction of Justice …"
        if words.count <= 30, t.count("—", atMost: 2) >= 2 { return "headnotes" }
        // prose (sentences, mostly lower-case words): a reporter's summary
        if words.count >= 12, words.lowerInitial * 3 >= words.count, t.ends(".") || t.ends(".”") || t.ends(".\"") {
            return "summary"
        }
        return "caption"
    }

    /// A lower-cased block names a court: "court" ends it or is followed by punctuation or
    /// "of" / "for" / "at" / "in" ("Court of Appeals of New York", "District Court, E.D.
    /// N.C.", "Supreme Court"), not by another noun ("Court Decisions", a web site's menu).
    static func namesCourt(_ l: ByteText) -> Bool {
        for k in l.offsets(of: "court") {
            var j = k + 5
            guard j < l.b.count else { return true }
            if l.b[j] != 0x20 { if l.b[j] < 0x61 || l.b[j] > 0x7A { return true } else { continue } }  // "court," / "courts"
            while j < l.b.count, l.b[j] == 0x20 { j += 1 }
            if j >= l.b.count || !(l.b[j] >= 0x61 && l.b[j] <= 0x7A) { return true }
            if ["of ", "for ", "at ", "in "].contains(where: { w in l.b[j...].starts(with: Array(w.utf8)) }) { return true }
        }
        return false
    }

    /// "2020-09425," / "2019-06-0263": four digits of a year, a dash, three or more digits,
    /// then the end, a comma or a space (a date "2020-09-25" has two dashes).
    static func opensWithYearDocket(_ b: [UInt8]) -> Bool {
        func digit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        guard b.count >= 8, (0..<4).allSatisfy(digit), b[4] == 0x2D else { return false }
        var k = 5
        while digit(k) { k += 1 }
        return k - 5 >= 3 && (k == b.count || b[k] == 0x2C || b[k] == 0x20)
    }

    /// The title names the parties' roles: ", Plaintiff", ", appellant", ", Respondent" ….
    static func namesRoles(_ title: String) -> Bool {
        let l = title.fastLowercased()
        return ["plaintiff", "defendant", "appellant", "appellee", "respondent", "petitioner"].contains { l.containsBytes(", " + $0) }
    }

    /// The plaintiff and defendant of a case title, without their roles:
    /// "Bernard WEST, Appellant. v. UNITED STATES, Appellee." → ("Bernard WEST", "UNITED STATES");
    /// "In re ESTATE OF X, Deceased (A, Plaintiff-Appellant, v. B, Defendants-Appellees)." → the
    /// parties inside the parentheses; "In the Interest of K.N.C. et al., children." → (that, "").
    static func parties(_ title: String) -> (String, String) {
        var t = title
        // the adversary parties of an "In re" title stand in its parentheses
        if let open = t.firstIndex(of: "("), t[open...].containsBytes(" v. ") {
            t = String(t[t.index(after: open)...])
            if let close = t.lastIndex(of: ")") { t = String(t[..<close]) }
        }
        var sides = t.componentsBytes(separatedBy: " v. ")
        if sides.count < 2, namesRoles(t) { sides = t.componentsBytes(separatedBy: ", v ") }
        func clean(_ s: String) -> String { withoutRoles(afterMatterSentence(s)) }
        if sides.count >= 2 { return (clean(sides[0]), clean(sides[1...].joined(separator: " v. "))) }
        return (clean(t), "")
    }

    /// A party without a footnote's mark and trailing roles ("Plaintiff-Appellant", "Appellee.",
    /// "Defendants-Appellees"): "K.S.,[1] DEFENDANT" → "K.S.".
    static func withoutRoles(_ s: String) -> String {
        var parts = withoutNoteMarks(s).componentsBytes(separatedBy: ", ")
        // New York's "Auberge Grand Central, LLC, respondent, et al., defendant.": the
        // roles and the "et al." after the name (the caller notes the et al.)
        while let last = parts.last, parts.count > 1, isRole(last) || isEtAl(last) { parts.removeLast() }
        return keepingInitialPeriod(parts.joined(separator: ", "))
    }

    /// "K.S.,[1] DEFENDANT" → "K.S., DEFENDANT": a footnote's mark ("[1]", "[†]", as CAP's
    /// `<footnotemark>` reads) is no part of a party.
    static func withoutNoteMarks(_ s: String) -> String {
        let b = Array(s.utf8)
        guard b.contains(0x5B) else { return s }
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x5B {
                var j = i + 1
                // digits, "*" or a dagger ("[1]", "[*]", "[†]")
                while j < b.count, j < i + 7, (b[j] >= 0x30 && b[j] <= 0x39) || b[j] == 0x2A || b[j] >= 0x80 { j += 1 }
                if j > i + 1, j < b.count, b[j] == 0x5D {
                    i = j + 1
                    if i < b.count, b[i] != 0x20, out.last != 0x20 { out.append(0x20) }  // ",[1] DEF" → ", DEF"
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "In the matter of S.J.S., a minor child. D.L.M. and D.E.M." → "D.L.M. and D.E.M.": an
    /// "In re"/"In the matter of" sentence before the adversary parties is not a party.
    static func afterMatterSentence(_ s: String) -> String {
        let b = Array(s.utf8)
        let lower = s.fastLowercased()
        guard lower.hasPrefix("in the matter of") || lower.hasPrefix("in re ") || lower.hasPrefix("in the interest of")
                || lower.hasPrefix("matter of") else { return s }
        // the sentence ends at ". " after a lower-case word ("child. D.L.M."), not after an initial
        var k = 1
        while k + 2 < b.count {
            if b[k] == 0x2E, b[k + 1] == 0x20, b[k - 1] >= 0x61, b[k - 1] <= 0x7A, b[k + 2] >= 0x41, b[k + 2] <= 0x5A {
                return String(decoding: b[(k + 2)...], as: UTF8.self)
            }
            k += 1
        }
        return s
    }

    /// Trims spaces and punctuation from the ends, but keeps the period of a final
    /// initial or an abbreviation: "T.J.S." stays "T.J.S.", "INC." stays "INC.", "Appellee."
    /// loses its period.
    static func keepingInitialPeriod(_ s: String) -> String {
        let t = s.trimmed(" .,;")
        let b = Array(t.utf8)
        guard s.utf8.count > t.utf8.count, s.trimmed(" ,;").hasSuffix(".") else { return t }
        // "THUNDER ROAD, INC.": an abbreviation keeps its period too
        if StructureContext.endsWithAbbreviation(t + ".") { return t + "." }
        guard let last = b.last, last >= 0x41, last <= 0x5A, b.count == 1 || b[b.count - 2] == 0x2E || b[b.count - 2] == 0x20 else { return t }
        return t + "."
    }

    /// "et al." as a part of its own in a list of parties.
    static func isEtAl(_ s: String) -> Bool {
        let w = s.fastLowercased().trimmed(" .,;")
        return w == "et al" || w == "et al."
    }

    static func isRole(_ s: String) -> Bool {
        let w = s.fastLowercased().trimmed(" .,;")
        let roles = ["plaintiff", "defendant", "appellant", "appellee", "respondent", "petitioner", "movant",
                     "claimant", "intervenor", "cross-appellant", "cross-appellee", "relator", "employee", "employer"]
        return roles.contains { w.hasPrefix($0) } || w.hasSuffix("appellant") || w.hasSuffix("appellee")
            || w.hasSuffix("appellees") || w.hasSuffix("appellants")
    }

    // Byte-level pattern checks (a regular expression per block would cost more than
    // the rest of the structure pass).

    /// A year 1700–2099 standing as a word of its own.
    static func containsYear(_ b: [UInt8]) -> Bool {
        func digit(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        var k = 0
        while k + 3 < b.count {
            if !digit(k - 1), digit(k), digit(k + 1), digit(k + 2), digit(k + 3), !digit(k + 4),
               (b[k] == 0x31 && b[k + 1] >= 0x37) || (b[k] == 0x32 && b[k + 1] == 0x30) {
                let before = k > 0 ? b[k - 1] : 0x20, after = k + 4 < b.count ? b[k + 4] : 0x20
                let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
                if !isLetter(before) && !isLetter(after) { return true }
            }
            k += 1
        }
        return false
    }

    /// ", for " followed by a capital: counsel "…, Farmington Hills, for Home-Owners Insurance Company."
    static func forParty(_ b: [UInt8]) -> Bool {
        // ", for " is six bytes: the comma, then " for " (b[k+1...k+5])
        var k = 0
        while k + 6 < b.count {
            if b[k] == 0x2C, b[k + 1] == 0x20, b[k + 2] == 0x66, b[k + 3] == 0x6F, b[k + 4] == 0x72, b[k + 5] == 0x20,
               b[k + 6] >= 0x41, b[k + 6] <= 0x5A { return true }
            k += 1
        }
        return false
    }

    /// A sentence ends and prose goes on: "…ed. The court held …" (a lower-case word of
    /// three or more letters, ". ", a capitalised word, a lower-case word). Initials
    /// ("Michael H. Fabian") do not count.
    static func hasSentenceBreak(_ b: [UInt8]) -> Bool {
        func lower(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x61 && b[k] <= 0x7A }
        func upper(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x41 && b[k] <= 0x5A }
        var k = 3
        while k + 2 < b.count {
            if b[k] == 0x2E, b[k + 1] == 0x20, lower(k - 1), lower(k - 2), lower(k - 3), upper(k + 2) {
                var j = k + 3
                while lower(j) { j += 1 }
                if j > k + 3, j < b.count, b[j] == 0x20, lower(j + 1) {
                    var m = j + 1
                    while lower(m) { m += 1 }
                    if m < b.count, b[m] == 0x20 { return true }
                }
            }
            k += 1
        }
        return false
    }

    /// "1. ", "12. ", "[3] ", "[3]. " at the start: a numbered headnote.
    static func opensWithHeadnoteNumber(_ b: [UInt8]) -> Bool {
        var k = 0
        let bracket = k < b.count && b[k] == 0x5B
        if bracket { k += 1 }
        let d0 = k
        while k < b.count, k - d0 < 3, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
        guard k > d0, k - d0 <= 2 else { return false }
        var dot = false
        if bracket { guard k < b.count, b[k] == 0x5D else { return false }; k += 1 }
        if k < b.count, b[k] == 0x2E { k += 1; dot = true }
        guard bracket || dot else { return false }
        return k < b.count && (b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09)
    }
}

/// A block's bytes with the few tests the classifier needs; the patterns are
/// literals, compared in place (no array per test).
struct ByteText {
    let b: [UInt8]
    init(_ b: [UInt8]) { self.b = b }

    private static func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    /// Whether `p` stands at offset `k` of the block.
    private func matches(_ p: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard k >= 0, k + p.count <= b.count else { return false }
        for j in 0..<p.count where b[k + j] != p[j] { return false }
        return true
    }

    func starts(_ s: StaticString, then next: UInt8? = nil) -> Bool {
        let p = ByteText.bytes(s)
        guard b.count >= p.count + (next == nil ? 0 : 1), matches(p, at: 0) else { return false }
        return next.map { b[p.count] == $0 } ?? true
    }

    /// Whether the block starts with `s` less its first byte, which must be `first`.
    func starts(_ s: StaticString, droppingFirst first: UInt8) -> Bool {
        let p = ByteText.bytes(s)
        guard let f = p.first, f == first else { return false }
        return matches(UnsafeBufferPointer(rebasing: p.dropFirst()), at: 0)
    }

    func ends(_ s: StaticString) -> Bool {
        let p = ByteText.bytes(s)
        return b.count >= p.count && matches(p, at: b.count - p.count)
    }

    func has(_ s: StaticString) -> Bool { count(s, atMost: 1) > 0 }

    /// Occurrences of `s` (up to `atMost`); the first byte is found eight bytes at a time.
    func count(_ s: StaticString, atMost: Int = .max) -> Int {
        let p = ByteText.bytes(s)
        guard let first = p.first, b.count >= p.count else { return 0 }
        return b.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress!, last = buf.count - p.count
            var n = 0, k = 0
            while k <= last, n < atMost {
                k = ByteScan.firstIndex(of: first, in: base, from: k, to: last + 1)
                guard k <= last else { break }
                if matches(p, at: k) { n += 1; k += p.count } else { k += 1 }
            }
            return n
        }
    }

    /// Offsets at which `s` stands, in order.
    func offsets(of s: StaticString) -> [Int] {
        var found: [Int] = []
        let p = ByteText.bytes(s)
        guard let first = p.first, b.count >= p.count else { return found }
        var k = 0
        b.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress!, last = buf.count - p.count
            while k <= last {
                k = ByteScan.firstIndex(of: first, in: base, from: k, to: last + 1)
                guard k <= last else { break }
                if matches(p, at: k) { found.append(k) }
                k += 1
            }
        }
        return found
    }

    /// Whether `s` stands at offset `k`.
    func has(_ s: StaticString, at k: Int) -> Bool { matches(ByteText.bytes(s), at: k) }
}

/// The words of a block (split at spaces and line breaks), counted without making Strings.
struct WordStats {
    /// Number of words.
    private(set) var count = 0
    /// Words whose first byte is a lower-case ASCII letter.
    private(set) var lowerInitial = 0
    /// The byte range of the first word.
    private(set) var first: Range<Int>? = nil

    init(_ b: [UInt8]) {
        var k = 0
        while k < b.count {
            while k < b.count, b[k] == 0x20 || b[k] == 0x0A { k += 1 }
            guard k < b.count else { break }
            let start = k
            while k < b.count, b[k] != 0x20, b[k] != 0x0A { k += 1 }
            count += 1
            if b[start] >= 0x61 && b[start] <= 0x7A { lowerInitial += 1 }
            if first == nil { first = start..<k }
        }
    }
}
