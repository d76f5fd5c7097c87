import XCTest
@testable import Pincite

// Running headers that carry the page number at alternating ends, as the Ninth Circuit prints
// them ("2   UNITED STATES V. COOK" on even pages, "UNITED STATES V. COOK   3" on odd ones), and
// the form feed pdftotext puts after the last page. Text in the layout of United States v.
// Cook, No. 13-10233 (9th Cir. 2015), shortened.

final class RunningHeaderTests: XCTestCase {
    private static let ninthCircuit: String = {
        let para = "Cook responded to the agents, and the agents searched the backpack for weapons before they " +
            "arrested him, which the district court found to be a reasonable precaution under the circumstances.\n"
        var pages = ["                FOR PUBLICATION\n\n      UNITED STATES COURT OF APPEALS\n           FOR THE NINTH CIRCUIT\n\n" +
                     "    Oshan Cook appeals his convictions for conspiracy to possess with intent to distribute\n" + para]
        for n in 2...5 {
            let header = n % 2 == 0 ? "\(n)                    UNITED STATES V. COOK" : "                  UNITED STATES V. COOK                      \(n)"
            // (each page ends differently: a line repeated at every page's foot is furniture too)
            let cites = ["Arizona v. Gant, 556 U.S. 332, 343 (2009)", "Terry v. Ohio, 392 U.S. 1, 27 (1968)",
                         "Chimel v. California, 395 U.S. 752, 763 (1969)", "Michigan v. Long, 463 U.S. 1032, 1049 (1983)"]
            pages.append(header + "\n\n" + para + para + "See \(cites[n - 2]).\n")
        }
        return pages.joined(separator: "\u{0C}") + "\u{0C}\n"
    }()

    func testHeadersWithThePageNumberAtEitherEndAreFurniture() throws {
        let d = parse(Self.ninthCircuit)
        XCTAssertEqual(d.layout.pages.count, 5, "no page after the final form feed")
        XCTAssertTrue(d.tree.sections.isEmpty, "\(d.tree.sections.map(\.heading))")
        for page in d.layout.pages.dropFirst() {
            XCTAssertTrue(d.layout.furniture.contains { page.span.start <= $0.start && $0.end <= page.span.end &&
                d.source.string($0.start, $0.end).contains("UNITED STATES V. COOK") }, "page \(page.number)")
        }
        XCTAssertFalse(d.tree.paragraphs.contains { d.collapsedText($0.span).contains("UNITED STATES V. COOK") })
        XCTAssertEqual(d.citations.map(\.page), ["332", "1", "752", "1032"])
        XCTAssertEqual(d.citations.map(\.location.page), [2, 3, 4, 5])
    }
}
