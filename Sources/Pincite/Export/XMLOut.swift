// XMLOut: the one place Pincite writes XML, a thin wrapper over libxml2's
// xmlTextWriter (writing into an xmlBuffer) used by the pincite/1 XML and the
// Akoma Ntoso exporters, and public for the GraphML export of PinciteSQLite.
//
// Why a wrapper: opinion text is not always XML-safe (see XMLEscape.swift),
// and libxml2's writer passes forbidden bytes through. So every string and
// attribute value goes through `XMLEscape`, which sanitizes and escapes in one
// pass, and reaches the writer raw: text content run by run straight from the
// caller's bytes.
//
// Attributes are gathered per element and handed to the writer in one go
// when the element's start tag is finished (at the next start, end or text):
// xmlTextWriterStartAttribute with the first name, one raw write holding the
// escaped values joined by their `" name="` separators, and
// xmlTextWriterEndAttribute. libxml2 spends ~700 instructions on each
// attribute it writes itself (six buffered writes plus an allocation for the
// escaped copy); a citation has a dozen, and one by one they made the XML
// export cost ~40% of the parse where the issue allows 25%. Elements, nesting,
// text and the document frame are the writer's own.

import CLibXML2

/// Writes one XML document through libxml2's `xmlTextWriter`, streaming the
/// bytes to a sink in chunks of a few KiB (libxml2's output buffer), so a large
/// document is never held whole.
public final class XMLOut {
    /// The Swift sink, reached from libxml2's write callback through its context
    /// pointer. libxml2 hands over ~4 KB at a time; the sink gathers 64 KiB
    /// before passing them on, so a CLI writing to a pipe makes 16× fewer calls.
    private final class Sink {
        let write: (UnsafeRawBufferPointer) -> Void
        private var pending: [UInt8] = []
        private let chunk = 1 << 16
        init(_ write: @escaping (UnsafeRawBufferPointer) -> Void) {
            self.write = write
            pending.reserveCapacity(chunk)
        }
        func add(_ p: UnsafeRawBufferPointer) {
            if pending.count + p.count > chunk { flush() }
            if p.count >= chunk { write(p) } else { pending.append(contentsOf: p) }
        }
        func flush() {
            guard !pending.isEmpty else { return }
            pending.withUnsafeBytes { write($0) }
            pending.removeAll(keepingCapacity: true)
        }
    }

    private let sink: Sink
    private let writer: xmlTextWriterPtr
    private var finished = false
    /// The state of the element being opened. It lives behind a pointer, not in
    /// stored properties: every write to a class's stored property is checked for
    /// exclusive access at run time (`swift_beginAccess`), and the attribute path
    /// touches this state several times per attribute, ~100,000 attributes per MB.
    private let state: UnsafeMutablePointer<OpenElement> = {
        let p = UnsafeMutablePointer<OpenElement>.allocate(capacity: 1)
        p.initialize(to: OpenElement())
        return p
    }()

    private struct OpenElement {
        /// The first attribute name of the element being opened, if it has any.
        var firstAttribute: StaticString? = nil
        /// Inside `leaf` (and `empty`): the whole element goes into `attributes` as raw bytes.
        var rawElement = false
        /// Inside `leaf`: an attribute was written (its value's closing quote is due).
        var rawHasAttribute = false
        /// The escaped attributes of the element being opened after the first
        /// `name="`: `v1" n2="v2" n3="v3` (the closing quote is the writer's).
        var attributes = ByteBuffer()
    }

