// Pincites (R3.2): page spans and footnote pincites.

/// R3.2(a): in a page span, drop repeated digits but keep the last two
/// ("120–121" → "120–21", "1105-1107" → "1105-07"). Star pages and sections are left alone.
struct PageSpanRule: BluebookRule {
    let rule = "R3.2(a)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase, .id, .internal]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        // most pincites are one page: look for a dash byte before splitting anything
        guard let pin = c.pincite, pin.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }),
              !pin.utf8.contains(0x2A), !TextScan.has(pin, "§"), !TextScan.has(pin, "¶") else { return [] }
        var out: [Check] = []
        for (from, to, dash) in Self.spans(in: pin) {
            guard let short = Self.shortened(from, to), short != to else { continue }
            let written = from + dash + to
            let at = TextScan.findLast(written, in: ctx.text, from: c.span.start, to: c.span.end)
                .map { Span($0.end - to.utf8.count, $0.end) }
            out.append(ctx.finding(i, rule, .deviation, "in a page span keep only the last two digits: '\(written)' → '\(from + dash + short)'",
                                   fix: at, replacement: short))
        }
        return out
    }

    /// The page spans "a–b" of a pincite (hyphen, en dash or em dash).
    static func spans(in pin: String) -> [(String, String, String)] {
        // on bytes: a Character split per part and per dash showed in profiles
        let dashes: [(bytes: [UInt8], text: String)] = [([0xE2, 0x80, 0x93], "–"), ([0x2D], "-"), ([0xE2, 0x80, 0x94], "—")]
        var out: [(String, String, String)] = []
        for part in pin.utf8.split(whereSeparator: { $0 == 0x2C || $0 == 0x20 }) {
            let p = Array(part)
            for dash in dashes {
                // exactly one of this dash, with digits on both sides
                var hits: [Int] = []
                var k = 0
                while k + dash.bytes.count <= p.count {
                    if p[k..<(k + dash.bytes.count)].elementsEqual(dash.bytes) { hits.append(k); k += dash.bytes.count } else { k += 1 }
                }
                guard hits.count == 1 else { continue }
                let a = p[..<hits[0]], b = p[(hits[0] + dash.bytes.count)...]
                guard !a.isEmpty, !b.isEmpty, a.allSatisfy(TextScan.isDigit), b.allSatisfy(TextScan.isDigit) else { continue }
                out.append((String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self), dash.text))
            }
        }
        return out
    }

    /// The Bluebook end of span `a–b`: drop leading digits shared with `a`, keep at least two.
    static func shortened(_ a: String, _ b: String) -> String? {
        guard a.count == b.count, b.count >= 3, let x = Int(a), let y = Int(b), y > x else { return nil }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return String(b.dropFirst(min(common, b.count - 2)))
    }
}

/// R3.2(b): a footnote pincite closes up "n." and the number ("75 n.3", not "75 n. 3").
struct FootnotePinciteRule: BluebookRule {
    let rule = "R3.2(b)"
    let kinds: Set<CitationKind> = [.fullCase, .shortCase, .id]

    func check(_ i: Int, _ c: Citation, _ ctx: CheckContext) -> [Check] {
        guard let pin = c.pincite, TextScan.has(pin, " n") else { return [] }
        for form in [" nn. ", " n. "] {
            guard let r = pin.firstRange(of: form) else { continue }
            let tail = pin[r.upperBound...]
            guard let d = tail.first, d.isNumber else { continue }
            let at = TextScan.findLast(String(form.dropFirst()), in: ctx.text, from: c.span.start, to: c.span.end + 1)
            return [ctx.finding(i, rule, .deviation, "a footnote pincite closes up: '\(form.trimmingCharacters(in: .whitespaces))\(tail)'",
                                fix: at, replacement: String(form.dropFirst().dropLast()))]
        }
        return []
    }
}
