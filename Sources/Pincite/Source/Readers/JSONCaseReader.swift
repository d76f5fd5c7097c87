// JSONCaseReader: CAP case JSON and CourtListener opinion JSON.
//
// Foundation's JSONSerialization checks the input and gives the metadata; a small
// tolerant scanner finds where the text-bearing strings stand in the bytes, so
// that offsets map back through the JSON escapes ("\u2019", "\"", "\n") to the
// original input, and so that a truncated or broken file still yields its
// `casebody.data` (the string up to where the input stops) with a diagnostic.
//
// Bodies, in order of preference:
// - `casebody.data` as CAP XML (or CAP HTML) → MarkupReader, offsets composed;
// - `casebody.head_matter` / `casebody.opinions[].text` (CAP "text" format,
//   also under `casebody.data`) → one paragraph per line;
// - CourtListener text fields `html_with_citations`, `html_columbia`, `html_lawbox`,
//   `xml_harvard`, `html_anon_2020`, `html`, `plain_text` (plain text is kept verbatim);
// - `opinions[]` holding such fields (COLD Cases style, one body per opinion).

import Foundation

enum JSONCaseReader {
    static func read(_ bytes: [UInt8]) -> ReaderOutput {
        let source = SourceText(bytes: bytes)
        var out = readUTF8(source.text)
        if out.mapOffsets(to: source) {
            out.diagnostics.insert("JSON is not UTF-8; decoded as \(source.encoding.rawValue)", at: 0)
        }
        return out
    }

    static let clTextFields = ["html_with_citations", "html_columbia", "html_lawbox", "xml_harvard", "html_anon_2020", "html",
                               "plain_text", "opinion_text", "text"]

    static func readUTF8(_ utf8: [UInt8]) -> ReaderOutput {
        var out = ReaderOutput(format: .capJSON)
        guard !utf8.isEmpty else {
            out.diagnostics.append("empty input")
            return out
        }
        let scan = utf8.withUnsafeBufferPointer { JSONScanner.scan($0) }
        var diagnostics: [String] = []
        // metadata: JSONSerialization when the JSON is valid, else the scanned strings
        var meta: [String: String] = [:]
        var valid = false
        if scan.complete, let obj = try? JSONSerialization.jsonObject(with: Data(utf8[0..<scan.end]), options: [.fragmentsAllowed]) {
            valid = true
            var top: Any = obj
            if let arr = obj as? [Any] {
                if arr.count > 1 { diagnostics.append("JSON array of \(arr.count) values: read the first") }
                top = arr.first ?? [:]
            }
            flatten(top, prefix: "", depth: 0, into: &meta)
        }
        if !valid {
            let why = scan.error ?? (scan.complete ? "rejected by JSONSerialization" : "input ends inside a value")
            diagnostics.append("JSON is not valid (\(why)); read best-effort from what could be scanned")
            for s in scan.strings where s.path.count <= 4 {
                let key = scan.normalized(s.path).joined(separator: "/")
                if meta[key] == nil { meta[key] = utf8.withUnsafeBufferPointer { JSONScanner.decode($0, s.start, s.end).string } }
            }
        }
        if scan.complete, scan.end < utf8.count, utf8[scan.end...].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            diagnostics.append("input holds more than one JSON value (JSON lines?); read the first")
        }
        func stringValue(_ path: String) -> JSONScanner.StringValue? {
            scan.strings.first { scan.normalized($0.path).joined(separator: "/") == path }
        }

