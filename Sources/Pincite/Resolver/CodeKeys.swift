// CodeKeys: one name per statutory code in authority keys, however the opinion
// writes it. Courts cite the same code as "Wis. Stat.", "Wisconsin Stat.",
// "WISCONSIN STAT." (small capitals), "Wis. STAT.", or by their own local form
// ("G.S.", "N.C.G.S." for "N.C. Gen. Stat."); the annotated and the official
// edition ("Fla. Stat. Ann.", "Fla. Stat.") print the same sections. A citation
// graph must count them as one authority, so the key uses one T1 form: the
// official edition's where T1 lists both (the code table lists it first), else
// the one there is ("Tex. Ins. Code Ann." for "TEX. INS. CODE"). The citation's
// own `reporter` keeps what the parser read: the Bluebook check reports the
// written form against T1 itself.
//
// Data: the code table (reporters-db laws, Grammars/data/codes.tsv, and the
// team's rules.tsv), the courts' local forms (code_forms.tsv), the state names
// of T10 (places.tsv) and the words of T6 (case_name_words.tsv), so that a code
// written out ("Texas Insurance Code") folds into its abbreviation.

import Foundation

/// The canonical code names of authority keys.
final class CodeKeys: Sendable {
    static let shared = CodeKeys()

    /// Folded spelling (`fold`) → T1 form.
    private let byFold: [String: String]
    /// The T1 forms themselves (most cites write their code so: no folding needed).
    private let forms: Set<String>
    /// State name, lower-case → T10 abbreviation ("wisconsin" → "Wis.").
    private let states: [String: String]
    /// T6 word, lower-case → abbreviation ("insurance" → "Ins.").
    private let words: [String: String]

    init() {
        var byFold: [String: String] = [:]
        func add(_ spelling: String, _ form: String) {
            let key = Self.fold(spelling)
            if !key.isEmpty, byFold[key] == nil { byFold[key] = form }
        }
        // the courts' local forms first: "G.S." is North Carolina's, whatever else folds to it
        for f in ReferenceTables.rows(EmbeddedTables.codeForms, maxFields: 2) where f.count == 2 { add(f[0], f[1]) }
        for code in ReferenceTables.shared.codes {
            add(code.abbreviation, code.canonical)
            add(code.canonical, code.canonical)
        }
        self.byFold = byFold
        // a form that is the first of its fold (not "Fla. Stat. Ann." beside "Fla. Stat.")
        forms = Set(byFold.values.filter { byFold[Self.fold($0)] == $0 })
        var states: [String: String] = [:]
        for (name, abbreviation) in CodeWords.stateAbbreviations { states[TextCase.lowercased(name)] = abbreviation }
        self.states = states
        var words: [String: String] = [:]
        for f in ReferenceTables.rows(EmbeddedTables.caseNameWords, maxFields: 2) where f.count == 2 {
            let key = TextCase.lowercased(f[0])
            if words[key] == nil { words[key] = f[1] }
        }
        self.words = words
    }

    /// The key's name of the code written `written`: its T1 form when the tables know
    /// it, else `written` itself.
    func canonical(_ written: String) -> String {
        if forms.contains(written) { return written }
        if let form = byFold[Self.fold(written)] { return form }
        // a state's name spelled out, and the subject's words: "Texas Insurance Code" →
        // "Tex. Ins. Code Ann.", "WISCONSIN STAT." → "Wis. Stat."
        var parts = written.split(separator: " ").map(String.init)
        var changed = false
        for n in [3, 2, 1] where parts.count > n {
            if let abbr = states[TextCase.lowercased(parts[0..<n].joined(separator: " "))] {
                parts.replaceSubrange(0..<n, with: [abbr])
                changed = true
                break
            }
        }
        guard changed else { return Self.spaced(written) }
        for i in 1..<parts.count {
            if let abbr = words[TextCase.lowercased(parts[i])] { parts[i] = abbr }
        }
        return byFold[Self.fold(parts.joined(separator: " "))] ?? Self.spaced(written)
    }

