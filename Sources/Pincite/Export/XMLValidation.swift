// XMLValidation: checks an XML document against an XML Schema (XSD) with
// libxml2's `xmlSchemaValidateDoc`, collecting the messages instead of letting
// libxml2 print them. Used by the tests of the XML and Akoma Ntoso exporters,
// and public so that a user can check exported files against Grammars/*.xsd.
//
// Network access is off (XML_PARSE_NONET): schemas import their neighbours by
// relative path (the Akoma Ntoso schema's ./xml.xsd), never over the wire.

import CLibXML2

/// XML Schema validation through libxml2.
public enum XMLValidation {
    /// Collects libxml2's structured error messages (passed to C as a context pointer).
    private final class Sink { var messages: [String] = [] }

    /// Validates `xml` against the XSD file at `schemaPath`.
    /// - Returns: the problems found, each "line N: message"; empty when the
    ///   document is well-formed and valid. A schema that does not load or a
    ///   document that does not parse is reported as a problem too.
    public static func validate(_ xml: [UInt8], schemaPath: String) -> [String] {
        let sink = Sink()
        let ctx = Unmanaged.passRetained(sink)
        defer { ctx.release() }
        let handler: xmlStructuredErrorFunc = { ctx, err in
            guard let ctx, let err, let msg = err.pointee.message else { return }
            Unmanaged<Sink>.fromOpaque(ctx).takeUnretainedValue()
                .messages.append("line \(err.pointee.line): " + String(cString: msg).trimmingTrailingNewlines())
        }
        guard let parserCtxt = xmlSchemaNewParserCtxt(schemaPath) else { return ["cannot read schema \(schemaPath)"] }
        xmlSchemaSetParserStructuredErrors(parserCtxt, handler, ctx.toOpaque())
        let schema = xmlSchemaParse(parserCtxt)
        xmlSchemaFreeParserCtxt(parserCtxt)
        guard let schema else { return ["schema \(schemaPath) does not compile"] + sink.messages }
        defer { xmlSchemaFree(schema) }

        let options = Int32(XML_PARSE_NONET.rawValue)
        guard !xml.isEmpty else { return ["document is empty"] }
        // parse errors go to the (per-thread) structured handler while we read
        xmlSetStructuredErrorFunc(ctx.toOpaque(), handler)
        let doc: xmlDocPtr? = xml.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, b.count)) {
                xmlReadMemory($0, Int32(b.count), "export.xml", "UTF-8", options)
            }
        }
        xmlSetStructuredErrorFunc(nil, nil)
        guard let doc else { return ["document is not well-formed XML"] + sink.messages }
        defer { xmlFreeDoc(doc) }
        guard let valid = xmlSchemaNewValidCtxt(schema) else { return ["cannot make a validation context"] }
        defer { xmlSchemaFreeValidCtxt(valid) }
        xmlSchemaSetValidStructuredErrors(valid, handler, ctx.toOpaque())
        let rc = xmlSchemaValidateDoc(valid, doc)
        if rc != 0 && sink.messages.isEmpty { return ["invalid (libxml2 code \(rc))"] }
        return sink.messages
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
