// Spans whose dash was lost. Text taken from PDFs and some databases drops the en
// dash of a span, so "568 U.S. 398, 411–14" arrives as "398, 41114" and "¶¶ 15–20"
// as "¶¶ 1520". The number left behind is no page of the case (or breaks the order of
// a list), which is how the rules below notice it; this reads it back as a span.

/// Reads a run of digits as a span whose dash was lost.
enum LostDash {
    /// The offsets at which `digits` splits into a span "a–b" (the end written in
    /// full or shortened as R3.2(a) allows: "411–14") with `atLeast` ≤ a < end ≤ `atMost`.
    /// More than one offset means the reading is ambiguous.
    static func splits(_ digits: [UInt8], atLeast: Int, atMost: Int) -> [Int] {
        // nine digits stay well inside Int; longer runs are no pincite
        guard digits.count >= 3, digits.count <= 9, digits.allSatisfy(TextScan.isDigit), digits[0] != 0x30 else { return [] }
        var out: [Int] = []
        for k in 1..<digits.count {
            let a = digits[..<k], b = digits[k...]
            // the end is never longer than the start, and keeps at least two digits (R3.2(a))
            guard b.count <= a.count, b.count >= min(2, a.count) else { continue }
            let start = number(a)
            let end = number(a.prefix(a.count - b.count) + b)
            if end > start, start >= atLeast, end <= atMost { out.append(k) }
        }
        return out
    }

    /// The split of `digits` when exactly one reading fits.
    static func split(_ digits: [UInt8], atLeast: Int, atMost: Int) -> Int? {
        let all = splits(digits, atLeast: atLeast, atMost: atMost)
        return all.count == 1 ? all[0] : nil
    }

    /// `digits` with an en dash at offset `k`: "41114", 3 → "411–14".
    static func spelled(_ digits: [UInt8], at k: Int) -> String {
        String(decoding: digits[..<k], as: UTF8.self) + "–" + String(decoding: digits[k...], as: UTF8.self)
    }

    static func number<C: Collection>(_ digits: C) -> Int where C.Element == UInt8 {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
