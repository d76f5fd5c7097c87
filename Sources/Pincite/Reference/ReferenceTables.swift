import Foundation

// ReferenceTables: the reporters, courts, codes, months, signals and history
// phrases the parser consults, built once per process from the tables that
// scripts/import_reference_data.py imported into Grammars/data/ and
// scripts/embed_grammars.py embedded as strings (so a build needs no Python and
// no resource bundle). To add a reporter or a court you change data, not code.
//
// Building them is the whole start-up cost of a `pincite` process, so `init`
// works on UTF-8 bytes: rows are split without copying fields into temporary
// arrays, only the fields a table needs become Strings, and case folding and
// apostrophe unification are byte loops (ASCII fast paths) instead of
// Foundation's `lowercased()` / `replacingOccurrences`.

/// One reporter spelling from reporters-db.
public struct ReporterEntry: Sendable {
    /// The spelling as it may appear in text ("F.Supp.2d").
    public let spelling: String
    /// The canonical reporter abbreviation ("F. Supp. 2d").
    public let canonical: String
    /// reporters-db's cite_type ("federal", "state", "neutral", "specialty", …).
    public let citeType: String
    /// Full name of the reporter.
    public let name: String
}

/// A statutory code, regulation series, rule set or constitution abbreviation.
public struct CodeEntry: Sendable {
    public let abbreviation: String
    /// The preferred spelling of this code (reporters-db lists variants such as
    /// "U. S. C." as rows of their own with the same name).
    public var canonical: String
    /// "statute", "regulation", "rule", "constitution" or "session_law".
    public let kind: String
    public let jurisdiction: String
}

/// All reference data, parsed and indexed.
public final class ReferenceTables: Sendable {
    /// The shared instance, built on first use.
    public static let shared = ReferenceTables()

    /// The later series of reporter `k` written as a parenthesized number after it, as
    /// reporters were cited in the 1930s and 1940s: "Fed." with "(2d)" → "F.2d", "N. E." with
    /// "(2d)" → "N.E.2d". The series must be a reporter of the same name in the table (its
    /// canonical form is the base's with the series closed up or spaced, "F.2d" / "So. 2d").
    func seriesReporter(of k: Int, series: String) -> Int? {
        let base = reporters[k]
        for name in [base.canonical + series, base.canonical + " " + series] {
            if let s = reporterByCanonical[name], reporters[s].name == base.name { return s }
        }
        return nil
    }

    public let reporters: [ReporterEntry]
    public let reporterTrie: ByteTrie
    /// The public-domain ("neutral") entry of each canonical reporter that has one:
    /// "Ohio" is both the Ohio Reports (1821–1851) and Ohio's neutral citation.
    let neutralReporters: [String: Int]
    /// The entry written in canonical form of each canonical reporter (the first in the table).
    let reporterByCanonical: [String: Int]
    public let codes: [CodeEntry]
    public let codeTrie: ByteTrie
    /// Codes whose name has a subject slot ("Cal. {subject} Code"), matched by prefix.
    let subjectCodes: [SubjectCode]
    let subjectCodeTrie: ByteTrie
    public let journals: [String]
    public let journalTrie: ByteTrie
    /// Normalised court abbreviation (no spaces/periods, lower-case) → Bluebook form.
    public let courts: [String: String]
    /// Month spelling (lower-case, without period) → month number.
    public let months: [String: Int]
    /// T6 words: lower-case full word → abbreviation.
    public let caseNameWords: [String: String]
    /// Known abbreviations that end with a period and do not end a sentence ("Corp", "Inc", "Co").
    public let abbreviationWords: Set<String>
    /// `abbreviationWords` by hash, for allocation-free lookups.
    let abbreviationSet: WordSet
    /// Subsequent-history phrases, longest first, each as lower-case words.
    public let historyPhrases: [[String]]
    /// Court rule sets by their name in words, lower-case ("federal rules of civil
    /// procedure") → their abbreviation ("Fed. R. Civ. P."), from rules.tsv.
    public let ruleSetByName: [String: String]

