// The human-readable output of `pincite check`: each deviating (or ambiguous)
// citation with its page, its text, the rule and the suggestion, then counts.

extension Document {
    /// The check report: one block per citation that deviates or cannot be
    /// decided, and a summary of verdicts by kind.
    /// - Parameter includeInfo: also list info remarks (edition notes, house styles).
    public func checkReport(includeInfo: Bool = false) -> String {
        var out = ""
        var verdicts: [String: Int] = [:]
        for c in citations {
            verdicts[(c.verdict ?? .notChecked).rawValue, default: 0] += 1
            let shown = c.checks.filter { includeInfo || $0.severity != Severity.info.rawValue }
            guard !shown.isEmpty else { continue }
            var place = c.location.page.map { "p. \($0)" } ?? "p. ?"
            if let fn = c.location.footnote { place += " n.\(fn)" }
            out += "\(place)  #\(c.id) \(c.kind.rawValue)  \(collapsedText(c.span))\n"
            for ch in shown {
                out += "    \(ch.severity): \(ch.message)\n"
                if let s = ch.suggestion { out += "    suggestion: \(s)\n" }
            }
        }
        let order = [Verdict.conforms, .deviates, .ambiguous, .notChecked].map(\.rawValue)
        out += "\n\(citations.count) citations: " + order.map { "\($0) \(verdicts[$0, default: 0])" }.joined(separator: ", ") + "\n"
        return out
    }

    /// The corrections of all deviations that carry one, in text order,
    /// overlapping ones dropped (the first wins).
    public func bluebookFixes() -> [(span: Span, replacement: String)] {
        var fixes: [(span: Span, replacement: String)] = []
        for c in citations {
            for ch in c.checks where ch.severity == Severity.deviation.rawValue || ch.severity == Severity.warning.rawValue {
                if let f = ch.fix, let r = ch.replacement, f.start >= 0, f.end <= source.text.count, f.start <= f.end {
                    fixes.append((f, r))
                }
            }
        }
        fixes.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end < $1.span.end }
        var kept: [(span: Span, replacement: String)] = []
        for f in fixes {
            if let last = kept.last, f.span.start < last.span.end || (f.span.start == last.span.start && f.span == last.span) { continue }
            kept.append(f)
        }
        return kept
    }

    /// The working text with every `bluebookFixes()` correction applied (UTF-8).
    public func correctedText() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.text.count)
        var at = 0
        for f in bluebookFixes() {
            out += source.text[at..<f.span.start]
            out += Array(f.replacement.utf8)
            at = f.span.end
        }
        out += source.text[at...]
        return out
    }
}
