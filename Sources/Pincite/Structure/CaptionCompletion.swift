// CaptionCompletion: the caption fields that come from outside the caption block or
// need the whole tree — a federal circuit's full name, an Illinois appellate
// district on a line of its own, the per curiam author, the document's title line
// ("Opinion", "ORDER GRANTING … INJUNCTION") — and the "Filed:" date of a caption column.

extension StructureContext {
    /// Labels of a date in a caption column ("Filed: January 19, 2021").
    static let dateLabels = ["decided and filed:", "filed:", "filed", "decided:", "decided", "date filed:", "opinion filed:", "opinion filed", "date:",
                             "released:", "released"]
    /// The labels with the space after them, as a column starts.
    static let dateLabelsWithSpace = dateLabels.map { $0 + " " }

    /// The ISO date of a labelled caption column: "Filed: January 19, 2021" → "2021-01-19",
    /// "RELEASED 1/14/2025" (Ohio's courts of appeals) → "2025-01-14".
    static func labelledDate(_ column: String) -> String? {
        // (Vermont brackets it: "[Filed 31-Aug-2007]")
        let col = column.utf8.first == 0x5B && column.utf8.last == 0x5D ? String(column.dropFirst().dropLast()) : column
        // the first byte first: most columns are names and roles
        guard let f = col.utf8.first.map({ $0 | 0x20 }), f == 0x66 || f == 0x64 || f == 0x6F || f == 0x72, col.utf8.count <= 60 else { return nil }
        let lower = col.fastLowercased()
        guard let label = dateLabelsWithSpace.first(where: { lower.hasPrefix($0) }) else { return nil }
        let date = String(col.dropFirst(label.count)).trimmedWhitespace()
        return DateText.iso(date) ?? DateText.isoFromSlashes(date)
    }

    /// Fills and tidies the caption once the tree is built.
    mutating func completeCaption(bodyStart: Int) {
        var cap = tree.caption
        // "In the Missouri Court of Appeals" names the Missouri Court of Appeals
        if let c = cap.court {
            for prefix in ["In the ", "IN THE ", "In The "] where c.hasPrefix(prefix) && c.count > prefix.count + 8 {
                cap.court = String(c.dropFirst(prefix.count))
            }
        }
        // a federal court of appeals is named with its circuit: "United States Court of
        // Appeals for the Fifth Circuit" (the circuit is no district of it)
        if let c = cap.court, let d = cap.district {
            let ld = d.fastLowercased()
            if ld.hasPrefix("for the "), ld.hasSuffix("circuit") {
                cap.court = c + " " + d
                cap.district = nil
            }
        }
        // Illinois's appellate districts head the opinion alone: "Third District"
        if cap.district == nil, let d = headDistrict() {
            cap.district = d
            if cap.court == d { cap.court = nil }   // the line was read as the court's name
        }
        // a per curiam opinion is the court's: its author is "Per Curiam"
        if cap.judge == nil, tree.opinions.first?.type == "per_curiam" { cap.judge = "Per Curiam" }
        if cap.documentTitle == nil { cap.documentTitle = titleLine(bodyStart: bodyStart) }
        if cap.judge == nil, let (name, title) = deliveringJudge(from: bodyStart) ?? filingJudge(near: bodyStart) ?? singleJudgeBefore(bodyStart) {
            cap.judge = name
            cap.judgeTitle = title
        }
        if cap.date == nil {
            cap.date = sessionDate(before: bodyStart) ?? filedInSentence(before: bodyStart) ?? closingDate()
                ?? bareDateInHead(before: bodyStart)
        }
        if cap.court == nil { cap.court = tribunalUnderSignature() }
        // (a signature justified across its line: "CHARLES   R. BREYER", "United States District  Judge")
        cap.docket = cap.docket?.singleSpaced()
        cap.judge = cap.judge?.singleSpaced()
        cap.judgeTitle = cap.judgeTitle?.singleSpaced()
        for k in tree.opinions.indices { tree.opinions[k].author = tree.opinions[k].author?.singleSpaced() }
        tree.caption = cap
    }

