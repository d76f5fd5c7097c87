import Foundation

// CaptionParser: the fields of the caption block — court, district, parties and
// their roles, docket, document title, publication status — and, from the
// signature block and ECF stamp, the judge, date, place and filing data.
//
// Captions come in one column (party lines, then "Plaintiff,", "-against-", …)
// and in two columns divided by ")" or a wide gap (parties left, docket and
// title right); both are read by splitting each line into its columns first.

extension StructureContext {
    /// The columns of caption line `i`: split at ")" dividers (a ")" that closes
    /// no "(" of its column) or at gaps of 3+ spaces (2 before "Case No"). Walked on bytes: a column
    /// is always one contiguous stretch of the line, so only its bounds are kept.
    /// Each comes with the byte offset, from the line's start, where its text begins
    /// (a column continued on the next lines starts there too).
    func columnSpans(_ i: Int) -> [(text: String, offset: Int)] {
        let (s, e) = contentRange(i)
        var parts: [(text: String, offset: Int)] = []
        var start = s                 // where the current column begins
        var opens = 0, closes = 0     // its "(" and ")"
        var spaces = 0
        func emit(_ end: Int) {
            var first = start
            while first < end, text[first] == 0x20 || text[first] == 0x09 { first += 1 }
            // a PDF's leader dots set as a run of "l" ("lllllllllllPlaintiff - Appellee", the
            // Eighth Circuit's caption): no word has five in a row
            var leader = first
            while leader < end, text[leader] == 0x6C { leader += 1 }
            if leader - first >= 5 { first = leader; start = leader }
            let col = String(decoding: text[start..<end], as: UTF8.self).trimmedWhitespace()
            if !col.isEmpty { parts.append((col, first - lines[i].start)) }
        }
        var k = s
        while k < e {
            let b = text[k]
            if b == 0x29 && opens <= closes {          // ")" as a divider
                emit(k); start = k + 1; opens = 0; closes = 0; spaces = 0
            } else if b == 0x20 {
                spaces += 1
                // (two spaces before a docket label divide too: "ENRIQUEZ, 1233478,  Case No.  25-cv-…")
                if spaces >= 3 || (spaces == 2 && k + 8 < e && text[k + 1] == 0x43 && ByteScan.hasPrefix(text, from: k + 1, to: e, Self.caseNumberLabel)) {
                    emit(k); start = k + 1; opens = 0; closes = 0
                }
            } else {
                spaces = 0
                if b == 0x28 { opens += 1 } else if b == 0x29 { closes += 1 }
            }
            k += 1
        }
        emit(e)
        return parts
    }

    private static let caseNumberLabel = Array("Case No".utf8)

