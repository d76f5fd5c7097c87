// StructureParser: the opinion tree of plain and PDF-extracted text — caption,
// section headings and their levels, paragraphs, block quotes, footnote bodies
// and markers, signature. It works on lines (TextLines) after the layout stage
// has found pages and footnote zones, because structure in extracted text is a
// matter of lines: a heading is a line, a block quote is a run of lines set
// off by spacing or indentation, a caption is the block of lines before the
// first paragraph of prose.
//
// Headings get their level from the order in which numbering styles first
// appear (ALL-CAPS headings, then Roman numerals, then capital letters, …), so
// an opinion whose top level is "I." and one whose top level is "DISCUSSION"
// both come out right without a per-court rule.

/// Builds the opinion tree of a text.
public enum StructureParser {
    /// Parses the structure of `text` given its lines and page layout.
    static func parse(text: [UInt8], lines: [LineInfo], layout: PageLayout) -> OpinionTree {
        var ctx = StructureContext(text: text, lines: lines, layout: layout)
        return ctx.build()
    }
}

/// Numbering styles of headings, in no particular order (levels come from first appearance).
enum HeadingStyle: Equatable {
    case caps, titled, roman, upperLetter, arabic, lowerLetter
}

/// Working state of one structure pass.
struct StructureContext {
    let text: [UInt8]
    let lines: [LineInfo]
    let layout: PageLayout
    var tree = OpinionTree()
    /// Lines that belong to footnote zones, stamps or page numbers (not body text).
    var noise: [Bool]
    /// Pleading-paper margin width (line numbers 1–28 in the left margin), 0 if none.
    var margin = 0
    /// On pleading paper with pages, each page's body margin (`bodyMargin` of its lines):
    /// an OCR'd page sets its text further right than the typed ones.
    var pageMargins: [Int] = []
    /// On pleading paper, where each line's text starts after the layout's margin number and its
    /// gutter rule ("  6  || text"), 0 for a line without one (found once: `contentRange` is hot).
    var marginEnds: [Int] = []
    /// Lines occupied by section headings.
    var headingLines: Set<Int> = []
    /// "[n]" footnote marks by label (web text).
    var bracketMarks: [String: [Int]] = [:]
    /// Set while sections are found: a line's content starts after its leading star pages.
    var skipsLeadingStarPages = false
    /// The "Case No. …" lines that head the parts of a consolidated opinion (`findSections`).
    var consolidatedCaseLines: Set<Int> = []
    /// The caption's first line: 0, or after a Supreme Court syllabus the line naming the
    /// court over the opinion's own caption.
    var captionFrom = 0
    /// The first line of the counsel listed before the opinion (see `listsCounsel` in
    /// HeadParagraphs.swift), when
    /// `findBodyStart` met one: the caption ends above it.
    var counselFrom: Int? = nil

    init(text: [UInt8], lines: [LineInfo], layout: PageLayout) {
        self.text = text
        self.lines = lines
        self.layout = layout
        noise = [Bool](repeating: false, count: lines.count)
    }

    // MARK: - Line helpers

    /// Trimmed text of line `i` (after any pleading-paper margin number).
    func lineText(_ i: Int) -> String {
        let (s, e) = contentRange(i)
        return String(decoding: text[s..<e], as: UTF8.self)
    }

