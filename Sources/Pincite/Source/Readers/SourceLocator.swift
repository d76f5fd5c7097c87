// SourceLocator: where each text node of a parsed HTML/XML document stands in the
// bytes it was parsed from. libxml2 only keeps line numbers, so the reader walks
// the text nodes in document order and matches each node's decoded content
// against the source with a forward-moving cursor: markup (tags, comments,
// processing instructions, doctype) is skipped, and the content is matched
// character by character, an entity or character reference in the source
// standing for the character it decodes to ("&amp;" → "&", "&#8220;" → "“") and
// CR LF for the LF libxml2 reports. A node that does not match where the cursor
// is moves the search on to the next text run; the total work spent on failed
// searches is budgeted (a small multiple of the input size) so the whole pass
// stays linear, and past the budget nodes are placed by their line number.

struct SourceLocator {
    /// The bytes the document was parsed from (UTF-8).
    let src: UnsafeBufferPointer<UInt8>
    /// HTML or XML rules for markup (HTML: `<` not followed by a name is text).
    let html: Bool
    /// Everything before the cursor has been accounted for.
    private(set) var cursor = 0
    /// Bytes that failed searches may still look at.
    private var budget: Int
    /// Nodes that had to be placed approximately.
    private(set) var approximated = 0
    private var lineStarts: [Int]?

    init(src: UnsafeBufferPointer<UInt8>, html: Bool) {
        self.src = src
        self.html = html
        budget = 4 * src.count + (1 << 20)
    }

    /// Appends to `out` the source offset of every byte of `content`, a text node's
    /// decoded content. `raw`: the node's text is not entity-decoded (script/style).
    /// `cdata`: the node is a CDATA section. `line`: libxml2's line number, for the fallback.
    mutating func locate(_ content: UnsafeBufferPointer<UInt8>, raw: Bool, cdata: Bool, line: Int, into out: inout [Int32]) {
        let count = content.count
        guard count > 0 else { return }
        let base = out.count
        out.reserveGrowing(base + count)
        let n = src.count
        var p = cursor
        var best = 0
        var bestStart = -1
        var first = true
        // text runs that may be tried before giving up on this node; markup is skipped freely
        let runLimit = (1 << 16) + 8 * count
        var runs = 0
        while p < n, runs <= runLimit, budget > 0 {
            if !first || src[p] == 0x3C { p = skipMarkup(p, cdata: cdata) }
            first = false
            guard p < n else { break }
            let (matched, end) = match(content, at: p, raw: raw, record: nil)
            if matched == count {
                out.removeLast(out.count - base)
                _ = match(content, at: p, raw: raw, record: &out)
                cursor = end
                // past the end of a CDATA section, so the text after it is found where it starts
                if cdata, end + 3 <= n, src[end] == 0x5D, src[end + 1] == 0x5D, src[end + 2] == 0x3E { cursor = end + 3 }
                return
            }
            if matched > best { best = matched; bestStart = p }
            // on to the next text run
            var q = p + 1
            while q < n, src[q] != 0x3C { q += 1 }
            runs += q - p + matched
            p = q
        }
        // a failed search costs what it looked at; the budget keeps the whole pass linear
        budget -= max(1, p - cursor)
        if best > 0, bestStart >= 0 {
            // the longest partial match: map what matched, the rest to where it stopped
            var partial: [Int32] = []
            let (_, end) = match(content, at: bestStart, raw: raw, record: &partial, limit: best)
            out.append(contentsOf: partial.prefix(best))
            let tail = Int32(truncatingIfNeeded: end)
            while out.count < base + count { out.append(tail) }
            cursor = end
            approximated += 1
            return
        }
        // not found: place the node at its line (never behind the cursor)
        approximated += 1
        var at = cursor
        if line > 0 {
            let starts = lines()
            if line - 1 < starts.count { at = max(cursor, starts[line - 1]) }
        }
        let o = Int32(truncatingIfNeeded: min(at, n))
        for _ in 0..<count { out.append(o) }
    }

    /// Moves the cursor past an entity reference libxml2 kept as a node ("&name;").
    mutating func skipEntityReference(_ name: String) {
        let needle = Array(("&" + name + ";").utf8)
        let limit = min(src.count, cursor + 4096)
        var i = cursor
        while i + needle.count <= limit {
            if src[i] == 0x26 {
                var k = 1
                while k < needle.count, src[i + k] == needle[k] { k += 1 }
                if k == needle.count { cursor = i + needle.count; return }
            }
            i += 1
        }
    }

    /// Moves the cursor forward to `offset` (never back).
    mutating func advance(to offset: Int) {
        cursor = max(cursor, min(offset, src.count))
    }

