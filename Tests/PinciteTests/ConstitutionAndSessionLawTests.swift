import XCTest
@testable import Pincite

// Constitutions and session laws as state courts write them. Snippets verbatim from the
// unseen Fastcase and CAP files in Corpus/unseen (file named at each test; see the README).

final class ConstitutionAndSessionLawTests: XCTestCase {
    func testConstitutionNamedAfterItsArticle() {
        // fastcase/777NW2d266_1.html, fastcase/1ne3d259.html, courtlistener/case_1.json (joined)
        let cs = cites("""
        Vela contends that because L.B. 1 is ex post facto legislation, in violation of article I, § 10, of the U.S. Constitution and article I, § 16, of the Nebraska Constitution.

        roactively to a criminal defendant. See art. I, § 9, of the United States Constitution; art

        does not violate equal protection under Article I, paragraph 1 of the New Jersey Constitution because
        """)
        XCTAssertTrue(cs.of(.statute).isEmpty, "no bare '§ 10'")
        let cons = cs.of(.constitution)
        XCTAssertEqual(cons.map(\.reporter), ["U.S. Constitution", "Nebraska Constitution", "United States Constitution", "New Jersey Constitution"])
        XCTAssertEqual(cons.map(\.section), ["article I, § 10", "article I, § 16", "art. I, § 9", "Article I, paragraph 1"])
    }

    func testGeorgiaAndMichiganConstitutions() {
        // fastcase/592SE2d124_GA_Pag.html; fastcase/737NW2d768_3New.html (joined)
        let cs = cites("ance protection was provided. Ga. Const. of 1983, Art. I, § II, Par. IX. In 1991,\n\nitutional duty to provide reasons for his nonparticipation. Const. 1963, art. 6, § 6.")
        XCTAssertTrue(cs.of(.statute).isEmpty, "no bare '§ II' or '§ 6'")
        let cons = cs.of(.constitution)
        XCTAssertEqual(cons.count, 2)
        XCTAssertEqual(cons.first?.section, "Art. I, § II, Par. IX")
        XCTAssertEqual(cons.last?.section, "art. 6, § 6")
    }

    func testSessionLaws() {
        // fastcase/1ne3d259.html; fastcase/592SE2d124_GA_Pag.html (footnote 8) (joined)
        let cs = cites("e of Brown's crime, G.L. c. 127, § 133A, as amended through St. 2000, c. 159, § 230, providin\n\nGa. L. 1990, p. 2435, § 1.")
        let st = cs.first { $0.reporter == "St." }
        XCTAssertEqual(st?.year, 2000)
        XCTAssertEqual(st?.section, "c. 159")
        XCTAssertEqual(st?.pincite, "§ 230")
        let ga = cs.first { $0.reporter == "Ga. L." }
        XCTAssertEqual(ga?.year, 1990)
        XCTAssertEqual(ga?.page, "2435")
        XCTAssertEqual(ga?.pincite, "§ 1")
        XCTAssertFalse(cs.contains { $0.reporter == nil }, "no headless '§ 230' or '§ 1'")
    }

    func testParagraphNumberIsNoTitle() {
        // fastcase/761NW2d645_1.html
        let c = cites("¶ 20 WISCONSIN STAT. § 704.90 governs the leasing of space ").of(.statute).first
        XCTAssertNil(c?.volume)
        XCTAssertEqual(c?.section, "704.90")
    }

    /// A state's Declaration of Rights named after its article, as the constitution is:
    /// Commonwealth v. Brown (Mass. 2013), Corpus/unseen/fastcase/1ne3d259.html.
    func testArticleOfADeclarationOfRights() throws {
        let doc = parse("sentences of life without parole for juvenile offenders, whether mandatory or discretionary, violate art. 26 of the Massachusetts Declaration of Rights. We now hold that Brown is entitled to be resentenced.")
        let c = try XCTUnwrap(doc.citations.first)
        XCTAssertEqual(c.kind, .constitution)
        XCTAssertEqual(doc.text(c), "art. 26 of the Massachusetts Declaration of Rights")
        XCTAssertEqual(c.authority, "Massachusetts Declaration of Rights art. 26")
    }

    /// The local forms of New York, Hawaii and Maryland courts and the Tax Court's regulations.
    /// Snippets from harvard-lil/capstone's capstone/test_data/fastcase (NE2d/945/945ne2d484.html,
    /// P3d/332/332p3d688_Replace.html, A3d/100/100a3d1112_Replace_3.html) and from
    /// Corpus/unseen/courtlistener/no_author_tag.json, joined.
    func testLocalCodeAndRuleForms() {
        let cs = cites("""
        l question whether options to renew a commercial lease are subject to EPTL 9-1.1(b), New York's rule against perpetuities. We hold

        n Quinn & Stifel, 117 Hawai'i 92, 104, 176 P.3d 91, 103 (2008). Under HRCP Rule 56(c), the circuit court must grant a motion for s

        nt is composed of two subparts: (1) the University failed to consider HAR 11-200-12, specifically regarding secondary and cumulati

        all not reveal information relating to representation of a client[.]" MLRPC 1.6(a).

        within which they become wholly worthless. Sec. 166(d)(1)(A) and (B); sec. 1.166-5(a)(2), Income Tax Regs. A nonbusiness debt is a
        """)
        let forms = cs.filter { $0.kind != .fullCase }.map { ($0.kind, $0.reporter ?? "", $0.section ?? "") }
        // (the Tax Court's bare "Sec. 166(d)(1)(A) and (B)" is a section with no code written)
        XCTAssertEqual(forms.map(\.1), ["EPTL", "HRCP", "HAR", "MLRPC", "", "Income Tax Regs."])
        XCTAssertEqual(forms.map(\.0), [.statute, .rule, .regulation, .rule, .statute, .regulation])
        XCTAssertEqual(forms.map(\.2), ["9-1.1(b)", "56(c)", "11-200-12", "1.6(a)", "166(d)(1)(A) and (B)", "1.166-5(a)(2)"])
    }

