// TextSink: the working text under construction, with its offset map. Text is
// added the way a browser lays it out — runs of whitespace become one space,
// block boundaries become a blank line (a single newline inside a footnote),
// <br> a newline, spaces at the start and end of lines are dropped, and block
// quotes are indented by four spaces — and spans of blocks, page markers and
// footnote marks are recorded as they are written.

/// What a recorded span is.
enum ReaderSpanKind: Equatable {
    case block
    case blockQuote
    /// A head-matter block: parties, docketnumber, court, …
    case head(String)
    /// An inline page marker with its label (and the reporter's rank when known).
    case page(String, reporter: Int?)
    /// A footnote mark; `ref` is the id it points to (HTML href, CAP ref).
    case mark(ref: String?)
    /// An opinion (index into the hints' opinions).
    case opinion(Int)
    /// An opinion's author line.
    case author(Int)
    /// The line of dashes above endnotes.
    case rule
}

struct ReaderSpanRecord {
    var kind: ReaderSpanKind
    var start: Int
    var end: Int
}

struct TextSink {
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [Int32] = []
    private(set) var records: [ReaderSpanRecord] = []
    /// Records whose start is the next character written.
    private var unstarted: [Int] = []
    /// Newlines wanted before the next character.
    private var pendingBreak = 0
    private var pendingSpace = false
    private var spaceOffset: Int32 = 0
    /// Nothing but indentation written since the last newline.
    private var lineEmpty = true
    /// Breaks are dropped until the next character (after a footnote's "[1] ").
    private var suppressBreak = false
    /// Spaces put at the start of each line.
    var indent = 0
    /// Newlines between blocks.
    var blockBreak = 2
    /// Inside <pre>: whitespace is kept as is.
    var preserve = 0

    init(blockBreak: Int = 2) { self.blockBreak = blockBreak }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    // MARK: - Layout

    /// A block starts or ends here.
    mutating func blockBoundary() {
        if suppressBreak { return }
        pendingBreak = max(pendingBreak, blockBreak)
        pendingSpace = false
    }

    /// A line break (<br>, table row).
    mutating func lineBreak() {
        pendingBreak = max(pendingBreak, 1)
        pendingSpace = false
    }

    /// Whitespace: one space before the next character, unless a break comes first.
    mutating func space(at offset: Int32) {
        if pendingBreak == 0, !pendingSpace {
            pendingSpace = true
            spaceOffset = offset
        }
    }

    /// Writes pending breaks, indentation and space before a character from `offset`.
    private mutating func flush(_ offset: Int32) {
        if pendingBreak > 0 {
            if bytes.isEmpty || suppressBreak {
                pendingBreak = 0
            } else {
                trimTrailingSpaces()
                var have = 0
                var k = bytes.count - 1
                while k >= 0, bytes[k] == 0x0A, have < pendingBreak { have += 1; k -= 1 }
                for _ in have..<pendingBreak { bytes.append(0x0A); offsets.append(offset) }
                pendingBreak = 0
                lineEmpty = true
            }
            pendingSpace = false
        }
        if lineEmpty {
            pendingSpace = false
            if indent > 0 {
                for _ in 0..<indent { bytes.append(0x20); offsets.append(offset) }
            }
            lineEmpty = false
        } else if pendingSpace {
            if let last = bytes.last, last != 0x20, last != 0x0A { bytes.append(0x20); offsets.append(spaceOffset) }
            pendingSpace = false
        }
        if !unstarted.isEmpty {
            for r in unstarted { records[r].start = bytes.count }
            unstarted.removeAll(keepingCapacity: true)
        }
        suppressBreak = false
    }

    private mutating func trimTrailingSpaces() {
        while let last = bytes.last, last == 0x20 {
            bytes.removeLast(); offsets.removeLast()
        }
        let n = bytes.count
        var k = records.count - 1
        while k >= 0, records[k].end > n || records[k].start > n {
            records[k].end = min(records[k].end, n)
            records[k].start = min(records[k].start, n)
            k -= 1
        }
    }

    // MARK: - Text

    /// Adds a text node's bytes; `offsets[i]` is the source offset of `text[i]`.
    /// `dropSpaces`: whitespace is left out (inside footnote marks).
    mutating func text(_ text: UnsafeBufferPointer<UInt8>, offsets map: UnsafeBufferPointer<Int32>, dropSpaces: Bool = false) {
        let n = text.count
        bytes.reserveGrowing(bytes.count + n)
        offsets.reserveGrowing(offsets.count + n)
        var i = 0
        while i < n {
            let b = text[i]
            let o = i < map.count ? map[i] : (map.last ?? 0)
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if dropSpaces { i += 1; continue }
                if preserve > 0 {
                    if b == 0x0A || b == 0x0D {
                        flush(o)
                        bytes.append(0x0A); offsets.append(o)
                        lineEmpty = true
                    } else {
                        flush(o)
                        bytes.append(b == 0x09 ? 0x09 : 0x20); offsets.append(o)
                    }
                } else {
                    space(at: o)
                }
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, text[i + 1] == 0xA0, preserve == 0, lineEmpty || (pendingBreak > 0 && !suppressBreak) {
                // no-break spaces that only indent a line (Fastcase "&#160;" × 8) are dropped
                i += 2
                continue
            }
            if b >= 0x80 && b < 0xC0 {
                // continuation byte of a character already started
                bytes.append(b); offsets.append(o)
                i += 1
                continue
            }
            flush(o)
            bytes.append(b); offsets.append(o)
            i += 1
        }
    }

