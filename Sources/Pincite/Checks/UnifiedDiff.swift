// A unified diff (no context lines) between a text and its corrected copy,
// for `pincite check --fix`. The two differ only where fixes were applied, so
// lines are compared in order and each run of changed lines becomes a hunk.

/// Builds unified diffs of line-aligned edits.
public enum UnifiedDiff {
    /// The diff from `old` to `new`, headed `--- a/name` / `+++ b/name`; empty when they are equal.
    public static func make(old: [UInt8], new: [UInt8], name: String) -> String {
        let a = lines(old), b = lines(new)
        var out = ""
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { i += 1; j += 1; continue }
            // a changed run: advance until the two sides line up again
            let (ei, ej) = realign(a, b, i, j)
            out += "@@ -\(i + 1),\(ei - i) +\(j + 1),\(ej - j) @@\n"
            for k in i..<ei { out += "-" + a[k] + "\n" }
            for k in j..<ej { out += "+" + b[k] + "\n" }
            i = ei; j = ej
        }
        return out.isEmpty ? "" : "--- a/\(name)\n+++ b/\(name)\n" + out
    }

    /// The first pair (ei, ej) after (i, j) where at least two lines agree again
    /// (fixes that join or split lines shift one side by a few lines).
    static func realign(_ a: [String], _ b: [String], _ i: Int, _ j: Int) -> (Int, Int) {
        for span in 1...8 {
            for di in 0...span {
                let dj = span - di
                let (x, y) = (i + di, j + dj)
                if x >= a.count || y >= b.count { if x == a.count && y == b.count { return (x, y) }; continue }
                if a[x] == b[y], x + 1 >= a.count || y + 1 >= b.count || a[x + 1] == b[y + 1] { return (x, y) }
            }
        }
        return (a.count, b.count)
    }

    static func lines(_ t: [UInt8]) -> [String] {
        var out = t.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if out.last == "" { out.removeLast() }
        return out
    }
}
