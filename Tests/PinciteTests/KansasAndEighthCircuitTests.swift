import XCTest
@testable import Pincite

// Whole opinions of two courts no gold covers (session 22), in Corpus/unseen/courtlistener:
// State v. Volle (Kan. 2025) and United States v. Crumble (8th Cir. 2018), PDF text.

final class KansasAndEighthCircuitTests: XCTestCase {
    private func parseFile(_ name: String) throws -> Document {
        let url = CAPHeadMatterTests.corpus.appendingPathComponent("unseen/courtlistener/" + name)
        return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: name)
    }

    /// Kansas's head: the syllabus points, "Appeal from …", "Opinion filed December 12, 2025.",
    /// counsel, then "The opinion of the court was delivered by" and the author's run-in line.
    /// The opinion starts at "STANDRIDGE, J.:" (the syllabus had been its first paragraphs and
    /// its points sections), its author is the caption's judge, the date is the filing date.
    func testKansasHead() throws {
        let d = try parseFile("kansas_state_v_volle.txt")
        XCTAssertEqual(d.tree.caption.judge, "STANDRIDGE")
        XCTAssertEqual(d.tree.caption.date, "2025-12-12")
        XCTAssertEqual(d.tree.opinions.map(\.author), ["STANDRIDGE"])
        let kinds = Set(d.tree.headMatter.map(\.kind))
        XCTAssertTrue(kinds.isSuperset(of: ["syllabus", "headnotes", "attorneys"]), "\(kinds)")
        XCTAssertEqual(d.tree.sections.first?.heading, "FACTS", "no syllabus point heads a section")
        // the syllabus's own cite is head matter, not the opinion's
        let opinionStart = try XCTUnwrap(d.tree.opinions.first?.span.start)
        XCTAssertFalse(d.tree.paragraphs.contains { $0.span.start < opinionStart })
    }

    /// Its citations: "Syl. ¶ 5" pins a Kansas cite and its P.3d parallel stays linked (the two
    /// had been split, the P.3d cite nameless); the pattern instructions are rules.
    func testKansasCitationForms() throws {
        let d = try parseFile("kansas_state_v_volle.txt")
        let johnson = try XCTUnwrap(d.citations.cite(volume: "304", page: "924"))
        XCTAssertEqual(johnson.pincite, "Syl. ¶ 5")
        XCTAssertEqual(johnson.year, 2016)
        XCTAssertEqual(johnson.parallel.map { d.citations[$0].volume }, ["376"])
        XCTAssertEqual(d.citations.filter { $0.reporter == "PIK Crim. 4th" }.map(\.section), ["52.140", "52.150"])
        XCTAssertFalse(d.citations.contains { $0.section == "21" }, "no section cut at its hyphen")
        XCTAssertTrue(d.citations.contains { $0.section == "60-2103(h)" && $0.year == 2024 })
    }

    /// The Eighth Circuit's caption prints its leaders as a run of "l": they are no part of the
    /// parties ("United States of America lllllllllllllllllllPlaintiff - Appellee").
    func testEighthCircuitLeaders() throws {
        let d = try parseFile("eighth_circuit_crumble.txt")
        XCTAssertEqual(d.tree.caption.plaintiffs, ["United States of America"])
        XCTAssertEqual(d.tree.caption.defendants, ["Prentiss Anthony Crumble"])
        XCTAssertEqual(d.tree.caption.judge, "SHEPHERD")
        XCTAssertEqual(d.citations.filter { $0.reporter == "Minn. Stat." }.compactMap(\.pincite), ["subdiv. 3", "subdiv. 2(a)"])
    }
}