    /// The offset to use for layout the reader adds at the current point.
    var here: Int32 { Int32(truncatingIfNeeded: min(cursor, src.count)) }

    // MARK: - Matching

    /// Matches `content` against the source at `start`. Returns the number of content
    /// bytes matched and the source offset after them; appends offsets to `record`.
    private func match(_ content: UnsafeBufferPointer<UInt8>, at start: Int, raw: Bool,
                       record: UnsafeMutablePointer<[Int32]>?, limit: Int = Int.max) -> (Int, Int) {
        let n = src.count
        let count = min(content.count, limit)
        var i = 0
        var p = start
        while i < count, p < n {
            let c = content[i]
            let s = src[p]
            if !raw, s == 0x26, let ent = entity(at: p) {
                // an entity: it stands for one decoded character
                let width = scalarWidth(c)
                if i + width <= content.count {
                    var ok: Bool
                    if let value = ent.value {
                        ok = utf8Equals(value, content, i, width)
                    } else {
                        // a named entity we do not know: libxml2 decoded it to one non-ASCII character
                        ok = c >= 0x80
                    }
                    if ok {
                        if let r = record { for _ in 0..<width { r.pointee.append(Int32(truncatingIfNeeded: p)) } }
                        i += width
                        p += ent.length
                        continue
                    }
                }
                // "&" as a literal character (unknown entity kept as text)
                if c == 0x26 {
                    record?.pointee.append(Int32(truncatingIfNeeded: p))
                    i += 1; p += 1
                    continue
                }
                if ent.dropped { p += ent.length; continue }
                return (i, p)
            }
            if !raw, s == 0x26, c != 0x26, let dropped = droppedCharacterReference(at: p) {
                p += dropped
                continue
            }
            if s == c {
                record?.pointee.append(Int32(truncatingIfNeeded: p))
                i += 1; p += 1
                continue
            }
            if html, s == 0x3C, p + 2 < n, src[p + 1] == 0x2F, c != 0x3C {
                // an end tag the HTML parser ignored ("children.</p>\n" is one text node
                // when that </p> closes nothing): the text runs on after it
                let q = endOfTag(p)
                if q > p, q < n { p = q; continue }
            }
            if s == 0x0D, c == 0x0A {
                record?.pointee.append(Int32(truncatingIfNeeded: p))
                i += 1
                p += (p + 1 < n && src[p + 1] == 0x0A) ? 2 : 1
                continue
            }
            // control characters the parser dropped
            if s < 0x20, s != 0x09, s != 0x0A, s != 0x0D { p += 1; continue }
            return (i, p)
        }
        return (i, p)
    }

    private func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private func utf8Equals(_ scalar: UInt32, _ content: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Bool {
        var buf: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var len = 0
        if scalar < 0x80 { buf.0 = UInt8(scalar); len = 1 }
        else if scalar < 0x800 { buf.0 = UInt8(0xC0 | (scalar >> 6)); buf.1 = UInt8(0x80 | (scalar & 0x3F)); len = 2 }
        else if scalar < 0x10000 {
            buf.0 = UInt8(0xE0 | (scalar >> 12)); buf.1 = UInt8(0x80 | ((scalar >> 6) & 0x3F)); buf.2 = UInt8(0x80 | (scalar & 0x3F)); len = 3
        } else {
            buf.0 = UInt8(0xF0 | (scalar >> 18)); buf.1 = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            buf.2 = UInt8(0x80 | ((scalar >> 6) & 0x3F)); buf.3 = UInt8(0x80 | (scalar & 0x3F)); len = 4
        }
        guard len == width else { return false }
        let bytes = [buf.0, buf.1, buf.2, buf.3]
        for k in 0..<len where content[i + k] != bytes[k] { return false }
        return true
    }

    /// A character or entity reference at `p` ("&#8220;", "&#x201C;", "&amp;", "&nbsp;"):
    /// its length and, when known, the scalar it stands for.
    private func entity(at p: Int) -> (length: Int, value: UInt32?, dropped: Bool)? {
        let n = src.count
        var q = p + 1
        guard q < n else { return nil }
        if src[q] == 0x23 { // &#
            q += 1
            var hex = false
            if q < n, src[q] == 0x78 || src[q] == 0x58 { hex = true; q += 1 }
            var v: UInt32 = 0
            var digits = 0
            while q < n, digits < 8 {
                let b = src[q]
                if b >= 0x30 && b <= 0x39 { v = v &* (hex ? 16 : 10) &+ UInt32(b - 0x30) }
                else if hex && b >= 0x61 && b <= 0x66 { v = v &* 16 &+ UInt32(b - 0x61 + 10) }
                else if hex && b >= 0x41 && b <= 0x46 { v = v &* 16 &+ UInt32(b - 0x41 + 10) }
                else { break }
                digits += 1; q += 1
            }
            guard digits > 0, q < n, src[q] == 0x3B else { return nil }
            let valid = v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v < 0xE000)
            // an invalid reference ("&#0;", "&#xD800;") gives no character at all
            return (q + 1 - p, valid ? v : nil, !valid)
        }
        // named: letters and digits, then ";"
        var len = 0
        while q < n, len < 32 {
            let b = src[q]
            guard (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) else { break }
            q += 1; len += 1
        }
        guard len > 0, q < n, src[q] == 0x3B else { return nil }
        let nameStart = p + 1
        func named(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == len else { return false }
            let u = s.utf8Start
            for k in 0..<len where src[nameStart + k] != u[k] { return false }
            return true
        }
        var value: UInt32?
        if named("amp") { value = 0x26 } else if named("lt") { value = 0x3C } else if named("gt") { value = 0x3E }
        else if named("quot") { value = 0x22 } else if named("apos") { value = 0x27 } else if named("nbsp") { value = 0xA0 }
        else if named("sect") { value = 0xA7 } else if named("para") { value = 0xB6 } else if named("mdash") { value = 0x2014 }
        else if named("ndash") { value = 0x2013 } else if named("lsquo") { value = 0x2018 } else if named("rsquo") { value = 0x2019 }
        else if named("ldquo") { value = 0x201C } else if named("rdquo") { value = 0x201D } else if named("hellip") { value = 0x2026 }
        else if named("shy") { value = 0xAD }
        return (q + 1 - p, value, false)
    }

