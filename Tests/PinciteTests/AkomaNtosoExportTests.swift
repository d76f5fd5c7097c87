import XCTest
@testable import Pincite

/// `--format akn`: every Corpus document gives an Akoma Ntoso 3.0 judgment valid
/// against the OASIS schema (Grammars/akn/akomantoso30.xsd, libxml2
/// xmlSchemaValidateDoc), with refs where the citations stand and footnotes as
/// authorialNotes. Janfeshan expectations from its gold annotation: 11 sections,
/// 5 footnotes (markers 1–5), Background / Discussion / Conclusion headings.
final class AkomaNtosoExportTests: XCTestCase {
    /// Compiled once for all the tests of this class.
    nonisolated(unsafe) static let validator = compiledSchema("Grammars/akn/akomantoso30.xsd")

    func testEveryCorpusDocumentValidatesAgainstTheOASISSchema() {
        for (name, doc) in CorpusDocuments.all {
            let problems = Self.validator.validate(doc.akomaNtosoBytes())
            XCTAssertEqual(problems, [], "\(name): \(problems.prefix(5))")
        }
    }

    /// Every citation stands in the judgment: as a `<ref>` of its own, or inside
    /// the ref of a citation that contains it (history, nested cites).
    func testEveryCitationIsARefOrInsideOne() {
        for (name, doc) in CorpusDocuments.all {
            let akn = String(decoding: doc.akomaNtosoBytes(), as: UTF8.self)
            let refs = Set(akn.components(separatedBy: "<ref eId=\"ref_").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) })
            for c in doc.citations where c.span.start < c.span.end {
                let own = refs.contains(c.id)
                let inside = !own && doc.citations.contains { $0.id != c.id && $0.span.start <= c.span.start && c.span.end <= $0.span.end
                    && refs.contains($0.id) }
                XCTAssertTrue(own || inside, "\(name): citation \(c.id) \(doc.collapsedText(c.span)) missing")
            }
        }
    }

    func testJanfeshanStructure() {
        let doc = CorpusDocuments.janfeshan
        let akn = String(decoding: doc.akomaNtosoBytes(), as: UTF8.self)
        XCTAssertTrue(akn.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><judgment name=\"judgment\"><meta>"))
        XCTAssertEqual(akn.components(separatedBy: "<section ").count - 1, 11)
        for label in 1...5 { XCTAssertTrue(akn.contains("<authorialNote marker=\"\(label)\" placement=\"bottom\"")) }
        XCTAssertEqual(akn.components(separatedBy: "<authorialNote ").count - 1, 5)
        XCTAssertTrue(akn.contains("<background eId=\"background_1\"><section eId=\"sec_1\"><heading>FACTUAL AND PROCEDURAL BACKGROUND</heading>"))
        XCTAssertTrue(akn.contains("<decision eId=\"decision_1\"><section eId=\"sec_11\"><heading>CONCLUSION</heading>"))
        XCTAssertTrue(akn.contains("<docketNumber>16-CV-6915 (ARR)(LB)</docketNumber>"))
        XCTAssertTrue(akn.contains("<docDate date=\"2018-02-07\">"))
        XCTAssertTrue(akn.contains("<party refersTo=\"#party_1\" as=\"#plaintiff\">HEMAD JANFESHAN</party> v. <party refersTo=\"#party_2\" as=\"#defendant\">U.S. CUSTOMS AND BORDER PROTECTION</party>, et al."))
        // a full cite and a later Id. of it point to the same authority
        XCTAssertTrue(akn.contains("<ref eId=\"ref_36\" class=\"case\" href=\"/pincite/authority/532%20U.S.%20234\">Easley v. Cromartie, 532 U.S. 234, 242 (2001)</ref>"))
        // footnote 1's text stands at its marker, not in the middle of the paragraph it interrupts
        XCTAssertTrue(akn.contains("(“Protective Order”)</ref>,<authorialNote marker=\"1\" placement=\"bottom\" eId=\"fn_1\"><p>In her December 1 order, "))
        XCTAssertTrue(akn.contains("and that it was contrary to law because"))
        XCTAssertFalse(akn.contains("PageID"))
    }

    /// Hostile and empty input still give valid judgments.
    func testOddInputStaysValid() {
        for input in ["", "\u{01}\u{0C}<&>", "See Brown v. Board of Educ., 347 U.S. 483 (1954). Id. at 495.\u{0C}2\nMore."] {
            let problems = Self.validator.validate(Pincite.parse(bytes: Array(input.utf8)).akomaNtosoBytes())
            XCTAssertEqual(problems, [], "\(input.debugDescription): \(problems)")
        }
    }
}