    /// Byte range of line `i`'s visible content, without margin numbers and outer spaces.
    func contentRange(_ i: Int) -> (Int, Int) {
        let l = lines[i]
        var s = l.start + l.indent
        var e = l.end
        while e > s, text[e - 1] == 0x20 || text[e - 1] == 0x09 { e -= 1 }
        if margin > 0, i < marginEnds.count, marginEnds[i] > 0 {
            // the layout's margin number with its gutter rule ("  6  || text", PleadingPaper.swift)
            s = min(marginEnds[i], e)
            while s < e, text[s] == 0x20 { s += 1 }
        } else if margin > 0 {
            // "  13   CONSUMERINFO.COM" → skip the line number and the gutter
            var k = s, digits = 0
            while k < e, text[k] >= 0x30, text[k] <= 0x39, digits < 2 { k += 1; digits += 1 }
            if digits > 0, k == e || text[k] == 0x20 {
                s = k
                while s < e, text[s] == 0x20 { s += 1 }
            }
        }
        // while headings are looked for, a star page at the start of the line ("*441
        // B. Public Records Law", "[*2]") is furniture before the heading; the other
        // passes keep it (a paragraph's start and indentation include it); a reporter's page
        // in brackets is one too ("[58 Va.App. 247] I. BACKGROUND")
        while skipsLeadingStarPages, s < e, text[s] == 0x2A || text[s] == 0x5B, let marker = layout.furnitureSpan(at: s), marker.start == s,
              marker.end <= e, marker.end - marker.start <= 48 {
            s = marker.end
            while s < e, text[s] == 0x20 || text[s] == 0x09 { s += 1 }
        }
        return (s, e)
    }

    /// Indentation of line `i`'s content, after any margin number.
    func contentIndent(_ i: Int) -> Int { contentRange(i).0 - lines[i].start }

    func isBlank(_ i: Int) -> Bool { let (s, e) = contentRange(i); return s >= e }

    /// The most common left indent of body lines.
    func bodyMargin(from a: Int, to b: Int) -> Int {
        // counted in an array by indent (a dictionary per call cost ~1% of a parse);
        // indents past the array are rare and counted together at its end
        var counts = [Int](repeating: 0, count: 129)
        for i in a..<b where !noise[i] {
            let (s, e) = contentRange(i)
            guard s < e else { continue }
            counts[min(s - lines[i].start, 128)] += 1
        }
        // ties go to the smaller indent (deterministic output)
        var best = 0
        for k in 1..<counts.count where counts[k] > counts[best] { best = k }
        return best
    }

    /// The body margin in force at line `i`: its page's on pleading paper (see
    /// `pageMargins`), else `margin`.
    func bodyMargin(at i: Int, else margin: Int) -> Int {
        guard !pageMargins.isEmpty, let page = layout.printedPage(at: lines[i].start), page < pageMargins.count else { return margin }
        return pageMargins[page]
    }

    /// Fills `pageMargins` on pleading paper: a page with a dozen or more lines of text
    /// gets the indent most of them share; a page with fewer (the last lines of the text
    /// above a signature) the smallest indent of a line of prose, the signature being set in.
    mutating func measurePageMargins(fallback: Int) {
        guard margin > 0, layout.pages.count >= 2 else { return }
        var firstLine = 0
        pageMargins = layout.pages.map { page in
            while firstLine < lines.count, lines[firstLine].start < page.span.start { firstLine += 1 }
            var end = firstLine
            var counted = 0, smallest = Int.max
            while end < lines.count, lines[end].start < page.span.end {
                if !noise[end], !isBlank(end) {
                    counted += 1
                    if contentLength(end) >= 40 { smallest = min(smallest, contentIndent(end)) }
                }
                end += 1
            }
            if counted >= 12 { return bodyMargin(from: firstLine, to: end) }
            return smallest < Int.max ? smallest : fallback
        }
    }

    /// The line `n` lines of text (not blank, not furniture) before line `i`, or 0.
    func linesBack(_ n: Int, from i: Int) -> Int {
        var k = min(i, lines.count)
        var seen = 0
        while k > 0, seen < n {
            k -= 1
            if !isBlank(k) && !noise[k] { seen += 1 }
        }
        return k
    }

    /// Byte length of line `i`'s content (no String is built).
    func contentLength(_ i: Int) -> Int { let (s, e) = contentRange(i); return e - s }

    /// The line is a bare page number, an ECF stamp or a pleading line number.
    func isPageFurniture(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        let n = e - s
        guard n > 0, n <= 3 || (n <= 300 && (text[s] == 0x43 || text[s] == 0x55 || text[s] == 0x41)) else { return false }
        // a court of appeals' header ("USCA11 Case: 24-10123 Document: 35-1 Date Filed: …")
        if text[s] != 0x43, n > 3 { return PageLayout.isAppellateStamp(text[s..<e]) }
        let t = lineText(i)
        if t.isEmpty { return false }
        if (t.hasPrefix("Case ") || t.hasPrefix("Case: ")) && (t.containsBytes(" Page") || t.containsBytes("Document")) { return true }
        if t.allSatisfy({ $0.isNumber }) && t.count <= 3 { return true }
        return false
    }

