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
    /// prose, too), else up to the first line of prose.
    mutating func findHeadMatter(bodyStart: Int) {
        var end = bodyStart
        if let first = tree.opinions.first, first.span.start > (bodyStart < lines.count ? lines[bodyStart].start : Int.max) {
            end = lines.firstIndex { $0.end > first.span.start } ?? bodyStart
        }
        // a 50 MB first line or a runaway caption is no head matter
        end = min(end, 300)
        var blocks: [(from: Int, to: Int)] = []
        var from: Int? = nil
        for i in 0..<min(end, lines.count) {
            if noise[i] || isBlank(i) {
                if let f = from { blocks.append((f, i - 1)); from = nil }
            } else if from == nil {
                from = i
            }
        }
        if let f = from { blocks.append((f, min(end, lines.count) - 1)) }
        var sawParties = false, pastTitle = false
        var sawHeadnotes = false
        for b in blocks {
            let (s, _) = contentRange(b.from)
            let (_, e) = contentRange(b.to)
            guard e > s, e - s <= 20_000 else { continue }
            let text = String(decoding: self.text[s..<e], as: UTF8.self)
            var kind = HeadMatterKinds.classify(text, partiesMayFollow: !pastTitle, sawParties: sawParties)
            if kind == "parties" { sawParties = true }
            // the title comes first: after a docket number, a date or counsel, " v. " is a cited case
            if kind != "parties" && kind != "court" && kind != "caption" { pastTitle = true }
            // prose after numbered headnotes belongs to them (a reporter's argument notes)
            if kind == "headnotes" { sawHeadnotes = true } else if kind == "summary", sawHeadnotes { kind = "headnotes" }
            tree.headMatter.append(HeadMatterBlock(kind: kind, span: Span(s, e)))
        }
    }
}

/// The words that name head-matter blocks.
enum HeadMatterKinds {
    static let dateOpeners = ["argued", "submitted", "decided", "filed", "opinion filed", "released", "heard",
                              "oral argument", "rehearing", "reargued", "certiorari", "decision", "dated", "date"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.",
                         "oct.", "nov.", "dec."]
    static let counselMarks = [" for appellant", " for the appellant", " for appellee", " for the appellee",
                               " for appellants", " for appellees", " for petitioner", " for the petitioner",
                               " for respondent", " for the respondent", " for plaintiff", " for the plaintiff",
                               " for defendant", " for the defendant", " for the state", " for the people",
                               " for the united states", "self-represented", " pro se", "attorney general",
                               " for the defendant-", " for the plaintiff-", " for amicus", "amicus curiae"]

    /// The kind of a head-matter block from its text.
    /// - Parameters:
    ///   - partiesMayFollow: nothing but the court and the title so far (the parties come first).
    ///   - sawParties: a parties block came before.
    static func classify(_ raw: String, partiesMayFollow: Bool, sawParties: Bool) -> String {
        let t = raw.trimmingCharacters(in: CharacterSet(charactersIn: "[] \n"))
        let l = t.lowercased()
        let words = l.split(whereSeparator: { $0 == " " || $0 == "\n" })
        // the title of the case (one block, or several for consolidated appeals)
        if partiesMayFollow, t.contains(" v. ") || t.contains("\nv.\n") || t.hasSuffix("\nv.") || t.hasPrefix("v.\n")
            || l.hasPrefix("in re ") || l.hasPrefix("in the matter of") || l.hasPrefix("in the interest of")
            || l.hasPrefix("matter of ") || l.hasPrefix("ex parte ") || l.hasPrefix("people v") {
            return "parties"
        }
        // a bare docket number after the title: "A148307", "2016AP2214"
        if sawParties, words.count == 1, l.filter(\.isNumber).count >= 4 { return "docketnumber" }
        if l.hasPrefix("no. ") || l.hasPrefix("nos. ") || l.hasPrefix("docket no") || l.hasPrefix("case no")
            || l.hasPrefix("index no") || l.hasPrefix("record no") { return "docketnumber" }
        if l.hasPrefix("syllabus") { return "syllabus" }
        if l.hasPrefix("headnote") { return "headnotes" }
        if dateOpeners.contains(where: { l.hasPrefix($0 + " ") || l.hasPrefix($0 + ":") }) && containsYear(l) {
            return l.hasPrefix("decided") || l.hasPrefix("opinion filed") || l.hasPrefix("filed") || l.hasPrefix("decision")
                ? "decisiondate" : (l.contains("\ndecided") || l.contains("\nopinion filed") ? "decisiondate" : "otherdate")
        }
        // a bare date line: "December 1, 2003."
        if words.count <= 4, let m = words.first, months.contains(String(m)), containsYear(l) { return "decisiondate" }
        let spaced = " " + l
        if counselMarks.contains(where: { spaced.contains($0) }) { return "attorneys" }
        // "Secrest Wardle (by Janet Callahan Barnes), Farmington Hills, for Home-Owners Insurance Company."
        if words.count <= 80, t.range(of: #", for [A-Z]"#, options: .regularExpression) != nil,
           t.range(of: #"[a-z]{3}\. [A-Z][a-z]+ [a-z]+ "#, options: .regularExpression) == nil { return "attorneys" }
        if l.hasPrefix("before ") || l.hasSuffix(", jj.") || l.hasSuffix(" js.") || l.hasSuffix(", js.")
            || (words.count <= 20 && (l.hasSuffix("judges.") || l.hasSuffix("justices."))) { return "judges" }
        if l.hasPrefix("appeal from") || l.hasPrefix("appeal by") || l.hasPrefix("error to") || l.hasPrefix("on appeal")
            || l.hasPrefix("on petition") || l.hasPrefix("petition for") || l.hasPrefix("certified question")
            || l.hasPrefix("original proceeding") || l.hasPrefix("on writ") { return "history" }
        if words.count <= 14, !t.contains(" v. "), l.contains("court") || l.contains("board of") || l.contains("commission"),
           !l.contains(" for ") { return "court" }
        if t.range(of: #"^(\[?\d{1,2}\]?\.?|\d{1,2}\.)\s"#, options: .regularExpression) != nil { return "headnotes" }
        // a headnote's topic line: "Garnishment—Practice—Jurisdiction of Justice …"
        if words.count <= 30, t.components(separatedBy: "—").count >= 3 { return "headnotes" }
        // prose (sentences, mostly lower-case words): a reporter's summary
        let lower = words.filter { $0.first?.isLowercase ?? false }.count
        if words.count >= 12, lower * 3 >= words.count, t.hasSuffix(".") || t.hasSuffix(".”") || t.hasSuffix(".\"") {
            return "summary"
        }
        return "caption"
    }

    static func containsYear(_ s: String) -> Bool {
        s.range(of: #"\b1[7-9]\d\d\b|\b20\d\d\b"#, options: .regularExpression) != nil
    }
}
