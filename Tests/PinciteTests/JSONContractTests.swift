import XCTest
@testable import Pincite

/// The `pincite/1` document JSON: shape, keys, types, spans into the original
/// bytes, and determinism.
final class JSONContractTests: XCTestCase {

    /// A small document made of real passages (each verbatim; joined by blank lines):
    /// 009 (nested quoting with parallels), 006 (signals, string cite, Westlaw),
    /// 006 (statute + Id.), 013 (history, supra), 003 (citing).
    let document = [
        // 009_fastcase_dc_west_v_united_states.txt
        "\"[T]he voluntariness of a consent to search is 'a question of fact to be determined from all the circumstances[.]' \" In re J.M., 619 A.2d 497, 500 (D.C.1992) (en banc) (quoting Schneckloth v. Bustamonte, 412 U.S. 218, 248-49, 93 S.Ct. 2041, 36 L.Ed.2d 854 (1973) ).",
        // 006_eyecite_ednc_hogarth_v_bell.txt
        "See Bartlett , 168 F.3d 705 (rejecting argument that would leave plaintiff's First Amendment rights “at the sufferance of” the enforcement authority); Correll v. Herring , 212 F.Supp.3d 584, 602-03 (E.D. Va. 2016)\n\n20\n\n(similar, and rejecting in particular a post-complaint disavowal of prosecutorial intent); see also Crookston v. Johnson , 370 F.Supp.3d 804, 812 (W.D. Mich. 2018) (similar as to a state board's disavowal of enforcement); Hill v. Williams , No. 16-cv-2627, 2016 WL 8667798, at *5 (D. Colo. Nov. 4, 2016) (similar as to district attorney disavowal); cf. Doe v. Pryor , 344 F.3d 1282, 1287 (11th Cir. 2003) (no standing when state conceded statute was unconstitutional and could not be enforced).",
        // 006_eyecite_ednc_hogarth_v_bell.txt
        "Under N.C. Gen. Stat. § 163-33(1), county election boards hold the power to make rules and regulations consistent with state law and the directives of the state\n\n17\n\nboard of elections. Id. Similarly, county boards have the statutory duty to appoint precinct-level electoral officials. Id. § 163-33(2). In turn, however, these precinct-level officials have the statutory duty to arrest anybody who violates state election law. Id. §§ 163-273(b), 163-48.",
        // 013_fastcase_michctapp_griswold_v_lexington.txt (two passages)
        "Were we not bound to follow this Court's published opinion in Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000), we\n\nAngott v. Chubb Group of Ins. Cos., 270 Mich.App. 465, 479, 717 N.W.2d 341 (2006), lv. den. sub. nom. Kilby v. Chubb Group of Ins. Cos., 477 Mich. 941, 723 N.W.2d 825 (2006); Arco, supra at 148, 594 N.W.2d 74.",
        // 003_doctor_moctapp_jagels_v_state.txt
        "Sanders v. State, 738 S.W.2d 856, 857 (Mo. banc 1987)\n\n(citing Strickland v. Washington, 466 U.S. 668, 687 (1984)).",
    ].joined(separator: "\n\n")

    static let contractKeys = [
        "id", "kind", "span", "text", "case_name", "volume", "reporter", "page", "pincite", "court", "date", "year",
        "docket", "signal", "parentheticals", "history", "parallel", "antecedent", "nested_in", "nesting_phrase",
        "location", "authority", "checks",
    ]
    static let kinds: Set<String> = [
        "case", "short_case", "id", "supra", "reference", "statute", "regulation", "rule", "constitution", "record",
        "internal", "journal", "unknown",
    ]

    /// Every citation of the JSON, in id order: `citations`, `history_citations` and `case_mentions` together.
    func citationsJSON(_ doc: Document) throws -> [[String: Any]] {
        let obj = try jsonObject(doc)
        let all = try XCTUnwrap(obj["citations"] as? [[String: Any]]) + (try XCTUnwrap(obj["history_citations"] as? [[String: Any]]))
            + (try XCTUnwrap(obj["case_mentions"] as? [[String: Any]]))
        return all.sorted { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }
    }

