// XMLValidation: checks XML documents against an XML Schema (XSD) with
// libxml2's `xmlSchemaValidateDoc`, collecting the messages instead of letting
// libxml2 print them. Used by the tests of the XML and Akoma Ntoso exporters,
// and public so that a user can check exported files against Grammars/*.xsd.
//
// A schema is compiled once per `XMLSchemaValidator` (the OASIS Akoma Ntoso
// schema takes a noticeable fraction of a second) and reused for every document.
// Network access is off (XML_PARSE_NONET): schemas import their neighbours by
// relative path (the Akoma Ntoso schema's ./xml.xsd), never over the wire.

import CLibXML2

/// A compiled XML Schema that validates documents through libxml2.
public final class XMLSchemaValidator {
    /// Collects libxml2's structured error messages (passed to C as a context pointer).
    private final class Sink { var messages: [String] = [] }

    private let schema: xmlSchemaPtr
    private let sink = Sink()

    private static let handler: xmlStructuredErrorFunc = { ctx, err in
        guard let ctx, let err, let msg = err.pointee.message else { return }
        var text = String(cString: msg)
        while text.last == "\n" { text.removeLast() }
        Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue().messages.append("line \(err.pointee.line): " + text)
    }

    /// Compiles the XSD file at `schemaPath`; nil (with the reasons in `problems`) when it does not compile.
    public init?(schemaPath: String, problems: inout [String]) {
        let ctx = Unmanaged.passUnretained(sink).toOpaque()
        guard let parserCtxt = xmlSchemaNewParserCtxt(schemaPath) else {
            problems = ["cannot read schema \(schemaPath)"]
            return nil
        }
        xmlSchemaSetParserStructuredErrors(parserCtxt, Self.handler, ctx)
        let compiled = xmlSchemaParse(parserCtxt)
        xmlSchemaFreeParserCtxt(parserCtxt)
        guard let compiled else {
            problems = ["schema \(schemaPath) does not compile"] + sink.messages
            return nil
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// The problems of `xml`, each "line N: message"; empty when it is well-formed and valid.
    public func validate(_ xml: [UInt8]) -> [String] {
        sink.messages = []
        let ctx = Unmanaged.passUnretained(sink).toOpaque()
        guard !xml.isEmpty else { return ["document is empty"] }
        // parse errors go to the (per-thread) structured handler while we read
        xmlSetStructuredErrorFunc(ctx, Self.handler)
        let doc: xmlDocPtr? = xml.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                xmlReadMemory($0, Int32(b.count), "export.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
            }
        }
        xmlSetStructuredErrorFunc(nil, nil)
        guard let doc else { return ["document is not well-formed XML"] + sink.messages }
        defer { xmlFreeDoc(doc) }
        guard let valid = xmlSchemaNewValidCtxt(schema) else { return ["cannot make a validation context"] }
        defer { xmlSchemaFreeValidCtxt(valid) }
        xmlSchemaSetValidStructuredErrors(valid, Self.handler, ctx)
        let rc = xmlSchemaValidateDoc(valid, doc)
        if rc != 0 && sink.messages.isEmpty { return ["invalid (libxml2 code \(rc))"] }
        return sink.messages
    }
}

/// One-off validation.
public enum XMLValidation {
    /// Validates `xml` against the XSD file at `schemaPath` (compiling the schema for this one call).
    /// - Returns: the problems found; empty when the document is well-formed and valid.
    public static func validate(_ xml: [UInt8], schemaPath: String) -> [String] {
        var problems: [String] = []
        guard let v = XMLSchemaValidator(schemaPath: schemaPath, problems: &problems) else { return problems }
        return v.validate(xml)
    }
}
