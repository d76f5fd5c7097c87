// Exporters: one small value type per output format, all behind one protocol,
// so that a caller (the CLI, a batch job, a user's code) can pick a format at
// run time and write any of them the same way. Each type only holds its
// options; the work is a pure function of the parsed `Document`, done by the
// exporter's own file (XMLExport.swift, AkomaNtosoExport.swift,
// CitationTable*.swift, TableOfAuthorities.swift, HTMLReport.swift,
// DocumentJSON.swift).

/// Writes a parsed document in one output format.
public protocol DocumentExporter: Sendable {
    /// Streams the output to `sink` in chunks (a chunk is only valid during the call).
    func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void)
}

extension DocumentExporter {
    /// The whole output as bytes.
    public func bytes(_ doc: Document) -> [UInt8] {
        let box = ByteCollector()
        write(doc) { box.bytes.append(contentsOf: $0) }
        return box.bytes
    }
}

/// Collects streamed bytes (a class, so that the escaping sink can append to it).
private final class ByteCollector { var bytes: [UInt8] = [] }

/// Writes a string output to a sink.
private func emit(_ s: String, _ sink: (UnsafeRawBufferPointer) -> Void) {
    var s = s
    s.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
}

/// `pincite/1` JSON (Grammars/pincite-1.schema.json).
public struct JSONExporter: DocumentExporter {
    public init() {}
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) { doc.writeJSON(to: sink) }
}

/// `pincite/1` XML through libxml2's xmlTextWriter (Grammars/pincite-1.xsd).
public struct XMLExporter: DocumentExporter {
    public init() {}
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) { doc.writeXML(to: sink) }
}

/// An OASIS Akoma Ntoso 3.0 `judgment`.
public struct AkomaNtosoExporter: DocumentExporter {
    public init() {}
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) { doc.writeAkomaNtoso(to: sink) }
}

/// The citation table in one style.
public struct CitationTableExporter: DocumentExporter {
    public var style: CitationTableStyle
    public init(style: CitationTableStyle = .text) { self.style = style }
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        emit(doc.citationTable(style), sink)
    }
}

/// The Table of Authorities.
public struct TableOfAuthoritiesExporter: DocumentExporter {
    public var options: TOAOptions
    public init(_ options: TOAOptions = TOAOptions()) { self.options = options }
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        emit(doc.tableOfAuthorities(options), sink)
    }
}

/// The annotated HTML report (its TOA laid out with `toa`).
public struct HTMLReportExporter: DocumentExporter {
    public var toa: TOAOptions
    public init(toa: TOAOptions = TOAOptions()) { self.toa = toa }
    public func write(_ doc: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        emit(doc.htmlReport(toa), sink)
    }
}
