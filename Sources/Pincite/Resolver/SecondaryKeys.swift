// Authority keys of books and legislative materials: one key however the cite
// spells its authors or pins ("Charles Alan Wright & Arthur R. Miller" and
// "Wright & Miller" are one treatise), so that a citation graph counts them as one.

extension Resolver {
    /// "[volume] Surname & Surname, Title": the last name word of each author,
    /// the title as written. Editions share one key.
    static func bookKey(_ c: Citation) -> String? {
        guard let title = c.title else { return nil }
        var key = ""
        if let v = c.volume { key = v + " " }
        if let a = c.author {
            key += authorSurnames(a) + ", "
        }
        return key + title
    }

    /// "Charles Alan Wright & Arthur R. Miller" → "Wright & Miller";
    /// "Wayne R. LaFave" → "LaFave"; "Wright et al." → "Wright et al.".
    static func authorSurnames(_ authors: String) -> String {
        var names: [Substring] = []
        var etAl = false
        for part in authors.split(whereSeparator: { $0 == "&" || $0 == "," }) {
            var words = part.split(separator: " ").filter { $0 != "and" }
            if let e = words.firstIndex(of: "et") { etAl = true; words = Array(words[..<e]) }
            // an institution is its whole name ("American Psychiatric Association", not "Association")
            if let last = words.last, institutionWords.contains(String(last)) {
                names.append(words.joined(separator: " ")[...])
                continue
            }
            // the surname is the last word that is not an initial ("R.") or a suffix ("Jr.")
            if let last = words.last(where: { !$0.hasSuffix(".") }) ?? words.last { names.append(last) }
        }
        var out = names.joined(separator: " & ")
        if etAl { out += " et al." }
        return out
    }

    /// Words that end an institutional author's name (R15.1(c)): "American Psychiatric
    /// Association", "American Law Institute". Such an author is keyed by its whole name.
    static let institutionWords: Set<String> = ["Association", "Institute", "Society", "Commission", "Committee",
        "Council", "Academy", "College", "Conference", "Board", "Bureau", "Department", "Foundation", "Organization",
        "Center", "Office", "Service", "Agency", "Administration", "Court", "Bar", "Group", "League", "Union"]

    /// "H.R. Rep. No. 95-595", "123 Cong. Rec. 1234", "H.R. 1234, 116th Cong.".
    static func legislativeKey(_ c: Citation) -> String? {
        guard let r = c.reporter else { return nil }
        if let v = c.volume, let p = c.page { return "\(v) \(r) \(p)" }
        guard let n = c.section else { return nil }
        // a state committee's analysis of a bill: "Assem. Com. on Public Safety, Assem. Bill No. 666";
        // a digest with no author by its title ("Legis. Counsel's Dig., Sen. Bill No. 1038")
        if let author = c.author { return "\(author), \(r) No. \(n)" }
        if let title = c.title { return title }
        if let congress = c.volume { return "\(r) \(n), \(congress) Cong." }
        return "\(r) No. \(n)"
    }
}