    // MARK: - Build

    mutating func build() -> OpinionTree {
        detectMargin()
        findMarginEnds()
        markNoise()
        let afterSyllabus = openingAfterSyllabus()
        let bodyStart = afterSyllabus ?? findBodyStart()
        if let b = afterSyllabus { captionFrom = lastCourtLine(before: b) ?? 0 }
        parseCaption(before: bodyStart)
        findSignature(after: bodyStart)
        // (the author line stands a few lines above the first prose: six lines of text back,
        // blank lines not counted, as web text puts one between every two)
        // (not when the body opens with its numbered first paragraph: an author line above it is
        // the court below's judge, "Richard W. Norton, J.")
        findOpinions(from: startsFirstNumberedParagraph(bodyStart) ? bodyStart : linesBack(6, from: bodyStart), bodyStart: bodyStart)
        // the author line ("RUFFIN, Presiding Judge.", "JUSTICE TURNER") names the judge
        // when the caption does not
        if tree.caption.judge == nil, let first = tree.opinions.first, let author = first.author {
            tree.caption.judge = author
            // …with its title when the line says it: "JUSTICE TURNER" (Illinois)
            if let i = lines.firstIndex(where: { $0.start + $0.indent >= first.span.start }) {
                var (s, e) = contentRange(i)
                s = afterStarPage(s, e)   // (after a star page: "*425 WAUTERS, J.S.C.")
                let line = String(decoding: text[s..<e], as: UTF8.self)
                if let n = Self.authorLineTitle(text, s, e) {
                    tree.caption.judgeTitle = String(decoding: text[s..<(s + n)], as: UTF8.self).trimmedWhitespace()
                } else if let split = Self.splitJusticeTitle(line) {
                    // "CHIEF JUSTICE TIMMER, Opinion of the Court:" (Arizona): the title without "MR."
                    tree.caption.judgeTitle = split.title
                } else if let comma = line.range(of: ", "),
                          let title = Self.judgeTitlesAfterName.first(where: { line[comma.upperBound...].hasPrefix($0) }) {
                    // "BANDSTRA, P.J." / "BLACKBURN, Presiding Judge."
                    tree.caption.judgeTitle = title
                }
            }
        }
        if tree.opinions.isEmpty, bodyStart < lines.count {
            // one opinion, written by the judge who signs it
            let from = contentRange(bodyStart).0
            let to = tree.signature?.end ?? text.count
            if to > from { tree.opinions.append(OpinionPart(type: "majority", author: tree.caption.judge, span: Span(from, to))) }
        }
        findSections(from: bodyStart)
        indexHeadingLines()
        measurePageMargins(fallback: bodyMargin(from: bodyStart, to: lines.count))
        findBlockQuotes(from: bodyStart)
        joinQuotesAcrossPageBreaks()
        findParagraphs(from: bodyStart)
        findFootnotes()
        findBlockQuotesInNotes()
        findHeadMatter(bodyStart: bodyStart)
        completeCaption(bodyStart: bodyStart)
        return tree
    }

    /// Pleading paper: most of the first 60 lines are just a number 1–28 or start with one.
    /// Fills `marginEnds` on pleading paper from the layout's margin numbers.
    mutating func findMarginEnds() {
        guard margin > 0, !layout.furniture.isEmpty else { return }
        marginEnds = lines.map { l in
            let s = l.start + l.indent
            guard !l.isBlank, let number = layout.furnitureSpan(at: s), number.start == s, number.end - s <= 12 else { return 0 }
            return number.end
        }
    }

