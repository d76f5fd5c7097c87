import XCTest
@testable import Pincite

// The heads of state courts whose layouts no corpus text shows, on the documents written
// for these tests in each court's layout (Corpus/constructed/state_heads, see the README
// there). Expected values are read off the documents.

final class StateHeadTests: XCTestCase {
    private func parseHead(_ name: String) throws -> Document { try parseConstructed("state_heads", name, bluebook: true) }

    /// Pennsylvania: the author line carries the decision date in a second column.
    func testPennsylvaniaAuthorBesideTheDate() throws {
        let doc = try parseHead("pa.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.court, "SUPREME COURT OF PENNSYLVANIA")
        XCTAssertEqual(cap.docket, "12 MAP 2024")
        XCTAssertEqual(cap.plaintiffs, ["COMMONWEALTH OF PENNSYLVANIA"])
        XCTAssertEqual(cap.defendants, ["JOHN DOE"])
        XCTAssertEqual(cap.date, "2024-08-20")
        XCTAssertEqual(cap.judge, "DOUGHERTY")
        XCTAssertEqual(doc.tree.opinions.first?.author, "DOUGHERTY")
    }

    /// Texas: a rule of box-drawing characters is no party.
    func testTexasBoxDrawingRules() throws {
        let cap = try parseHead("tx.txt").tree.caption
        XCTAssertEqual(cap.court, "SUPREME COURT OF TEXAS")
        XCTAssertEqual(cap.docket, "23-0123")
        XCTAssertEqual(cap.plaintiffs, ["JOHN DOE"])
        XCTAssertEqual(cap.defendants, ["ACME CORPORATION"])
        XCTAssertEqual(cap.judge, "BUSBY")
    }

    /// Florida: the constitution named after its parts is one citation, and R11 reports the order.
    func testFloridaJurisdictionSentence() throws {
        let doc = try parseHead("fl.txt")
        XCTAssertEqual(doc.tree.caption.date, "2025-03-06")
        XCTAssertEqual(doc.tree.caption.docket, "SC2023-0123")
        let const = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(const.kind, .constitution)
        XCTAssertEqual(doc.text(const), "art. V, § 3(b)(1), Fla. Const.")
        XCTAssertEqual(const.reporter, "Fla. Const.")
        XCTAssertEqual(const.section, "art. V, § 3(b)(1)")
        XCTAssertEqual(const.checks.first { $0.rule == "R11" }?.suggestion, "Fla. Const. art. V, § 3(b)(1)")
        XCTAssertEqual(doc.citations.filter { $0.kind == .statute }.count, 0)
    }

    /// New York: the reporter's notice over the slip is head matter; the caption below it is read.
    func testNewYorkCourtOfAppealsNotice() throws {
        let doc = try parseHead("ny.txt")
        let cap = doc.tree.caption
        XCTAssertEqual(cap.docket, "12")
        XCTAssertEqual(cap.defendants, ["John Doe"])
        XCTAssertEqual(cap.plaintiffs.count, 1)
        XCTAssertEqual(cap.judge, "RIVERA")
    }

    /// Ohio: "RELEASED 1/14/2025" in the caption's right column dates the decision.
    func testOhioReleasedDate() throws {
        let cap = try parseHead("oh.txt").tree.caption
        XCTAssertEqual(cap.docket, "24CA5")
        XCTAssertEqual(cap.plaintiffs, ["STATE OF OHIO"])
        XCTAssertEqual(cap.date, "2025-01-14")
        XCTAssertEqual(cap.judge, "SMITH")
    }

    /// California: the bare case number below the parties, and the one-word name of the
    /// justice who "authored the opinion of the Court".
    func testCaliforniaCaseNumberAndAuthor() throws {
        let cap = try parseHead("ca.txt").tree.caption
        XCTAssertEqual(cap.court, "SUPREME COURT OF CALIFORNIA")
        XCTAssertEqual(cap.docket, "S271234")
        XCTAssertEqual(cap.plaintiffs, ["THE PEOPLE"])
        XCTAssertEqual(cap.defendants, ["JOHN DOE"])
        XCTAssertEqual(cap.date, "2025-03-06")
        XCTAssertEqual(cap.judge, "Kruger")
        XCTAssertEqual(cap.judgeTitle, "Justice")
    }

    /// Constitution sections keep every subdivision ("§ 3(b)(1)", "§ 8(b)(3)").
    func testConstitutionSubsectionsStayWhole() throws {
        let cs = cites("Also Fla. Const. art. V, § 3(b)(1); see also U.S. Const. art. I, § 8(b)(3).")
        XCTAssertEqual(cs.map(\.section), ["art. V, § 3(b)(1)", "art. I, § 8(b)(3)"])
    }

    func testBareCaseNumbers() {
        for yes in ["S271234", "A148307", "2016AP2214", "E076543"] { XCTAssertTrue(StructureContext.isBareCaseNumber(yes), yes) }
        for no in ["RIF1234567", "S27", "2016", "ABC123456", "June"] { XCTAssertFalse(StructureContext.isBareCaseNumber(no), no) }
    }

    /// Massachusetts: the reporter's notice, the docket "SJC-13456", the title on one line
    /// ("COMMONWEALTH   vs.   JOHN DOE."), argument and decision dates on one line, and the
    /// account of the proceedings below and counsel before the opinion.
    func testMassachusettsSlipOpinion() throws {
        let doc = try parseHead("mass.txt")
        let cap = doc.tree.caption
        XCTAssertNil(cap.court)   // the slip names none (the notice's "Supreme Judicial Court" is the reporter's address)
        XCTAssertEqual(cap.docket, "SJC-13456")
        XCTAssertEqual(cap.plaintiffs, ["COMMONWEALTH"])
        XCTAssertEqual(cap.defendants, ["JOHN DOE"])
        XCTAssertEqual(cap.date, "2025-03-07")
        XCTAssertEqual(cap.judge, "KAFKER")
        XCTAssertEqual(doc.tree.paragraphs.count, 1)
    }

    /// Washington, Colorado, Louisiana, Georgia and Iowa: what each head gives.
    func testMoreStateHeads() throws {
        let wa = try parseHead("wa.txt").tree.caption
        XCTAssertEqual(wa.docket, "101234-5")
        XCTAssertEqual(wa.date, "2025-03-06")
        XCTAssertEqual(wa.judge, "GORDON McCLOUD")   // run in after an em dash
        let co = try parseHead("co.txt").tree.caption
        XCTAssertEqual(co.docket, "23SC123")          // not the court of appeals' 21CA1234
        XCTAssertEqual(co.plaintiffs, ["John Doe"])
        XCTAssertEqual(co.defendants, ["The People of the State of Colorado"])
        XCTAssertEqual(co.date, "2025-03-03")
        XCTAssertEqual(co.judge, "HART")
        let la = try parseHead("la.txt").tree.caption
        XCTAssertEqual(la.publicationStatus, "NOT DESIGNATED FOR PUBLICATION")
        XCTAssertEqual(la.docket, "2024 KA 0123")      // not the district court's "Docket No. 123456"
        XCTAssertEqual(la.plaintiffs, ["STATE OF LOUISIANA"])
        XCTAssertEqual(la.defendants, ["JOHN DOE"])
        XCTAssertEqual(la.date, "2025-03-03")          // "MAR 0 3 2025"
        let ga = try parseHead("ga.txt").tree.caption
        XCTAssertEqual(ga.docket, "S24A1234")
        XCTAssertEqual(ga.plaintiffs, ["DOE"])
        XCTAssertEqual(ga.defendants, ["THE STATE"])
        XCTAssertEqual(ga.date, "2025-03-04")
        XCTAssertEqual(ga.judge, "PETERSON")
        let ia = try parseHead("ia.txt").tree.caption
        XCTAssertEqual(ia.date, "2025-03-07")          // filed, not submitted
        XCTAssertEqual(ia.plaintiffs, ["State of Iowa"])
        XCTAssertEqual(ia.judge, "Oxley")
    }

    /// A date must be one: "MAR 0 3 2025" is read with its day's digits joined; a day of 0 or
    /// a year of 3 is no date.
    func testDatesAreValid() {
        XCTAssertEqual(DateText.iso("MAR 0 3 2025"), "2025-03-03")
        XCTAssertNil(DateText.iso("March 0, 2025"))
        XCTAssertNil(DateText.iso("March 3, 25"))
    }
}