    /// Starts a document (`<?xml version="1.0" encoding="UTF-8"?>`) whose bytes go to `sink`.
    public init(indent: Bool = false, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = Sink(sink)
        let output = xmlOutputBufferCreateIO({ ctx, buffer, len in
            guard let ctx, let buffer, len > 0 else { return len }
            Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue().add(UnsafeRawBufferPointer(start: buffer, count: Int(len)))
            return len
        }, nil, Unmanaged.passUnretained(self.sink).toOpaque(), nil)
        writer = xmlNewTextWriter(output)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        state.pointee.attributes.free()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Writes a whole document into a byte array.
    public static func bytes(_ body: (XMLOut) -> Void) -> [UInt8] {
        let box = ByteBox()
        let x = XMLOut { box.bytes.append(contentsOf: $0) }
        body(x)
        x.finish()
        return box.bytes
    }

    private final class ByteBox { var bytes: [UInt8] = [] }

    /// Opens an element.
    public func start(_ name: String) {
        flushAttributes()
        xmlTextWriterStartElement(writer, name)
    }

    /// Closes the innermost open element.
    public func end() {
        flushAttributes()
        xmlTextWriterEndElement(writer)
    }

    /// Opens an element in a namespace (the `xmlns` declaration is written when `uri` is given).
    public func start(_ name: String, namespace uri: String) {
        flushAttributes()
        xmlTextWriterStartElementNS(writer, nil, name, uri)
    }

    /// Writes an attribute; nothing when `value` is nil. Attribute names are
    /// literals (`StaticString`), handed to libxml2 without a conversion.
    public func attr(_ name: StaticString, _ value: String?) {
        guard var v = value else { return }
        attributeName(name)
        v.withUTF8 { XMLEscape.escape($0, .attribute) { state.pointee.attributes.append($0, $1) } }
    }

    /// Writes an integer attribute; nothing when `value` is nil. The digits are
    /// formatted on the stack (a String per number was a visible export cost).
    public func attr(_ name: StaticString, _ value: Int?) {
        guard let v = value else { return }
        attributeName(name)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var n = v.magnitude
            var i = 24
            repeat {
                i -= 1
                buf[i] = UInt8(truncatingIfNeeded: 48 + n % 10)
                n /= 10
            } while n > 0
            if v < 0 { i -= 1; buf[i] = 0x2D }
            state.pointee.attributes.append(buf.baseAddress! + i, 24 - i)
        }
    }

    /// Writes a boolean attribute as `true`/`false`.
    func attr(_ name: StaticString, _ value: Bool) {
        attributeName(name)
        let v: StaticString = value ? "true" : "false"
        state.pointee.attributes.append(v.utf8Start, v.utf8CodeUnitCount)
    }

    /// Writes `<name a="…" …/>`, an element with attributes (set by `body`) and no
    /// content, as one raw write through the writer, byte for byte what
    /// `start`/`end` would write. libxml2's element path costs ~1,500 instructions
    /// per element (a dozen buffered writes), and most elements of a Pincite
    /// document are such leaves: a citation's location and case name, paragraphs,
    /// blocks. The values are escaped as every attribute is (`XMLEscape`).
    func empty(_ name: StaticString, _ body: () -> Void) {
        leaf(name, text: UnsafeBufferPointer(start: nil, count: 0), body)
    }

    /// Writes `<name a="…">text</name>` (`<name a="…"/>` when `text` is empty), an
    /// element with attributes (set by `body`) and text only, as one raw write:
    /// what `start`, `text(bytes:)` and `end` would write, for the cost of one
    /// (see `empty`). The text is escaped as `text(bytes:)` escapes it. `body` may
    /// only write attributes (`attr`), no elements or text.
    func leaf(_ name: StaticString, text: UnsafeBufferPointer<UInt8>, _ body: () -> Void) {
        flushAttributes()   // the parent's, into its start tag
        state.pointee.rawElement = true
        state.pointee.rawHasAttribute = false
        let open: StaticString = "<"
        state.pointee.attributes.append(open.utf8Start, 1)
        state.pointee.attributes.append(name.utf8Start, name.utf8CodeUnitCount)
        body()
        state.pointee.rawElement = false
        if state.pointee.rawHasAttribute { state.pointee.attributes.append(Self.quote.utf8Start, 1) }
        let gt: StaticString = ">"
        let tagEnd = state.pointee.attributes.count
        state.pointee.attributes.append(gt.utf8Start, 1)
        XMLEscape.escape(text, .text) { state.pointee.attributes.append($0, $1) }
        if state.pointee.attributes.count == tagEnd + 1 {
            // no text came out (as libxml2 ends a start tag with no content)
            state.pointee.attributes.count = tagEnd
            let close: StaticString = "/>"
            state.pointee.attributes.append(close.utf8Start, 2)
        } else {
            let endOpen: StaticString = "</"
            state.pointee.attributes.append(endOpen.utf8Start, 2)
            state.pointee.attributes.append(name.utf8Start, name.utf8CodeUnitCount)
            state.pointee.attributes.append(gt.utf8Start, 1)
        }
        writeRaw(state.pointee.attributes.base, state.pointee.attributes.count)
        state.pointee.attributes.count = 0
    }