    mutating func detectMargin() {
        var numbered = 0, seen = 0
        for i in lines.indices.prefix(120) where !lines[i].isBlank {
            seen += 1
            let l = lines[i]
            var k = l.start + l.indent, digits = 0
            while k < l.end, text[k] >= 0x30, text[k] <= 0x39, digits < 3 { k += 1; digits += 1 }
            if digits >= 1, digits <= 2, l.indent <= 4, k == l.end || text[k] == 0x20 { numbered += 1 }
        }
        if seen > 20, numbered * 3 > seen { margin = 1 }
    }

    mutating func markNoise() {
        for i in lines.indices {
            if isPageFurniture(i) { noise[i] = true; continue }
            let l = lines[i]
            // running headers the layout found ("No. 21-50498" atop every page)
            if !l.isBlank, let f = layout.furnitureSpan(at: l.start + l.indent), f.end >= contentRange(i).1 { noise[i] = true; continue }
            if layout.footnote(at: l.start + l.indent) != nil { noise[i] = true; continue }
            // (the length first, in place: a call per line cost a copy of the context)
            let raw = l.end - l.start - l.indent
            if raw >= Self.omissionNotice.count, raw <= Self.omissionNotice.count + 24, isOmissionNotice(i) { noise[i] = true }
            if raw >= 7, raw <= 40, text[l.start + l.indent] == 0x45, let open = webChromeBlockStart(closedBy: i) {
                for k in open...i { noise[k] = true }
            }
            if raw >= 6, raw <= 40, isWebBannerLabel(i) { markBanner(from: i) }
        }
    }

    /// A web page's navigation or footer saved with its text keeps its labels: "Main
    /// Navigation Menu" … "End Main Navigation Menu", "Footer" … "End Footer" (New York's
    /// slip opinions). Given the "End X" line `i`, the line "X" that opens the block, at
    /// most 80 lines above; nil when `i` closes nothing.
    func webChromeBlockStart(closedBy i: Int) -> Int? {
        let (s, e) = contentRange(i)
        guard ByteScan.hasPrefix(text, from: s, to: e, Self.endLabel) else { return nil }
        let label = text[(s + Self.endLabel.count)..<e]
        var k = i - 1
        while k >= 0, k >= i - 80 {
            let (ks, ke) = contentRange(k)
            if ke - ks == label.count, text[ks..<ke].elementsEqual(label) { return k }
            k -= 1
        }
        return nil
    }

    static let endLabel = Array("End ".utf8)

    /// Line `i` opens with the pilcrow of paragraph 1: "¶ 1.", "¶1 ", "¶  1.  DOOLEY, J.".
    func startsFirstNumberedParagraph(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s >= 5, text[s] == 0xC2, text[s + 1] == 0xB6 else { return false }
        var k = s + 2
        while k < e, text[k] == 0x20 { k += 1 }
        guard k + 1 < e, text[k] == 0x31 else { return false }
        return text[k + 1] == 0x2E || text[k + 1] == 0x20
    }

    /// "skip to main content", or a web page's label of a banner ("Adblock Banner").
    func isWebBannerLabel(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        if ByteScan.hasPrefix(text, from: s, to: e, Self.skipToContent) { return e - s <= Self.skipToContent.count + 8 }
        return ByteScan.hasSuffix(text, from: s, to: e, Self.bannerWord) && proseCounts(s, e).words <= 3
    }

    /// The label line `i` and the banner's one paragraph under it ("It appears you are using
    /// Adblock. …") are the page's, not the opinion's: marked as noise, so that the banner's
    /// sentence does not start the body.
    mutating func markBanner(from i: Int) {
        noise[i] = true
        guard ByteScan.hasSuffix(text, from: contentRange(i).0, to: contentRange(i).1, Self.bannerWord) else { return }
        var k = i + 1
        while k < lines.count, isBlank(k) { k += 1 }
        while k < lines.count, !isBlank(k) { noise[k] = true; k += 1 }
    }

    static let skipToContent = Array("skip to main content".utf8)
    static let bannerWord = Array(" Banner".utf8)

    static let omissionNotice = Array("COPYRIGHT MATERIAL OMITTED".utf8)

