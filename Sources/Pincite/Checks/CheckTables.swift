// The data the Bluebook rules consult, derived once per process from the
// embedded reference tables (Grammars/data, imported by
// scripts/import_reference_data.py). Rules read data, not word lists in code,
// so that correcting a table corrects the checker.

/// One T6 word: its current (21st-ed.) abbreviation and whether the word was
/// already in T6 before the 21st edition merged the periodical table T13.2 into it.
struct T6Word: Sendable {
    let abbreviation: String
    let preMerger: Bool
}

/// A reporter edition's years (reporters-db, with known errors corrected).
struct EditionYears: Sendable {
    let start: Int?
    let end: Int?
}

/// Tables for the checker, built on first use.
final class CheckTables: Sendable {
    static let shared = CheckTables()

    /// T6 (Indigo T11): lower-case word or phrase → abbreviation (ASCII apostrophes).
    let t6: [String: T6Word]
    /// Every abbreviation T6 gives today (ASCII apostrophes).
    let t6Abbreviations: Set<String>
    /// Older T6 abbreviations an opinion may still use ("Cty.", "Entm't") → (word, current form).
    let legacy: [String: (word: String, current: String)]
    /// T10 (Indigo T12.1): place name → abbreviation; only names of more than four letters.
    let places: [String: String]
    /// The T10 abbreviations themselves ("N.Y."), for parties written abbreviated.
    let placeAbbreviations: Set<String>
    /// T10 place names by their first word ("New" → ["New Jersey", "New York", …]).
    let placesByFirstWord: [String: [String]]
    /// Month spelling without period, lower-case → (month, T12 form).
    let months: [String: (number: Int, form: String)]
    /// Court key (`courtKey`, ordinals folded) → the Bluebook form (Juris-M).
    let courtForms: [String: String]
    /// Bluebook court forms (Juris-M), apostrophes straightened → court level.
    let courtLevels: [String: String]
    /// Canonical reporter → edition years.
    let editionYears: [String: EditionYears]
    /// Canonical reporter → reporters-db cite type ("federal", "state", "neutral", …).
    let reporterTypes: [String: String]

    init() {
        var old: [String: [String]] = [:]   // word (lower-case) → pre-merger abbreviations
        let oldRows = ReferenceTables.rows(EmbeddedTables.caseNameAbbreviations, maxFields: 2).filter { $0.count == 2 }
        for f in oldRows { old[TextCase.lowercased(f[1]), default: []].append(TextScan.straight(f[0])) }
        var t6: [String: T6Word] = [:]
        var abbrs: Set<String> = []
        for f in ReferenceTables.rows(EmbeddedTables.caseNameWords, maxFields: 2) where f.count == 2 {
            let a = TextScan.straight(f[1])
            abbrs.insert(a)
            let key = TextCase.lowercased(f[0])
            // a word with two forms (Laboratory: Lab'y, Lab.) keeps its first, the table's preferred one
            if t6[key] == nil { t6[key] = T6Word(abbreviation: a, preMerger: old[key] != nil) }
        }
        self.t6 = t6
        t6Abbreviations = abbrs
        var legacy: [String: (word: String, current: String)] = [:]
        for f in oldRows {
            let a = TextScan.straight(f[0])
            guard a.hasSuffix(".") || a.contains("'"), !abbrs.contains(a), let now = t6[TextCase.lowercased(f[1])] else { continue }
            legacy[a] = (f[1], now.abbreviation)
        }
        self.legacy = legacy
        var places: [String: String] = [:]
        for f in ReferenceTables.rows(EmbeddedTables.places, maxFields: 2) where f.count == 2 && f[0].count > 4 && f[0] != f[1] {
            if places[f[0]] == nil { places[f[0]] = f[1] }   // New York: the state (N.Y.) before the city
        }
        self.places = places
        var byFirst: [String: [String]] = [:]
        for p in places.keys.sorted() { byFirst[String(p.split(separator: " ")[0]), default: []].append(p) }
        placesByFirstWord = byFirst
        placeAbbreviations = Set(places.values)
        var months: [String: (number: Int, form: String)] = [:]
        let monthRows = ReferenceTables.rows(EmbeddedTables.months, maxFields: 3).filter { $0.count == 3 }
        var formOf: [Int: String] = [:]
        for f in monthRows where f[2] == "t12" { if let n = Int(f[1]) { formOf[n] = f[0] } }
        for f in monthRows { if let n = Int(f[1]), let form = formOf[n] { months[ReferenceTables.monthKey(f[0])] = (n, form) } }
        self.months = months
        // the two large tables are read as byte slices; only the rows kept become Strings
        var forms: [String: String] = [:], levels: [String: String] = [:]
        CheckTables.eachRow(EmbeddedTables.courts) { f in
            guard f.count == 5, f[4].starts(with: Array("jurism".utf8)) else { return }
            let form = TextScan.straight(CheckTables.string(f[0]))
            let key = CheckTables.courtKey(form)
            if forms[key] == nil { forms[key] = form }
            levels[form] = CheckTables.string(f[3])
        }
        courtForms = forms
        courtLevels = levels
        var years: [String: EditionYears] = [:], types: [String: String] = [:]
        CheckTables.eachRow(EmbeddedTables.reporters) { f in
            guard f.count == 6, f[0].elementsEqual(f[1]) else { return }
            let canonical = CheckTables.string(f[1])
            if years[canonical] == nil { years[canonical] = EditionYears(start: Int(CheckTables.string(f[4])), end: Int(CheckTables.string(f[5]))) }
            if types[canonical] == nil { types[canonical] = CheckTables.string(f[2]) }
        }
        for (r, y) in CheckTables.editionCorrections { years[r] = y }
        editionYears = years
        reporterTypes = types
    }