        // 1. casebody.data as markup
        if let data = stringValue("casebody/data") {
            out = body(utf8, data, diagnostics: &diagnostics)
        } else if let structured = structuredCAP(utf8, scan, meta) {
            out = structured
        } else if let field = clTextFields.lazy.compactMap({ stringValue($0) }).first(where: { $0.end > $0.start }) {
            out = body(utf8, field, diagnostics: &diagnostics)
            var op = StructureHints.Opinion(type: clType(meta["type"]) ?? "opinion", author: nonEmpty(meta["author_str"]),
                                            span: ReaderSupport.whole(out.text))
            if op.author == nil, let a = out.hints.opinions.first?.author { op.author = a; op.authorSpan = out.hints.opinions.first?.authorSpan }
            if out.hints.opinions.count <= 1 {
                if let first = out.hints.opinions.first { op.type = meta["type"] != nil ? op.type : first.type }
                out.hints.opinions = [op]
            }
        } else if let cold = opinionsArray(utf8, scan, meta, diagnostics: &diagnostics) {
            out = cold
        } else {
            diagnostics.append("no opinion text found in the JSON (no casebody or CourtListener text field); read as plain text")
            out = PlainReader.read(utf8)
        }
        out.format = .capJSON
        applyMetadata(meta, to: &out.hints)
        out.diagnostics = diagnostics + out.diagnostics
        return out
    }

    /// A string holding markup or text, read and mapped back through its JSON escapes.
    private static func body(_ utf8: [UInt8], _ value: JSONScanner.StringValue, diagnostics: inout [String]) -> ReaderOutput {
        if !value.terminated {
            diagnostics.append("\(value.path.joined(separator: ".")) is cut off where the input ends; read what is there")
        }
        let decoded = utf8.withUnsafeBufferPointer { JSONScanner.decode($0, value.start, value.end) }
        let head = decoded.bytes.prefix(512).drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        var part: ReaderOutput
        if head.first == UInt8(ascii: "<") {
            let lower = Array(decoded.bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let xml = ByteSearch.contains(lower, Array("<casebody".utf8)) || ByteSearch.contains(lower, Array("<?xml".utf8))
                || ByteSearch.contains(lower, Array("<opinion".utf8))
            part = MarkupReader.readUTF8(decoded.bytes, mode: xml ? .xml : .html)
        } else {
            part = ReaderOutput(format: .text, text: decoded.bytes, offsets: (0..<decoded.bytes.count).map { Int32($0) })
            if part.text.last != 0x0A, let last = part.offsets.last { part.text.append(0x0A); part.offsets.append(last) }
        }
        ReaderSupport.compose(&part.offsets, through: decoded.map, end: Int32(truncatingIfNeeded: value.end))
        return part
    }

    /// CAP "text" body format: `head_matter` and `opinions[{type, author, text}]`,
    /// directly in `casebody` or in `casebody.data`.
    private static func structuredCAP(_ utf8: [UInt8], _ scan: JSONScanner.Result, _ meta: [String: String]) -> ReaderOutput? {
        let strings = scan.strings.map { (scan.normalized($0.path), $0) }
        func under(_ p: [String]) -> [String]? {
            if p.count >= 2, p[0] == "casebody" {
                if p[1] == "data" { return Array(p.dropFirst(2)) }
                return Array(p.dropFirst(1))
            }
            return nil
        }
        var out = ReaderOutput(format: .capJSON)
        var found = false
        var sink = TextSink()
        if let hm = strings.first(where: { under($0.0) == ["head_matter"] })?.1 {
            found = true
            lines(utf8, hm, into: &sink)
        }
        var opinionIndex = 0
        var opinions: [StructureHints.Opinion] = []
        while let text = strings.first(where: { under($0.0) == ["opinions", String(opinionIndex), "text"] })?.1 {
            found = true
            sink.blockBoundary()
            let r = sink.open(.opinion(opinionIndex))
            lines(utf8, text, into: &sink)
            sink.close(r)
            let rec = sink.record(r)
            func field(_ name: String) -> String? {
                guard let v = strings.first(where: { under($0.0) == ["opinions", String(opinionIndex), name] })?.1 else { return nil }
                return utf8.withUnsafeBufferPointer { JSONScanner.decode($0, v.start, v.end).string }
            }
            let type = field("type")
            let author = field("author")
            opinions.append(StructureHints.Opinion(type: type ?? "opinion", author: nonEmpty(author), span: Span(rec.start, rec.end)))
            opinionIndex += 1
        }
        guard found else { return nil }
        sink.finish()
        out.text = sink.bytes
        out.offsets = sink.offsets
        out.hints.opinions = opinions
        out.hints.paragraphs = sink.records.filter { $0.kind == .block && $0.end > $0.start }.map { Span($0.start, $0.end) }
        for (key, field) in [("parties", \StructureHints.parties), ("judges", \StructureHints.judges), ("attorneys", \StructureHints.attorneys)] {
            var k = 0
            while let v = meta["casebody/\(key)/\(k)"] ?? meta["casebody/data/\(key)/\(k)"] {
                out.hints[keyPath: field].append(v.readerCollapsed())
                k += 1
            }
        }
        return out
    }

    /// Each line of a text-format string as a paragraph.
    private static func lines(_ utf8: [UInt8], _ value: JSONScanner.StringValue, into sink: inout TextSink) {
        let decoded = utf8.withUnsafeBufferPointer { JSONScanner.decode($0, value.start, value.end) }
        decoded.bytes.withUnsafeBufferPointer { b in
            decoded.map.withUnsafeBufferPointer { m in
                var s = 0
                while s < b.count {
                    var e = s
                    while e < b.count, b[e] != 0x0A { e += 1 }
                    if e > s {
                        sink.blockBoundary()
                        let r = sink.open(.block)
                        sink.text(UnsafeBufferPointer(rebasing: b[s..<e]), offsets: UnsafeBufferPointer(rebasing: m[s..<e]))
                        sink.close(r)
                        sink.blockBoundary()
                    }
                    s = e + 1
                }
            }
        }
    }

    /// `opinions[]` whose entries carry a text field (COLD Cases, CourtListener clusters with opinions inlined).
    private static func opinionsArray(_ utf8: [UInt8], _ scan: JSONScanner.Result, _ meta: [String: String],
                                      diagnostics: inout [String]) -> ReaderOutput? {
        var out = ReaderOutput(format: .capJSON)
        var any = false
        // the strings of each entry, grouped once
        var entries: [Int: [(field: String, value: JSONScanner.StringValue)]] = [:]
        for v in scan.strings {
            let p = scan.normalized(v.path)
            guard p.count == 3, p[0] == "opinions", let k = Int(p[1]) else { continue }
            entries[k, default: []].append((p[2], v))
        }
        for k in entries.keys.sorted() {
            let fields = entries[k] ?? []
            var field: JSONScanner.StringValue?
            for f in clTextFields {
                if let v = fields.first(where: { $0.field == f && $0.value.end > $0.value.start }) { field = v.value; break }
            }
            if let field {
                var part = body(utf8, field, diagnostics: &diagnostics)
                let type = clType(meta["opinions/\(k)/type"]) ?? part.hints.opinions.first?.type ?? "opinion"
                let author = nonEmpty(meta["opinions/\(k)/author_str"]) ?? part.hints.opinions.first?.author
                part.hints.opinions = [StructureHints.Opinion(type: type, author: author, authorSpan: part.hints.opinions.first?.authorSpan,
                                                              span: ReaderSupport.whole(part.text))]
                ReaderSupport.append(part, to: &out)
                any = true
            }
        }
        return any ? out : nil
    }

    /// Case-level metadata (CAP and CourtListener names) fills what the body did not state.
    private static func applyMetadata(_ meta: [String: String], to h: inout StructureHints) {
        func v(_ keys: String...) -> String? {
            for k in keys { if let s = meta[k], !s.readerTrimmed().isEmpty { return s.readerCollapsed() } }
            return nil
        }
        h.caseName = h.caseName ?? v("name", "case_name_full", "case_name")
        h.caseNameShort = h.caseNameShort ?? v("name_abbreviation", "case_name_short", "case_name")
        if h.docketNumbers.isEmpty {
            if let d = v("docket_number") { h.docketNumbers = [d] }
            var k = 0
            while let d = v("docket_numbers/\(k)") { h.docketNumbers.append(d); k += 1 }
        }
        h.registryCourt = v("court/name", "court_full_name", "court_name")
        h.court = h.court ?? v("court/name", "court_full_name", "court_name", "court")
        h.courtAbbreviation = h.courtAbbreviation ?? v("court/name_abbreviation", "court_short_name")
        h.jurisdiction = h.jurisdiction ?? v("jurisdiction/name_long", "jurisdiction/name")
        if let iso = v("decision_date", "date_filed"), iso.count >= 4 { h.decisionDateISO = iso }
        if h.citations.isEmpty {
            var k = 0
            while let c = v("citations/\(k)/cite") { h.citations.append(c); k += 1 }
            if h.citations.isEmpty, let c = v("citation") { h.citations = [c] }
        }
        h.firstPage = h.firstPage ?? v("first_page")
        h.lastPage = h.lastPage ?? v("last_page")
        if h.judges.isEmpty, let j = v("judges") { h.judges = [j] }
        if h.attorneys.isEmpty, let a = v("attorneys") { h.attorneys = [a] }
        if v("headnotes") != nil { h.hasHeadnotes = true }
        if v("syllabus", "summary") != nil { h.hasSummary = true }
        if h.parties.isEmpty {
            var k = 0
            while let p = v("casebody/parties/\(k)") { h.parties.append(p); k += 1 }
        }
    }

    /// CourtListener opinion types sort by a number prefix: "040dissent" → "dissent".
    private static func clType(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        let t = String(s.drop(while: { $0.isNumber }))
        return t.isEmpty ? s : t
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.readerCollapsed()
        return t.isEmpty ? nil : t
    }

    /// Strings and numbers of a parsed JSON value, keyed by their path ("court/name", "citations/0/cite").
    private static func flatten(_ v: Any, prefix: String, depth: Int, into meta: inout [String: String]) {
        guard depth <= 4 else { return }
        if let d = v as? [String: Any] {
            for (k, x) in d { flatten(x, prefix: prefix.isEmpty ? k : prefix + "/" + k, depth: depth + 1, into: &meta) }
        } else if let a = v as? [Any] {
            for (k, x) in a.prefix(200).enumerated() { flatten(x, prefix: prefix + "/" + String(k), depth: depth + 1, into: &meta) }
        } else if let s = v as? String {
            meta[prefix] = s
        } else if let n = v as? NSNumber {
            meta[prefix] = n.stringValue
        }
    }
}

