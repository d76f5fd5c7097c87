import Foundation

// BodyStructure: paragraphs, footnote markers, opinions and the signature block
// of extracted text (sections: SectionHeadings.swift; block quotes: BlockQuotes.swift).

extension StructureContext {
    // MARK: - Signature and date

    /// The signature block: from "SO ORDERED" / "/s/" / "Dated:" near the end; it
    /// gives the judge's full name and title, the date and the place.
    static let slashS = Array("/s/".utf8)
    static let signatureOpeners = ["SO ORDERED", "IT IS SO ORDERED", "Dated:", "DATED:", "It is so ordered", "It is so ORDERED"]
        .map { Array($0.utf8) }
    /// The labels of the signature's date line: "Dated: March 3, 2025", and next to a signature
    /// block D.D.C.'s "Date: February 6, 2026" under the judge's name or N.D. Ill.'s
    /// "Date: March 12, 2025     ENTER:" above it.
    static let signatureDateLabels: [StaticString] = ["Dated:", "DATED:", "Date:", "DATE:", "Entered:", "ENTERED:"]
    static let signatureDateLabelBytes = signatureDateLabels.map { Array(UnsafeBufferPointer(start: $0.utf8Start, count: $0.utf8CodeUnitCount)) }

    mutating func findSignature(after bodyStart: Int) {
        // the last 40 lines with content: pleading paper ends with numbered empty lines
        var tail: [Int] = []
        var k = lines.count - 1
        while k >= bodyStart, tail.count < 40 {
            if !isBlank(k) && !noise[k] { tail.append(k) }
            k -= 1
        }
        tail.reverse()
        // a "/s/" before a separate opinion that follows ("MR. JUSTICE DOUGLAS … dissenting.")
        // signs a document an appendix reproduces, not the opinion (a closing formula there, "It
        // is so ordered.", still closes the Court's opinion)
        // (asked only when a "/s/" stands in the tail: opinionStart makes a string of each line)
        let slashLines = tail.filter { i in let (cs, ce) = contentRange(i); return ByteScan.contains(text, from: cs, to: ce, Self.slashS) }
        let lastSeparateOpinion = slashLines.isEmpty ? -1 : tail.last { i in
            i > slashLines[0] && (opinionStart(lineText(i)).map { Self.isSeparateOpinion($0.0) } ?? false)
        } ?? -1
        var start: Int? = nil
        for i in tail {
            // on the bytes: a "line" of web text is a whole paragraph
            let (cs, ce) = contentRange(i)
            if (i > lastSeparateOpinion && slashLines.contains(i))
                || Self.signatureOpeners.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ce, $0) }) {
                if start == nil { start = i }
            }
        }
        let closing = start == nil ? closingSignature(in: tail) : nil
        guard let s = start ?? closing?.first else { return }
        var last = s
        if let c = closing {
            last = c.last
        } else {
            // (up to a separate opinion after the judgment: "It is so ordered." / "JUSTICE
            // MARSHALL, with whom JUSTICE BRENNAN joins, dissenting.")
            for i in s..<lines.count where !isBlank(i) && !noise[i] {
                if i > s, opinionStart(lineText(i)) != nil { break }
                last = i
            }
        }
        tree.signature = Span(contentRange(s).0, contentRange(last).1)
        // a date line right above or below the block is the signature's date ("Date: February 6, 2026")
        var dateLines: [Int] = []
        for (from, step) in [(s - 1, -1), (last + 1, 1)] {
            var i = from, seen = 0
            while i >= bodyStart, i < lines.count, seen < 3 {
                if !isBlank(i) && !noise[i] {
                    seen += 1
                    let (cs, ce) = contentRange(i)
                    if Self.signatureDateLabelBytes.contains(where: { ByteScan.hasPrefix(text, from: cs, to: ce, $0) }) {
                        dateLines.append(i)
                        break
                    }
                }
                i += step
            }
        }
        // judge and title: "Allyne R. Ross" / "United States District Judge"
        for i in Array(s...last) + dateLines where !isBlank(i) {
            let t = lineText(i)
            let lower = t.fastLowercased().trimmed(" .")
            // an Attorney General signs his opinions: "STEVE MARSHALL Attorney General.", "ANDY
            // BESHEAR, ATTORNEY GENERAL." — the name on the line, before the title
            if lower.hasSuffix("attorney general"), tree.caption.judge == nil {
                let trimmed = t.trimmed(" .")
                if let comma = trimmed.firstIndex(of: ",") {
                    tree.caption.judge = String(trimmed[..<comma]).trimmed(" ")
                    tree.caption.judgeTitle = String(trimmed[trimmed.index(after: comma)...]).trimmed(" ,")
                } else if let name = Self.capitalsName(before: trimmed) {
                    tree.caption.judge = name
                    tree.caption.judgeTitle = String(trimmed.dropFirst(name.count)).trimmed(" ,")
                }
                continue
            }
            if lower.hasSuffix("judge") || lower.hasSuffix("justice") {
                // the name before the title on the same line: "HOWELL T. HEFLIN Chief Justice"
                if let name = Self.capitalsName(before: t) ?? Self.nameBeforeComma(t) {
                    tree.caption.judge = name
                    tree.caption.judgeTitle = String(t.dropFirst(name.count)).trimmed(" ,")
                    continue
                }
                var j = i - 1
                while j >= s, isBlank(j) { j -= 1 }
                if j >= s {
                    let name = lineText(j).replacingOccurrences(of: "/s/", with: "").trimmed(" _")
                    if !name.isEmpty, name.first!.isUppercase, name.split(separator: " ").count <= 5 {
                        tree.caption.judge = name
                        tree.caption.judgeTitle = t
                    }
                }
            }
            if let r = Self.signatureDateLabels.lazy.compactMap({ t.rangeOfBytes($0) }).first {
                // (the first column after the label: a signature may stand beside it)
                let rest = String(t[r.upperBound...].trimmedWhitespace().prefix { $0 != "\t" })
                let firstColumn = rest.rangeOfBytes("   ").map { String(rest[..<$0.lowerBound]) } ?? rest
                var j = i + 1
                while j <= last, isBlank(j) { j += 1 }
                let next = j <= last ? lineText(j) : ""
                let nextColumn = next.rangeOfBytes("   ").map { String(next[..<$0.lowerBound]) } ?? next
                if let iso = DateText.iso(firstColumn) {
                    tree.caption.date = iso
                    // the place is on the next line ("Brooklyn, New York")
                    if nextColumn.containsBytes(","), nextColumn.count < 60, nextColumn.first?.isUppercase == true { tree.caption.place = nextColumn }
                } else if let iso = DateText.iso(nextColumn.trimmed(" .")) {
                    // the place first, the date under it ("Dated:   New York, NY ⏎ March 3, 2025", S.D.N.Y.)
                    tree.caption.date = iso
                    if firstColumn.containsBytes(","), firstColumn.count < 60 { tree.caption.place = firstColumn }
                } else if nextColumn.containsBytes(","), nextColumn.count < 60, nextColumn.first?.isUppercase == true {
                    tree.caption.place = nextColumn
                }
            }
        }
    }

    // MARK: - Opinions

    /// Opinion starts: "THOMPSON, Associate Judge:", "BISHOP, J.", "PER CURIAM.",
    /// "ANN WALSH BRADLEY, J. (dissenting)." — each opinion runs to the next start.
    mutating func findOpinions(from start: Int, bodyStart: Int) {
        var starts: [(Int, String, String?)] = []
        for i in start..<lines.count where !noise[i] && !isBlank(i) {
            if contentLength(i) <= 240, mayOpenOpinion(i), let (type, author) = opinionStart(lineTextAfterStarPage(i)) {
                // the first opinion is the majority unless it says otherwise
                starts.append((i, type, author))
            }
        }
        let end = tree.signature?.start ?? text.count
        for (n, s) in starts.enumerated() {
            let from = contentRange(s.0).0
            // (a separate opinion after the judgment's signature, "It is so ordered.", runs to the end)
            let to = n + 1 < starts.count ? lines[starts[n + 1].0].start : (end > from ? end : text.count)
            // an opinion has some length; a judge's name in a closing line is not one. A
            // short one ("Rivera, J.⏎Denied.") counts when its line is the only one and stands
            // before the first prose, where author lines stand and closing lines do not
            // (a line that names a separate opinion, "JUSTICE STEWART, concurring in the result.", may
            // head a short one: a paragraph of a few sentences)
            guard to - from >= 800 || (Self.isSeparateOpinion(s.1) && to - from >= 200) || (starts.count == 1 && s.0 <= bodyStart) else { continue }
            var part = OpinionPart(type: s.1, author: s.2, span: Span(from, max(from, to)))
            if tree.opinions.isEmpty, part.type == "other" { part.type = "majority" }
            tree.opinions.append(part)
        }
    }

    /// Where the text of bytes `s..<e` starts after a star page before its first word ("*33 MR.
    /// CHIEF JUSTICE BURGER …"); `s` when there is none.
    func afterStarPage(_ s: Int, _ e: Int) -> Int {
        guard s < e, text[s] == 0x2A else { return s }
        var k = s
        while k < e, text[k] == 0x2A { k += 1 }
        let digits = k
        while k < e, text[k] >= 0x30, text[k] <= 0x39 { k += 1 }
        return k > digits && k < e && text[k] == 0x20 ? k + 1 : s
    }

    /// Line `i`'s text after a star page before its first word.
    func lineTextAfterStarPage(_ i: Int) -> String {
        let (s, e) = contentRange(i)
        return String(decoding: text[afterStarPage(s, e)..<e], as: UTF8.self)
    }

    /// A justice's name split from the title written before it ("MR. CHIEF JUSTICE BURGER" →
    /// "CHIEF JUSTICE", "BURGER"); nil when no such title opens it.
    static func splitJusticeTitle(_ written: String) -> (title: String, name: String)? {
        var name = Substring(written)
        for prefix in ["MR. ", "Mr. ", "MR ", "Mr "] where name.hasPrefix(prefix) { name = name.dropFirst(prefix.count); break }
        for title in ["VICE CHIEF JUSTICE ", "Vice Chief Justice ", "CHIEF JUSTICE ", "Chief Justice ", "JUSTICE ", "Justice "]
        where name.hasPrefix(title) {
            return (String(title.dropLast()), String(name.dropFirst(title.count)))
        }
        return nil
    }

    /// Byte pre-check: "PER CURIAM" or a comma followed by "J", "C", "P" or "A"/"S"/"D"/"U"/"B"/"M" title words.
    func mayOpenOpinion(_ i: Int) -> Bool {
        var (s, e) = contentRange(i)
        s = afterStarPage(s, e)   // "*33 MR. CHIEF JUSTICE BURGER delivered …"
        guard e - s >= 5 else { return false }
        if text[s] == 0x50 || text[s] == 0x70, text[s + 1] == 0x45 || text[s + 1] == 0x65 { return true }  // PER / Per
        if Self.opinionByLabels.contains(where: { t in e - s > t.count && text[s..<(s + t.count)].elementsEqual(t) }) { return true }
        if Self.authorLineTitle(text, s, e) != nil { return true }  // "JUSTICE TURNER"
        if Self.separateOpinionLabels.contains(where: { t in e - s > t.count && text[s..<(s + t.count)].elementsEqual(t) }) { return true }
        // "JUSTICE SCALIA delivered …", "MR. JUSTICE …", "Chief Justice Roberts …"
        if Self.justiceTitles.contains(where: { t in e - s > t.count && text[s..<(s + t.count)].elementsEqual(t) }) { return true }
        // "NAME, J." / "NAME, Associate Judge:" — a capital after the first ", " within 45 bytes,
        // and a line that ends like a label
        let last = text[e - 1]
        guard last == 0x2E || last == 0x3A || last == 0x29, text[s] >= 0x41, text[s] <= 0x5A else { return false }
        var k = s
        while k + 2 < e, k < s + 45 {
            if text[k] == 0x2C, text[k + 1] == 0x20 { return text[k + 2] >= 0x41 && text[k + 2] <= 0x5A }
            k += 1
        }
        return false
    }

    /// Titles that stand before the author's name on a line of its own in CAP and
    /// Illinois text: "JUSTICE TURNER", "PRESIDING JUSTICE McCULLOUGH".
    static let authorTitles: [[UInt8]] = ["PRESIDING JUSTICE ", "CHIEF JUSTICE ", "JUSTICE ", "CHIEF JUDGE ", "JUDGE "].map { Array($0.utf8) }

    /// The length of the title of an author line "JUSTICE NAME" in bytes `s..<e`: a
    /// title in capitals, then one to four name words with no lower-case letters
    /// (a sentence such as "Judge Bloom entered …" is not one).
    static func authorLineTitle(_ text: [UInt8], _ s: Int, _ e0: Int) -> Int? {
        // (the title first, on bytes: this runs on every line)
        guard e0 - s > 7, text[s] == 0x4A || text[s] == 0x50 || text[s] == 0x43,
              let title = authorTitles.first(where: { t in e0 - s > t.count + 1 && text[s..<(s + t.count)].elementsEqual(t) }) else { return nil }
        // the first column only: Pennsylvania sets the date beside the author,
        // "JUSTICE DOUGHERTY          DECIDED: August 20, 2024"
        var e = min(e0, s + 61)
        if let gap = ByteScan.firstGap(text, from: s, to: e) { e = gap }
        guard e - s <= 60, e - s > title.count + 1 else { return nil }
        var words = 1
        for k in (s + title.count)..<e {
            let b = text[k]
            if b == 0x20 { words += 1; continue }
            let capital = b >= 0x41 && b <= 0x5A
            let mcPrefix = b == 0x63 && text[k - 1] == 0x4D  // the "c" of "McCULLOUGH"
            guard capital || mcPrefix || b == 0x2E || b == 0x27 || b == 0x2D else { return nil }  // . ' -
        }
        return words <= 4 ? title.count : nil
    }

    /// Whether a line opens an opinion; its type and author.
    func opinionStart(_ t: String) -> (String, String?)? {
        // (byte tests first: most candidate lines are "NAME, J." labels)
        let utf8 = Array(t.utf8.prefix(20))
        if Self.justiceTitles.contains(where: { utf8.starts(with: $0) }) || t.containsBytes(" delivered the opinion")
            || t.containsBytes(" announced the judgment"), let justice = Self.justiceOpinionStart(t) { return justice }
        guard t.count <= 90 else { return nil }
        let upper = t.fastUppercased()
        if upper.hasPrefix("PER CURIAM") && t.count <= 14 { return ("per_curiam", nil) }
        // the Board of Immigration Appeals: "CONCURRING OPINION: Blair T. O’Connor, Appellate Immigration Judge"
        for (label, type) in [("CONCURRING OPINION:", "concurrence"), ("DISSENTING OPINION:", "dissent")] where upper.hasPrefix(label) {
            let rest = t.dropFirst(label.count).trimmedWhitespace()
            let name = rest.firstIndex(of: ",").map { String(rest[..<$0]) } ?? String(rest)
            let words = name.split(separator: " ")
            return (type, !words.isEmpty && words.count <= 5 && words.allSatisfy { $0.first?.isUppercase ?? false } ? name : nil)
        }
        // Lexis's label: "Opinion by: Marc W. Brown"
        if upper.hasPrefix("OPINION BY:") {
            let name = String(t.dropFirst(11)).trimmed(" .")
            let words = name.split(separator: " ")
            if !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase ?? false }) { return ("majority", name) }
        }
        let bytes = Array(t.utf8)
        if let n = Self.authorLineTitle(bytes, 0, bytes.count) {
            let end = ByteScan.firstGap(bytes, from: n, to: bytes.count) ?? bytes.count
            return ("other", String(decoding: bytes[n..<end], as: UTF8.self))
        }
        guard var comma = t.firstIndex(of: ",") else { return nil }
        // "WILLIAM H. CRANDALL, JR., Judge.": the suffix belongs to the name
        let afterComma = t[t.index(after: comma)...].trimmedWhitespace()
        for suffix in ["JR.,", "Jr.,", "SR.,", "Sr.,", "II,", "III,"] where afterComma.hasPrefix(suffix) {
            if let next = t[t.index(after: comma)...].firstIndex(of: ",") { comma = next }
            break
        }
        let name = String(t[..<comma])
        let rest = t[t.index(after: comma)...].trimmedWhitespace()
        // the name: capitalised words only
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        // the longest title first: "J.S.C." (New Jersey's Superior Court) is not "J." followed by "S.C."
        guard let title = Self.judgeTitlesAfterName.first(where: { rest.hasPrefix($0) }) else { return nil }
        let tail = rest.dropFirst(title.count).trimmed(" .:")
        let lower = tail.fastLowercased()
        // "Helen Voutsinas, JJ." closes the list of the panel (New York): the opinion follows,
        // but the last judge named is not its author
        if lower.isEmpty { return ("other", title == "JJ." || title == "Js." ? nil : name) }
        // "(dissenting)", ", concurring" open opinions; "concurs." in a signature does not
        if lower.containsBytes("dissenting") { return ("dissent", name) }
        if lower.containsBytes("concurring") { return ("concurrence", name) }
        return nil
    }

    /// The Board of Immigration Appeals' labels of a separate opinion ("CONCURRING OPINION: …").
    static let separateOpinionLabels: [[UInt8]] = ["CONCURRING OPINION:", "DISSENTING OPINION:", "Concurring Opinion:", "Dissenting Opinion:"]
        .map { Array($0.utf8) }

    /// Lexis's label of the opinion's author ("Opinion by: Marc W. Brown").
    static let opinionByLabels: [[UInt8]] = ["Opinion by:", "OPINION BY:"].map { Array($0.utf8) }

    /// The titles a Supreme Court opening line starts with (a byte test before the String one).
    static let justiceTitles: [[UInt8]] = ["JUSTICE ", "Justice ", "MR. JUSTICE ", "Mr. Justice ", "CHIEF JUSTICE ", "Chief Justice ",
                                           "MR. CHIEF JUSTICE ", "Mr. Chief Justice ", "VICE CHIEF JUSTICE ", "Vice Chief Justice "]
        .map { Array($0.utf8) }

    /// The Supreme Court's way of opening an opinion (and the state high courts that
    /// follow it): "JUSTICE SCALIA delivered the opinion of the Court.", "MR. JUSTICE
    /// HOLMES delivered …", "Chief Justice Roberts announced the judgment …", "JUSTICE
    /// STEVENS, with whom JUSTICE SOUTER … join, dissenting.", "SCALIA, J., delivered …".
    /// An opinion type that names a separate opinion: a concurrence or a dissent.
    static func isSeparateOpinion(_ type: String) -> Bool {
        type.containsBytes("concur") || type.containsBytes("dissent")
    }

    static func justiceOpinionStart(_ t: String) -> (String, String?)? {
        guard t.count <= 240 else { return nil }
        var lower = t.fastLowercased()
        // Arizona ends the line with a colon: "CHIEF JUSTICE TIMMER, Opinion of the Court:",
        // "JUSTICE BOLICK, dissenting:"
        if lower.hasSuffix(":") { lower = String(lower.dropLast()) + "." }
        var type: String
        var nameEnd: String.Index
        if let r = lower.rangeOfBytes(" delivered the opinion") ?? lower.rangeOfBytes(" announced the judgment") {
            type = "majority"
            nameEnd = r.lowerBound
        } else if lower.hasSuffix(", opinion of the court."), let comma = t.firstIndex(of: ",") {
            type = "majority"
            nameEnd = comma
        } else if lower.hasSuffix(", dissenting.") || lower.hasSuffix(", concurring.") || lower.hasSuffix(", concurring in the judgment.")
                    || lower.hasSuffix(", concurring in the result.")
                    || lower.hasSuffix(", concurring in part and dissenting in part.") || lower.hasSuffix(", dissenting in part.") {
            type = lower.containsBytes("dissenting") && !lower.hasSuffix("concurring in the judgment.") ? "dissent" : "concurrence"
            if lower.hasSuffix("concurring in part and dissenting in part.") { type = "concurrence" }
            guard let comma = t.firstIndex(of: ",") else { return nil }
            nameEnd = comma
        } else {
            return nil
        }
        var name = String(t[..<nameEnd])
        // "SCALIA, J., delivered": the name before its title
        if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
        var titled = false
        if let split = splitJusticeTitle(name) { (name, titled) = (split.name, true) }
        else { for prefix in ["MR. ", "Mr. ", "MR ", "Mr "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)); break } }
        // a dissent or concurrence line names its author with the title ("JUSTICE STEVENS, …");
        // an opinion delivered may name him with a trailing "J." instead
        guard titled || (type == "majority" && t[..<nameEnd].containsBytes(", ")) else { return nil }
        // the line is the opening line, not prose that wraps: it ends as a label does
        guard let last = t.utf8.last, last == 0x2E || last == 0x3A else { return nil }
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        return (type, name)
    }

    func isOpinionStart(_ i: Int) -> Bool {
        guard !tree.opinions.isEmpty else { return false }
        let start = contentRange(i).0
        return tree.opinions.contains { $0.span.start == start }
    }

    // MARK: - Paragraphs

    /// Paragraphs start at an indented first line or after a blank line (single-spaced
    /// text) and end before the next start, heading, block quote or footnote zone.
    mutating func findParagraphs(from bodyStart: Int) {
        let bodyEnd = signatureEndingBody.map { sig in lines.firstIndex { $0.end > sig.start } ?? lines.count } ?? lines.count
        let margin = bodyMargin(from: bodyStart, to: bodyEnd)
        // (a signature the body runs past, before a separate opinion, is no paragraph)
        let signatureInBody = signatureEndingBody == nil ? tree.signature : nil
        var current: (Int, Int)? = nil
        func close(_ p: inout [Paragraph], _ c: (Int, Int)?) {
            guard let c = c else { return }
            let span = Span(contentRange(c.0).0, contentRange(c.1).1)
            p.append(Paragraph(span: span, page: layout.page(at: span.start), section: nil))
        }
        var paras: [Paragraph] = []
        var blankRun = 0
        var q = 0
        var overNote = false  // a footnote's lines were passed since the paragraph's last line
        for i in bodyStart..<bodyEnd {
            if noise[i] {
                if !overNote, layout.footnote(at: lines[i].start + lines[i].indent) != nil { overNote = true }
                continue
            }
            if isBlank(i) { blankRun += 1; continue }
            defer { overNote = false }
            if let sig = signatureInBody, lines[i].start + lines[i].indent >= sig.start, lines[i].start < sig.end {
                close(&paras, current); current = nil; blankRun = 0; continue
            }
            while q < tree.blockQuotes.count, tree.blockQuotes[q].span.end < lines[i].start { q += 1 }
            let inQuote = q < tree.blockQuotes.count && tree.blockQuotes[q].span.start <= lines[i].end
            if isHeadingLine(i) || inQuote { close(&paras, current); current = nil; blankRun = 0; continue }
            // (a line right below one as deeply indented goes on with it when that one runs on,
            // long and without a sentence's end: the lines of a quotation set in from a
            // paragraph's margin, "        “bodily injury …" ⏎ "        or escape of …")
            let indented = contentIndent(i) > bodyMargin(at: i, else: margin)
                && !(current?.1 == i - 1 && blankRun == 0 && contentIndent(i - 1) == contentIndent(i)
                     && contentLength(i - 1) >= 50 && !endsSentence(i - 1))
            // on pleading paper the numbered lines between text lines are no paragraph breaks
            var startsNew = current == nil || indented || (!layout.doubleSpaced && margin == 0 && blankRun > 0)
                || opensNumberedParagraph(i)
            // a sentence that runs over a page break (past the footnotes and the running
            // header) goes on in the same paragraph
            if startsNew, let c = current, layout.printedPage(at: lines[i].start) != layout.printedPage(at: lines[c.1].start),
               !endsSentence(c.1) {
                startsNew = false
            }
            // …or over the notes at the foot of a page that lost its break ("… Dkt. ⏎⏎1 All
            // citations … brief. ⏎518. Plaintiff-Relator …", GapNotes.swift)
            if startsNew, overNote, !indented, let c = current, !endsSentence(c.1) {
                let first = text[contentRange(i).0]
                if (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) { startsNew = false }  // "of jurisdiction …", "518. Plaintiff …"
            }
            // …and so does one over a star page: a block opening with the page's marker after a
            // sentence left open ("… represent them.\"); cf.⏎⏎*450 Leann Holcomb …", web text)
            if startsNew, blankRun > 0, let c = current, text.withUnsafeBufferPointer({
                layout.continuesOverPageBreak($0, start: lines[i].start + lines[i].indent, previous: Span(lines[c.1].start, lines[c.1].end))
            }) {
                startsNew = false
            }
            if startsNew { close(&paras, current); current = (i, i) } else { current!.1 = i }
            blankRun = 0
        }
        close(&paras, current)
        // prose after the signature is a paragraph too: an agency's notice under its judge's
        // name ("The Board's decision in this case is binding only … 38 C.F.R. § 20.1303.")
        if let sig = signatureEndingBody {
            var block: (Int, Int)? = nil
            func closeTrailing() {
                if let b = block, proseCounts(contentRange(b.0).0, min(contentRange(b.0).1, contentRange(b.0).0 + 300)).words >= 8 {
                    close(&paras, b)
                }
                block = nil
            }
            for i in bodyEnd..<lines.count where lines[i].start >= sig.end && !noise[i] {
                if isBlank(i) || isHeadingLine(i) { closeTrailing(); continue }
                if block == nil { block = (i, i) } else { block!.1 = i }
            }
            closeTrailing()
        }
        for k in paras.indices { paras[k].section = tree.section(at: paras[k].span.start) }
        tree.paragraphs = paras
    }

    /// Line `i` opens with a paragraph's number, "¶" and digits set off from the text by a gap
    /// of two spaces or more ("¶ 27           In Thurman, the trial court …"): Illinois numbers
    /// its paragraphs at the margin, so no indent tells where one begins.
    func opensNumberedParagraph(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard let k = paragraphNumberEnd(from: s, to: e), k + 2 < e else { return false }
        return (text[k] == 0x20 && text[k + 1] == 0x20) || text[k] == 0x09
    }

    /// "¶" and one to three digits at `s` ("¶3", "¶ 27"): the index after the digits, or nil.
    func paragraphNumberEnd(from s: Int, to e: Int) -> Int? {
        guard e - s >= 3, text[s] == 0xC2, text[s + 1] == 0xB6 else { return nil }
        var k = s + 2
        if k < e, text[k] == 0x20 { k += 1 }
        let digits = k
        while k < e, text[k] >= 0x30, text[k] <= 0x39 { k += 1 }
        return k > digits && k - digits <= 3 ? k : nil
    }

    /// Line `i` ends with the end of a sentence (see `PageLayout.endsSentence`).
    func endsSentence(_ i: Int) -> Bool {
        guard lines[i].end > lines[i].start + lines[i].indent else { return false }
        return text.withUnsafeBufferPointer { PageLayout.endsSentence($0, Span(lines[i].start, lines[i].end)) }
    }

    // MARK: - Footnotes

    /// Footnote bodies come from the layout's zones; each marker is searched
    /// backwards from its body on the same page: a label glued to a word or
    /// closing punctuation ("Order”),1", "Environment4]"), a label standing after a
    /// sentence (". 3 "), or a label glued to a number that the footnote explains
    /// ("paragraph 72" where the footnote begins "Paragraph 7 …").
    mutating func findFootnotes() {
        bracketMarks = bracketedMarks()
        let pageStarts = layout.pages.map(\.span.start)
        // the bytes all marker searches together may look at: a note whose mark is missing
        // searches back to its page's start (or the text's, without pages), and tens of
        // thousands of such notes made the search quadratic. Real opinions use a small part
        // of this; past it, the remaining notes keep their bodies without marks.
        var scanBudget = 16 * text.count + (4 << 20)
        // "[n]" notes collected after the opinion whose labels start again with each opinion
        // ("[1]" … "[4]", then the dissent's "[1]" … "[3]"): as many notes as marks of a label,
        // so the marks are taken in order, each the first after the previous note's mark
        var bracketedNotes: [String: Int] = [:]
        for (k, z) in layout.footnotes.enumerated() where !layout.continuations.contains(k) {
            if z.span.start < text.count, text[z.span.start] == 0x5B { bracketedNotes[z.label, default: 0] += 1 }
        }
        var restarts: [String: Bool] = [:]   // (once per label: a count per note was quadratic)
        func labelRestarts(_ label: String) -> Bool {
            if let known = restarts[label] { return known }
            guard let notes = bracketedNotes[label], notes > 1, let marks = bracketMarks[label] else { return false }
            let answer = marks.count(where: { layout.footnote(at: $0) == nil }) == notes
            restarts[label] = answer
            return answer
        }
        for (k, z) in layout.footnotes.enumerated() {
            if layout.continuations.contains(k), !tree.footnotes.isEmpty {
                tree.footnotes[tree.footnotes.count - 1].continuations.append(z.span)
                continue
            }
            var fn = Footnote(label: z.label, span: z.span, markerSpan: nil, page: layout.page(at: z.span.start), markerPage: nil)
            // the body text after the label
            let end = min(z.span.end, text.count)
            var bodyStart = min(z.span.start + z.label.utf8.count, end)
            while bodyStart < end, text[bodyStart] == 0x20 { bodyStart += 1 }
            fn.span = Span(z.span.start, z.span.end)
            // the marker stands on the same page; web text has no pages, so search from the
            // previous footnote zone (the marks of one block precede its footnotes)
            // notes labelled "[1]" are collected after the opinion: their marks stand on any
            // earlier page, after the previous note's mark
            // so are the notes of star-paged web text ("Notes:" then "1 All citations …"): their
            // marks come in order, the first after the previous note's
            let bracketed = z.span.start < text.count && text[z.span.start] == 0x5B
            let collected = bracketed || (!layout.hasPrintedPages && z.span.start > text.count / 2)
            let pageStart = collected ? (tree.footnotes.last?.markerSpan?.end ?? 0)
                : Pincite.lastIndex(in: pageStarts, atOrBefore: z.span.start).map { pageStarts[$0] } ?? 0
            let bodyWords = String(decoding: text[bodyStart..<min(end, bodyStart + 80)], as: UTF8.self).fastLowercased()
            if let m = findMarker(label: Array(z.label.utf8), from: pageStart, to: z.span.start, footnoteOpening: bodyWords,
                                  bracketed: bracketed || !collected,
                                  firstAfterStart: collected && (!bracketed || labelRestarts(z.label)),
                                  budget: &scanBudget) {
                fn.markerSpan = m
                fn.markerPage = layout.page(at: m.start)
            }
            tree.footnotes.append(fn)
        }
    }

    /// The mark at `k` ends a short line of Title Case words ("Memorandum Opinion 1") whose
    /// last word does not number things ("Count 1", "Part 2", "Exhibit 3").
    func isHeadingMark(at k: Int) -> Bool {
        var s = k - 1
        while s > 0, text[s - 1] != 0x0A { s -= 1 }
        let e = k - 1
        guard e - s <= 60, e > s else { return false }
        var ws = e
        while ws > s, text[ws - 1] != 0x20 { ws -= 1 }
        let last = String(decoding: text[ws..<e], as: UTF8.self).fastLowercased()
        if Self.numberingWords.contains(last) { return false }
        return Self.isTitleCaseLine(text, s, e)
    }

    static let numberingWords: Set<String> = ["no", "count", "counts", "part", "parts", "page", "exhibit", "section", "chapter",
                                              "volume", "vol", "claim", "issue", "point", "ground", "article", "step", "phase",
                                              "tier", "prong", "factor", "title", "division", "district", "rule", "schedule", "appendix"]

    /// Positions of "[n]" marks (not at a line start, where they open footnote bodies), by label.
    func bracketedMarks() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        let n = text.count
        text.withUnsafeBufferPointer { buf in
            guard let p = buf.baseAddress else { return }
            // "[" found eight bytes at a time
            var i = ByteScan.firstIndex(of: 0x5B, in: p, from: 0, to: n)
            while i + 2 < n {
                if i == 0 || p[i - 1] != 0x0A {
                    var e = i + 1
                    while e < n, e - i <= 4, p[e] >= 0x30, p[e] <= 0x39 { e += 1 }
                    // (or the star of a star note, "[*]", "[**]")
                    if e == i + 1 { while e < n, e - i <= 3, p[e] == 0x2A { e += 1 } }
                    if e > i + 1, e < n, p[e] == 0x5D {
                        out[String(decoding: buf[(i + 1)..<e], as: UTF8.self), default: []].append(i)
                    }
                }
                i = ByteScan.firstIndex(of: 0x5B, in: p, from: i + 1, to: n)
            }
        }
        return out
    }

    /// The mark of a footnote labelled `label` between `a0` and `b0`: a "[n]" mark when
    /// `bracketed` allows it, else the label after a sentence or glued to a word; the last
    /// one before `b0`, or with `firstAfterStart` the first one after `a0` (notes collected
    /// after the opinion, whose marks come in order).
    func findMarker(label: [UInt8], from a0: Int, to b0: Int, footnoteOpening: String,
                    bracketed: Bool = true, firstAfterStart: Bool = false, budget: inout Int) -> Span? {
        // spans may come from markup hints: clamp them, and an empty label has no marker
        guard !label.isEmpty, !text.isEmpty else { return nil }
        let b = min(max(0, b0), text.count)
        let a = min(max(0, a0), b)
        // web text marks footnotes "[1]": the last such mark before the body (from the
        // index of all bracketed marks, so that no footnote rescans the text)
        if bracketed, let marks = bracketMarks[String(decoding: label, as: UTF8.self)] {
            var lo = 0, hi = marks.count - 1, best: Int? = nil
            while lo <= hi {
                let mid = (lo + hi) / 2
                if marks[mid] < b { best = mid; lo = mid + 1 } else { hi = mid - 1 }
            }
            if firstAfterStart {
                // (the first mark at or after `a` by binary search, then forward)
                var lo = 0, hi = marks.count
                while lo < hi { let mid = (lo + hi) / 2; if marks[mid] < a { lo = mid + 1 } else { hi = mid } }
                for m in marks[lo...] {
                    if m >= b { break }
                    if layout.footnote(at: m) == nil { return Span(m, m + label.count + 2) }
                }
                return nil
            }
            var k = best ?? -1
            while k >= 0, marks[k] >= a {
                if layout.footnote(at: marks[k]) == nil { return Span(marks[k], marks[k] + label.count + 2) }
                k -= 1
            }
        }
        func matches(_ pattern: [UInt8], at k: Int) -> Bool {
            guard k >= 0, k + pattern.count <= text.count else { return false }
            for (n, x) in pattern.enumerated() where text[k + n] != x { return false }
            return true
        }
        let n = label.count
        let starLabel = label[0] == 0x2A
        func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        func isLetter(_ x: UInt8) -> Bool { (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A }
        // a reporter's series after the digit: "L.Ed.2d", "F.3d", "F.4th" (but "(G)3of" and
        // "proof5that" are marks in text that lost its spaces)
        func isSeries(_ e: Int) -> Bool {
            func letter(_ i: Int) -> UInt8? { i < text.count && isLetter(text[i]) ? text[i] | 0x20 : nil }
            if letter(e) == 0x64, letter(e + 1) == nil { return true }   // "d"
            guard let x = letter(e), let y = letter(e + 1), letter(e + 2) == nil else { return false }
            return [(0x74, 0x68), (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64)].contains { $0.0 == x && $0.1 == y }
        }
        func isMark(_ k: Int) -> Bool {
            guard k > a, k < text.count, text[k] == label[0], matches(label, at: k) else { return false }
            let before = text[k - 1]
            let after: UInt8 = k + n < text.count ? text[k + n] : 0x20
            guard !isDigit(after), !isSeries(k + n) else { return false }
            // skip footnote zones of earlier footnotes on the page
            if layout.footnote(at: k) != nil { return false }
            // glued to a word or closing punctuation: "Environment4", "”),1"
            if isLetter(before) || before == 0x2C || before == 0x2E || before == 0x29 || before == 0x9D || before == 0x99 || before == 0x3B || before == 0x3A {
                // (not a digit of "P2" or of a decimal "230.2" / "1,2")
                return !(k >= 2 && isDigit(text[k - 2]) && (isLetter(before) || before == 0x2E || before == 0x2C))
            }
            // a web export's spaced mark: "… of this section, [ 2 ] the United States …"
            if before == 0x20, k >= 2, text[k - 2] == 0x5B, after == 0x20, k + n + 1 < text.count, text[k + n + 1] == 0x5D { return true }
            // after a sentence or a clause: ". 3 " (or ".) 3 ", '." 3 ', "1915(g); 1 and") followed by a space or line end
            if before == 0x20, k >= 2, after == 0x20 || after == 0x0A {
                if text[k - 2] == 0x2E || text[k - 2] == 0x9D || text[k - 2] == 0x3B { return true }
                if firstAfterStart, k >= 3, text[k - 2] == 0x29 || text[k - 2] == 0x22, text[k - 3] == 0x2E { return true }
            }
            // at the end of a short heading line, after a word: "Memorandum Opinion 1" (PDF
            // text sets the superscript apart); not a number the word introduces ("Count 1")
            if before == 0x20, after == 0x0A, k >= 2, isLetter(text[k - 2]), isHeadingMark(at: k) { return true }
            // a star after a date or number ("Submitted April 28, 2026*"; a star page's star
            // comes before its digits)
            if starLabel, isDigit(before) { return true }
            // glued to a number the footnote explains: "paragraph 72" → "Paragraph 7 …"
            if isDigit(before) {
                var s = k - 1
                while s > a, isDigit(text[s - 1]) { s -= 1 }
                var w = s - 1
                while w > a, text[w] == 0x20 { w -= 1 }
                var ws = w
                while ws > a, isLetter(text[ws - 1]) { ws -= 1 }
                guard w >= a, ws <= w, s <= k else { return false }
                let phrase = (String(decoding: text[ws...w], as: UTF8.self) + " " + String(decoding: text[s..<k], as: UTF8.self)).fastLowercased()
                return footnoteOpening.hasPrefix(phrase)
            }
            return false
        }
        if firstAfterStart {
            // within 256 KB of the previous note's mark: a note whose mark is not found must
            // not send every later note over the whole text again
            var k = a + 1
            while k <= min(b - n, a + 262_144), budget > 0 { if isMark(k) { return Span(k, k + n) }; k += 1; budget -= 1 }
            return nil
        }
        var k = b - n
        while k > a, budget > 0 { if isMark(k) { return Span(k, k + n) }; k -= 1; budget -= 1 }
        return nil
    }
}