    mutating func parseCaption(before bodyStart: Int) {
        var cap = Caption()
        let notices = noticeLines(before: bodyStart)
        // (the caption stands above the counsel listed before the opinion)
        let captionEnd = max(min(captionFrom, bodyStart), min(bodyStart, counselFrom ?? bodyStart))
        let capLines = (min(captionFrom, bodyStart)..<captionEnd).filter { !isBlank($0) && !noise[$0] && !notices.contains($0) }
        // the span is the whole head, a Supreme Court syllabus included (CAP counts it as head
        // matter); the fields are read from the opinion's own caption
        let headLines = (0..<bodyStart).filter { !isBlank($0) && !noise[$0] }
        if let first = headLines.first, let last = headLines.last {
            let (s, _) = contentRange(first)
            let (_, e) = contentRange(last)
            cap.span = Span(s, e)
        }
        var left: [(Int, String)] = []   // (line, first column)
        var allCols: [String] = []
        var lineColumns: [[(text: String, offset: Int)]] = []   // per caption line, for the right-column title
        // a caption set centred, "v." in the middle of the page (the Third Circuit), has its
        // names there too: a line of one column is a name wherever it stands
        // (near the "v." line's centre: a clerk's stamp far right is no name)
        let centre = capLines.first { i in
            contentIndent(i) >= 30 && contentLength(i) <= 8 && Self.versusLines.contains(lineText(i).trimmed(" ,").fastLowercased())
        }.map { contentIndent($0) + contentLength($0) / 2 }
        for i in capLines {
            let spans = columnSpans(i)
            lineColumns.append(spans)
            let cols = spans.map(\.text)
            // party names stand at the left; far-right fragments are clerk stamps and the
            // like — but a role ("Plaintiff—Appellant,") or "versus" may be indented anywhere
            if let f = cols.first {
                let w = f.fastLowercased().trimmed(" ,.;:")
                let roleOrVersus = ["versus", "v.", "v", "vs.", "-against-"].contains(w) || w.hasPrefix("plaintiff")
                    || w.hasPrefix("defendant") || w.hasPrefix("appellant") || w.hasPrefix("appellee") || w.hasPrefix("respondent")
                    || w.hasPrefix("petitioner")
                let nearCentre = centre.map { cols.count == 1 && abs(contentIndent(i) + contentLength(i) / 2 - $0) <= 15 } ?? false
                // the whole title on one line, spaced: "COMMONWEALTH   vs.   JOHN DOE." (Massachusetts)
                if cols.count == 3, Self.versusLines.contains(cols[1].fastLowercased()) {
                    if cap.plaintiffs.isEmpty {
                        cap.plaintiffs = [cols[0].trimmed(" ,.")]
                        cap.defendants = [cols[2].trimmed(" ,").hasSuffix(".") ? String(cols[2].trimmed(" ,").dropLast()) : cols[2].trimmed(" ,")]
                    }
                } else if contentIndent(i) < 30 || roleOrVersus || nearCentre {
                    left.append((i, f))
                }
            }
            allCols.append(contentsOf: cols)
        }
        // court and district
        let stamp = Self.stampColumns(lineColumns)
        var courtColumns: Set<String> = []   // the columns they were read from
        for (n, col) in allCols.enumerated() where cap.court == nil && !stamp.contains(n) {
            // (a court's name starts with a capital: "delivered the opinion of the court:" names none)
            guard let f = col.utf8.first, !(f >= 0x61 && f <= 0x7A) else { continue }
            let u = col.fastUppercased()
            if u.containsBytes("COURT") && HeadMatterKinds.namesCourt(ByteText(Array(col.fastLowercased().utf8)))
                && !u.hasPrefix("APPEAL FROM") && !Self.isClerkStamp(col) && col.count < 90 {
                cap.court = col
                courtColumns.insert(col)
                // (the clerk's stamp in the right column may stand between the court's lines:
                // "UNITED STATES COURT OF APPEALS   DEC 30 2020" / "MOLLY C. DWYER, CLERK" /
                // "FOR THE NINTH CIRCUIT", the Ninth Circuit's memoranda)
                let courtAt = n
                var n = n
                while n + 1 < allCols.count, n < courtAt + 5, Self.isClerkStamp(allCols[n + 1]) || stamp.contains(n + 1) { n += 1 }
                if n + 1 < allCols.count {
                    let next = allCols[n + 1].fastUppercased()
                    if next.containsBytes("DISTRICT") || next.containsBytes("CIRCUIT") || next.containsBytes("DIVISION") || next.hasPrefix("FOR THE") {
                        cap.district = allCols[n + 1]
                        courtColumns.insert(allCols[n + 1])
                        // "FOR THE" on a line of its own, "SECOND CIRCUIT" on the next
                        var after = n + 2
                        if ["FOR THE", "OF THE", "FOR", "IN THE"].contains(next.trimmedWhitespace()), n + 2 < allCols.count {
                            cap.district = allCols[n + 1] + " " + allCols[n + 2]
                            courtColumns.insert(allCols[n + 2])
                            after = n + 3
                        }
                        // Missouri's "Eastern District" over "DIVISION THREE"
                        if after < allCols.count, !next.containsBytes("DIVISION"), allCols[after].fastUppercased().hasPrefix("DIVISION") {
                            cap.district = (cap.district ?? "") + ", " + allCols[after]
                            courtColumns.insert(allCols[after])
                        }
                    }
                }
            }
        }
        // no court: an agency's tribunal in capitals ("WORKERS’ COMPENSATION APPEALS BOARD");
        // three words at least, so that a stamp's broken "APPEALS BOARD" is not taken
        if cap.court == nil, let t = allCols.first(where: Self.isTribunalName) {
            cap.court = t
            courtColumns.insert(t)
        }
        // parties: names before the plaintiff role, names between "v." and the defendant role
        let roleP = ["plaintiff", "plaintiffs", "appellant", "appellants", "petitioner", "petitioners", "claimant", "movant", "employee"]
        let roleD = ["defendant", "defendants", "appellee", "appellees", "respondent", "respondents", "employer"]
        func role(_ s: String) -> Int {
            let first = StructureContext.firstRoleWord(s)
            if roleP.contains(first) { return 1 }
            if roleD.contains(first) { return 2 }
            return 0
        }
        var pending: [String] = []
        var sawVersus = false
        var pendingClosed = false   // after "v.", a caption line that is no name ends the names
        var nextCaseHasPlaintiff = false   // a consolidated case's plaintiff was read, its defendant not yet
        // a title on one line, "ABIGAIL NOEL FISHER, PETITIONER v. UNIVERSITY", is read as
        // its three parts: the plaintiff with the role, "v.", the defendant's first words
        var parts: [String] = []
        for (_, col) in left {
            // (only a short line whose defendant goes on below: a whole title on one line,
            // "D.L.M. and D.E.M., Petitioners/Respondents, v. T.J.S., Respondent/Appellant.", is read whole)
            if !courtColumns.contains(col), col.utf8.count <= 80, !col.utf8.contains(0x28), let r = col.rangeOfBytes(" v. "),
               HeadMatterKinds.namesRoles(String(col[..<r.lowerBound])), !HeadMatterKinds.namesRoles(String(col[r.lowerBound...])) {
                parts += [String(col[..<r.lowerBound]), "v.", String(col[r.upperBound...])]
            } else {
                parts.append(col)
            }
        }
        // with one "v" line between the names, the side of the line decides whose role a
        // role word gives ("The People …, ⏎ Respondent, ⏎ v ⏎ Teon Seymore, Appellant.": the
        // respondent named first is the plaintiff)
        let versusAt = parts.indices.filter { parts[$0].utf8.count <= 16 && Self.versusLines.contains(parts[$0].trimmed(" ,").fastLowercased()) }
        let singleVersus = versusAt.count == 1 ? versusAt[0] : nil
        func sideRole(_ s: String, at idx: Int) -> Int {
            let r = role(s)
            guard r != 0, let v = singleVersus else { return r }
            return idx < v ? 1 : 2
        }
        for (idx, col0) in parts.enumerated() {
            if courtColumns.contains(col0) {
                if sawVersus, !pending.isEmpty { pendingClosed = true } else { pending = [] }
                continue
            }
            var col = col0
            while let l = col.last, l == "," || l == "." || l == ";" { col.removeLast() }
            // "Bernard WEST, Appellant." — name and role on one line
            if let comma = col.utf8.lastIndex(of: 0x2C), role(String(col[col.index(after: comma)...])) != 0 {
                let r = sideRole(String(col[col.index(after: comma)...]), at: idx)
                pending.append(String(col[..<comma]))
                if r == 1, cap.plaintiffs.isEmpty { cap.plaintiffs = partyNames(pending, &cap); pending = []; continue }
                if r == 2, cap.defendants.isEmpty { cap.defendants = partyNames(pending, &cap); pending = []; continue }
                if addConsolidatedParty(r, &pending, &cap, &nextCaseHasPlaintiff) { continue }
                col = ""
                continue
            }
            let lower = col.fastLowercased()
            if Self.versusLines.contains(lower) {
                if !pending.isEmpty, cap.plaintiffs.isEmpty { cap.plaintiffs = partyNames(pending, &cap) }
                // a second "v." begins a consolidated case: the first one's defendants are complete
                if sawVersus, cap.defendants.isEmpty, !pending.isEmpty, !pendingClosed {
                    cap.defendants = partyNames(pending, &cap)
                    pendingClosed = true
                }
                if !pendingClosed { pending = [] }
                sawVersus = true
                continue
            }
            let r = sideRole(col, at: idx)
            if r == 1 {
                if cap.plaintiffs.isEmpty { cap.plaintiffs = partyNames(pending, &cap) } else { _ = addConsolidatedParty(r, &pending, &cap, &nextCaseHasPlaintiff) }
                pending = []
                continue
            }
            if r == 2 {
                if cap.defendants.isEmpty { cap.defendants = partyNames(pending, &cap) } else { _ = addConsolidatedParty(r, &pending, &cap, &nextCaseHasPlaintiff) }
                pending = []
                continue
            }
            if isCaptionChrome(col) { if !sawVersus { pending = [] } else if !pending.isEmpty { pendingClosed = true }; continue }
            if pendingClosed { continue }
            // (a name's own final period stays: "ACME CO., INC.", "JOHN DOE, JR.", "A.V.")
            if col0.utf8.count > col.utf8.count, case let whole = col0.trimmed(" ,;"), whole.utf8.last == 0x2E, Self.endsWithAbbreviation(whole) {
                pending.append(whole)
            } else {
                pending.append(col)
            }
            if pending.count > 6 { pending.removeFirst() }
        }
        // Georgia's number and title on one line: "S24A1234. DOE v. THE STATE."
        if cap.plaintiffs.isEmpty, let (number, p, d) = allCols.lazy.compactMap(Self.numberedTitle).first {
            cap.plaintiffs = [p]
            cap.defendants = [d]
            if cap.docket == nil { cap.docket = number }
        }
        // "Ruben Diaz ⏎ v. ⏎ Create and Construct, LLC" with no role lines
        if sawVersus, cap.defendants.isEmpty, !cap.plaintiffs.isEmpty, !pending.isEmpty, pending.count <= 3 {
            cap.defendants = partyNames(pending, &cap)
        }
        // defendants without plaintiffs means the role lines were not understood: say nothing
        if cap.plaintiffs.isEmpty { cap.defendants = [] }
        // docket: a label alone in its column, the number in the next ("No.   19-56789"), first;
        // a lower court's number ("D.C. No." over "2:18-cv-01234-ABC") is not the case's
        // (the number may come a column or two later: "Civil Action No." beside "v.", the number
        // under the label on the next line, D. Mass.)
        for (n, col) in allCols.enumerated() where cap.docket == nil && n + 1 < allCols.count && Self.docketLabels.contains(col.hasSuffix(":") ? String(col.dropLast()) : col) {
            for next in allCols[(n + 1)..<min(n + 3, allCols.count)] where cap.docket == nil { cap.docket = docketIn(col + " " + next) }
        }
        var lowerCourtDocket: Set<Int> = []
        for (n, col) in allCols.enumerated() where n + 1 < allCols.count && (col == "D.C. No." || col == "D.C. Nos.") { lowerCourtDocket.insert(n + 1) }
        // the court below's number, in the lines of its "Appeal from …" ("Appeal from the United
        // States Court of Federal Claims in ⏎ No. 1:22-cv-01234-EGB, Senior Judge …")
        for (n, col) in allCols.enumerated() where Self.opensLowerCourt(col) {
            for k in (n + 1)..<min(allCols.count, n + 6) { lowerCourtDocket.insert(k) }
        }
        for (n, col) in allCols.enumerated() where cap.docket == nil && !lowerCourtDocket.contains(n) { cap.docket = docketIn(col) }
        // …or a bare case number on a line of its own below the parties: California's "S271234"
        // (its lower courts' numbers follow under their names), Wisconsin's "2016AP2214"
        if cap.docket == nil, !cap.defendants.isEmpty, let bare = allCols.first(where: Self.isBareCaseNumber) { cap.docket = bare }
        // the filing date in the caption's right column: "Filed: January 19, 2021"
        for col in allCols where cap.date == nil { cap.date = Self.labelledDate(col) }
        // …or the label alone and its date in one of the next three columns: labels aligned with
        // spaces ("Submitted: January 8, 2021" / "Decided:   March 2, 2021", Delaware), a clerk's
        // "FILED" stamp with its date a line below, the court's name between them ("FILED" /
        // "UNITED STATES COURT OF APPEALS   SEP 11 2025", the Ninth Circuit)
        for (n, col) in allCols.enumerated() where cap.date == nil && col.utf8.count <= 13 && Self.dateLabels.contains(col.fastLowercased()) {
            for next in allCols[(n + 1)...].prefix(3) where cap.date == nil && Self.mayBeDate(next) && next.utf8.count <= 40 {
                cap.date = DateText.iso(next)
            }
        }
        // …or Massachusetts's argument and decision: "Suffolk.   November 4, 2024. - March 7, 2025."
        for col in allCols where cap.date == nil && col.utf8.count <= 60 {
            guard let r = col.rangeOfBytes(". - ") else { continue }
            if DateText.iso(String(col[..<r.lowerBound])) != nil { cap.date = DateText.iso(String(col[r.upperBound...]).trimmed(" .")) }
        }
        // …or the date in a filing stamp set beside the court's name (the Tenth Circuit)
        for n in stamp.sorted() where cap.date == nil && Self.mayBeDate(allCols[n]) && allCols[n].utf8.count <= 20 {
            cap.date = DateText.iso(allCols[n])
        }
        // document title and publication status (consecutive caps lines are joined)
        var statusParts: [String] = []
        for col in allCols {
            let u = col.fastUppercased()
            guard u == col, col.count >= 5 else { if !statusParts.isEmpty, cap.publicationStatus == nil { cap.publicationStatus = Self.statusText(statusParts) }; continue }
            // (the circuits' flags: "NOT PRECEDENTIAL", "NONPRECEDENTIAL DISPOSITION", "UNPUBLISHED", "[DO NOT PUBLISH]")
            if u.containsBytes("PUBLICATION") || u.hasPrefix("NOT FOR") || u.containsBytes("PRECEDENTIAL") || u.containsBytes("PUBLISH")
                || (!statusParts.isEmpty && statusParts.count < 3 && !isDocumentTitle(col) && !u.containsBytes("COURT") && !Self.isClerkStamp(col)
                    && !Self.endsPublicationFlag(statusParts.last!)) {
                statusParts.append(col)
                continue
            }
            if !statusParts.isEmpty, cap.publicationStatus == nil { cap.publicationStatus = Self.statusText(statusParts) }
            // (with the asterisk of its note: the Ninth Circuit's "MEMORANDUM*")
            let title = col.hasSuffix("*") ? col.trimmed(" *") : col
            if cap.documentTitle == nil, title.utf8.count >= 5, isDocumentTitle(title) { cap.documentTitle = title }
        }
        if cap.publicationStatus == nil, !statusParts.isEmpty { cap.publicationStatus = Self.statusText(statusParts) }
        if cap.documentTitle == nil { cap.documentTitle = rightColumnTitle(lineColumns) }
        // the judge line that opens the opinion: "ROSS, United States District Judge:"
        for i in max(0, bodyStart - 6)..<min(lines.count, bodyStart + 1) where !isBlank(i) {
            let t = lineText(i)
            // ("JED S. RAKOFF, U.S.D.J.:", the Southern District of New York)
            if let r = t.rangeOfBytes(", "), t.hasSuffix(":"), t.fastLowercased().containsBytes("judge") || t.fastLowercased().containsBytes("justice")
                || t.containsBytes("U.S.D.J.") || t.containsBytes("U.S.M.J.") {
                cap.judge = String(t[..<r.lowerBound])
                cap.judgeTitle = String(t[r.upperBound...].dropLast())
                // the title before the name, Arizona's "CHIEF JUSTICE TIMMER, Opinion of the Court:"
                if let split = Self.splitJusticeTitle(cap.judge!) { (cap.judgeTitle, cap.judge) = (split.title, split.name) }
            }
        }
        // …or run into the opinion's first sentence: "JOHN K. BUSH, Circuit Judge. Christopher
        // May-Shaw was sentenced …" (Sixth Circuit), "Edwards, Chief Judge:  This case …"
        if cap.judge == nil, bodyStart < lines.count, let (name, title) = Self.runInJudge(lineText(bodyStart)) {
            cap.judge = name
            cap.judgeTitle = title
        }
        // the Federal Circuit's "NOTE: This disposition is nonprecedential." over the court
        if cap.publicationStatus == nil, let n = notices.min(), n < bodyStart, lineText(n).hasPrefix("NOTE: This disposition is") {
            cap.publicationStatus = String(lineText(n).dropFirst(6)).trimmed(" .")
        }
        // New York's "This decision is uncorrected and subject to revision before publication
        // in the Official Reports." over a slip opinion
        if cap.publicationStatus == nil, let n = notices.first(where: { n in
            n < bodyStart && ["This opinion is uncorrected", "This decision is uncorrected"].contains { lineText(n).hasPrefix($0) } }) {
            cap.publicationStatus = lineText(n).trimmedWhitespace()
        }
        // ECF stamp
        for i in lines.indices where noise[i] && contentLength(i) > 5 && isPageFurniture(i)
            && (lineText(i).hasPrefix("Case ") || lineText(i).hasPrefix("Case: ") || PageLayout.isAppellateStamp(text[contentRange(i).0..<contentRange(i).1])) {
            cap.filedStamp = parseStamp(lineText(i))
            break
        }
        tree.caption = cap
    }