    init() {
        var reps: [ReporterEntry] = []
        for f in ReferenceTables.rows(EmbeddedTables.reporters, maxFields: 4) where f.count >= 3 {
            reps.append(ReporterEntry(spelling: f[0], canonical: f[1], citeType: f[2], name: f.count > 3 ? f[3] : ""))
        }
        reporters = reps
        // Prefer entries whose spelling equals the canonical form when keys collide:
        // those go in first, each group in table order (a stable partition).
        var ordered: [(key: String, payload: Int)] = []
        ordered.reserveCapacity(reps.count)
        for (k, r) in reps.enumerated() where r.spelling == r.canonical { ordered.append((key: r.spelling, payload: k)) }
        for (k, r) in reps.enumerated() where r.spelling != r.canonical { ordered.append((key: r.spelling, payload: k)) }
        reporterTrie = ByteTrie(ordered)
        var neutral: [String: Int] = [:]
        for (k, r) in reps.enumerated() where r.citeType == "neutral" && r.spelling == r.canonical && neutral[r.canonical] == nil {
            neutral[r.canonical] = k
        }
        neutralReporters = neutral
        var byCanonical: [String: Int] = [:]
        for (k, r) in reps.enumerated() where r.spelling == r.canonical && byCanonical[r.canonical] == nil { byCanonical[r.canonical] = k }
        reporterByCanonical = byCanonical

        var ruleNames: [String: String] = [:]
        for f in ReferenceTables.rows(EmbeddedTables.rules, maxFields: 4) where f.count >= 4 && f[1] == "rule" {
            // (the name before a note on who uses the form: "Michigan Court Rules (form used by …)")
            let name = String(f[3].split(separator: "(").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if !name.isEmpty, ruleNames[name] == nil { ruleNames[name] = f[0] }
        }
        ruleSetByName = ruleNames
        var cs: [CodeEntry] = []
        var subj: [SubjectCode] = []
        let codeRows = ReferenceTables.rows(EmbeddedTables.codes, maxFields: 4)
        for f in codeRows + ReferenceTables.rows(EmbeddedTables.rules, maxFields: 3) where f.count >= 2 {
            let entry = CodeEntry(abbreviation: f[0], canonical: f[0], kind: f[1], jurisdiction: f.count > 2 ? f[2] : "")
            if f[0].utf8.contains(0x7B), let r = f[0].range(of: "{subject}") {   // 0x7B "{": skip Foundation's search
                // "Cal. {subject} Code": prefix "Cal.", suffix ["Code"]
                var prefix = String(f[0][..<r.lowerBound])
                while prefix.last == " " || prefix.last == "," { prefix.removeLast() }
                let suffix = SignalTable.tokenize(String(f[0][r.upperBound...]), keepPunctuation: true)
                if !prefix.isEmpty { subj.append(SubjectCode(prefix: prefix, suffix: suffix, code: entry)) }
            } else {
                cs.append(entry)
            }
        }
        // one canonical spelling per code name: the Bluebook-looking variant
        var bestByName: [String: String] = [:]
        let names = codeRows.map { $0.count > 3 ? $0[3] : $0[0] }
        for (n, row) in codeRows.enumerated() where !row[0].contains("{subject}") {
            let key = names[n].isEmpty ? row[0] : names[n]
            if let cur = bestByName[key], !ReferenceTables.isBetterSpelling(row[0], than: cur) { continue }
            bestByName[key] = row[0]
        }
        for (name, spelling) in ReferenceTables.codeSpellingCorrections where bestByName[name] != nil { bestByName[name] = spelling }
        var nameOf: [String: String] = [:]
        for (n, row) in codeRows.enumerated() { nameOf[row[0]] = names[n].isEmpty ? row[0] : names[n] }
        for i in cs.indices { if let nm = nameOf[cs[i].abbreviation], let best = bestByName[nm] { cs[i].canonical = best } }
        codes = cs
        // small-caps text arrives upper-cased ("FED. R. CIV. P."): index that spelling too
        // … and an initialism without its last period ("N.J.S.A 9:2-2", "42 U.S.C 1983")
        codeTrie = ByteTrie(cs.enumerated().flatMap { n, code -> [(key: String, payload: Int)] in
            var keys = [(key: code.abbreviation, payload: n), (key: TextCase.uppercased(code.abbreviation), payload: n)]
            if let bare = ReferenceTables.initialismWithoutLastPeriod(code.abbreviation) { keys.append((key: bare, payload: n)) }
            return keys
        })
        subjectCodes = subj
        subjectCodeTrie = ByteTrie(subj.enumerated().flatMap { [(key: $0.element.prefix, payload: $0.offset),
                                                               (key: TextCase.uppercased($0.element.prefix), payload: $0.offset)] })

        var js: [String] = []
        for f in ReferenceTables.rows(EmbeddedTables.journals, maxFields: 1) where !f[0].isEmpty { js.append(f[0]) }
        journals = js
        journalTrie = ByteTrie(js.enumerated().map { (key: $0.element, payload: $0.offset) })

        var ct: [String: String] = [:]
        ct.reserveCapacity(2048)
        for f in ReferenceTables.rows(EmbeddedTables.courts, maxFields: 1) where !f[0].isEmpty {
            let k = ReferenceTables.courtKey(f[0])
            if ct[k] == nil { ct[k] = f[0] }
        }
        courts = ct

        var ms: [String: Int] = [:]
        for f in ReferenceTables.rows(EmbeddedTables.months, maxFields: 2) where f.count >= 2 {
            if let m = Int(f[1]) { ms[ReferenceTables.monthKey(f[0])] = m }
        }
        months = ms

        var words: [String: String] = [:]
        var abbr: Set<String> = []
        for f in ReferenceTables.rows(EmbeddedTables.caseNameWords, maxFields: 2) where f.count >= 2 {
            words[TextCase.lowercased(f[0])] = f[1]
            for part in f[1].split(separator: " ") {
                let a = TextCase.straightApostrophes(String(part))
                if a.hasSuffix(".") {
                    abbr.insert(String(a.dropLast()))
                } else if a.utf8.contains(0x27) {
                    // T6's "Nat'l", "Cont'l", "Mem'l" written without the apostrophe, as Texas
                    // courts do: "Natl.", "Contl.", "Meml."
                    abbr.insert(String(decoding: a.utf8.filter { $0 != 0x27 }, as: UTF8.self))
                }
            }
        }
        caseNameWords = words
        for a in ReferenceTables.extraAbbreviations { abbr.insert(a) }
        // T10's places in one word ("Bos.", "Phila.", "Balt.", "Chi."): a party's name may open
        // with one ("Bos. & Me. Corp.", "Chi. Tribune Co.")
        for f in ReferenceTables.rows(EmbeddedTables.places, maxFields: 3) where f.count >= 2 {
            let a = f[1]
            if a.hasSuffix("."), a.utf8.filter({ $0 == 0x2E }).count == 1, a.utf8.count >= 4 { abbr.insert(String(a.dropLast())) }
        }
        abbreviationWords = abbr
        abbreviationSet = WordSet(abbr)

        var hs: [[String]] = []
        for f in ReferenceTables.rows(EmbeddedTables.historyPhrases, maxFields: 1) + ReferenceTables.rows(EmbeddedTables.historySupplement, maxFields: 1) where !f[0].isEmpty {
            hs.append(HistoryWords.split(f[0]))
        }
        historyPhrases = hs.sorted { $0.count > $1.count }
    }

    /// Abbreviations common in opinions that T6 does not list but that never end a sentence.
    static let extraAbbreviations: [String] = [
        "Inc", "Co", "Corp", "Ltd", "L.L.C", "Cir", "No", "Nos", "Dist", "App", "Ct", "Super", "Sup",
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Bros", "Ass'n", "Ass’n", "Dep't", "Dep’t", "Gov't", "Gov’t",
        "Cnty", "Cty", "Twp", "Vill", "Auth", "Comm'n", "Comm’n", "Int'l", "Int’l", "Nat'l", "Nat’l",
        "U.S", "v", "vs", "Fed", "Supp", "Cal", "Ill", "Pa", "Mass", "Conn", "Wash", "Mich", "Wis", "Ga",
        "Mo", "Tenn", "Tex", "Fla", "Ala", "Ariz", "Ark", "Colo", "Del", "Ind", "Kan", "Ky", "La", "Md",
        "Me", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Or", "Vt", "Va", "Wyo", "Prot", "Objs",
        "Opp'n", "Opp’n", "Pl", "Pls", "Def", "Defs", "Mem", "Compl", "Am", "Mot", "Resp", "Supp", "Br",
        "Ex", "Aff", "Decl", "Tr", "Hr'g", "Hr’g", "Pet", "Resp't", "Resp’t", "Est", "Litig", "Sec",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e",
        "cf", "Cf", "id", "Id", "et", "al", "seq", "Ave", "Rd", "Blvd", "Hosp", "Univ", "Educ", "Mgmt",
        "Enters", "Entm't", "Entm’t", "Indus", "Ins", "Mut", "Tel", "Bd", "Ctr", "Dev", "Grp", "Lab'ys",
        "Cos", "Is", "Com", "Comr", "Commr", "Assn", "Assocs", "Sys", "Servs", "Prods", "Sch", "Comm", "Cmty", "Hous", "Mfg", "Ry", "Corps",
        "Transp", "Fin", "Mktg", "Pharms", "Techs", "Ams", "Bros", "Contractors", "Sav", "Fed'n", "Fed’n",
        "Const", "Constr",   // "Loup-Miller Const. Co." (construction)
    ]

    /// Bluebook-looking first: fewer faults, then ending in a period ("U.S.C." over "U.S. Code"), then shorter.
    /// "N.J.S.A." → "N.J.S.A": a spelling of capitals joined by periods, without spaces,
    /// loses its last period in hurried text. Nil for any other spelling.
    static func initialismWithoutLastPeriod(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard b.count >= 5, b.last == UInt8(ascii: "."),
              b.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: ".") }),
              b.filter({ $0 == UInt8(ascii: ".") }).count >= 3 else { return nil }
        return String(s.dropLast())
    }

    static func isBetterSpelling(_ a: String, than b: String) -> Bool {
        let (ba, bb) = (spellingBadness(a), spellingBadness(b))
        if ba != bb { return ba < bb }
        let (pa, pb) = (a.hasSuffix("."), b.hasSuffix("."))
        if pa != pb { return pa }
        return a.count < b.count
    }

    /// Code names whose T1 abbreviation no spelling rule picks out of reporters-db's
    /// variants: the Federal Register is "Fed. Reg." (T1), not the shorter "F.R."/"FR".
    static let codeSpellingCorrections: [String: String] = ["Federal Register": "Fed. Reg."]

    /// How far a spelling is from Bluebook form: spaced initials ("U. S. C."),
    /// words glued to a period ("Fed.Reg.") and an abbreviated word closed up
    /// against the next capital ("Pub.L.") each count one.
    static func spellingBadness(_ s: String) -> Int {
        let b = Array(s.utf8)
        var bad = 0
        var i = 0
        while i + 3 < b.count {
            let isUpper: (UInt8) -> Bool = { $0 >= 0x41 && $0 <= 0x5A }
            let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            if isUpper(b[i]), b[i + 1] == 0x2E, b[i + 2] == 0x20, isUpper(b[i + 3]), i + 4 < b.count, b[i + 4] == 0x2E,
               i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x2E { bad += 1 }
            if b[i] == 0x2E, isLetter(b[i + 1]), isLetter(b[i + 2]) { bad += 1 }
            i += 1
        }
        // "Pub.L.": a word of two or more letters closed up against the next capital
        var j = 2
        while j + 1 < b.count {
            if b[j] == 0x2E, b[j + 1] >= 0x41, b[j + 1] <= 0x5A, (b[j - 1] | 0x20) >= 0x61, (b[j - 1] | 0x20) <= 0x7A,
               (b[j - 2] | 0x20) >= 0x61, (b[j - 2] | 0x20) <= 0x7A { bad += 1 }
            j += 1
        }
        return bad
    }

    /// Splits a TSV table into rows of fields, skipping comment and blank lines.
    /// Only the first `maxFields` fields of a row are kept (the others are never
    /// turned into Strings); whether a row counts as blank looks at all of them.
    static func rows(_ table: String, maxFields: Int = Int.max) -> [[String]] {
        var table = table
        return table.withUTF8 { u -> [[String]] in
            guard let base = u.baseAddress else { return [] }
            // memchr finds line ends and tabs (it scans many bytes per step)
            @inline(__always) func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int {
                guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var out: [[String]] = []
            out.reserveCapacity(u.count / 48)
            let n = u.count
            var i = 0
            while i < n {
                let e = find(0x0A, i, n)
                defer { i = e + 1 }
                if e > i && u[i] == 0x23 { continue }   // a comment line
                var row: [String] = []
                row.reserveCapacity(min(maxFields, 8))
                var fields = 0
                var fieldStart = i
                while true {
                    let t = find(0x09, fieldStart, e)
                    if fields < maxFields {
                        row.append(String(decoding: UnsafeBufferPointer(rebasing: u[fieldStart..<t]), as: UTF8.self))
                    }
                    fields += 1
                    if t >= e { break }
                    fieldStart = t + 1
                }
                if fields > 1 || e > i { out.append(row) }   // not a blank line
            }
            return out
        }
    }

    /// Court lookup key: letters and digits only, lower-case ("E.D.N.Y." → "edny").
    public static func courtKey(_ s: String) -> String {
        let count = s.utf8.count
        return String(unsafeUninitializedCapacity: count) { out in
            var k = 0
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { out[k] = b | 0x20; k += 1 }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 { out[k] = b; k += 1 }
            }
            return k
        }
    }

    /// Month lookup key: lower-case, without trailing period.
    public static func monthKey(_ s: String) -> String {
        var t = TextCase.lowercased(s)
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

/// Byte-level case folding and apostrophe unification for table keys.
enum TextCase {
    /// `s.lowercased()`, without the Unicode machinery for ASCII (see `fastLowercased`).
    static func lowercased(_ s: String) -> String { s.fastLowercased() }

    /// `s.uppercased()`, without the Unicode machinery for ASCII (see `fastUppercased`).
    static func uppercased(_ s: String) -> String { s.fastUppercased() }

    /// `s` with every ’ (U+2019) replaced by a straight apostrophe.
    static func straightApostrophes(_ s: String) -> String {
        guard s.utf8.contains(0xE2) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var u = Array(s.utf8)[...]
        while let b = u.popFirst() {
            if b == 0xE2, u.count >= 2, u[u.startIndex] == 0x80, u[u.startIndex + 1] == 0x99 {
                out.append(0x27); u = u.dropFirst(2)
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A code name with a subject slot: prefix, subject words, suffix tokens.
struct SubjectCode: Sendable {
    let prefix: String
    let suffix: [String]
    let code: CodeEntry
    var suffixTokens: Int { suffix.count }
    /// The subject follows a comma after the prefix ("Md. Code Ann., {subject}").
    var afterComma: Bool { code.abbreviation.contains(", {subject}") }
}

/// Splits a history phrase into comparable lower-case words.
enum HistoryWords {
    static func split(_ s: String) -> [String] {
        let unified = TextCase.lowercased(TextCase.straightApostrophes(s))
        var words: [String] = []
        for w in unified.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C }) {
            words.append(String(decoding: w, as: UTF8.self))
        }
        return words
    }
}