    /// A malformed character reference the parser reads and drops ("&#xZZ;" → "&#x",
    /// "&#;" → "&#"): the number of source bytes it takes.
    private func droppedCharacterReference(at p: Int) -> Int? {
        let n = src.count
        guard p + 1 < n, src[p + 1] == 0x23 else { return nil }
        var q = p + 2
        var hex = false
        if q < n, src[q] == 0x78 || src[q] == 0x58 { hex = true; q += 1 }
        var v: UInt32 = 0
        var digits = 0
        while q < n, digits < 12 {
            let b = src[q]
            if b >= 0x30 && b <= 0x39 { v = v &* (hex ? 16 : 10) &+ UInt32(b - 0x30) }
            else if hex && ((b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)) { v = v &* 16 &+ UInt32((b | 0x20) - 0x61 + 10) }
            else { break }
            digits += 1; q += 1
        }
        if q < n, src[q] == 0x3B { q += 1 }
        let valid = digits > 0 && digits < 8 && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v < 0xE000)
        return valid ? nil : q - p
    }

    // MARK: - Markup

    /// The first offset at or after `p` that is not inside markup.
    private func skipMarkup(_ start: Int, cdata: Bool) -> Int {
        let n = src.count
        var p = start
        while p < n, src[p] == 0x3C {
            guard p + 1 < n else { return p }
            let b = src[p + 1]
            if b == 0x21 { // <!
                if hasPrefix("<!--", at: p) {
                    p = find("-->", from: p + 4).map { $0 + 3 } ?? n
                } else if hasPrefix("<![CDATA[", at: p) {
                    if cdata { return p + 9 }
                    p = find("]]>", from: p + 9).map { $0 + 3 } ?? n
                } else {
                    p = endOfDeclaration(p)
                }
            } else if b == 0x3F { // <?
                if html { p = find(">", from: p + 2).map { $0 + 1 } ?? n }
                else { p = find("?>", from: p + 2).map { $0 + 2 } ?? n }
            } else if b == 0x2F || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (!html && (b == 0x5F || b == 0x3A || b >= 0x80)) {
                p = endOfTag(p)
            } else {
                return p // a literal "<"
            }
        }
        return p
    }

    private func hasPrefix(_ s: StaticString, at p: Int) -> Bool {
        let len = s.utf8CodeUnitCount
        guard p + len <= src.count else { return false }
        let u = s.utf8Start
        for k in 0..<len where src[p + k] != u[k] { return false }
        return true
    }

    private func find(_ s: StaticString, from: Int) -> Int? {
        let len = s.utf8CodeUnitCount
        let u = s.utf8Start
        var i = from
        while i + len <= src.count {
            if src[i] == u[0] {
                var k = 1
                while k < len, src[i + k] == u[k] { k += 1 }
                if k == len { return i }
            }
            i += 1
        }
        return nil
    }

    /// End of a start or end tag: the ">" outside quoted attribute values. A quote that
    /// runs on for more than 16 KiB is taken to be stray, and the first ">" ends the tag.
    private func endOfTag(_ p: Int) -> Int {
        let n = src.count
        var i = p + 1
        var quote: UInt8 = 0
        var quoteStart = 0
        while i < n {
            let b = src[i]
            if quote != 0 {
                if b == quote { quote = 0 }
                else if i - quoteStart > 16384 {
                    var k = p + 1
                    while k < n, src[k] != 0x3E { k += 1 }
                    return min(n, k + 1)
                }
            } else if b == 0x22 || b == 0x27 {
                // quotes only count inside attribute values (after "=")
                var k = i - 1
                while k > p, src[k] == 0x20 || src[k] == 0x09 || src[k] == 0x0A || src[k] == 0x0D { k -= 1 }
                if src[k] == 0x3D { quote = b; quoteStart = i }
            } else if b == 0x3E {
                return i + 1
            }
            i += 1
        }
        return n
    }

    /// End of "<!DOCTYPE …>" or another declaration, an internal subset "[…]" included.
    private func endOfDeclaration(_ p: Int) -> Int {
        let n = src.count
        var i = p + 2
        var depth = 0
        var quote: UInt8 = 0
        while i < n {
            let b = src[i]
            if quote != 0 { if b == quote { quote = 0 } }
            else if b == 0x22 || b == 0x27 { if depth > 0 || !html { quote = b } }
            else if b == 0x5B { depth += 1 }
            else if b == 0x5D { depth = max(0, depth - 1) }
            else if b == 0x3C, depth > 0, i + 3 < n, src[i + 1] == 0x21, src[i + 2] == 0x2D, src[i + 3] == 0x2D {
                i = find("-->", from: i + 4).map { $0 + 2 } ?? n
            } else if b == 0x3E, depth == 0 { return i + 1 }
            i += 1
        }
        return n
    }

    private mutating func lines() -> [Int] {
        if let l = lineStarts { return l }
        var starts = [0]
        for i in 0..<src.count where src[i] == 0x0A { starts.append(i + 1) }
        lineStarts = starts
        return starts
    }
}