    /// A code the tables do not know, with a space after each abbreviated word that the
    /// text closed up: "Bus. & Prof.Code" → "Bus. & Prof. Code" (an initialism,
    /// "N.C.G.S.", stays closed).
    static func spaced(_ written: String) -> String {
        let b = Array(written.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 4)
        var letters = 0   // letters since the last non-letter
        for (i, x) in b.enumerated() {
            out.append(x)
            let isLetter = (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A
            if x == 0x2E, letters >= 2, i + 1 < b.count, b[i + 1] >= 0x41, b[i + 1] <= 0x5A { out.append(0x20) }
            letters = isLetter ? letters + 1 : 0
        }
        return out.count == b.count ? written : String(decoding: out, as: UTF8.self)
    }

    /// Letters and digits only, upper-cased, and without a final "ANN": "Wis. STAT." and
    /// "Wis. Stat." fold alike, as do "Tex. Ins. Code Ann." and "TEX. INS. CODE".
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if b >= 0x61 && b <= 0x7A { out.append(b - 0x20) }
            else if (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 { out.append(b) }
        }
        if out.count > 3, out.suffix(3) == [0x41, 0x4E, 0x4E] { out.removeLast(3) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension CodeKeys {
    /// The key of a constitutional provision, one form however it is written:
    /// "article I, § 9, of the Nebraska Constitution", "Neb. Const. art. I, § 9" and
    /// "Neb. Const. Art. I, Sec. 9" are all "Neb. Const. art. I, § 9"; "U.S. Const.,
    /// amend. VI" is "U.S. Const. amend. VI". `code` is the constitution as written,
    /// `parts` its article, section, amendment … ("Art. I, Sec. II, Par. IX").
    func constitution(_ code: String, _ parts: String) -> String {
        let name = constitutionName(code)
        guard let p = Self.constitutionParts(parts) else { return parts.isEmpty ? name : name + " " + parts }
        return p.isEmpty ? name : name + " " + p
    }

    /// "Nebraska Constitution" → "Neb. Const.", "United States Constitution" → "U.S. Const.",
    /// "Ga. Const. of 1983" / "Ga. Const.1983" → "Ga. Const. 1983".
    func constitutionName(_ written: String) -> String {
        var name = written
        // the Supreme Court spaces the initials: "U. S. Const."
        if name.hasPrefix("U. S. ") { name = "U.S. " + name.dropFirst(6) }
        // Michigan writes it without periods: "US Const", and its own "Const 1963"
        if name == "US Const" || name == "US Const." { return "U.S. Const." }
        if name.hasPrefix("Const "), name.dropFirst(6).allSatisfy(\.isNumber) { name = "Const. " + name.dropFirst(6) }
        if name.hasSuffix(" Constitution") {
            var place = String(name.dropLast(" Constitution".count))
            if place.hasPrefix("the ") || place.hasPrefix("The ") { place.removeFirst(4) }
            if place == "United States" || place == "U.S." || place == "US" { return "U.S. Const." }
            guard let abbr = states[TextCase.lowercased(place)] else { return written }
            return abbr + " Const."
        }
        // the year of the constitution after "Const.", with "of" or closed up
        if let r = name.range(of: "Const.") {
            var rest = name[r.upperBound...].drop { $0 == " " }
            if rest.hasPrefix("of ") { rest = rest.dropFirst(3) }
            if !rest.isEmpty, rest.allSatisfy(\.isNumber) { name = name[..<r.upperBound] + " " + rest }
            // a state spelled out before it: "Nebraska Const."
            let place = String(name[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            if let abbr = states[TextCase.lowercased(place)] { name = abbr + " " + name[r.lowerBound...] }
        }
        return name
    }

    /// "IV" for 4: amendment numbers (1–39).
    static func romanNumeral(_ n: Int) -> String? {
        guard n >= 1, n < 40 else { return nil }
        let tens = ["", "X", "XX", "XXX"][n / 10]
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10]
        return tens + ones
    }

    /// The parts in Bluebook form ("art. I, § II, para. IX"); nil when a word is not a part's
    /// label or number (the parts are then kept as written).
    static func constitutionParts(_ written: String) -> String? {
        let words = written.split { $0 == " " || $0 == "," }.map(String.init)
        var out: [String] = []
        var k = 0
        while k < words.count {
            let label: String
            switch TextCase.lowercased(words[k]).trimmingCharacters(in: CharacterSet(charactersIn: ".")) {
            case "art", "article": label = "art."
            case "amend", "amendment", "amdt", "am": label = "amend."
            case "amends", "amendments", "amdts": label = "amends."
            case "§", "sec", "section": label = "§"
            case "§§", "secs", "sections": label = "§§"
            case "par", "para", "paragraph": label = "para."
            case "cl", "clause": label = "cl."
            case "pmbl", "preamble": out.append("pmbl."); k += 1; continue
            default: return nil
            }
            guard k + 1 < words.count else { return nil }
            if label == "§§" || label == "amends." {
                // "§§ 3 and 9", "§§ 3, 9" → "§§ 3, 9"; "amends. V and XIV" → "amends. V, XIV"
                var numbers: [String] = []
                k += 1
                while k < words.count, words[k].first.map({ $0.isNumber || "IVXLC".contains($0) }) ?? false || words[k] == "and" || words[k] == "&" {
                    if words[k] != "and", words[k] != "&" {
                        numbers.append(label == "amends." ? Int(words[k]).flatMap(romanNumeral) ?? words[k] : words[k])
                    }
                    k += 1
                }
                guard !numbers.isEmpty else { return nil }
                out.append(label + " " + numbers.joined(separator: ", "))
                continue
            }
            var number = words[k + 1]
            // Roman numerals in capitals ("art. iv" is OCR's or a typist's)
            if number.allSatisfy({ "ivxlcIVXLC".contains($0) }) { number = number.uppercased() }
            // the Supreme Court numbers amendments in figures: "Amdt. 4" is "amend. IV"
            if label == "amend.", let n = Int(number), let roman = romanNumeral(n) { number = roman }
            out.append(label + " " + number)
            k += 2
        }
        return out.joined(separator: ", ")
    }
}