/// A tolerant, position-keeping JSON scanner: it records where each string value
/// stands (with its key path) and stops cleanly where the input ends or breaks.
enum JSONScanner {
    struct StringValue {
        var path: [String]
        /// Offset after the opening quote.
        var start: Int
        /// Offset of the closing quote (or the end of the input).
        var end: Int
        var terminated: Bool
    }

    struct Result {
        var strings: [StringValue] = []
        /// A whole top-level value was read.
        var complete = false
        /// Offset after the first top-level value.
        var end = 0
        var error: String?
        var topIsArray = false

        /// The path with a top-level array's "0" dropped (the first element is the case).
        func normalized(_ path: [String]) -> [String] {
            topIsArray && path.first == "0" ? Array(path.dropFirst()) : path
        }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, maxDepth: Int = 6) -> Result {
        var r = Result()
        let n = b.count
        var i = 0
        struct Frame { var object: Bool; var key: String; var index: Int }
        var stack: [Frame] = []
        var expectKey = false
        func skipWS() { while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        func endOfString(_ from: Int) -> (Int, Bool) {
            var j = from
            while j < n {
                let c = b[j]
                if c == 0x5C { j += 2; continue }
                if c == 0x22 { return (j, true) }
                j += 1
            }
            return (n, false)
        }
        func path() -> [String] { stack.map { $0.object ? $0.key : String($0.index) } }
        var first = true
        while true {
            skipWS()
            guard i < n else { break }
            let c = b[i]
            if first {
                r.topIsArray = c == 0x5B
                first = false
            }
            if let top = stack.last, top.object, expectKey {
                if c == 0x7D { // }
                    stack.removeLast(); i += 1
                    if stack.isEmpty { r.complete = true; r.end = i; break }
                    expectKey = false
                    continue
                }
                guard c == 0x22 else { r.error = "expected a key at byte \(i)"; break }
                let (e, ok) = endOfString(i + 1)
                guard ok else { break }
                stack[stack.count - 1].key = decode(b, i + 1, e).string
                i = e + 1
                skipWS()
                guard i < n, b[i] == 0x3A else { if i < n { r.error = "expected ':' at byte \(i)" }; break }
                i += 1
                expectKey = false
                continue
            }
            switch c {
            case 0x7B: // {
                stack.append(Frame(object: true, key: "", index: 0)); expectKey = true; i += 1
            case 0x5B: // [
                stack.append(Frame(object: false, key: "", index: 0)); i += 1
            case 0x5D, 0x7D: // ] }
                guard !stack.isEmpty else { r.error = "unbalanced bracket at byte \(i)"; i = n; break }
                stack.removeLast(); i += 1
                if stack.isEmpty { r.complete = true; r.end = i }
            case 0x2C: // ,
                if let top = stack.last {
                    if top.object { expectKey = true } else { stack[stack.count - 1].index += 1 }
                }
                i += 1
            case 0x22:
                let (e, ok) = endOfString(i + 1)
                if stack.count <= maxDepth {
                    r.strings.append(StringValue(path: path(), start: i + 1, end: e, terminated: ok))
                }
                i = ok ? e + 1 : n
                if stack.isEmpty { r.complete = ok; r.end = i }
            default:
                // number, true, false, null (or garbage): up to the next delimiter
                let s = i
                while i < n, b[i] != 0x2C, b[i] != 0x5D, b[i] != 0x7D, b[i] != 0x20, b[i] != 0x0A, b[i] != 0x0D, b[i] != 0x09 { i += 1 }
                if i == s { r.error = "unexpected byte at \(i)"; i = n }
                if stack.isEmpty { r.complete = true; r.end = i }
            }
            if r.complete || r.error != nil { break }
        }
        return r
    }

    /// Decodes the JSON string body `b[start..<end]`; `map[k]` is the offset in `b` of
    /// decoded byte `k` (the backslash for an escape). NUL becomes a space.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (bytes: [UInt8], map: [Int32], string: String) {
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(end - start)
        map.reserveCapacity(end - start)
        func put(_ scalar: UInt32, _ at: Int) {
            let o = Int32(truncatingIfNeeded: at)
            var s = scalar
            if s == 0 { s = 0x20 }
            if s < 0x80 { out.append(UInt8(s)); map.append(o) }
            else if s < 0x800 {
                out.append(UInt8(0xC0 | (s >> 6))); out.append(UInt8(0x80 | (s & 0x3F))); map.append(o); map.append(o)
            } else if s < 0x10000 {
                out.append(UInt8(0xE0 | (s >> 12))); out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
                map.append(o); map.append(o); map.append(o)
            } else {
                out.append(UInt8(0xF0 | (s >> 18))); out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
                map.append(o); map.append(o); map.append(o); map.append(o)
            }
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= end else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = b[at + k]
                let d: UInt32
                if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) }
                else if c >= 0x61 && c <= 0x66 { d = UInt32(c - 0x61 + 10) }
                else if c >= 0x41 && c <= 0x46 { d = UInt32(c - 0x41 + 10) }
                else { return nil }
                v = v << 4 | d
            }
            return v
        }
        var i = start
        let stop = min(end, b.count)
        while i < stop {
            let c = b[i]
            if c == 0x5C, i + 1 < stop {
                let e = b[i + 1]
                switch e {
                case 0x22, 0x5C, 0x2F: put(UInt32(e), i); i += 2
                case 0x62: put(0x08, i); i += 2
                case 0x66: put(0x0C, i); i += 2
                case 0x6E: put(0x0A, i); i += 2
                case 0x72: put(0x0D, i); i += 2
                case 0x74: put(0x09, i); i += 2
                case 0x75:
                    guard var u = hex4(i + 2) else { put(0x5C, i); i += 1; continue }
                    var width = 6
                    if u >= 0xD800 && u < 0xDC00 {
                        if i + 12 <= stop, b[i + 6] == 0x5C, b[i + 7] == 0x75, let low = hex4(i + 8),
                           low >= 0xDC00 && low < 0xE000 {
                            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                            width = 12
                        } else { u = 0xFFFD }
                    } else if u >= 0xDC00 && u < 0xE000 { u = 0xFFFD }
                    put(u, i)
                    i += width
                default:
                    put(0x5C, i); i += 1
                }
                continue
            }
            if c == 0 { out.append(0x20) } else { out.append(c) }
            map.append(Int32(truncatingIfNeeded: i))
            i += 1
        }
        // a cut-off multi-byte character at the end of a truncated input
        var valid = out
        if !UTF8Validation.isValid(out) {
            valid = Array(String(decoding: out, as: UTF8.self).utf8)
            if valid.count != out.count {
                // rebuild the map character by character (rare: broken input)
                var m: [Int32] = []
                var k = 0
                for ch in String(decoding: out, as: UTF8.self).unicodeScalars {
                    let w = String(ch).utf8.count
                    let o = k < map.count ? map[k] : (map.last ?? 0)
                    for _ in 0..<w { m.append(o) }
                    k += ch == "\u{FFFD}" ? 1 : w
                }
                map = m
            }
        }
        return (valid, map, String(decoding: valid, as: UTF8.self))
    }
}