    /// One or two capitals and five or more digits ("S271234", "A148307"), or a year, capitals
    /// and digits ("2016AP2214"): a case number printed alone.
    static func isBareCaseNumber(_ col: String) -> Bool {
        guard col.utf8.count >= 6, col.utf8.count <= 12 else { return false }
        let b = Array(col.utf8)
        // Georgia's "S24A1234", "A24A1234": a capital, two digits of the year, a capital, four digits
        if b.count == 8, b[0] >= 0x41, b[0] <= 0x5A, b[3] >= 0x41, b[3] <= 0x5A,
           [1, 2, 4, 5, 6, 7].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) { return true }
        // Louisiana's "2024 KA 0123": a year, two capitals, four digits
        if b.count == 12, b[4] == 0x20, b[7] == 0x20, b[5] >= 0x41, b[5] <= 0x5A, b[6] >= 0x41, b[6] <= 0x5A,
           [0, 1, 2, 3, 8, 9, 10, 11].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) { return true }
        // the Federal Circuit's "2024-1234"
        if b.count == 9, b[4] == 0x2D, b[..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), b[5...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        // Massachusetts's "SJC-13456"
        if b.count >= 8, b[0] == 0x53, b[1] == 0x4A, b[2] == 0x43, b[3] == 0x2D { return b[4...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        var k = 0
        while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
        let year = k
        guard year == 0 || year == 4 else { return false }
        let capitals = k
        while k < b.count, b[k] >= 0x41, b[k] <= 0x5A { k += 1 }
        guard k - capitals >= 1, k - capitals <= 2 else { return false }
        let digits = k
        while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
        return k == b.count && k - digits >= (year == 4 ? 3 : 5)
    }

    /// "S24A1234. DOE v. THE STATE." → ("S24A1234", "DOE", "THE STATE"): a case number, then
    /// the title with one "v.".
    static func numberedTitle(_ col: String) -> (String, String, String)? {
        guard col.utf8.count <= 160, let dot = col.rangeOfBytes(". ") else { return nil }
        let number = String(col[..<dot.lowerBound])
        guard isBareCaseNumber(number) else { return nil }
        let title = String(col[dot.upperBound...]).trimmed(" .")
        let sides = title.components(separatedBy: " v. ")
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else { return nil }
        return (number, sides[0], sides[1])
    }

    /// A publication flag that is whole: "NOT DESIGNATED FOR PUBLICATION", "NOT PRECEDENTIAL",
    /// "[DO NOT PUBLISH]" (the next capitals line, "STATE OF LOUISIANA", is no part of it).
    static func endsPublicationFlag(_ s: String) -> Bool {
        let u = s.fastUppercased().trimmed(" .")
        return u.hasSuffix("PUBLICATION") || u.hasSuffix("PRECEDENTIAL") || u.hasSuffix("PUBLISH]") || u.hasSuffix("UNPUBLISHED")
            || u.hasSuffix("DISPOSITION")
    }

    /// The publication status of its caps lines joined; a notice in capitals is cut to its
    /// first sentence ("RULINGS BY SUMMARY ORDER DO NOT HAVE PRECEDENTIAL EFFECT. CITATION TO
    /// A SUMMARY ORDER …", the Second Circuit).
    static func statusText(_ parts: [String]) -> String {
        let joined = parts.joined(separator: " ")
        guard joined.utf8.count > 80, let r = joined.rangeOfBytes(". ") else { return joined }
        return String(joined[..<r.lowerBound])
    }

    /// A column that opens the statement of the court below: "Appeal from …", "Petition for
    /// Review of …".
    static func opensLowerCourt(_ col: String) -> Bool {
        guard let f = col.utf8.first, f == 0x41 || f == 0x4F || f == 0x50 else { return false }
        return ["Appeal from ", "Appeals from ", "On Appeal from ", "On appeal from ", "Petition for Review", "Petition for review",
                "On Petition for Review"].contains { col.hasPrefix($0) }
    }

    /// A docket label alone in its column ("No.   19-56789").
    static let docketLabels: Set<String> = ["No.", "Nos.", "No", "Case No.", "Docket No.", "Civil Action No.", "Criminal Action No.",
                                            "Criminal No.", "Crim. No.", "CIVIL ACTION NO.", "CRIMINAL ACTION NO.", "CASE NO."]
    /// Docket labels read in capitals, before a number in the same column (`docketIn`).
    static let longDocketLabels = ["CRIMINAL ACTION NO.", "CRIM. ACTION NO.", "CRIMINAL CASE NO.", "CRIMINAL NO.", "CRIM. NO.",
                                   "CIVIL ACTION NO.", "CIVIL CASE NO.", "CIVIL NO.", "CASE NO.", "MISC. NO.", "MISC. ACTION NO."]

    /// The titles after a name, the longest first: "Chief Judge" before "Judge", "J.S.C." before "J.".
    static let titlesLongestFirst = judgeTitlesAfterName.sorted { $0.count > $1.count }

    /// "JOHN K. BUSH, Circuit Judge. Christopher …" → ("JOHN K. BUSH", "Circuit Judge"): a name of
    /// one to four capitalised words, a comma, a judge's title ending in "." or ":", then text.
    static func runInJudge(_ line: String) -> (String, String)? {
        // bytes first (this runs on the body's first line, which may be long): a capital, and
        // the name's comma within its first 60 bytes
        var bytes = Array(line.utf8.prefix(120))
        // (after the paragraph's number, as Vermont numbers its first: "¶  1.  DOOLEY, J.   Plaintiffs …")
        if bytes.starts(with: [0xC2, 0xB6]) {
            var k = 2
            while k < bytes.count, bytes[k] == 0x20 { k += 1 }
            let digits = k
            while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
            if k > digits, k < bytes.count, bytes[k] == 0x2E {
                k += 1
                while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                bytes = Array(bytes[k...])
            }
        }
        guard let f = bytes.first, f >= 0x41, f <= 0x5A,
              let c = (0..<max(0, bytes.count - 1)).first(where: { bytes[$0] == 0x2C && bytes[$0 + 1] == 0x20 }), c <= 60
        else { return nil }
        let name = String(decoding: bytes[..<c], as: UTF8.self)
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        let rest = String(decoding: bytes[(c + 2)...], as: UTF8.self)
        for title in titlesLongestFirst where rest.hasPrefix(title) {
            // the title ends with a period or colon ("J." has its own), then a space and the text
            var after = rest.dropFirst(title.count)
            if after.first == "." || after.first == ":" { after = after.dropFirst() } else if !title.hasSuffix(".") { continue }
            // (Washington runs the text on after an em dash: "GORDON McCLOUD, J.—John Doe was …")
            if after.first == " " || after.first == "—" { return (name, title) }
        }
        return nil
    }

    /// The columns (indices into the caption's columns, line by line) of a clerk's filing
    /// stamp set beside the court's name: "FILED" far right and the columns under it at the
    /// same place, up to the first line without one. The Tenth Circuit's reads "FILED / United States Court
    /// of Appeals / Tenth Circuit / March 3, 2025 / Christopher M. Wolpert / Clerk of Court",
    /// its lines shared with "UNITED STATES COURT OF APPEALS" and "FOR THE TENTH CIRCUIT".
    static func stampColumns(_ lineColumns: [[(text: String, offset: Int)]]) -> Set<Int> {
        var out: Set<Int> = []
        var flat = 0
        var center: Int? = nil
        for columns in lineColumns {
            defer { flat += columns.count }
            if center == nil {
                if let k = columns.firstIndex(where: { $0.text == "FILED" && $0.offset >= 40 }) {
                    center = columns[k].offset + 2
                    out.insert(flat + k)
                }
                continue
            }
            guard let c = center else { continue }
            // the stamp's lines are centred on its "FILED"
            guard let k = columns.firstIndex(where: { $0.offset >= 35 && abs($0.offset + $0.text.utf8.count / 2 - c) <= 12 }) else { break }
            out.insert(flat + k)
            if out.count >= 8 { break }
        }
        return out.count >= 3 ? out : []
    }

    /// A column of a clerk's stamp: "FILED", its date, "MOLLY C. DWYER, CLERK", "U.S. COURT OF
    /// APPEALS" (the stamp's own line, under the clerk's name).
    static func isClerkStamp(_ col: String) -> Bool {
        let u = col.fastUppercased()
        if u == "FILED" || u.containsBytes("CLERK") || u == "U.S. COURT OF APPEALS" || u == "U. S. COURT OF APPEALS" { return true }
        return col.utf8.count <= 20 && mayBeDate(col) && DateText.iso(col) != nil
    }

    /// A capital first and a digit in it: the byte test before a date is parsed.
    static func mayBeDate(_ s: String) -> Bool {
        guard let f = s.utf8.first, f >= 0x41, f <= 0x5A else { return false }
        return s.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Docket Number(s): …", "Date: …", "Court: …": a label of up to three words, then ": ".
    static func isLabelledField(_ s: String) -> Bool {
        guard s.utf8.contains(0x3A), let r = s.range(of: ": ") else { return false }
        let label = s[..<r.lowerBound]
        let words = label.split(separator: " ")
        // "IN RE: JOHN DOE" names a party
        guard !["in re", "re", "matter of"].contains(label.lowercased()) else { return false }
        return !words.isEmpty && words.count <= 3 && (label.first?.isUppercase ?? false) && !label.contains(where: \.isNumber)
    }

    /// The parties of the next case of a consolidated caption ("Gainors Meat Packing, Inc.,
    /// Plaintiff-Appellant, v. Home-Owners Insurance Company, Defendant-Appellee." after the
    /// first case) join the lists, a plaintiff and then its defendant. Returns whether
    /// `pending` was taken.
    func addConsolidatedParty(_ role: Int, _ pending: inout [String], _ cap: inout Caption, _ nextCaseHasPlaintiff: inout Bool) -> Bool {
        guard !cap.plaintiffs.isEmpty, !cap.defendants.isEmpty, !pending.isEmpty, cap.plaintiffs.count < 8 else { return false }
        if role == 1, !nextCaseHasPlaintiff {
            cap.plaintiffs += partyNames(pending, &cap)
            nextCaseHasPlaintiff = true
        } else if role == 2, nextCaseHasPlaintiff {
            cap.defendants += partyNames(pending, &cap)
            nextCaseHasPlaintiff = false
        } else {
            return false
        }
        pending = []
        return true
    }

    /// An agency tribunal's name in capitals: "WORKERS’ COMPENSATION APPEALS BOARD",
    /// "BOARD OF IMMIGRATION APPEALS", "PUBLIC SERVICE COMMISSION".
    static func isTribunalName(_ col: String) -> Bool {
        guard col.count <= 80, col.fastUppercased() == col, col.split(separator: " ").count >= 3 else { return false }
        return col.hasSuffix("BOARD") || col.hasPrefix("BOARD OF") || col.hasSuffix("COMMISSION") || col.hasSuffix("TRIBUNAL")
    }

    /// A caption line that is only the "v." between the parties (lower case, trimmed).
    static let versusLines: Set<String> = ["v.", "v", "vs.", "vs", "-against-", "against", "versus", "-v-", "- against -"]

    /// Names from party lines: joined, trailing commas dropped, "et al." noted.
    func partyNames(_ parts: [String], _ cap: inout Caption) -> [String] {
        guard !parts.isEmpty else { return [] }
        var joined = parts.joined(separator: " ")
        while let l = joined.last, l == "," || l == " " { joined.removeLast() }
        if let r = joined.rangeOfBytes("et al.") ?? joined.rangeOfBytes("et al") ?? joined.rangeOfBytes(" ET AL.") ?? joined.rangeOfBytes(" ET AL") {
            cap.etAl = true
            joined = String(joined[..<r.lowerBound])
            while let l = joined.last, l == "," || l == " " { joined.removeLast() }
        }
        // a role left after the name ("JOHN DOE, Defendant Below" of Delaware's "JOHN DOE,
        // Defendant Below, Appellant,") is no part of it
        var parts = joined.componentsBytes(separatedBy: ", ")
        if parts.count > 1, let last = parts.last, HeadMatterKinds.isRole(last) {
            while let l = parts.last, parts.count > 1, HeadMatterKinds.isRole(l) { parts.removeLast() }
            joined = parts.joined(separator: ", ")
        }
        return joined.isEmpty ? [] : [joined]
    }

    /// The byte offset of the last ", " in `s`, or nil.
    static func lastCommaSpace(_ s: String) -> Int? {
        let b = Array(s.utf8)
        var k = b.count - 2
        while k >= 0 { if b[k] == 0x2C, b[k + 1] == 0x20 { return k }; k -= 1 }
        return nil
    }

    /// Abbreviations a party's name ends with, upper-cased without their period.
    static let nameEndAbbreviations: Set<String> = ["INC", "CO", "CORP", "COS", "JR", "SR", "LTD", "BROS", "&C", "ESQ", "LLC", "L.L.C",
                                                    "L.P", "L.L.P", "N.A", "P.C", "P.A", "S.A", "P.L.L.C", "PLLC", "LLP", "ASS'N", "ASS’N"]

    /// `name` ends with a period that belongs to it: a known abbreviation ("Inc.", "Jr.",
    /// "&c.") or a word with another period inside ("A.V.", "S.A.U.", "L.L.C.").
    static func endsWithAbbreviation(_ name: String) -> Bool {
        // on bytes: the last word before the final period (a Character split of the whole
        // name cost ~38,000 instructions a call)
        let b = name.utf8
        guard b.last == 0x2E else { return false }
        let body = b.dropLast()
        let wordEnd = body.lastIndex { $0 != 0x20 && $0 != 0x2C }.map { body.index(after: $0) } ?? body.startIndex
        let head = body[..<wordEnd]
        let wordStart = head.lastIndex { $0 == 0x20 || $0 == 0x2C }.map { head.index(after: $0) } ?? head.startIndex
        let last = head[wordStart...]
        return last.contains(0x2E) || nameEndAbbreviations.contains(String(decoding: last, as: UTF8.self).fastUppercased())
    }

    /// Lines of a caption that are not party names.
    func isCaptionChrome(_ s: String) -> Bool {
        // a bracketed filing stamp ("[Filed 31-Aug-2007]") and the running title with the
        // docket over a Vermont slip opinion ("DeGraff v. Burnett (2006-266)")
        if s.hasPrefix("[Filed") || s.hasPrefix("[FILED") { return true }
        if s.hasSuffix(")"), s.containsBytes(" v. "), let open = s.lastIndex(of: "("),
           s[open...].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "(" || $0 == ")" }) { return true }
        let u = s.fastUppercased()
        if s.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x5F || $0 == 0x3D || $0 == 0x78 || $0 == 0x58 || $0 == 0x20 }) { return true }
        if Self.isBareCaseNumber(s) { return true }
        // the disposition and bench under a Colorado caption ("Judgment Affirmed", "en banc")
        if u == "EN BANC" || (u.hasPrefix("JUDGMENT ") && s.utf8.count <= 60) { return true }
        // the author's line under the caption: "Pratter, J." (the Eastern District of Pennsylvania)
        // (its final period may have been trimmed with the party's)
        // (on bytes: Foundation's backwards search cost ~6,000 instructions a column)
        if s.utf8.count <= 40, let comma = Self.lastCommaSpace(s) {
            let title = String(decoding: Array(s.utf8)[(comma + 2)...], as: UTF8.self)
            if Self.judgeTitlesAfterName.contains(title) || Self.judgeTitlesAfterName.contains(title + "."),
               String(decoding: Array(s.utf8)[..<comma], as: UTF8.self).split(separator: " ").allSatisfy({ $0.first?.isUppercase ?? false }) { return true }
        }
        // a rule of box-drawing characters ("══════════", the Supreme Court of Texas)
        if s.unicodeScalars.allSatisfy({ ($0.value >= 0x2500 && $0.value <= 0x257F) || $0 == " " }) { return true }
        // an agency or tribunal heading in capitals ("WORKERS’ COMPENSATION APPEALS BOARD")
        if u == s, u.containsBytes("BOARD") || u.containsBytes("BUREAU") || u.containsBytes("COMMISSION")
            || u.containsBytes("TRIBUNAL") || u.containsBytes("AGENCY") { return true }
        return u.containsBytes("COURT") || u.containsBytes("DISTRICT OF") || u.containsBytes("DIVISION") || u.hasPrefix("NO.") || u.hasPrefix("CASE")
            || u.containsBytes("PUBLICATION") || isDocumentTitle(s) || docketIn(s) != nil || u.hasPrefix("FILED") || u.hasPrefix("APPEAL")
            || u.hasPrefix("ON APPEAL")
            || u.hasPrefix("ARGUED ") || u.hasPrefix("DECIDED ") || u.hasPrefix("SUBMITTED ")
            || (s.utf8.count <= 30 && Self.mayBeDate(s) && DateText.iso(s.trimmed(" .")) != nil)   // "December 23, 2003."
            || Self.endsWithDate(s)   // "As corrected through Thursday, May 7, 2026"
            || Self.isLabelledField(s)   // a web page's "Docket Number(s): 5:24-CV-481-FL"
    }

    /// A short line that ends in a full date ("As corrected through Thursday, May 7, 2026").
    static func endsWithDate(_ s: String) -> Bool {
        // the bytes first: the line must end in a year ("… 2026" or "… 2026.")
        let b = s.utf8
        guard b.count >= 12, b.count <= 60 else { return false }
        var tail = b.suffix(5)
        if tail.last == 0x2E { tail = b.dropLast().suffix(5) }
        guard tail.count == 5, tail.first == 0x20, tail.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), mayBeDate(s) else { return false }
        let words = s.trimmed(" .").split(separator: " ")
        guard words.count >= 4 else { return false }
        return DateText.iso(words.suffix(3).joined(separator: " ")) != nil
    }

    /// The lower-cased first word of a caption line with the punctuation around it
    /// trimmed: "Plaintiff—Appellant," → "plaintiff". Words end at a space, comma,
    /// hyphen, slash or em dash.
    static func firstRoleWord(_ s: String) -> String {
        let w = s.fastLowercased().trimmed(" ,.;:")
        let b = Array(w.utf8)
        var k = 0
        // leading separators are skipped, as an empty first piece of a split would be
        /// The byte length of the separator (space, comma, hyphen, em dash) at `k`; 0 for none.
        func separatorLength(_ k: Int) -> Int {
            if b[k] == 0x20 || b[k] == 0x2C || b[k] == 0x2D || b[k] == 0x2F { return 1 }   // "Appellants/Cross-Appellees"
            if b[k] == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x94 { return 3 }
            return 0
        }
        while k < b.count, case let n = separatorLength(k), n > 0 { k += n }
        let start = k
        while k < b.count, separatorLength(k) == 0 { k += 1 }
        return start < k ? String(decoding: b[start..<k], as: UTF8.self) : w
    }

    private static let titleWords: Set<String> = ["OPINION", "ORDER", "MEMORANDUM", "AND", "&", "JUDGMENT", "DECISION",
                                                  "SUMMARY", "OF", "THE", "ON", "REMAND", "PER", "CURIAM", "AMENDED",
                                                  "REPORT", "RECOMMENDATION", "FINDINGS", "FACT", "CONCLUSIONS", "LAW",
                                                  "OPINION:", "ORDER:"]
    private static let titleKeyWords: Set<String> = ["OPINION", "ORDER", "MEMORANDUM", "JUDGMENT", "DECISION"]

    func isDocumentTitle(_ s: String) -> Bool {
        // every word is one of a few ASCII words: anything longer or non-ASCII is no title
        guard s.utf8.count <= 200 else { return false }
        let words = s.fastUppercased().utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C })
            .map { String(decoding: $0, as: UTF8.self) }
        return !words.isEmpty && words.allSatisfy { StructureContext.titleWords.contains($0) }
            && words.contains { StructureContext.titleKeyWords.contains($0) }
    }

    /// A title in the right column of a two-column caption, over as many lines as it
    /// takes: "ORDER GRANTING⏎CONSUMERINFO.COM, INC. dba⏎…⏎PRELIMINARY INJUNCTION". It opens
    /// with a title word in capitals; the lines after it go on at the same offset, mostly
    /// in capitals, until a docket number or another kind of line.
    func rightColumnTitle(_ lineColumns: [[(text: String, offset: Int)]]) -> String? {
        for (n, columns) in lineColumns.enumerated() {
            for col in columns where col.offset >= 30 && col.text.utf8.count <= 80 {
                let words = col.text.split(separator: " ")
                // (or a short title ending in its key word: "DISCOVERY ORDER", "STIPULATED PROTECTIVE ORDER")
                guard col.text.fastUppercased() == col.text, let firstWord = words.first.map(String.init),
                      StructureContext.titleKeyWords.contains(firstWord)
                        || (words.count <= 4 && StructureContext.titleKeyWords.contains(String(words.last!))) else { continue }
                var parts = [col.text]
                var leftOnly = 0  // lines of the left column alone between the title's lines ("v.", "Plaintiff,")
                for following in lineColumns[(n + 1)...] {
                    guard let next = following.first(where: { abs($0.offset - col.offset) <= 2 }) else {
                        if following.allSatisfy({ $0.offset < col.offset - 8 }), leftOnly < 2 { leftOnly += 1; continue }
                        break
                    }
                    // (N.D. Cal.'s "Re: ECF No. 38" under the title names the motion decided)
                    guard Self.mostlyCapitals(next.text), docketIn(next.text) == nil, !next.text.hasPrefix("Re:") else { break }
                    parts.append(next.text)
                    leftOnly = 0
                }
                return parts.joined(separator: " ")
            }
        }
        return nil
    }

    /// Seven letters in ten or more are capitals ("CONSUMERINFO.COM, INC. dba").
    static func mostlyCapitals(_ s: String) -> Bool {
        var upper = 0, letters = 0
        for b in s.utf8 where b >= 0x41 && b <= 0x7A && (b <= 0x5A || b >= 0x61) {
            letters += 1
            if b <= 0x5A { upper += 1 }
        }
        return letters > 0 && upper * 10 >= letters * 7
    }

    /// A docket number in a caption column ("No. 16-CV-6915", "16-CV-6915 (ARR)(LB)", "Case No. 8:16-cv-1261 DOC (KESx)").
    func docketIn(_ s: String) -> String? {
        var t = s
        for prefix in ["Case No.", "Civil Action No.", "Docket No.", "Record No.", "No.", "Case No:", "NO."] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmed(" :")
            return t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) ? t : nil   // (a number, not the "v." beside the label)
        }
        // (the criminal and civil labels, in capitals too: "Criminal Action No. 25-105 (JDB)",
        // "Crim. No. 21-cr-40", "CIVIL ACTION NO. 4:25-cv-1234")
        if let f = t.utf8.first, f == 0x43 || f == 0x4D, t.utf8.count <= 80 {
            let upper = t.fastUppercased()
            for prefix in Self.longDocketLabels where upper.hasPrefix(prefix) {
                let n = String(t.dropFirst(prefix.count)).trimmed(" :")
                return n.isEmpty || !(n.first?.isNumber ?? false) ? nil : n
            }
        }
        // the court's own case number after its name: "Supreme Court Case No. 23SC123" (Colorado)
        if t.utf8.count <= 60, let r = t.rangeOfBytes(" Case No. "), t[..<r.lowerBound].hasSuffix("Court") {
            let n = String(t[r.upperBound...]).trimmedWhitespace()
            return n.isEmpty ? nil : n
        }
        // a bare docket line: digits, a dash or colon, digits/letters with "cv"/"cr"
        let lower = t.fastLowercased()
        if let f = t.first, f.isNumber, lower.containsBytes("-cv") || lower.containsBytes("-cr") || lower.containsBytes(":") && lower.containsBytes("cv") {
            return t
        }
        return nil
    }

    /// "Case 1:16-cv-06915-ARR-LB Document 57 Filed 02/07/18 Page 1 of 20 PageID #: …"
    func parseStamp(_ s: String) -> FiledStamp {
        var f = FiledStamp()
        let words = s.split(separator: " ").map(String.init)
        for (n, w) in words.enumerated() {
            let next = n + 1 < words.count ? words[n + 1] : nil
            switch w.trimmed(":") {
            case "Case", "Appeal": f.caseNumber = f.caseNumber ?? next?.trimmed(",")
            case "Document", "Doc": f.document = next
            case "Filed": f.filed = next.flatMap { DateText.isoFromSlashes($0.trimmed(","), twoDigitYears: true) }
            case "of": if let v = next.flatMap({ Int($0) }) { f.pages = v }
            default: break
            }
        }
        return f
    }
}