    /// West's placeholder where its headnotes were cut ("*425 COPYRIGHT MATERIAL OMITTED"):
    /// the publisher's, not the court's, and no heading.
    func isOmissionNotice(_ i: Int) -> Bool {
        let l = lines[i]
        let b = text[l.start + l.indent]
        guard b == 0x43 || b == 0x63 || b == 0x2A || b == 0x5B else { return false }  // "C", "c", "*", "["
        var (s, e) = contentRange(i)
        guard e - s >= Self.omissionNotice.count, e - s <= Self.omissionNotice.count + 16 else { return false }
        if let marker = layout.furnitureSpan(at: s), marker.start == s, marker.end < e {
            s = marker.end
            while s < e, text[s] == 0x20 { s += 1 }
        }
        guard e - s == Self.omissionNotice.count else { return false }
        return (0..<(e - s)).allSatisfy { text[s + $0] & 0xDF == Self.omissionNotice[$0] & 0xDF }
    }

    static let sixSpaces = Array("      ".utf8)
    static let columnBar = Array(" )  ".utf8)

    /// The first line of prose: eight or more words, at least a quarter of them lower case.
    /// The words of `text[s..<e]` (split at spaces), those opening with a lower-case
    /// letter, and whether any character is a number. ASCII text is counted on
    /// bytes; other text by Characters, as Unicode defines case and numbers.
    func proseCounts(_ s: Int, _ e: Int) -> (words: Int, lower: Int, hasNumber: Bool) {
        var ascii = true
        for k in s..<e where text[k] >= 0x80 { ascii = false; break }
        guard ascii else {
            // words split at spaces on the bytes (a Character split of every line with a curly
            // quote cost ~12,000 instructions); only a word opening with a non-ASCII letter and
            // the non-ASCII numerals ("½", "¹") are looked at as Unicode
            var words = 0, lower = 0
            _ = ByteScan.forEachWord(text, from: s, to: e) { start, end in
                words += 1
                let b = text[start]
                if b < 0x80 {
                    if b >= 0x61 && b <= 0x7A { lower += 1 }
                } else if String(decoding: text[start..<end], as: UTF8.self).first?.isLowercase ?? false {
                    lower += 1
                }
                return true
            }
            let hasNumber = text[s..<e].contains { $0 >= 0x30 && $0 <= 0x39 }
                || String(decoding: text[s..<e], as: UTF8.self).unicodeScalars.contains { $0.value >= 0x80 && $0.properties.numericType != nil }
            return (words, lower, hasNumber)
        }
        // a line holds no line break, so the head-matter word counter splits it at spaces alone
        let words = WordStats(Array(text[s..<e]))
        return (words.count, words.lowerInitial, text[s..<e].contains { $0 >= 0x30 && $0 <= 0x39 })
    }

    private static let versus = Array(" v. ".utf8)
    private static let commaVersus = Array(", v ".utf8)