/// Reading dates written out in text.
enum DateText {
    /// "1/14/2025" → "2025-01-14": a month, a day and a four-digit year, nothing else; with
    /// `twoDigitYears` also an ECF stamp's "02/07/18" → "2018-02-07".
    static func isoFromSlashes(_ s: String, twoDigitYears: Bool = false) -> String? {
        let p = s.split(separator: "/")
        guard p.count == 3, p[2].count == 4 || (twoDigitYears && p[2].count == 2), let m = Int(p[0]), let d = Int(p[1]),
              var y = Int(p[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        if y < 100 { y += 2000 }
        return isoDate(year: y, month: m, day: d)
    }

    /// "February 7, 2018" → "2018-02-07".
    static func iso(_ s: String) -> String? {
        // (split on bytes: Foundation's replacingOccurrences and a Character split cost
        // ~40,000 instructions a date line)
        var parts = s.utf8.split { $0 == 0x2C || $0 == 0x20 }.map { String(decoding: $0, as: UTF8.self) }
        // "31-Aug-2007" (Vermont's filing stamp): day, month, year
        if parts.count == 1 {
            let dashed = parts[0].split(separator: "-").map(String.init)
            if dashed.count == 3, dashed[0].count <= 2, Int(dashed[0]) != nil { parts = [dashed[1], dashed[0], dashed[2]] }
        }
        // a clerk's stamp that spaced the day's digits: "MAR 0 3 2025" (Louisiana)
        if parts.count >= 4, parts[1].count == 1, parts[2].count == 1, Int(parts[1]) != nil, Int(parts[2]) != nil, parts[3].count == 4 {
            parts = [parts[0], parts[1] + parts[2]] + parts[3...]
        }
        guard parts.count >= 3, let m = ReferenceTables.shared.months[ReferenceTables.monthKey(parts[0])],
              let d = Int(parts[1]), let y = Int(parts[2].prefix(4)), (1...31).contains(d), (1600...2200).contains(y) else { return nil }
        return isoDate(year: y, month: m, day: d)
    }

    /// "2019-09-13" (`String(format:)` goes through Foundation's formatter).
    static func isoDate(year y: Int, month m: Int, day d: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }
}
