// ClosingSignature: signature blocks with no "/s/", "SO ORDERED" or "Dated:" — a letter's
// closing ("Sincerely," / "Respectfully submitted,") or a name over an official title:
//
//     M. HYLAND                               STEVE MARSHALL Attorney General.
//     Veterans Law Judge                      HOWELL T. HEFLIN Chief Justice
//
// as advisory opinions, agency decisions and the Opinions of the Justices end. Without
// it the capitalised name lines at the end were taken for section headings.

extension StructureContext {
    /// Closing formulas that open a signature block (the line holds nothing else).
    static let closingFormulas = ["Sincerely", "Respectfully submitted", "Respectfully", "Very truly yours",
                                  "Yours truly", "Yours very truly",
                                  // a court's order signed on its behalf (the Tenth Circuit's "Entered for the Court")
                                  "Entered for the Court", "ENTERED FOR THE COURT", "For the Court", "FOR THE COURT",
                                  "By the Court", "BY THE COURT",
                                  // New York's Appellate Division: "ENTER:" over the clerk's name
                                  "ENTER", "Enter"]
    /// Titles a signature line ends with (compared lower-cased, without a final "." or ",").
    static let signatureTitles = ["judge", "justice", "justices", "attorney general", "solicitor general",
                                  "commissioner", "commissioners", "hearing officer", "board member", "chairman",
                                  "chairperson", "member"]

    /// The first line of a closing signature block among `tail` (the last lines with
    /// content, in order), and its last line: the block runs over short lines and ends
    /// before the first line of prose, a separator or the notes that follow it.
    func closingSignature(in tail: [Int]) -> (first: Int, last: Int)? {
        for (n, i) in tail.enumerated() where contentLength(i) <= 80 {
            var first: Int? = nil
            if isClosingFormula(i) {
                first = i
            } else if let title = signatureTitle(i), followedBySignatureLines(i) {
                // the name stands before the title on the line, or alone on the line above
                if title.nameBefore {
                    first = i
                } else if n > 0, isNameLine(tail[n - 1]) {
                    first = tail[n - 1]
                }
            }
            guard var f = first else { continue }
            // the rule signed over ("______") belongs to the block
            if let above = tail.last(where: { $0 < f }),
               case let (s, e) = contentRange(above), e - s >= 5, text[s..<e].allSatisfy({ $0 == 0x5F }) {
                f = above
            }
            var last = f
            var after: [Int] = []   // the lines after the block
            for j in tail where j > f {
                if after.isEmpty, isShortSignatureLine(j) { last = j } else { after.append(j) }
            }
            // a signature ends the opinion: what follows is notes, or a line or three (a
            // publisher's notice); an author line with the opinion after it is no signature
            if after.count > 3, !startsNotes(after[0]) { continue }
            return (f, last)
        }
        return nil
    }

    /// "Sincerely," / "Respectfully submitted," / "Entered for the Court" alone on its line.
    private func isClosingFormula(_ i: Int) -> Bool {
        // (bytes first: the formulas are short and start with S, R, V, Y, E, F or B)
        let (s, e) = contentRange(i)
        guard e - s <= 30, [0x53, 0x52, 0x56, 0x59, 0x45, 0x46, 0x42].contains(text[s]) else { return false }
        let t = lineText(i).trimmed(" ,.:")
        return Self.closingFormulas.contains(t)
    }

    /// The title that ends line `i` ("Veterans Law Judge", "ATTORNEY GENERAL."), and
    /// whether a name stands before it on the line. Nil for prose and for an opinion's
    /// author line ("RUFFIN, Presiding Judge." opens the opinion; it does not sign it).
    private func signatureTitle(_ i: Int) -> (title: String, nameBefore: Bool)? {
        guard endsWithTitleWord(i) else { return nil }
        let line = lineText(i)
        guard let first = line.unicodeScalars.first, first.properties.isUppercase else { return nil }
        let words = line.split(separator: " ")
        guard words.count <= 8 else { return nil }
        let lower = line.fastLowercased().trimmed(" .,")
        guard let title = Self.signatureTitles.first(where: { lower.hasSuffix($0) }) else { return nil }
        // the title is a word of its own ("Prejudge" is not a title)
        let before = lower.dropLast(title.count)
        guard before.isEmpty || before.hasSuffix(" ") || before.hasSuffix(",") else { return nil }
        // the words before the title that are still title ("Veterans Law", "Chief", "Associate")
        // start with a capital; a name before them is written in capitals or starts the line
        let prefix = String(line.prefix(before.count)).trimmed(" ,")
        let named = Self.nameBeforeComma(line) != nil
            || (prefix.unicodeScalars.contains { $0.properties.isUppercase } && nameInCapitals(prefix))
        return (title, named)
    }

