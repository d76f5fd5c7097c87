// XMLOut: the one place Pincite writes XML, a thin wrapper over libxml2's
// xmlTextWriter (writing into an xmlBuffer) used by the pincite/1 XML and the
// Akoma Ntoso exporters, and public for the GraphML export of PinciteSQLite.
//
// Why a wrapper: opinion text is not always XML-safe. PDF extractions carry
// form feeds and other C0 control characters, and a span may in theory cut a
// UTF-8 sequence; XML 1.0 allows neither, and libxml2's writer escapes `<&>`
// but passes such bytes through, which would make the output ill-formed. So
// every string goes through `XMLSafe` first: characters XML 1.0 forbids become
// spaces (one byte each, so offsets into a sanitized copy stay aligned with
// the working text), broken UTF-8 becomes U+FFFD.
//
// Text content is escaped here and handed to the writer raw, run by run
// between the characters that need escaping, straight from the caller's
// bytes: going through xmlTextWriterWriteString (which copies and escapes
// byte by byte) or a Swift scratch array made the XML export cost ~75% of
// the parse instead of ~25%.

import CLibXML2

/// Writes one XML document through libxml2's `xmlTextWriter`, streaming the
/// bytes to a sink in chunks of a few KiB (libxml2's output buffer), so a large
/// document is never held whole.
public final class XMLOut {
    /// The Swift sink, reached from libxml2's write callback through its context pointer.
    private final class Sink {
        let write: (UnsafeRawBufferPointer) -> Void
        init(_ write: @escaping (UnsafeRawBufferPointer) -> Void) { self.write = write }
    }

    private let sink: Sink
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// Starts a document (`<?xml version="1.0" encoding="UTF-8"?>`) whose bytes go to `sink`.
    public init(indent: Bool = false, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = Sink(sink)
        let output = xmlOutputBufferCreateIO({ ctx, buffer, len in
            guard let ctx, let buffer, len > 0 else { return len }
            Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue().write(UnsafeRawBufferPointer(start: buffer, count: Int(len)))
            return len
        }, nil, Unmanaged.passUnretained(self.sink).toOpaque(), nil)
        writer = xmlNewTextWriter(output)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit { if !finished { xmlFreeTextWriter(writer) } }

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
    public func start(_ name: String) { xmlTextWriterStartElement(writer, name) }

    /// Closes the innermost open element.
    public func end() { xmlTextWriterEndElement(writer) }

    /// Opens an element in a namespace (the `xmlns` declaration is written when `uri` is given).
    public func start(_ name: String, namespace uri: String) {
        xmlTextWriterStartElementNS(writer, nil, name, uri)
    }

    /// Writes an attribute; nothing when `value` is nil. Attribute names are
    /// literals (`StaticString`), handed to libxml2 without a conversion.
    public func attr(_ name: StaticString, _ value: String?) {
        guard let v = value else { return }
        xmlTextWriterWriteAttribute(writer, name.utf8Start, XMLSafe.string(v))
    }

    /// Writes an integer attribute; nothing when `value` is nil. The digits are
    /// formatted on the stack (a String per number was a visible export cost).
    public func attr(_ name: StaticString, _ value: Int?) {
        guard let v = value else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var n = v.magnitude
            var i = 23
            buf[i] = 0
            repeat {
                i -= 1
                buf[i] = UInt8(truncatingIfNeeded: 48 + n % 10)
                n /= 10
            } while n > 0
            if v < 0 { i -= 1; buf[i] = 0x2D }
            _ = xmlTextWriterWriteAttribute(writer, name.utf8Start, buf.baseAddress! + i)
        }
    }

    /// Writes a boolean attribute as `true`/`false`.
    func attr(_ name: StaticString, _ value: Bool) {
        xmlTextWriterWriteAttribute(writer, name.utf8Start, value ? "true" : "false")
    }

    /// Writes text content (escaped).
    public func text(_ s: String) {
        var bytes = Array(s.utf8)
        XMLSafe.sanitize(&bytes)
        bytes.withUnsafeBufferPointer { raw($0) }
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

    /// Writes already-sanitized UTF-8 bytes as escaped text content.
    func text(sanitized p: UnsafeBufferPointer<UInt8>) { raw(p) }

    /// Escapes `<`, `>`, `&` (and CR, which a parser would normalize away) of
    /// sanitized bytes: the runs between them go to the writer as they are,
    /// straight from `p` (opinion text rarely has any, so this is mostly one call).
    private func raw(_ p: UnsafeBufferPointer<UInt8>) {
        guard let base = p.baseAddress, !p.isEmpty else { return }
        var run = 0
        for i in 0..<p.count {
            let escape: StaticString
            switch p[i] {
            case 0x3C: escape = "&lt;"
            case 0x3E: escape = "&gt;"
            case 0x26: escape = "&amp;"
            case 0x0D: escape = "&#13;"
            default: continue
            }
            if i > run { writeRaw(base + run, i - run) }
            escape.withUTF8Buffer { writeRaw($0.baseAddress!, $0.count) }
            run = i + 1
        }
        if run < p.count { writeRaw(base + run, p.count - run) }
    }

    /// Hands bytes to the writer unescaped (xmlTextWriterWriteRawLen also closes
    /// a start tag that is still open).
    private func writeRaw(_ p: UnsafePointer<UInt8>, _ n: Int) {
        _ = xmlTextWriterWriteRawLen(writer, p, Int32(n))
    }

    /// Ends the document and flushes the last bytes to the sink.
    public func finish() {
        guard !finished else { return }
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)   // closes the output buffer, which flushes it
        finished = true
    }
}

/// Making bytes and strings safe for XML 1.0.
enum XMLSafe {
    /// Replaces, in place, every byte or sequence XML 1.0 does not allow: C0
    /// controls other than tab, LF and CR become a space, U+FFFE/U+FFFF become
    /// three spaces, and invalid UTF-8 bytes become spaces, so the length and
    /// offsets stay the same.
    static func sanitize(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { p[i] = 0x20 }
                    i += 1
                    continue
                }
                let len = sequenceLength(p, i)
                if len == 0 { p[i] = 0x20; i += 1; continue }
                // U+FFFE and U+FFFF are not XML characters
                if len == 3, b == 0xEF, p[i + 1] == 0xBF, p[i + 2] >= 0xBE {
                    p[i] = 0x20; p[i + 1] = 0x20; p[i + 2] = 0x20
                }
                i += len
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `i`, or 0 when it is not valid.
    private static func sequenceLength(_ p: UnsafeMutableBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i], n = p.count
        func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && p[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && p[i + 1] < 0xA0 && cont(2) ? 3 : 0   // no surrogates
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && p[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && p[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// `s` with the characters XML 1.0 forbids replaced by spaces.
    static func string(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return s }
        var bytes = Array(s.utf8)
        sanitize(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