    /// `leaf(_:text:_:)` for a String's text.
    func leaf(_ name: StaticString, text: String, _ body: () -> Void) {
        var t = text
        t.withUTF8 { leaf(name, text: $0, body) }
    }

    private static let quote: StaticString = "\""

    /// `<outer><inner …/>…</outer>`, one empty `inner` element per item; `body`
    /// writes an item's attributes.
    func emptyList<T>(_ outer: String, _ inner: StaticString, _ items: [T], _ body: (T) -> Void) {
        start(outer)
        for item in items { empty(inner) { body(item) } }
        end()
    }

    /// Starts the next gathered attribute: the first name is kept for the
    /// writer, later ones go into the raw run after a `" name="` separator.
    /// In a `leaf` element every name goes into the raw run.
    private func attributeName(_ name: StaticString) {
        if state.pointee.rawElement {
            let separator: StaticString = state.pointee.rawHasAttribute ? "\" " : " "
            state.pointee.attributes.append(separator.utf8Start, separator.utf8CodeUnitCount)
            state.pointee.attributes.append(name.utf8Start, name.utf8CodeUnitCount)
            let equals: StaticString = "=\""
            state.pointee.attributes.append(equals.utf8Start, 2)
            state.pointee.rawHasAttribute = true
            return
        }
        guard state.pointee.firstAttribute != nil else { state.pointee.firstAttribute = name; return }
        let separator: StaticString = "\" "
        state.pointee.attributes.append(separator.utf8Start, 2)
        state.pointee.attributes.append(name.utf8Start, name.utf8CodeUnitCount)
        let equals: StaticString = "=\""
        state.pointee.attributes.append(equals.utf8Start, 2)
    }

    /// Hands the gathered attributes to the writer while the start tag is open
    /// (in the attribute state libxml2's raw write goes into the value; it
    /// closes a start tag only in the element-name state).
    private func flushAttributes() {
        guard let first = state.pointee.firstAttribute else { return }
        xmlTextWriterStartAttribute(writer, first.utf8Start)
        if state.pointee.attributes.count > 0 { xmlTextWriterWriteRawLen(writer, state.pointee.attributes.base, Int32(state.pointee.attributes.count)) }
        xmlTextWriterEndAttribute(writer)
        state.pointee.firstAttribute = nil
        state.pointee.attributes.count = 0
    }

    /// Writes text content (escaped).
    public func text(_ s: String) {
        var s = s
        s.withUTF8 { text(bytes: $0) }
    }

    /// Writes `<outer><inner …/>…</outer>`, one `inner` element per item; `body`
    /// writes an item's attributes and content.
    func list<T>(_ outer: String, _ inner: String, _ items: [T], _ body: (T) -> Void) {
        start(outer)
        for item in items {
            start(inner)
            body(item)
            end()
        }
        end()
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, _ text: String) {
        start(name)
        self.text(text)
        end()
    }

    /// Writes UTF-8 bytes as text content: sanitized and escaped on the way,
    /// the runs that need neither straight from `p`.
    func text(bytes p: UnsafeBufferPointer<UInt8>) {
        flushAttributes()
        XMLEscape.escape(p, .text) { writeRaw($0, $1) }
    }

    /// Hands bytes to the writer unescaped (xmlTextWriterWriteRawLen also closes
    /// a start tag that is still open).
    private func writeRaw(_ p: UnsafePointer<UInt8>, _ n: Int) {
        _ = xmlTextWriterWriteRawLen(writer, p, Int32(n))
    }

    /// Ends the document and flushes the last bytes to the sink.
    public func finish() {
        guard !finished else { return }
        flushAttributes()
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)   // closes the output buffer, which flushes it
        sink.flush()
        finished = true
    }
}

/// A growable byte buffer without Array's per-append checks (the attribute
/// run is appended to a dozen times per citation). Owned by one `XMLOut`,
/// which frees it.
private struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init() {
        capacity = 1024
        base = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(to: count + n) }
        // names, separators and most values are a few bytes: a loop beats a memcpy call
        if n <= 16 {
            for k in 0..<n { base[count + k] = p[k] }
        } else {
            (base + count).update(from: p, count: n)
        }
        count += n
    }

    private mutating func grow(to needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        b.update(from: base, count: count)
        base.deallocate()
        base = b
        capacity = c
    }

    func free() { base.deallocate() }
}
