// BatchStats: the running totals of a batch — documents, bytes, citations, errors —
// and the two ways they are shown: the progress line and the final summary.

/// Totals of a batch run so far.
public struct BatchStats: Sendable {
    public private(set) var documents = 0
    public private(set) var errors = 0
    public private(set) var skipped = 0
    public private(set) var citations = 0
    /// Input bytes of the documents delivered (decompressed).
    public private(set) var bytes = 0
    private let started = Clock.now()

    public init() {}

    /// Seconds since the run started.
    public var elapsed: Double { Clock.now() - started }

    public mutating func add(_ r: BatchResult) {
        documents += 1
        bytes += r.bytes
        if r.skipped { skipped += 1 } else if r.error != nil { errors += 1 } else { citations += r.citations }
    }

    /// "1,234 docs · 410 docs/s · 14.2 MB/s · 56,789 citations · 3 errors · ETA 4m12s"
    public func progressLine(bytesRead: Int, totalBytes: Int?) -> String {
        let t = max(elapsed, 1e-6)
        var parts = ["\(Self.grouped(documents)) docs", "\(Int(Double(documents) / t)) docs/s",
                     Self.rate(Double(bytes) / t), "\(Self.grouped(citations)) citations",
                     Self.count(errors, "error")]
        if skipped > 0 { parts.append("\(Self.grouped(skipped)) skipped") }
        if let total = totalBytes, total > 0, bytesRead > 0 {
            let left = Double(max(0, total - bytesRead)) / (Double(bytesRead) / t)
            parts.append("ETA \(Self.duration(left))")
        }
        return parts.joined(separator: " · ")
    }

    /// The one-line summary written when the run ends.
    public func summary(interrupted: Bool) -> String {
        let t = max(elapsed, 1e-6)
        var s = "pincite batch: \(Self.count(documents, "document")) (\(Self.count(errors, "error"))"
        if skipped > 0 { s += ", \(Self.grouped(skipped)) skipped" }
        s += "), \(Self.megabytes(bytes)) in \(Self.duration(t)) (\(Self.rate(Double(bytes) / t)), "
        s += "\(Int(Double(documents) / t)) docs/s), \(Self.grouped(citations)) citations"
        if interrupted { s += " — interrupted" }
        return s
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// "1 error", "2,345 errors".
    static func count(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    static func megabytes(_ bytes: Int) -> String { oneDecimal(Double(bytes) / 1e6) + " MB" }
    static func rate(_ bytesPerSecond: Double) -> String { oneDecimal(bytesPerSecond / 1e6) + " MB/s" }

    static func oneDecimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return oneDecimal(seconds) + " s" }
        let s = Int(seconds)
        if s < 3600 { return "\(s / 60)m\(s % 60)s" }
        return "\(s / 3600)h\((s % 3600) / 60)m"
    }
}