    /// A Supreme Court slip opinion opens with the Reporter's syllabus (its own caption, the
    /// holding, "KENNEDY, J., delivered the opinion of the Court …"), then the opinion's
    /// caption; the body starts at "JUSTICE KENNEDY delivered the opinion of the Court."
    /// The line index of that opening when a "Syllabus" line heads the text, else nil.
    func openingAfterSyllabus() -> Int? {
        var seen = 0
        var syllabus = false
        for i in lines.indices where !isBlank(i) {
            seen += 1
            if seen > 12 { break }
            let (cs, ce) = contentRange(i)
            if ce - cs == 8, ByteScan.hasPrefix(text, from: cs, to: ce, Self.syllabusWord) { syllabus = true; break }
        }
        guard syllabus else { return nil }
        for i in lines.indices where !isBlank(i) {
            let (cs, ce) = contentRange(i)
            guard ce - cs >= 20, Self.justiceOpenings.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ce, $0) }) else { continue }
            let ee = min(ce, cs + 120)
            if ByteScan.contains(text, from: cs, to: ee, Self.deliveredTheOpinion) || ByteScan.contains(text, from: cs, to: ee, Self.announcedTheJudgment) {
                return i
            }
        }
        return nil
    }
    /// The last line before `b` that names a court on its own ("SUPREME COURT OF THE UNITED STATES").
    func lastCourtLine(before b: Int) -> Int? {
        (0..<b).last { i in
            guard !isBlank(i), !noise[i], contentLength(i) <= 80 else { return false }
            let (cs, ce) = contentRange(i)
            let t = Array(text[cs..<ce])
            return t.allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) } && HeadMatterKinds.namesCourt(ByteText(t.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }))
        }
    }
    private static let syllabusWord = Array("Syllabus".utf8)
    private static let justiceOpenings = ["JUSTICE ", "CHIEF JUSTICE ", "MR. JUSTICE ", "MR. CHIEF JUSTICE "].map { Array($0.utf8) }
    private static let announcedTheJudgment = Array(" announced the judgment".utf8)

    private static let opinionDeliveredBy = ["The opinion of the court was delivered by", "The opinion of the Court was delivered by"].map { Array($0.utf8) }
    private static let statedTerm = ["At a Stated Term", "At a stated term", "AT A STATED TERM"].map { Array($0.utf8) }
    /// The head's line naming the court below, whose block runs on without a blank line:
    /// "Appeal from the United States District Court ⏎ for the Western District of Michigan at
    /// Grand Rapids. ⏎ No. 1:17-cr-00057-1—Paul Lewis Maloney, District Judge." (Sixth Circuit).
    /// (or, after a remand, the court that sent it back and the court below: "On Remand from the
    /// United States Supreme Court. ⏎ United States District Court for the Eastern District …")
    private static let lowerCourtLines = ["Appeal from ", "Appeals from ", "On Appeal from ", "On appeal from ", "Petition for Review",
                                          "Petitions for Review", "On Petition for Review", "APPEAL FROM ", "ON APPEAL FROM ",
                                          "On Remand from ", "On remand from ", "ON REMAND FROM "].map { Array($0.utf8) }

    mutating func findBodyStart() -> Int {
        // a line that says the opinion follows ("The opinion of the court was delivered by", Kansas,
        // after the syllabus, the court below and counsel): the body is the next line, its author's
        if let i = lines.indices.prefix(600).first(where: { n in
               guard !noise[n] else { return false }
               let (cs, ce) = contentRange(n)
               return ce - cs <= 60 && Self.opinionDeliveredBy.contains { ByteScan.hasPrefix(text, from: cs, to: ce, $0) } }),
           let next = ((i + 1)..<lines.count).first(where: { !noise[$0] && !isBlank($0) }) {
            return next
        }
        var preamble = false   // inside the Second Circuit's "At a Stated Term of …" paragraph
        var lowerCourtLines = 0   // lines of the block naming the court below still to skip
        // inside a head paragraph passed over whole (a notice, counsel, the proceedings or the
        // court below): it ends at a blank line, a notice also at a rule under it
        var inHeadParagraph = false
        for i in lines.indices where !noise[i] {
            if isBlank(i) { preamble = false; inHeadParagraph = false; lowerCourtLines = 0; continue }
            // the opinion's first numbered paragraph opens the body, whatever its words: "¶  1.
            // DOOLEY, J.   Plaintiffs Danny L. DeGraff, Nancy R. Degraff," (Vermont)
            if !preamble, startsFirstNumberedParagraph(i) { return i }
            // the first 300 bytes decide (a 50 MB line must not become a String here)
            let (cs, ce) = contentRange(i)
            let ee = min(ce, cs + 300)
            // the session the order was made at belongs to the caption, as does all that follows
            // up to the parties: "At a Stated Term of the United States Court of Appeals …, on
            // the 15th day of July, two thousand twenty-five."
            if Self.statedTerm.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ee, $0) }) { preamble = true }
            if preamble {
                // its one sentence ends the preamble
                if ce > cs, text[ce - 1] == 0x2E { preamble = false }
                continue
            }
            // (the block's line and up to three more, short ones: a sentence of the opinion that
            // follows without a blank line, as in a condensed caption, ends it)
            if Self.lowerCourtLines.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ee, $0) }) {
                lowerCourtLines = 4
                // a long one wrapped into a paragraph ("Appeal from the United States District Court
                // for the Eastern District of Virginia, at ⏎ Alexandria. Leonie M. Brinkema, District
                // Judge. (1:23-cr-00123-LMB-1)", the Fourth Circuit) is head matter when the head goes
                // on after it: dates, the panel
                if headGoesOn(afterParagraphOf: i) { inHeadParagraph = true; continue }
            }
            if lowerCourtLines > 0 {
                lowerCourtLines -= 1
                if proseCounts(cs, ee).0 < 12 { continue }
                lowerCourtLines = 0
            }
            if ce - cs <= 160, Self.citationNotices.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ee, $0) }) { continue }
            if Self.revisionNotices.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ee, $0) }) { inHeadParagraph = true }
            if inHeadParagraph {
                if text[cs] == 0x2D || text[cs] == 0x3D || text[cs] == 0x5F { inHeadParagraph = false }   // "-----" under it
                continue
            }
            // two-column caption lines ("Appellant,      )   Appeal from the …") are not prose
            if ByteScan.contains(text, from: cs, to: ee, Self.sixSpaces) || ByteScan.contains(text, from: cs, to: ee, Self.columnBar) { continue }
            let (wordCount, lower, hasNumber) = proseCounts(cs, ee)
            guard wordCount >= 8 else { continue }
            // a short line in Title Case that names a court ("The Supreme Court of the State of
            // Colorado") is no prose, nor is the party under a role label ("Respondent: ⏎ The
            // People of the State of Colorado.", Colorado)
            if ce - cs <= 60, ByteScan.contains(text, from: cs, to: ce, Self.courtWord), Self.isTitleCaseLine(text, cs, ce) { continue }
            if let above = (0..<i).last(where: { !noise[$0] && !isBlank($0) }), Self.isRoleLabel(lineText(above)) { continue }
            // the party after a lone "v." ("KAREN BRINSON BELL, in her official capacity as …")
            if let above = (0..<i).last(where: { !noise[$0] && !isBlank($0) }), contentLength(above) <= 12,
               Self.versusLines.contains(lineText(above).fastLowercased()) { continue }
            // …and the party before it ("The People of the State of New York, Respondent," ⏎ "v")
            if let below = ((i + 1)..<min(lines.count, i + 3)).first(where: { !noise[$0] && !isBlank($0) }), contentLength(below) <= 12,
               Self.versusLines.contains(lineText(below).fastLowercased()) { continue }
            // a title line "The Home Insurance Company of New York v. John Kirk, for use of …" is no prose
            if ByteScan.contains(text, from: cs, to: ee, Self.versus), lower * 10 < wordCount * 4, !hasNumber { continue }
            // … nor is a party line with its roles ("DENNIS ADDISON et al., Plaintiffs-Appellants, v.
            // DISTINCTIVE HOMES, LTD., et al., Defendants-Appellees."), "et al." and all
            // (New York writes the "v" without its period: "The People …, Respondent, v Teon
            // Seymore, Appellant.")
            if ByteScan.contains(text, from: cs, to: ee, Self.versus) || ByteScan.contains(text, from: cs, to: ee, Self.commaVersus),
               ce - cs <= 600, HeadMatterKinds.namesRoles(String(decoding: text[cs..<ee], as: UTF8.self)) { continue }
            // counsel listed before the opinion ("Jane Roe, Alexandria, Virginia, for Appellant.
            // Erik S. Siebert, …, for Appellee.", the Fourth Circuit; "Jane Roe for the
            // defendant.", Massachusetts): the paragraph is head matter
            if listsCounsel(paragraphFrom: i) {
                inHeadParagraph = true
                if counselFrom == nil { counselFrom = i }
                continue
            }
            if Self.proceedingsBelow.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ee, $0) }) { inHeadParagraph = true; continue }
            if lower * 4 >= wordCount { return i }
        }
        return 0
    }

}