// MARK: - Without a tree

extension SourceLocator {
    /// The text of markup read without a parse tree: tags, comments and script/style
    /// contents skipped, entities decoded, block tags made paragraph breaks. The fallback
    /// for when libxml2 gives up part-way (nesting deeper than its limit of 256).
    func strippedText() -> TextSink {
        var sink = TextSink()
        var run: [UInt8] = []
        var map: [Int32] = []
        func flush() {
            guard !run.isEmpty else { return }
            run.withUnsafeBufferPointer { r in map.withUnsafeBufferPointer { m in sink.text(r, offsets: m) } }
            run.removeAll(keepingCapacity: true)
            map.removeAll(keepingCapacity: true)
        }
        let n = src.count
        var p = 0
        while p < n {
            let b = src[p]
            if b == 0x3C {
                let q = skipMarkup(p, cdata: false)
                if q > p {
                    // the name of the first tag skipped
                    var k = p + 1
                    if k < n, src[k] == 0x2F { k += 1 }
                    var name: [UInt8] = []
                    while k < n, name.count < 12, (src[k] >= 0x61 && src[k] <= 0x7A) || (src[k] >= 0x41 && src[k] <= 0x5A) || (src[k] >= 0x30 && src[k] <= 0x39) {
                        name.append(src[k] | 0x20); k += 1
                    }
                    let tag = String(decoding: name, as: UTF8.self)
                    flush()
                    var next = q
                    if tag == "br" { sink.lineBreak() }
                    else if MarkupRenderer.htmlBlocks.contains(tag) || tag == "blockquote" || tag == "pre" { sink.blockBoundary() }
                    else if tag == "td" || tag == "th" { sink.space(at: Int32(truncatingIfNeeded: p)) }
                    if (tag == "script" || tag == "style"), src[p + 1] != 0x2F {
                        // skip to the closing tag
                        var e = q
                        while e + 1 < n, !(src[e] == 0x3C && src[e + 1] == 0x2F) { e += 1 }
                        next = max(q, e)
                    }
                    p = next
                    continue
                }
            }
            if b == 0x26, let ent = entity(at: p), let v = ent.value {
                var buf: [UInt8] = []
                if v < 0x80 { buf = [UInt8(v)] }
                else { buf = Array(String(UnicodeScalar(v).map(Character.init) ?? "\u{FFFD}").utf8) }
                for x in buf { run.append(x); map.append(Int32(truncatingIfNeeded: p)) }
                p += ent.length
                continue
            }
            run.append(b)
            map.append(Int32(truncatingIfNeeded: p))
            p += 1
        }
        flush()
        sink.finish()
        return sink
    }
}
