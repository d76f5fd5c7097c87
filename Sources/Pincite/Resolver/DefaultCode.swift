// DefaultCode: the code an opinion's bare sections are in, when it says so.
//
// State opinions declare it once, mostly in their first footnote: "Unless otherwise
// indicated, all further statutory references are to the Welfare and Institutions
// Code." (California), "All statutory references are to RSMo 2000, unless otherwise
// specified." (Missouri). After that "§ 786, subd. (b)" is a section of that code,
// and the authority key should say so. The declared name is matched against the
// codes the opinion cites with their sections ("Welf. & Inst. Code, § 300"), so
// that bare and full cites share one key; a code never cited in full keeps the
// declared name.

import Foundation

/// Finds the code an opinion declares its bare sections to be in.
enum DefaultCode {
    /// The code named by the first "… references are to [the] X" of `text` whose X names a
    /// code (its last word Code, Statutes, Laws, Law, Act or a known local form), with an
    /// edition year dropped ("RSMo 2000" → "RSMo"); nil when the opinion declares none.
    static func declared(in text: [UInt8]) -> String? {
        // (the needle ends in a rare letter, not a space: ByteSearch's skip table then jumps far)
        let needle = Array("eferences are to".utf8)
        var from = 0
        var hits = 0
        while hits < 8, let at = ByteSearch.find(text, needle, from: from) {
            hits += 1
            from = at + needle.count
            // "references" / "References", then a space
            guard at >= 1, text[at - 1] | 0x20 == 0x72, from < text.count, text[from] == 0x20 else { continue }
            from += 1
            if let name = codeName(text, at: from) { return name }
        }
        return nil
    }

    /// The code phrase at `start` ("the Welfare and Institutions Code unless …").
    static func codeName(_ text: [UInt8], at start: Int) -> String? {
        var words: [String] = []
        var k = start
        while k < text.count, words.count < 9 {
            while k < text.count, text[k] == 0x20 { k += 1 }
            var e = k
            while e < text.count, text[e] != 0x20, text[e] != 0x2C, text[e] != 0x3B, text[e] != 0x29, text[e] != 0x0A { e += 1 }
            guard e > k else { break }
            var word = String(decoding: text[k..<e], as: UTF8.self)
            let endsSentence = word.hasSuffix(".") && !["Stat.", "Ann.", "Proc.", "Regs."].contains(word)
            if endsSentence { word.removeLast() }
            if ["unless", "except", "as", "in", "that", "which", "through"].contains(word) { break }
            words.append(word)
            k = e
            if endsSentence || (k < text.count && text[k] != 0x20) { break }
        }
        if words.first == "the" || words.first == "The" { words.removeFirst() }
        // an edition year ("RSMo 2000", "Florida Statutes (2019)" is cut at its parenthesis)
        if let last = words.last, last.count == 4, last.allSatisfy(\.isNumber) { words.removeLast() }
        guard let last = words.last, !words.isEmpty, words.count <= 7 else { return nil }
        let codeWords: Set<String> = ["Code", "Statutes", "Laws", "Law", "Act", "Stat.", "Ann.", "Rules", "Procedure"]
        let name = words.joined(separator: " ")
        guard codeWords.contains(last) || ReferenceTables.shared.codes.contains(where: { $0.abbreviation == name }) else { return nil }
        return name
    }

    /// The spelling of the declared code among `written` (the codes the opinion cites with
    /// sections) that abbreviates it word by word: "Welf. & Inst. Code" for "Welfare and
    /// Institutions Code", "Code Civ. Proc." for "Code of Civil Procedure"; else the
    /// declared name itself.
    static func spelling(of declared: String, among written: [String]) -> String {
        let full = declared.split(separator: " ").map { String($0) }.filter { $0 != "of" && $0 != "the" }
        for w in written where abbreviates(w, full) { return w }
        return declared
    }

    /// Each word of `short` (periods and spaces aside) begins the next word of `full`, "&"
    /// standing for "and".
    static func abbreviates(_ short: String, _ full: [String]) -> Bool {
        let parts = short.split { $0 == " " || $0 == "." }.map { String($0) }.filter { !$0.isEmpty }
        guard parts.count == full.count else { return false }
        for (p, f) in zip(parts, full) {
            if p == "&" { if f != "and" && f != "&" { return false }; continue }
            guard f.lowercased().hasPrefix(p.lowercased()) else { return false }
        }
        return true
    }
}