    /// Adds layout text the reader makes up ("[", "]", "[1] ", the footnote rule),
    /// mapped to `offset`. Spaces in it are written as is.
    mutating func synthetic(_ s: String, at offset: Int32) {
        var first = true
        for b in s.utf8 {
            if first { flush(offset); first = false }
            bytes.append(b); offsets.append(offset)
        }
    }

    /// After a footnote's "[1] ": the next block boundary does not break the line.
    mutating func holdBreaks() { suppressBreak = true; pendingBreak = 0 }

    /// Takes back a "." just written (the period of a footnote label "2.").
    mutating func dropTrailingPeriod() {
        guard bytes.count >= 2, bytes.last == 0x2E, bytes[bytes.count - 2] != 0x5B else { return }
        bytes.removeLast(); offsets.removeLast()
    }

    /// Offset after the last byte written that is not a space or newline.
    var lastContentOffset: Int {
        var k = bytes.count
        while k > 0, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x0A { k -= 1 }
        return k
    }

    /// Drops everything from `offset` on (and the spans that start there).
    mutating func truncate(to offset: Int) {
        guard offset >= 0, offset < bytes.count else { return }
        bytes.removeLast(bytes.count - offset)
        offsets.removeLast(offsets.count - offset)
        records.removeAll { $0.start >= offset }
        for k in records.indices where records[k].end > offset { records[k].end = offset }
        unstarted.removeAll()
        pendingBreak = 0
        pendingSpace = false
    }

    /// The last byte written that is not a space or newline.
    var lastContentByte: UInt8? { bytes.last { $0 != 0x20 && $0 != 0x0A } }

    /// Takes back a pending block break: the text goes on on the same line, after a space.
    mutating func continueLine(at offset: Int32) {
        pendingBreak = 0
        pendingSpace = false
        space(at: offset)
    }

    // MARK: - Spans

    /// Starts a span at the next character written; returns its record index.
    mutating func open(_ kind: ReaderSpanKind) -> Int {
        records.append(ReaderSpanRecord(kind: kind, start: -1, end: -1))
        unstarted.append(records.count - 1)
        return records.count - 1
    }

    /// Adds a record whose bytes are already written (a page that starts inside a
    /// paragraph, placed when the paragraph is done).
    mutating func addRecord(_ kind: ReaderSpanKind, start: Int, end: Int) {
        let s = max(0, min(start, bytes.count))
        records.append(ReaderSpanRecord(kind: kind, start: s, end: max(s, min(end, bytes.count))))
    }

    /// Ends the span opened as `index` at the last character written.
    mutating func close(_ index: Int) {
        guard index >= 0, index < records.count else { return }
        if records[index].start < 0 {
            records[index].start = bytes.count
            unstarted.removeAll { $0 == index }
        }
        records[index].end = max(records[index].start, bytes.count)
    }

    func record(_ index: Int) -> ReaderSpanRecord { records[index] }

    // MARK: - Joining

    /// Appends `other` (a footnote) as a block of its own; returns its span here.
    /// Its page-marker and mark records move along; its block records are dropped.
    mutating func append(_ other: TextSink, at offset: Int32) -> Span {
        var o = other
        o.trimTrailingSpaces()
        while let last = o.bytes.last, last == 0x0A || last == 0x20 { o.bytes.removeLast(); o.offsets.removeLast() }
        guard !o.bytes.isEmpty else { return Span(count, count) }
        blockBoundary()
        flush(o.offsets.first ?? offset)
        let base = bytes.count
        bytes.append(contentsOf: o.bytes)
        offsets.append(contentsOf: o.offsets)
        lineEmpty = false
        for r in o.records {
            switch r.kind {
            case .page, .mark:
                guard r.start >= 0 else { continue }
                records.append(ReaderSpanRecord(kind: r.kind, start: base + min(r.start, o.bytes.count), end: base + min(max(r.end, r.start), o.bytes.count)))
            default:
                continue
            }
        }
        blockBoundary()
        return Span(base, bytes.count)
    }

    /// Ends the text: no trailing spaces, one final newline.
    mutating func finish() {
        trimTrailingSpaces()
        while let last = bytes.last, last == 0x0A || last == 0x20 || last == 0x09 {
            bytes.removeLast(); offsets.removeLast()
        }
        for k in records.indices where records[k].end > bytes.count || records[k].start > bytes.count {
            records[k].end = min(records[k].end, bytes.count)
            records[k].start = min(records[k].start, bytes.count)
        }
        for r in unstarted { records[r].start = bytes.count; records[r].end = max(records[r].end, bytes.count) }
        unstarted.removeAll()
        if let last = offsets.last {
            bytes.append(0x0A); offsets.append(last)
        }
        pendingBreak = 0
        pendingSpace = false
    }

    /// The text of a span with whitespace runs made single spaces and `excluding`
    /// spans (page markers) left out.
    func string(_ span: Span, excluding: [Span] = []) -> String {
        let s = max(0, min(span.start, bytes.count)), e = max(s, min(span.end, bytes.count))
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var i = s
        var ex = excluding.filter { $0.end > s && $0.start < e }.sorted { $0.start < $1.start }[...]
        var space = false
        while i < e {
            if let x = ex.first, i >= x.start {
                if i < x.end { i = x.end; space = true; continue }
                ex = ex.dropFirst()
                continue
            }
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { space = true }
            else {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
