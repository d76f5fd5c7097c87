import XCTest
@testable import Pincite

/// The exporter types give exactly the bytes of the Document methods they
/// wrap, so the CLI (which goes through them) and library users agree.
final class ExportersTests: XCTestCase {
    func testExporterTypesMatchTheDocumentMethods() {
        let doc = CorpusDocuments.janfeshan
        XCTAssertEqual(JSONExporter().bytes(doc), doc.jsonBytes())
        XCTAssertEqual(XMLExporter().bytes(doc), doc.xmlBytes())
        XCTAssertEqual(AkomaNtosoExporter().bytes(doc), doc.akomaNtosoBytes())
        for style in CitationTableStyle.allCases {
            XCTAssertEqual(CitationTableExporter(style: style).bytes(doc), Array(doc.citationTable(style).utf8))
        }
        let toa = TOAOptions(style: .markdown, passimThreshold: 3)
        XCTAssertEqual(TableOfAuthoritiesExporter(toa).bytes(doc), Array(doc.tableOfAuthorities(toa).utf8))
        XCTAssertEqual(HTMLReportExporter().bytes(doc), Array(doc.htmlReport().utf8))
    }

    /// Picked at run time through the protocol, as a batch job would.
    func testExportersThroughTheProtocol() {
        let doc = parse("See Brown v. Board of Educ., 347 U.S. 483, 495 (1954). Id. at 496.")
        let exporters: [DocumentExporter] = [JSONExporter(), XMLExporter(), AkomaNtosoExporter(), CitationTableExporter(),
                                             TableOfAuthoritiesExporter(), HTMLReportExporter()]
        for e in exporters { XCTAssertFalse(e.bytes(doc).isEmpty, "\(type(of: e))") }
        XCTAssertTrue(String(decoding: TableOfAuthoritiesExporter().bytes(doc), as: UTF8.self)
            .contains("Brown v. Board of Educ., 347 U.S. 483 (1954)"))
    }
}