    /// A provision is one authority however the opinion writes it: in words after the
    /// provision, with "Art." / "Sec." / "Par.", with the constitution's year closed up.
    func testConstitutionKeysOneFormPerProvision() throws {
        // Fastcase's Nebraska text (State v. Vela, 777 N.W.2d 266): both forms in one opinion
        let neb = parse("L.B. 1 is ex post facto legislation, in violation of article I, § 10, of the U.S. Constitution and article I, § 16, of the Nebraska Constitution. … Both U.S. Const. art. I, § 10, and Neb. Const. art. I, § 16, provide that no ex post facto law")
        XCTAssertEqual(neb.citations.map(\.authority), ["U.S. Const. art. I, § 10", "Neb. Const. art. I, § 16", "U.S. Const. art. I, § 10", "Neb. Const. art. I, § 16"])
        // Fastcase's Georgia text (592 S.E.2d 124): "of 1983", "1983", "Sec.", "Par." and a subparagraph
        let ga = parse("liability insurance protection was provided. Ga. Const. of 1983, Art. I, § II, Par. IX. In 1991 … and the extent of such waiver,\" Ga. Const. 1983, Art. I, Sec. II, Par. IX(e), and the GTCA")
        XCTAssertEqual(ga.citations.map(\.authority), ["Ga. Const. 1983 art. I, § II, para. IX", "Ga. Const. 1983 art. I, § II, para. IX"])
        let us = parse("See U.S. Const., amend. VI; U.S. Const. amend. VI.")
        XCTAssertEqual(Set(us.citations.map(\.authority)), ["U.S. Const. amend. VI"])
    }
    /// Several sections of one article and several amendments are one citation: "article I,
    /// §§ 3 and 9, of the Nebraska Constitution" (State v. Vela, 777 N.W.2d 266, Fastcase; it
    /// had been a bare "§§ 3 and 9"), "U.S. Const., amends. V, XIV" (122 N.E.3d 432, Fastcase),
    /// keyed in one form however the list is joined.
    func testSectionAndAmendmentLists() throws {
        let cs = cites("""
            Vela argues that this violates article I, §§ 3 and 9, of the Nebraska Constitution. See Neb. Const. art. I, §§ 3, 9. \
            The statute is challenged under U.S. Const., amends. V, XIV. See also U.S. Const. amends. V and XIV.
            """)
        XCTAssertEqual(cs.count, 4)
        for c in cs { XCTAssertEqual(c.kind, .constitution) }
        XCTAssertEqual(cs[0].authority, "Neb. Const. art. I, §§ 3, 9")
        XCTAssertEqual(cs[1].authority, "Neb. Const. art. I, §§ 3, 9")
        XCTAssertEqual(cs[2].authority, "U.S. Const. amends. V, XIV")
        XCTAssertEqual(cs[3].authority, "U.S. Const. amends. V, XIV")
    }
    /// Court rules a state names with the word "Rule" (Fox v. State, 997 N.E.2d 384 (Ind. Ct. App.
    /// 2013), Fastcase: "…because the evidence is insufficient to support it.\" Ind. Trial Rule 50.",
    /// "in violation of Indiana Appellate Rule 28(A)(2)"; Maryland's "Md. Rule 16-761(b)"). A
    /// bare "Rule 5" or "Ind. Rule 5" is no such cite.
    func testStateRulesNamedWithTheWordRule() throws {
        let cs = cites("""
            "…clearly erroneous as contrary to the evidence because the evidence is insufficient to support it." Ind. Trial Rule 50. \
            The transcript volumes are not consecutively paginated, in violation of Indiana Appellate Rule 28(A)(2). \
            See Md. Rule 16-761(b). The Rule 5 hearing followed. Ind. Rule 5 says so.
            """)
        XCTAssertEqual(cs.map(\.authority), ["Ind. Trial Rule 50", "Ind. Appellate Rule 28", "Md. Rule 16-761"])
        for c in cs { XCTAssertEqual(c.kind, .rule) }
        XCTAssertEqual(cs[1].reporterAsWritten, "Indiana Appellate Rule")
        XCTAssertEqual(cs[1].section, "28(A)(2)")
        XCTAssertEqual(cs[2].signal, "See")
    }
    /// Michigan's public acts by year and number (corpus-dev/013: "However, MCL 500.2832 was
    /// repealed by 1990 PA 305."), dated by the year, with a section as the pin; reporters-db's
    /// "PA" neutral form does not take them, and a "PA" with no year before it is no act.
    func testMichiganPublicActs() throws {
        let cs = cites("However, MCL 500.2832 was repealed by 1990 PA 305. MCL 500.2833 replaced it. See 2012 PA 348, § 1. Write to Pittsburgh, PA 15222.")
        let acts = cs.filter { $0.reporter == "PA" }
        XCTAssertEqual(acts.map(\.authority), ["1990 PA 305", "2012 PA 348"])
        for a in acts { XCTAssertEqual(a.kind, .statute) }
        XCTAssertEqual(acts.map(\.year), [1990, 2012])
        XCTAssertEqual(acts.last?.pincite, "§ 1")
        XCTAssertFalse(cs.contains { $0.section == "15222" || $0.page == "15222" })
    }
}