    /// reporters-db edition years known to be wrong (bluebook.md §3; Indigo T1.1):
    /// F. Supp. ran to 1998 and F. Supp. 2d from 1998; F.R.D. began in 1938;
    /// F. App'x stopped in 2021; the N.Y.S.3d start year is a placeholder. U.S. is
    /// dated from 1875 (volume 91), but volumes 1–90 are the early nominative
    /// reports renumbered (Dallas to Wallace; 1 Dall. reports Pennsylvania decisions from 1754).
    static let editionCorrections: [String: EditionYears] = [
        "U.S.": EditionYears(start: 1754, end: nil),
        "F. Supp.": EditionYears(start: 1932, end: 1998),
        "F. Supp. 2d": EditionYears(start: 1998, end: 2014),
        "F.R.D.": EditionYears(start: 1938, end: nil),
        "F. App'x": EditionYears(start: 2001, end: 2021),
        "N.Y.S.3d": EditionYears(start: nil, end: nil),
    ]

    /// Calls `body` with the TAB-separated fields of each data row of an
    /// embedded table, as byte buffers valid during the call (no Strings are
    /// made for rows not kept; a generic `split` here showed in start-up profiles).
    static func eachRow(_ table: String, _ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        var table = table
        table.withUTF8 { u in
            guard let base = u.baseAddress else { return }
            var fields: [UnsafeBufferPointer<UInt8>] = []
            var i = 0
            let n = u.count
            while i < n {
                var e = i
                while e < n, u[e] != 0x0A { e += 1 }
                if e > i, u[i] != 0x23 {
                    fields.removeAll(keepingCapacity: true)
                    var f = i
                    for k in i...e where k == e || u[k] == 0x09 {
                        fields.append(UnsafeBufferPointer(start: base + f, count: k - f))
                        f = k + 1
                    }
                    body(fields)
                }
                i = e + 1
            }
        }
    }

    static func string(_ s: UnsafeBufferPointer<UInt8>) -> String { String(decoding: s, as: UTF8.self) }

    /// `ReferenceTables.courtKey` with English ordinals folded to Bluebook ones
    /// ("2nd" and "2d" both → "2d"), so "2nd Cir." finds "2d Cir.".
    static func courtKey(_ s: String) -> String {
        var k = ReferenceTables.courtKey(s)
        for (from, to) in [("2nd", "2d"), ("3rd", "3d")] where TextScan.has(k, from) {
            k = k.replacingOccurrences(of: from, with: to)
        }
        return k
    }
}
