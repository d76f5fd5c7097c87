import XCTest
@testable import Pincite

// State court rules written "<State> R. <rule set> <number>", as the Bluebook's T1
// titles them ("Tex. R. App. P.", "Fla. R. Civ. P.", "Pa. R. Evid."). No corpus-dev
// opinion cites one, so the sentences here are made for the test; the expected
// values are the rule sets and rule numbers as T1 writes them.

final class StateRuleTests: XCTestCase {
    func testStateRuleSetsAfterR() throws {
        let doc = parse("See Tex. R. App. P. 47.1; Ariz. R. Civ. P. 12; Fla. R. Civ. P. 1.140; Pa. R. Evid. 403; Mass. R. Civ. P. 12(b)(6).")
        let rules = doc.citations.of(.rule)
        XCTAssertEqual(rules.map(\.reporter), ["Tex. R. App. P.", "Ariz. R. Civ. P.", "Fla. R. Civ. P.", "Pa. R. Evid.", "Mass. R. Civ. P."])
        XCTAssertEqual(rules.map(\.section), ["47.1", "12", "1.140", "403", "12(b)(6)"])
    }

    func testRecordDocumentIsNotARuleSet() {
        // "R. Doc." is a record cite of the Eastern District of Louisiana, not a rule set
        XCTAssertFalse(cites("(citing Compl. R. Doc. 1).").contains { $0.kind == .rule })
    }
}