    /// Whitespace runs collapsed to one space (what "text" holds).
    func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    func testSchemaAndSource() throws {
        let bytes = Array(document.utf8)
        let obj = try jsonObject(Pincite.parse(bytes: bytes, name: "doc.txt"))
        XCTAssertEqual(obj["schema"] as? String, "pincite/1")
        let source = try XCTUnwrap(obj["source"] as? [String: Any])
        XCTAssertEqual(source["name"] as? String, "doc.txt")
        XCTAssertEqual(source["bytes"] as? Int, bytes.count)
        let sha = try XCTUnwrap(source["sha256"] as? String)
        XCTAssertEqual(sha.count, 64)
        XCTAssertTrue(sha.allSatisfy { $0.isHexDigit })
        XCTAssertNotNil(obj["diagnostics"] as? [Any])
        XCTAssertNotNil(obj["pages"] as? [Any])
    }

    func testEveryCitationHasEveryContractKey() throws {
        let doc = parse(document)
        let cs = try citationsJSON(doc)
        XCTAssertEqual(cs.count, doc.citations.count)
        XCTAssertGreaterThan(cs.count, 15)
        for c in cs {
            for key in Self.contractKeys {
                XCTAssertTrue(c.keys.contains(key), "citation \(c["id"] ?? "?") lacks \"\(key)\"")
            }
            let span = try XCTUnwrap(c["span"] as? [String: Any])
            XCTAssertNotNil(span["start"] as? Int)
            XCTAssertNotNil(span["end"] as? Int)
            let location = try XCTUnwrap(c["location"] as? [String: Any])
            XCTAssertTrue(location.keys.contains("page") && location.keys.contains("footnote"))
        }
    }

    func testValuesHaveContractTypesAndValidReferences() throws {
        let bytes = Array(document.utf8)
        let cs = try citationsJSON(Pincite.parse(bytes: bytes))
        for (n, c) in cs.enumerated() {
            XCTAssertEqual(c["id"] as? Int, n, "ids are positions")
            XCTAssertTrue(Self.kinds.contains(c["kind"] as? String ?? ""))
            let span = try XCTUnwrap(c["span"] as? [String: Int])
            let s = try XCTUnwrap(span["start"]), e = try XCTUnwrap(span["end"])
            XCTAssertTrue(0 <= s && s < e && e <= bytes.count)
            // UTF-8 input: the span indexes the input bytes, and "text" is that text collapsed
            XCTAssertEqual(c["text"] as? String, collapse(String(decoding: bytes[s..<e], as: UTF8.self)))
            XCTAssertNotNil(c["parallel"] as? [Int])
            for p in c["parallel"] as? [Int] ?? [] { XCTAssertTrue(p != n && p < cs.count) }
            if let a = c["antecedent"] as? Int { XCTAssertTrue(a < n, "an antecedent comes first") }
            else { XCTAssertTrue(c["antecedent"] is NSNull) }
            if let p = c["nested_in"] as? Int { XCTAssertTrue(p < n) } else { XCTAssertTrue(c["nested_in"] is NSNull) }
            for p in try XCTUnwrap(c["parentheticals"] as? [[String: Any]]) {
                XCTAssertNotNil(p["text"] as? String)
                XCTAssertNotNil(p["kind"] as? String)
            }
            for h in try XCTUnwrap(c["history"] as? [[String: Any]]) {
                XCTAssertNotNil(h["phrase"] as? String)
            }
            for ch in try XCTUnwrap(c["checks"] as? [[String: Any]]) {
                XCTAssertNotNil(ch["rule"] as? String)
                XCTAssertNotNil(ch["severity"] as? String)
                XCTAssertNotNil(ch["message"] as? String)
            }
        }
    }