    /// The last words of the titles, lower-cased: the byte test before any String is made.
    private static let titleLastWords: Set<[UInt8]> = Set(signatureTitles.map { Array($0.split(separator: " ").last!.utf8) })

    /// Line `i` ends with the last word of a title ("… Judge", "… GENERAL.").
    private func endsWithTitleWord(_ i: Int) -> Bool {
        var (s, e) = contentRange(i)
        while e > s, text[e - 1] == 0x2E || text[e - 1] == 0x2C || text[e - 1] == 0x20 { e -= 1 }
        var b = e
        while b > s, text[b - 1] != 0x20 { b -= 1 }
        guard e - b >= 5, e - b <= 13 else { return false }
        return Self.titleLastWords.contains(text[b..<e].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    }

    /// A signature line goes on with short lines or ends the text: the line after the
    /// title is not prose.
    private func followedBySignatureLines(_ i: Int) -> Bool {
        var j = i + 1
        while j < lines.count, isBlank(j) || noise[j] { j += 1 }
        return j >= lines.count || isShortSignatureLine(j)
    }

    /// A short line of a signature block: a name, a title, a court, a place.
    private func isShortSignatureLine(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s <= 80 else { return false }
        // a separator or a note after the signature ends it
        if text[s] == 0x5B || startsNotes(i) { return false }
        return proseCounts(s, e).words <= 10
    }

    /// A separator ("----", "____") or a "Notes:" line: the notes after the opinion.
    private func startsNotes(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        return text[s] == 0x2D || text[s] == 0x5F || ByteScan.hasPrefix(text, from: s, to: e, Array("Notes".utf8))
    }

    /// A name alone on its line: up to five words, the first a capital, no digits and no
    /// sentence in it ("M. HYLAND", "Marc G. Farris").
    private func isNameLine(_ i: Int) -> Bool {
        let (s, e) = contentRange(i)
        guard e - s <= 50 else { return false }
        let line = lineText(i).trimmed(" ,")
        guard let first = line.unicodeScalars.first, first.properties.isUppercase,
              !line.unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        return line.split(separator: " ").count <= 5 && !line.hasSuffix(":")
    }

    /// The words before a title name a person in capitals ("STEVE MARSHALL", "HOWELL T.
    /// HEFLIN", "ANDY BESHEAR"), as signature blocks print it; mixed-case words are
    /// taken for the rest of the title ("Veterans Law", "Chief").
    private func nameInCapitals(_ prefix: String) -> Bool {
        let words = prefix.split(separator: " ").filter { $0.count > 2 }.map(String.init)
        guard let w = words.first else { return false }
        return w.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }
}

extension StructureContext {
    /// The name in capitals that opens a signature line before a title in mixed case
    /// ("HOWELL T. HEFLIN Chief Justice" → "HOWELL T. HEFLIN"); nil when the line does
    /// not start so, or is all capitals (name and title cannot be told apart).
    static func capitalsName(before line: String) -> String? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var names = 0
        for w in words {
            let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard !letters.isEmpty else { return nil }
            if letters.contains(where: { $0.properties.isLowercase }) { break }
            names += 1
        }
        guard names >= 2, names < words.count else { return nil }
        return words.prefix(names).joined(separator: " ").trimmed(" ,")
    }

    /// The name before the comma of "James M. Dowd, Judge": up to five words, each
    /// capitalised or an initial, and the title after the comma; nil for anything else.
    static func nameBeforeComma(_ line: String) -> String? {
        guard let comma = line.lastIndex(of: ",") else { return nil }
        let name = String(line[..<comma]).trimmedWhitespace()
        let title = line[line.index(after: comma)...].trimmed(" .").fastLowercased()
        guard !name.isEmpty, title.hasSuffix("judge") || title.hasSuffix("justice"), title.split(separator: " ").count <= 4 else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 2, words.count <= 5,
              words.allSatisfy({ w in w.first.map { $0.isUppercase } ?? false }) else { return nil }
        return name
    }
}