    /// An agency's decision names its tribunal only under the judge's signature: "M.
    /// HYLAND ⏎ Veterans Law Judge ⏎ Board of Veterans' Appeals". The first short line of
    /// the signature block that names a board, court or commission.
    private func tribunalUnderSignature() -> String? {
        guard let sig = tree.signature else { return nil }
        for i in lines.indices where !isBlank(i) && lines[i].start >= sig.start && lines[i].start < sig.end {
            let (s, e) = contentRange(i)
            guard e - s <= 60, e > s else { continue }
            let l = ByteText(text[s..<e].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            if l.starts("board of") || l.has(" board of ") || HeadMatterKinds.namesCourt(l) || l.has("commission") || l.has("tribunal") {
                return lineText(i).trimmed(" .,")
            }
        }
        return nil
    }

    /// A line of the head that is only an appellate district or department: "Third
    /// District", "Second Judicial Department", "First Appellate District".
    private func headDistrict() -> String? {
        let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth"]
        for h in tree.headMatter where h.kind != "parties" && h.span.end - h.span.start <= 40
            && (ByteScan.contains(text, from: h.span.start, to: h.span.end, Self.district)
                || ByteScan.contains(text, from: h.span.start, to: h.span.end, Self.department)) {
            let t = String(decoding: text[h.span.start..<h.span.end], as: UTF8.self).trimmed(" .\n")
            // Illinois's First District sits in divisions: "First District (4th Division)"
            var core = t
            if core.hasSuffix(" Division)") || core.hasSuffix(" Division.)"), let open = core.lastIndex(of: "(") {
                core = String(core[..<open]).trimmed(" ")
            }
            let words = core.fastLowercased().split(separator: " ").map(String.init)
            guard words.count >= 2, words.count <= 3, ordinals.contains(words[0]),
                  ["district", "department"].contains(words[words.count - 1]),
                  words.count == 2 || ["judicial", "appellate"].contains(words[1]) else { continue }
            return t
        }
        return nil
    }

    /// The document's title on a line of its own just before the opinion: Fastcase's
    /// "Opinion" over the author line, a "MEMORANDUM OPINION" heading.
    private func titleLine(bodyStart: Int) -> String? {
        // a head-matter block that is only a title ("ORDER", "DECISION & ORDER"), the last one
        for h in tree.headMatter.reversed() where h.span.end - h.span.start <= 40 && mayBeTitle(h.span.start, h.span.end) {
            let t = String(decoding: text[h.span.start..<h.span.end], as: UTF8.self).trimmed(" .:\n")
            if isDocumentTitle(t) { return t }
        }
        // else a title line just before the opinion or among its first 20 lines (New York
        // puts "DECISION & ORDER" after the panel and counsel)
        let opinionStart = tree.opinions.first.map { o in lines.firstIndex { $0.start + $0.indent >= o.span.start } ?? bodyStart } ?? bodyStart
        var seen = 0
        let opinionOffset = tree.opinions.first?.span.start ?? 0
        let firstSection = tree.sections.first { $0.span.start > opinionOffset }?.span.start ?? Int.max
        for i in max(0, min(bodyStart, opinionStart) - 3)..<lines.count where !isBlank(i) && !noise[i] {
            if i > opinionStart { seen += 1 }
            if seen > 20 || lines[i].start >= firstSection { break }   // a title comes before the body's headings
            let (s, e) = contentRange(i)
            guard e - s <= 60 else { continue }
            // a title set letter-spaced ("O R D E R", "J U D G M E N T") is read closed up
            let closed = e - s >= 7 && text[s + 1] == 0x20 && text[s + 2] != 0x20 && text[s + 3] == 0x20 ? Self.closedUpLetters(lineText(i)) : nil
            guard closed != nil || (e - s <= 40 && mayBeTitle(s, e)) else { continue }
            let t = closed ?? Self.withoutNoteMark(lineText(i).trimmed(" .:"))
            if isDocumentTitle(t) { return t }
        }
        return nil
    }

    static let deliveredTheOpinion = Array(" delivered the opinion".utf8)
    /// The phrases after an opinion's author ("… delivered the opinion", "… authored the
    /// Opinion"), with their bytes for the scan; the first is "delivered".
    static let authorPhrases: [(text: StaticString, bytes: [UInt8])] = ([" delivered the opinion", " authored the Opinion", " authored the opinion",
                                                                         " delivered the Opinion"] as [StaticString])
        .map { p in (p, Array(UnsafeBufferPointer(start: p.utf8Start, count: p.utf8CodeUnitCount))) }
    static let district = Array("istrict".utf8), department = Array("epartment".utf8)
    /// The key words of a document title as printed, in capitals and in Title Case.
    static let titleKeys = ["ORDER", "Order", "OPINION", "Opinion", "MEMORANDUM", "Memorandum", "JUDGMENT", "Judgment",
                            "DECISION", "Decision"].map { Array($0.utf8) }

    /// `text[s..<e]` holds a title's key word: the byte test before `isDocumentTitle`.
    /// "O R D E R" → "ORDER", "M E M O R A N D U M   O P I N I O N" → "MEMORANDUM OPINION":
    /// single letters one space apart, words two or more apart; nil for any other line.
    static func closedUpLetters(_ s: String) -> String? {
        let b = Array(s.trimmed(" .:").utf8)
        var words: [String] = []
        var word: [UInt8] = []
        var k = 0
        while k < b.count {
            guard TextScan.isLetter(b[k]), b[k] < 0x80 else { return nil }
            word.append(b[k])
            k += 1
            var spaces = 0
            while k < b.count, b[k] == 0x20 { spaces += 1; k += 1 }
            if spaces >= 2 || k == b.count {
                words.append(String(decoding: word, as: UTF8.self))
                word = []
            } else if k < b.count, spaces == 0 {
                return nil   // two letters together: not letter-spaced
            }
        }
        guard !words.isEmpty, words.allSatisfy({ $0.utf8.count >= 2 }), words.joined().utf8.count >= 4 else { return nil }
        return words.joined(separator: " ")
    }

    private func mayBeTitle(_ s: Int, _ e: Int) -> Bool {
        Self.titleKeys.contains { ByteScan.contains(text, from: s, to: e, $0) }
    }

    /// Titles written after a judge's name and a comma ("WAUTERS, J.S.C.", "Smith, J."), the
    /// longest first: "J.S.C." (New Jersey's Superior Court) is not "J." followed by "S.C.".
    static let judgeTitlesAfterName = ["J.S.C.", "P.J.S.C.", "J.A.D.", "P.J.A.D.", "J.T.C.", "J.", "C.J.", "JJ.", "Js.", "P.J.",
                                       "U.S.D.J.", "U.S.M.J.", "U.S.B.J.", "Presiding Justice", "Associate Justice",
                                       "Associate Judge", "Chief Judge", "Senior Judge", "Circuit Judge", "District Judge",
                                       "United States District Judge", "Justice", "Chief Justice", "Board Member", "Appellate Immigration Judge", "Immigration Judge", "Judge",
                                       "Presiding Judge", "United States Magistrate Judge", "Magistrate Judge", "Bankruptcy Judge"]

    /// Titles written before a judge's name.
    static let judgeTitlesBeforeName = ["Presiding Judge ", "Chief Judge ", "Senior Circuit Judge ", "Circuit Judge ", "District Judge ",
                                        "Senior Judge ", "Associate Judge ", "Judge ", "VICE CHIEF JUSTICE ", "CHIEF JUSTICE ", "PRESIDING JUDGE ", "JUDGE ",
                                        "Chief Justice ", "Associate Justice ", "Justice ", "JUSTICE ", "Commissioner "]

    /// The judge who "delivered the opinion" in a sentence near the start of the body:
    /// "Presiding Judge Marshall L. Davidson, III, delivered the opinion of the Appeals
    /// Board …" → ("Marshall L. Davidson, III", "Presiding Judge").
    private func deliveringJudge(from bodyStart: Int) -> (String, String)? {
        // (Arizona's line above the opinion says "authored": "CHIEF JUSTICE TIMMER authored the
        // Opinion of the Court, in which …", in the head matter just before the body)
        for i in max(0, bodyStart - 12)..<min(lines.count, bodyStart + 60) where !isBlank(i) && contentLength(i) <= 400 {
            let (s, e) = contentRange(i)
            // ("delivered" only from the body on, as before)
            guard let n = Self.authorPhrases.firstIndex(where: { ByteScan.contains(text, from: s, to: e, $0.bytes) }),
                  i >= bodyStart || n > 0 else { continue }
            let t = lineText(i)
            guard let r = t.rangeOfBytes(Self.authorPhrases[n].text) else { continue }
            // (California's "Justice Kruger authored the opinion of the Court": one word of name
            // after "authored"; "delivered" in the body wants two)
            if let judge = Self.titledJudge(String(t[..<r.lowerBound]), minimumWords: n > 0 ? 1 : 2, maximumWords: 5) { return judge }
            // the name first: "Oxley, J., delivered the opinion of the court" (Iowa)
            let before = String(t[..<r.lowerBound]).trimmed(" ,")
            if let comma = before.range(of: ", ", options: .backwards), Self.judgeTitlesAfterName.contains(String(before[comma.upperBound...])) {
                let name = String(before[..<comma.lowerBound])
                let words = name.split(separator: " ")
                if !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }) { return (name, String(before[comma.upperBound...])) }
            }
        }
        return nil
    }

    /// "Presiding Judge Marshall L. Davidson, III" → ("Marshall L. Davidson, III", "Presiding
    /// Judge"): a title of `judgeTitlesBeforeName`, then capitalised words, `minimumWords` at
    /// least after a title in Title Case and one after one in capitals ("CHIEF JUSTICE TIMMER").
    static func titledJudge(_ s: String, minimumWords: Int, maximumWords: Int) -> (String, String)? {
        guard let title = judgeTitlesBeforeName.first(where: { s.hasPrefix($0) }) else { return nil }
        let name = String(s.dropFirst(title.count)).trimmed(" ,")
        let words = name.split(separator: " ")
        guard words.count >= (title.uppercased() == title ? 1 : minimumWords), words.count <= maximumWords,
              words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        return (name, title.trimmedWhitespace())
    }

    static let opinionFiledBy = Array("Opinion for the ".utf8)

    /// The judge named by the D.C. and Federal Circuits' line above the opinion: "Opinion for
    /// the Court filed by Chief Judge Edwards." → ("Edwards", "Chief Judge"); "Opinion for the
    /// court filed by Circuit Judge Prost." It stands in the head matter or just after it.
    private func filingJudge(near bodyStart: Int) -> (String, String)? {
        for i in max(0, bodyStart - 15)..<min(lines.count, bodyStart + 30) where !isBlank(i) {
            let (s, e) = contentRange(i)
            guard e - s <= 120, ByteScan.hasPrefix(text, from: s, to: e, Self.opinionFiledBy) else { continue }
            let t = lineText(i)
            guard let r = t.rangeOfBytes(" filed by ") else { continue }
            if let judge = Self.titledJudge(String(t[r.upperBound...]).trimmed(" ."), minimumWords: 1, maximumWords: 4) { return judge }
        }
        return nil
    }

    /// A heading without the footnote mark after it: "Memorandum Opinion 1" → "Memorandum Opinion".
    static func withoutNoteMark(_ t: String) -> String {
        guard let space = t.lastIndex(of: " ") else { return t }
        let mark = t[t.index(after: space)...]
        guard !mark.isEmpty, mark.count <= 2, mark.allSatisfy({ $0.isASCII && $0.isNumber }) else { return t }
        return String(t[..<space])
    }

    /// The one judge of a "Before:" line: "Before: Steven J. Menashi,⏎Circuit Judge." (a
    /// motions order by a single judge); a panel ("…, Circuit Judges.") names no one.
    private func singleJudgeBefore(_ bodyStart: Int) -> (String, String)? {
        for i in 0..<min(bodyStart, lines.count) where !isBlank(i) && !noise[i] {
            let (s, e) = contentRange(i)
            guard e - s <= 120, ByteScan.hasPrefix(text, from: s, to: e, Self.beforeLabel)
                    || ByteScan.hasPrefix(text, from: s, to: e, Self.beforeLabelCaps) else { continue }
            // the label's line and the title's line under it
            var parts = [String(lineText(i).dropFirst(7))]
            if i + 1 < lines.count, !isBlank(i + 1), contentLength(i + 1) <= 60 { parts.append(lineText(i + 1)) }
            let joined = parts.joined(separator: " ").split(separator: " ").joined(separator: " ").trimmed(" .")
            guard let name = Self.nameBeforeComma(joined) else { return nil }
            return (name, String(joined.dropFirst(name.count)).trimmed(" ,"))
        }
        return nil
    }

    static let beforeLabel = Array("Before:".utf8), beforeLabelCaps = Array("BEFORE:".utf8)

    /// The date of the session an order was made at: "… on the 15th day of July, two thousand
    /// twenty-five." → "2025-07-15" (the Second Circuit's "At a Stated Term" preamble).
    private func sessionDate(before bodyStart: Int) -> String? {
        guard bodyStart > 0, bodyStart <= lines.count else { return nil }
        let end = min(lines[bodyStart - 1].end, lines[0].start + 4000)
        guard ByteScan.contains(text, from: 0, to: end, Self.dayOf) else { return nil }
        return Self.dayOfDate(String(decoding: text[0..<end], as: UTF8.self))
    }

    /// The first "16th day of January, 2026" (or "… two thousand twenty-five") in `s`, as
    /// "2026-01-16"; nil when there is none.
    static func dayOfDate(_ s: String) -> String? {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for (k, w) in words.enumerated() where w == "day" && k >= 1 && k + 3 < words.count && words[k + 1] == "of" {
            guard let day = Int(words[k - 1].filter(\.isNumber)), day >= 1, day <= 31,
                  let month = ReferenceTables.shared.months[ReferenceTables.monthKey(words[k + 2].trimmed(","))] else { continue }
            let rest = words[(k + 3)...].prefix(6).joined(separator: " ")
            let yearText = String(rest.prefix { $0 != "." })
            guard let year = Int(yearText.trimmed(" ,").prefix(4)) ?? Self.yearInWords(yearText) else { continue }
            return DateText.isoDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// The date the order closes with when its signature block gave none (or was not found,
    /// OCR'd to noise): among the last lines of text, a dated line ("Date: March 10,
    /// 2026", "Date: 1/21/2026") or a closing formula's date ("SO ORDERED this 16th day of
    /// January, 2026.", "Dated this 9th day of January, 2026.").
    func closingDate() -> String? {
        var seen = 0
        var i = lines.count - 1
        while i >= 0, seen < 15 {
            defer { i -= 1 }
            guard !isBlank(i), !noise[i], layout.footnote(at: lines[i].start + lines[i].indent) == nil else { continue }
            seen += 1
            let (s, e) = contentRange(i)
            guard e - s <= 160 else { continue }
            if let label = Self.signatureDateLabelBytes.first(where: { ByteScan.hasPrefix(text, from: s, to: e, $0) }) {
                let rest = String(decoding: text[(s + label.count)..<e], as: UTF8.self).trimmedWhitespace()
                let first = (rest.rangeOfBytes("   ").map { String(rest[..<$0.lowerBound]) } ?? rest).trimmed(" .")
                if let iso = DateText.iso(first) ?? DateText.isoFromSlashes(first) { return iso }
            } else if ByteScan.contains(text, from: s, to: e, Self.dayOf), let iso = Self.dayOfDate(String(decoding: text[s..<e], as: UTF8.self)) {
                return iso
            }
        }
        return nil
    }

    static let dayOf = Array(" day of ".utf8)

    /// A date standing alone in a column of the head, the last resort: "Pratter, J.      March
    /// 3, 2025" (the Eastern District of Pennsylvania dates its memoranda beside the author).
    /// The date in the sentence of the head that says when the opinion was filed, inside a
    /// paragraph: "Appeal from Shawnee District Court; CHERYL RIOS, judge. Oral argument held
    /// September 9, ⏎ 2025. Opinion filed December 12, 2025. Affirmed." (Kansas)
    private func filedInSentence(before bodyStart: Int) -> String? {
        for i in 0..<min(bodyStart, lines.count, 300) where !isBlank(i) && !noise[i] {
            let (s, e) = contentRange(i)
            guard ByteScan.contains(text, from: s, to: e, Self.opinionFiled),
                  let at = (s..<e).first(where: { ByteScan.hasPrefix(text, from: $0, to: e, Self.opinionFiled) }) else { continue }
            var end = at + Self.opinionFiled.count
            while end < e, text[end] != 0x2E { end += 1 }
            if let iso = DateText.iso(String(decoding: text[(at + Self.opinionFiled.count)..<end], as: UTF8.self).trimmedWhitespace()) { return iso }
        }
        return nil
    }

    static let opinionFiled = Array("Opinion filed ".utf8)

    private func bareDateInHead(before bodyStart: Int) -> String? {
        let notices = noticeLines(before: bodyStart)
        // (the first 300 lines, as for the head matter: a runaway head is no reason to read on)
        for i in 0..<min(bodyStart + 1, lines.count, 300) where !isBlank(i) && !noise[i] && !notices.contains(i) && contentLength(i) <= 120 {
            // (bytes first: a year's four digits, before any column is made a String)
            let (s, e) = contentRange(i)
            var run = 0, year = false
            for k in s..<e { if text[k] >= 0x30 && text[k] <= 0x39 { run += 1; if run == 4 { year = true; break } } else { run = 0 } }
            guard year else { continue }
            for col in columnSpans(i) where col.text.utf8.count <= 20 && Self.mayBeDate(col.text) {
                if let iso = DateText.iso(col.text.trimmed(" .")) { return iso }
            }
        }
        return nil
    }

    /// "two thousand twenty-five" → 2025, "two thousand and five" → 2005; nil otherwise.
    static func yearInWords(_ s: String) -> Int? {
        let ones = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                    "eighteen": 18, "nineteen": 19]
        let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
        let words = s.fastLowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        guard words.count >= 2, words[0] == "two", words[1] == "thousand" else { return nil }
        var year = 2000
        for w in words.dropFirst(2) where w != "and" {
            if let t = tens[w] { year += t } else if let o = ones[w] { year += o } else { break }
        }
        return year
    }
}