    func testFieldsMirrorTheModel() throws {
        let doc = parse(document)
        let cs = try citationsJSON(doc)
        // Hill v. Williams (006): a Westlaw cite with docket, star pin and full date
        let hill = try XCTUnwrap(cs.first { $0["page"] as? String == "8667798" })
        XCTAssertEqual(hill["kind"] as? String, "case")
        XCTAssertEqual(hill["volume"] as? String, "2016")
        XCTAssertEqual(hill["reporter"] as? String, "WL")
        XCTAssertEqual(hill["pincite"] as? String, "*5")
        XCTAssertEqual(hill["docket"] as? String, "No. 16-cv-2627")
        XCTAssertEqual(hill["court"] as? String, "D. Colo.")
        XCTAssertEqual(hill["date"] as? String, "2016-11-04")
        XCTAssertEqual(hill["year"] as? Int, 2016)
        let name = try XCTUnwrap(hill["case_name"] as? [String: Any])
        XCTAssertEqual(name["plaintiff"] as? String, "Hill")
        XCTAssertEqual(name["defendant"] as? String, "Williams")
        // keys that do not apply are null, never missing
        let statute = try XCTUnwrap(cs.first { $0["kind"] as? String == "statute" })
        XCTAssertTrue(statute["case_name"] is NSNull)
        XCTAssertTrue(statute["page"] is NSNull)
        XCTAssertTrue(statute["court"] is NSNull)
        // Schneckloth (009): nested in In re J.M., with two parallels
        let schneckloth = try XCTUnwrap(cs.first { $0["volume"] as? String == "412" })
        let jm = try XCTUnwrap(cs.first { $0["volume"] as? String == "619" })
        XCTAssertEqual(schneckloth["nested_in"] as? Int, jm["id"] as? Int)
        XCTAssertEqual(schneckloth["nesting_phrase"] as? String, "quoting")
        XCTAssertEqual((schneckloth["parallel"] as? [Int])?.count, 2)
        XCTAssertEqual((jm["parentheticals"] as? [[String: Any]])?.map { $0["kind"] as? String }, ["weight", "quoting"])
        // Arco (013): the aff'd step is in "history"
        let arco = try XCTUnwrap(cs.first { $0["volume"] as? String == "233" })
        XCTAssertEqual((arco["history"] as? [[String: Any]])?.first?["phrase"] as? String, "aff'd")
    }

    func testLaterDecisionsInHistoryAreListedApart() throws {
        // Arco (013): "…, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000)".
        // As in the gold annotations, the affirmance is part of Arco's citation: it is
        // not an entry of `citations` but of `history_citations`, with its parallel.
        let obj = try jsonObject(parse(document))
        let main = try XCTUnwrap(obj["citations"] as? [[String: Any]])
        let later = try XCTUnwrap(obj["history_citations"] as? [[String: Any]])
        XCTAssertTrue(main.allSatisfy { $0["history_of"] is NSNull })
        XCTAssertEqual(later.map { $0["text"] as? String }, ["462 Mich. 896, 617 N.W.2d 330 (2000)", "617 N.W.2d 330 (2000)",
                                                              "477 Mich. 941, 723 N.W.2d 825 (2006)", "723 N.W.2d 825 (2006)"])
        let mainIDs = Set(main.compactMap { $0["id"] as? Int })
        for c in later { XCTAssertTrue(mainIDs.contains(c["history_of"] as? Int ?? -1), "\(c["text"] ?? "")") }
        // the history step names its decision by id
        let withHistory = try XCTUnwrap(main.first { ($0["history"] as? [[String: Any]])?.first?["phrase"] as? String == "aff'd" })
        let step = try XCTUnwrap((withHistory["history"] as? [[String: Any]])?.first)
        XCTAssertEqual(step["citation"] as? Int, later[0]["id"] as? Int)
    }

    func testMentionsOfACitedCaseByNameAreListedApart() throws {
        // 021_smaa2020_illappct_hubbert_v_dell.txt: "In Falbe, the defendant …" after the full cite
        let doc = parse("The defendant relies on Falbe v. Dell, Inc., No. 04—C—1425 (N.D. Ill. 2004) (memorandum opinion). In Falbe, the defendant, whose principal place of business was in Texas, argued otherwise. Falbe, slip op. at 6.")
        let obj = try jsonObject(doc)
        let main = try XCTUnwrap(obj["citations"] as? [[String: Any]])
        let mentions = try XCTUnwrap(obj["case_mentions"] as? [[String: Any]])
        XCTAssertEqual(main.map { $0["text"] as? String }, ["Falbe v. Dell, Inc., No. 04—C—1425 (N.D. Ill. 2004)", "Falbe, slip op. at 6"])
        XCTAssertEqual(mentions.map { $0["text"] as? String }, ["Falbe"])
        XCTAssertEqual(mentions.first?["kind"] as? String, "reference")
        XCTAssertEqual(mentions.first?["antecedent"] as? Int, main[0]["id"] as? Int)
        XCTAssertEqual(mentions.first?["authority"] as? String, main[0]["authority"] as? String)
    }

    func testOutputIsByteIdenticalAcrossRuns() {
        let bytes = Array(document.utf8)
        let first = Pincite.parse(bytes: bytes, name: "doc").jsonBytes()
        let second = Pincite.parse(bytes: bytes, name: "doc").jsonBytes()
        XCTAssertFalse(first.isEmpty)
        XCTAssertEqual(first, second)
        let doc = Pincite.parse(bytes: bytes, name: "doc")
        XCTAssertEqual(doc.jsonBytes(), doc.jsonBytes())
    }
}
