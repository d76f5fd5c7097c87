import XCTest
import Foundation
@testable import Pincite

// Signature blocks without "/s/", "SO ORDERED" or "Dated:", and caption fields read off
// lines outside the caption block. The texts are abridged from opinions outside the
// development corpus: an Alabama Attorney General opinion (eyecite's test assets), a
// Board of Veterans' Appeals decision (juriscraper's), an Alabama Opinion of the Justices
// (CourtListener's Columbia import), an Illinois Appellate Court head (CAP).

private let prose = """
The question presented is whether the party may substitute a candidate after the deadline for nominations has passed. We have considered the statutes that govern the nomination of candidates and the cases that construe them, and we conclude that it may not do so under the law as it now stands.


"""

final class SignatureAndCaptionTests: XCTestCase {
    static let unseen = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/unseen")

    private func parseText(_ s: String) -> Document { Pincite.parse(bytes: Array(s.utf8), bluebook: nil) }

    private func signatureText(_ d: Document, _ s: String) -> String? {
        d.tree.signature.map { String(decoding: Array(s.utf8)[$0.start..<$0.end], as: UTF8.self) }
    }

    func testLetterClosingIsASignatureNotASection() {
        let text = "QUESTION\n\n" + String(repeating: prose, count: 4) + """
        CONCLUSION

        A political party may not substitute a candidate on the general election ballot when the party failed to place the name of a candidate in nomination for that office.

        Sincerely,

        STEVE MARSHALL Attorney General.

        G. WARD BEESON, III Chief, Opinions Division.

        """
        let d = parseText(text)
        XCTAssertEqual(d.tree.sections.last?.heading, "CONCLUSION", "the name lines are no headings")
        XCTAssertTrue(signatureText(d, text)?.hasPrefix("Sincerely,") ?? false, "\(String(describing: d.tree.signature))")
        XCTAssertTrue(signatureText(d, text)?.hasSuffix("Opinions Division.") ?? false)
    }

    func testNameOverTitleSignsAndNamesTheJudge() {
        let text = "REASONS AND BASES FOR FINDINGS AND CONCLUSIONS\n\n" + String(repeating: prose, count: 4) + """
        M. HYLAND

        Veterans Law Judge

        Board of Veterans' Appeals

        Attorney for the Board\tK. Josey

        The Board's decision in this case is binding only with respect to the instant matter decided. This decision is not precedential and does not establish VA policies or interpretations of general applicability. 38 C.F.R. § 20.1303.

        """
        let d = parseText(text)
        XCTAssertEqual(d.tree.caption.judge, "M. HYLAND")
        XCTAssertEqual(d.tree.caption.judgeTitle, "Veterans Law Judge")
        XCTAssertTrue(signatureText(d, text)?.hasPrefix("M. HYLAND") ?? false)
        // the block ends before the notice after it, whose citation is still read
        XCTAssertFalse(signatureText(d, text)?.contains("binding") ?? true)
        XCTAssertTrue(d.citations.contains { d.text($0) == "38 C.F.R. § 20.1303" })
        XCTAssertFalse(d.tree.sections.contains { $0.heading.contains("HYLAND") }, "the name lines are no headings")
    }

    /// United States v. Approximately 1,467,761.163191 USDT (D.D.C. 2026) and Robin J. v.
    /// Bisignano (N.D. Ill. 2026): the date line stands under the judge's name ("Date:") or
    /// above the signature beside "ENTER:", not in the block itself.
    func testDateLineNextToTheSignatureDatesTheOrder() {
        let dc = String(repeating: prose, count: 4) + """
                A separate order accompanies this memorandum opinion.



                                                           9
               SO ORDERED.

                                      __________________________
                                      JIA M. COBB
                                      United States District Judge

        Date: February 6, 2026

        """
        let d = parseText(dc)
        XCTAssertEqual(d.tree.caption.date, "2026-02-06")
        XCTAssertEqual(d.tree.caption.judge, "JIA M. COBB")
        let il = "CONCLUSION\n\n" + String(repeating: prose, count: 4) + """
        Date: March 12, 2025             ENTER:\u{20}
                                          SPA                       \u{20}
                                            United States Magistrate Judge

        """
        XCTAssertEqual(parseText(il).tree.caption.date, "2025-03-12")
    }

    func testJusticesSigningTogether() {
        let text = String(repeating: prose, count: 4) + """
        Respectfully submitted,

                        HOWELL T. HEFLIN Chief Justice

        PELHAM J. MERRILL

        JAMES N. BLOODWORTH

        JANIE L. SHORES

                        ERIC EMBRY Associate Justices

        """
        let d = parseText(text)
        XCTAssertTrue(d.tree.sections.isEmpty, "\(d.tree.sections.map(\.heading))")
        XCTAssertEqual(d.tree.caption.judge, "HOWELL T. HEFLIN")
        XCTAssertEqual(d.tree.caption.judgeTitle, "Chief Justice")
        XCTAssertTrue(signatureText(d, text)?.hasPrefix("Respectfully submitted,") ?? false)
    }

    /// An opinion's author line names a title too, but the opinion follows it: no signature.
    func testAuthorLineIsNoSignature() {
        let text = "RUFFIN, Presiding Judge.\n\n" + String(repeating: prose, count: 5)
        let d = parseText(text)
        XCTAssertNil(d.tree.signature)
    }

    func testIllinoisDistrictLineAndFastcaseTitleLine() {
        let illinois = """
        In re ESTATE OF PRASAD L. MUPPAVARAPU, Deceased (Padmaja Raecharla, Plaintiff-Appellant, v. Srinivas Rao Kudaravalli, Defendant-Appellee).

        Third District

        No. 3—04—0969

        Opinion filed August 31, 2005.

        JUSTICE BARRY delivered the opinion of the court:


        """ + String(repeating: prose, count: 4)
        let d = parseText(illinois)
        XCTAssertEqual(d.tree.caption.district, "Third District")
        XCTAssertEqual(d.tree.caption.date, "2005-08-31")

        let fastcase = """
        Bernard WEST, Appellant.
        v.
        UNITED STATES, Appellee.

        No. 12-CF-1657.

        District of Columbia Court of Appeals.

        Argued Feb. 7, 2014.
        Decided Sept. 18, 2014.

        Before THOMPSON and BECKWITH, Associate Judges, and KING, Senior Judge.

        Opinion

        THOMPSON, Associate Judge:


        """ + String(repeating: prose, count: 4)
        let w = parseText(fastcase)
        XCTAssertEqual(w.tree.caption.documentTitle, "Opinion")
        XCTAssertEqual(w.tree.caption.court, "District of Columbia Court of Appeals")
    }

    /// Converted texts: a word split at a line end inside a case name, a connector glued
    /// to the next word, and "s" for "§" (CourtListener's 1990s D.C. Circuit opinions).
    func testNamesAndSectionsOfConvertedTexts() {
        let text = """
        The contract is enforceable unless enforcement would be contrary to public policy.  Wis-
        consin Ave. Assocs. v. 2720 Wisconsin Ave. Coop. Ass'n, 441
        A.2d 956, 964-65 (D.C. 1982).  Public corporations are not subdivisions of the state.
        Opinion of theJustices, 254 Ala. 506, 49 So.2d 175 (1950).  The Act requires payment bonds.
        40 U.S.C. s 270b (1994); see also 40 U.S.C. ss 270a-270d.

        """
        let d = parseText(text)
        let cases = d.citations.filter { $0.kind == .fullCase && ($0.volume == "441" || $0.volume == "254") }
        XCTAssertEqual(cases.map { $0.caseName?.plaintiff }, ["Wisconsin Ave. Assocs.", "Opinion of theJustices"])
        let statutes = d.citations.filter { $0.kind == .statute }
        XCTAssertEqual(statutes.map(\.section), ["270b", "270a-270d"])
        XCTAssertEqual(statutes.map(\.reporter), ["U.S.C.", "U.S.C."])
    }

    /// The D.C. Circuit's head: the date on the "Argued … Decided …" line, the parties around a
    /// lone "v.", both dockets of the consolidated appeals, and the judge of "Opinion for the
    /// Court filed by Chief Judge Edwards." (CourtListener's test opinion `opinion_text.txt`).
    func testDCCircuitHeadAndFilingJudge() throws {
        let text = """
                                United States Court of Appeals


                             FOR THE DISTRICT OF COLUMBIA CIRCUIT


                   Argued September 3, 1997      Decided November 7, 1997 


                                         No. 96-7169


                        Ideal Electronic Security Co., Inc., et al., 

                                  Appellants/Cross-Appellees


                                              v.


                          International Fidelity Insurance Company, 

                                   Appellee/Cross-Appellant


                                      Consolidated with

                                         No. 96-7186


             John W. Karr argued the cause and filed the briefs for 
        appellants/cross-appellees.

             Before:  Edwards, Chief Judge, Sentelle and Randolph, 
        Circuit Judges.

             Opinion for the Court filed by Chief Judge Edwards.

             Edwards, Chief Judge:  This case involves a claim under an 
        indemnity agreement by a surety company, appellee Interna-
        tional Fidelity Insurance Co. ("IFIC" or "surety"), against 
        the holders of a payment bond, appellants Ideal Electronic 
        Security Co., Inc., et al. ("Ideal").

        """
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.date, "1997-11-07")
        XCTAssertEqual(c.docket, "96-7169, 96-7186")
        XCTAssertEqual(c.plaintiffs, ["Ideal Electronic Security Co., Inc."])
        XCTAssertEqual(c.defendants, ["International Fidelity Insurance Company"])
        XCTAssertEqual([c.judge, c.judgeTitle], ["Edwards", "Chief Judge"])
    }

    /// The Ninth Circuit's head (pdftotext layout): the clerk's stamp "FILED / SEP 11 2025 /
    /// MOLLY C. DWYER, CLERK / U.S. COURT OF APPEALS" in the right column between the court's
    /// two lines. The stamp's date is the date; it is neither part of the court's name, of the
    /// publication status nor of a party, and "D.C. No." is the district court's docket.
    /// (United States v. Holcomb, No. 23-469, order of Sept. 11, 2025, CourtListener's text of
    /// opinion 10670143, verbatim up to the body.)
    func testNinthCircuitClerkStamp() {
        let text = """
                                      FOR PUBLICATION                             FILED
                            UNITED STATES COURT OF APPEALS                        SEP 11 2025
                                                                              MOLLY C. DWYER, CLERK
                                                                                U.S. COURT OF APPEALS
                                   FOR THE NINTH CIRCUIT

        UNITED STATES OF AMERICA,                       No. 23-469
                                                        D.C. No.
                     Plaintiff - Appellee,              2:21-cr-00075-RSL-1
                                                        Western District of Washington,
         v.
                                                        Seattle
        JOHN HOLCOMB,                                   ORDER

                     Defendant - Appellant.

        Before: GRABER and SUNG, Circuit Judges, and RAKOFF, District Judge.*

              The Opinion filed March 27, 2025, and appearing at 132 F.4th 1118 (9th Cir.

        2025), is withdrawn. It may not be cited as precedent by or to this court or any

        district court of the Ninth Circuit. The court will file a new opinion in due course.

        """
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.court, "UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT")
        XCTAssertEqual(c.date, "2025-09-11")
        XCTAssertEqual(c.publicationStatus, "FOR PUBLICATION")
        XCTAssertEqual(c.plaintiffs, ["UNITED STATES OF AMERICA"])
        XCTAssertEqual(c.defendants, ["JOHN HOLCOMB"])
        XCTAssertEqual(c.docket, "23-469")
        XCTAssertEqual(c.documentTitle, "ORDER")
        // the same head with the number in a column of its own and a memorandum's title with
        // its note mark ("No.   19-56789", "MEMORANDUM*"): the case's number and the bare title
        let memo = text.replacingOccurrences(of: "No. 23-469", with: "No.   23-469")
            .replacingOccurrences(of: "ORDER\n", with: "MEMORANDUM*\n")
        let m = parseText(memo).tree.caption
        XCTAssertEqual(m.docket, "23-469")
        XCTAssertEqual(m.documentTitle, "MEMORANDUM")
    }

    /// A date label alone in its column, the date in the next: Delaware's orders align
    /// "Submitted:" and "Decided:" with spaces. (Layout written for this test after that
    /// court's form; no such head is in the corpora.) The submission date is not the decision's.
    func testDateLabelAlignedWithSpaces() {
        let text = """
        IN THE SUPREME COURT OF THE STATE OF DELAWARE

        JOHN DOE,                              §
                                               §   No. 123, 2020
              Defendant Below,                 §
              Appellant,                       §
              v.                               §
        STATE OF DELAWARE,                     §
              Plaintiff Below,                 §
              Appellee.                        §

                                   Submitted: January 8, 2021
                                   Decided:   March 2, 2021

        Before SEITZ, Chief Justice; VALIHURA and TRAYNOR, Justices.

                                          ORDER

             This 2nd day of March, 2021, upon consideration of the parties' briefs, it appears to the Court that the appeal fails.

        """
        XCTAssertEqual(parseText(text).tree.caption.date, "2021-03-02")
    }

    /// The same texts' "s" for "§" after a Restatement (CourtListener's test opinion
    /// `opinion_text.txt`, D.C. Cir. 1997); a lone "s" elsewhere is no section sign.
    func testRestatementSectionWrittenS() throws {
        let text = """
        When deciding state-law claims under diversity or supple-
        mental jurisdiction, federal courts apply the choice-of-law
        rules of the jurisdiction in which they sit.  The
        District of Columbia has adopted the Restatement (Second) of
        Conflict of Laws s 188.  Finance America Corp. v. Moyler,
        494 A.2d 926, 929 & n.7 (D.C. 1985).

        """
        let d = parseText(text)
        let r = try XCTUnwrap(d.citations.first { $0.kind == .statute })
        XCTAssertEqual(d.text(r), "Restatement (Second) of Conflict of Laws s 188")
        XCTAssertEqual(r.section, "188")
        XCTAssertEqual(r.authority, "Restatement (Second) of Conflict of Laws § 188")
        XCTAssertEqual(d.citations.filter { $0.kind == .fullCase }.map(\.volume), ["494"])
        XCTAssertTrue(parseText("The defendant's s 5 and Smith s 12 were noted.").citations.isEmpty)
    }

    /// New York's Fastcase text (945 N.E.2d 484): a journal cited with a comma before its
    /// page, then by short forms "51 Harv. L. Rev. at 662" tied to the full cite.
    func testJournalShortForms() {
        let text = """
        See also Leach, Perpetuities in a Nutshell, 51 Harv. L. Rev., 638, 660 [1938]. Options to renew leases were \
        valid (Leach, Perpetuities in a Nutshell, 51 Harv. L. Rev. at 662; Berg, Long-Term Options and the Rule Against \
        Perpetuities, 37 Cal. L. Rev. 1, 22 [1949]). Thus the rule does not reach them (Berg, 37 Cal. L. Rev. at 23). \
        See In re Rail Freight Fuel Surcharge Antitrust Litig., 262 F.R.D. 1 (D.D.C. 2009).

        """
        let d = parseText(text)
        let journals = d.citations.filter { $0.kind == .journal }
        XCTAssertEqual(journals.map { d.text($0) }, ["51 Harv. L. Rev., 638, 660", "51 Harv. L. Rev. at 662", "37 Cal. L. Rev. 1, 22",
                                                     "37 Cal. L. Rev. at 23"])
        XCTAssertEqual(journals.map(\.page), ["638", nil, "1", nil])
        XCTAssertEqual(journals.map(\.pincite), ["660", "662", "22", "23"])
        XCTAssertEqual(journals[1].antecedent, journals[0].id)
        XCTAssertEqual(journals[3].antecedent, journals[2].id)
        XCTAssertEqual(journals[3].authority, "37 Cal. L. Rev. 1")
        // a case name ending in an abbreviation of the journals table stays a case
        XCTAssertTrue(d.citations.contains { $0.kind == .fullCase && $0.volume == "262" && $0.reporter == "F.R.D." })
    }

    /// A caption with no role lines under the parties, an agency board for a court and the
    /// date in a "FILED" stamp (Tennessee's Workers' Compensation Appeals Board).
    func testAgencyCaptionWithoutRoles() {
        let text = """
                                                                                  FILED
                                                                                 Sep 13, 2019
                                                                                01:20 PM(CT)
                     TENNESSEE BUREAU OF WORKERS’ COMPENSATION
                        WORKERS’ COMPENSATION APPEALS BOARD
        Ruben Diaz                                   ) Docket No. 2019-06-0263
                                                     )
        v.                                           ) State File No. 9687-2019
                                                     )
        Create and Construct, LLC                    )
                                                     )
        Appeal from the Court of Workers’            )
        Compensation Claims                          )
        Kenneth M. Switzer, Chief Judge              )
                                        Affirmed and Remanded
        In this interlocutory appeal, the employee reported suffering injuries to his ribs and back when he fell.
        Presiding Judge Marshall L. Davidson, III, delivered the opinion of the Appeals Board in which Judge Timothy W. Conner joined.

        """ + String(repeating: prose, count: 3)
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.court, "WORKERS’ COMPENSATION APPEALS BOARD")
        XCTAssertEqual(c.plaintiffs, ["Ruben Diaz"])
        XCTAssertEqual(c.defendants, ["Create and Construct, LLC"])
        XCTAssertEqual(c.date, "2019-09-13")
        XCTAssertEqual(c.judge, "Marshall L. Davidson, III")
        XCTAssertEqual(c.judgeTitle, "Presiding Judge")
    }

    /// A web copy with the site's own header above the opinion's caption (eyecite's
    /// North Carolina asset): the caption proper wins over "Court: …" and the page title,
    /// and the long defendant line after a lone "v." is no prose.
    func testWebHeaderAboveTheCaption() {
        let text = """
        North Carolina Cases
        March 28, 2025: Hogarth v. Bell

        Court: U.S. District Court — Eastern District of North Carolina
        Docket Number(s): 5:24-CV-481-FL
        Date: March 28, 2025

        SUSAN JANE HOGARTH, Plaintiff,
        v.
        KAREN BRINSON BELL, in her official capacity as Executive Director of the North Carolina State Board of Elections; ALAN HIRSCH, in his official capacity as Chair of the State Board, Defendants.

        No. 5:24-CV-481-FL

        United States District Court, E.D. North Carolina, Western Division

        March 28, 2025

        ORDER

        This matter, the root of which is an asserted First Amendment right to share ballot selfies, is before the court upon motions to dismiss.


        """ + String(repeating: prose, count: 3)
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.court, "United States District Court, E.D. North Carolina, Western Division")
        XCTAssertEqual(c.plaintiffs, ["SUSAN JANE HOGARTH"])
        XCTAssertTrue(c.defendants.first?.hasPrefix("KAREN BRINSON BELL") ?? false, "\(c.defendants)")
        XCTAssertEqual(c.docket, "5:24-CV-481-FL")
        XCTAssertEqual(c.documentTitle, "ORDER")
    }

    /// New York's slip opinions: parties, "v" and the court in blocks of their own, the
    /// docket with its index number, the panel closed by "JJ." and "DECISION & ORDER".
    func testNewYorkSlipOpinionHead() {
        let text = """
        Home

        All Court Decisions

        70-35 113th St. Holdings, LLC, appellant,

        v

        Auberge Grand Central, LLC, respondent, et al., defendant.

        Supreme Court of the State of New York, Appellate Division, Second Judicial Department

        Decided on April 1, 2026

        2020-09425, (Index No. 707503/15)

        Linda Christopher, J.P.

        William G. Ford

        Helen Voutsinas, JJ.

        Lonuzzi & Woodland, LLP (John Lonuzzi, of counsel), for appellant.

        DECISION & ORDER

        In an action to recover damages for breach of contract, the plaintiff appeals from a judgment of the Supreme Court, Queens County.


        """ + String(repeating: prose, count: 3)
        let d = parseText(text)
        let c = d.tree.caption
        XCTAssertEqual(c.court, "Supreme Court of the State of New York, Appellate Division, Second Judicial Department")
        XCTAssertEqual(c.plaintiffs, ["70-35 113th St. Holdings, LLC"])
        XCTAssertEqual(c.docket, "2020-09425")
        XCTAssertEqual(c.date, "2026-04-01")
        XCTAssertEqual(c.documentTitle, "DECISION & ORDER")
        XCTAssertNil(c.judge, "the last judge of the panel is no author")
    }

    /// Consolidated appeals: the first case's defendants end at the second "v.", and a date
    /// line after the parties is no party.
    func testConsolidatedCaption() {
        let text = """
        DEPARTMENT OF HUMAN RESOURCES et al.

         v.

         JOHNSON et al.

         Cobb et al.

         v.

         Johnson et al.

        Nos. A03A1064, A03A1065.

        Court of Appeals of Georgia.

        March 8, 2004.


        """ + String(repeating: prose, count: 3)
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.plaintiffs, ["DEPARTMENT OF HUMAN RESOURCES"])
        XCTAssertEqual(c.defendants, ["JOHNSON"])
        XCTAssertTrue(c.etAl)
        XCTAssertEqual(c.court, "Court of Appeals of Georgia")
    }

    /// The document's title is no section heading, in capitals ("MEMORANDUM OPINION AND
    /// ORDER", eyecite's Democracy N.C. asset) or not; New Jersey's "WAUTERS, J.S.C." opens
    /// the opinion and names its author ("J.S.C." is one title, not "J." and "S.C.").
    func testTitleIsNoSectionAndNewJerseyAuthorLine() {
        let text = """
        D.G. AND S.H., PLAINTIFFS, v. K.S., DEFENDANT.

        Superior Court of New Jersey Chancery Division Family Part Ocean County

        Decided August 24, 2015.

        MEMORANDUM OPINION AND ORDER

        WAUTERS, J.S.C.


        """ + String(repeating: prose, count: 3) + "I. PROCEDURAL HISTORY\n\n" + String(repeating: prose, count: 3)
        let d = parseText(text)
        XCTAssertEqual(d.tree.sections.map(\.heading), ["PROCEDURAL HISTORY"])
        XCTAssertEqual(d.tree.caption.documentTitle, "MEMORANDUM OPINION AND ORDER")
        XCTAssertEqual(d.tree.opinions.first?.author, "WAUTERS")
    }

    /// A short order under its author line (Fastcase's N.Y. motion decisions): the only
    /// author line, before any prose, opens the opinion though the opinion is short.
    func testShortOpinionUnderItsAuthorLine() {
        let text = """
        People
        v.
        Lonnie Flowers

        Court of Appeals of New York

        May 14, 2013

        Rivera, J.

        Denied, with leave to renew within 30 days after the Court of Appeals renders a decision in People v. Brown.

        """
        let d = parseText(text)
        XCTAssertEqual(d.tree.opinions.first?.author, "Rivera")
        XCTAssertEqual(d.tree.caption.judge, "Rivera")
    }

    /// Michigan's consolidated appeals (Fastcase, 740 N.W.2d 659): each case's parties with
    /// their roles, then a docket number per case.
    func testConsolidatedCasesWithRolesAndDockets() {
        let text = """
        GRISWOLD PROPERTIES, L.L.C., Plaintiff-Appellee,
        v.
        LEXINGTON INSURANCE COMPANY, Defendant-Appellant.
        Gainors Meat Packing, Inc., Plaintiff-Appellant,
        v.
        Home-Owners Insurance Company, Defendant-Appellee.

        Docket No. 263197.

        Docket No. 265278.

        Court of Appeals of Michigan.

        Decided May 17, 2007, at 9:00 a.m.


        """ + String(repeating: prose, count: 3)
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.plaintiffs, ["GRISWOLD PROPERTIES, L.L.C.", "Gainors Meat Packing, Inc."])
        XCTAssertEqual(c.defendants, ["LEXINGTON INSURANCE COMPANY", "Home-Owners Insurance Company"])
        XCTAssertEqual(c.docket, "263197, 265278")
    }

    /// The Second Circuit's motions order (corpus-dev 004, abridged): the "At a Stated Term"
    /// preamble belongs to the caption, so the parties after it are read; its spelled-out
    /// date and the single judge of "Before:" fill the caption.
    func testSecondCircuitStatedTermOrder() {
        let text = """
                              UNITED STATES COURT OF APPEALS
                                         FOR THE
                                      SECOND CIRCUIT
                At a Stated Term of the United States Court of Appeals for the Second Circuit, held at the
        Thurgood Marshall United States Courthouse, 40 Foley Square, in the City of New York, on the
        15th day of July, two thousand twenty-five.

        Before:     Steven J. Menashi,
                           Circuit Judge.
        ________________________________

         Bainbridge Fund LTD,                             ORDER

                      Plaintiff - Appellee,               Docket No. 25-1686

           v.

         The Republic of Argentina,

                   Defendant - Appellant.
        ________________________________

                In each of the above-captioned appeals, Appellant moves for a stay pending the appeal of
        the District Court's Turnover Order dated June 30, 2025, and seeks an administrative stay in the
        interim. Appellees have indicated they oppose the motion for a stay pending appeal.

        """ + String(repeating: prose, count: 3)
        let c = parseText(text).tree.caption
        XCTAssertEqual(c.plaintiffs, ["Bainbridge Fund LTD"])
        XCTAssertEqual(c.defendants, ["The Republic of Argentina"])
        XCTAssertEqual(c.docket, "25-1686")
        XCTAssertEqual(c.documentTitle, "ORDER")
        XCTAssertEqual(c.date, "2025-07-15")
        XCTAssertEqual(c.judge, "Steven J. Menashi")
        XCTAssertEqual(c.judgeTitle, "Circuit Judge")
        XCTAssertEqual(StructureContext.yearInWords("two thousand and five"), 2005)
        XCTAssertNil(StructureContext.yearInWords("nineteen ninety"))
    }

    func testIllinoisDistrictWithDivisionAndSectionsAfterTheHead() throws {
        // an unseen Illinois Appellate opinion (Addison v. Distinctive Homes, 1st Dist. 2005, from the
        // SMAA2020 CAP sample): the party line with its "et al." is head matter, and the First
        // District's division stays with its district; no line of the head is a section
        let d = parse("""
            DENNIS ADDISON et al., Plaintiffs-Appellants, v. DISTINCTIVE HOMES, LTD., et al., Defendants-Appellees.

            First District (4th Division)

            No. 1—04—0151

            Opinion filed September 1, 2005.

            Rehearing denied October 3, 2005.

            Edelman, Combs, Latturner & Goodwin, L.L.C. (Daniel A. Edelman, Cathleen M. Combs, James O. Latturner, and Francis R. Greene, of counsel), for appellants.

            Condon & Cook, L.L.C., of Chicago (Vincent E Cook and Guy M. Conti, of counsel), for appellees MGM Development, Inc., and Jack Mayher.

            James J. Roche & Associates, of Chicago (James J. Roche and W. Matthew Bryant, of counsel), for appellees Distinctive Homes and Bryan Nooner.

            JUSTICE GREIMAN

            delivered the opinion of the court:

            Plaintiffs appeal from the circuit court’s dismissal of their second amended complaint for common law and statutory fraud. For the reasons that follow, we affirm.

            Plaintiffs are all owners of residences in the Preserve at Harley Creek subdevelopment (Preserve) in Orland Park. Defendant MGM Development, Inc. (MGM), initially developed the Preserve and constructed several single-family homes there. Defendant Jack May-her is the principal owner and executive officer of MGM. Defendant Distinctive Homes, Ltd. (Distinctive), constructed several condominiums in the Preserve. Defendant Biyan Nooner serves as chairman of Distinctive.

            Plaintiffs filed their initial complaint, as a putative class action, against defendants in February 2002, alleging violations of the Illinois Consumer Fraud and Deceptive Business Practices Act (Consumer Fraud Act) (815 ILCS 505/1 et seq. (West 2002)) and common law fraud. Plaintiffs alleged that, from 1997 to 2000, defendants had represented to buyers and prospective buyers that a golf course would be constructed on property adjacent to the Preserve and priced the homes and units in the subdevelopment on that basis. In 2000, the property was rezoned for industrial purposes. Plaintiffs contended that defendants had abandoned plans to construct the golf course as early as 1996, but continued to represent that one would be built there as recently as 2000, and thereby incurred substantial unjust profits..

            """)
        XCTAssertEqual(d.tree.caption.district, "First District (4th Division)")
        XCTAssertNil(d.tree.caption.court)
        XCTAssertTrue(d.tree.sections.isEmpty)
        XCTAssertEqual(d.tree.caption.docket, "1—04—0151")
        XCTAssertFalse(d.tree.paragraphs.contains { d.collapsedText($0.span).hasPrefix("DENNIS ADDISON") })
    }

    func testTitleWordAfterTheFirstHeadingIsASection() throws {
        // an unseen Illinois Appellate opinion (Bd. of Dirs. of Kennelly Square v. MOB Ventures,
        // 1st Dist. 2005; passages joined, one paragraph of each part): "DECISION" between FACTS
        // and CONCLUSION, after a paragraph ending in a glued note mark ("trespass.1")
        let d = parse("""
            JUSTICE WOLFSON

            delivered the opinion of the court:

            Several unit owners in a condominium filed an action for trespass against a commercial property owner who allegedly placed an air-conditioning system on the common-area rooftop adjacent to their units. The issue is whether the unit owners have standing to bring their claim where the condominium association has filed a complaint on behalf of all the unit owners. We find they do not.

            FACTS

            Kennelly Square Condominium is located at 1749 North Wells Street in Chicago. The property consists of two interconnected buildings — a 22-story high-rise building (the “high-rise”), which sits on top of a 3-story parking garage, and a 10-story warehouse building (the “warehouse”). The first four floors of the warehouse building are commercial space, and the top six floors are residential space. The “Commercial Property” consists of the first four floors of the warehouse building. The “Condominium Property” consists of the high-rise, the garage, and the top six floors of the warehouse building.

            The intervenors filed a motion to reconsider the court’s dismissal of their trespass claim, which the court denied. They appeal the denial of the motion to reconsider, as well as the part of the underlying order dismissing count II for trespass.1

            DECISION

            When deciding a section 2 — 619 motion to dismiss, the court takes all well-pleaded facts in the complaint as true. Sadler v. Creekmur, 354 Ill. App. 3d 1029, 1039, 821 N.E.2d 340 (2004). A section 2 — 619 motion presents a question of law, and our review is de novo. Robinson v. Toyota Motor Credit Corp., 201 Ill. 2d 403, 411, 775 N.E.2d 951 (2002).

            CONCLUSION

            We affirm the judgment and rulings of the trial court.
            """)
        XCTAssertEqual(d.tree.sections.map(\.heading), ["FACTS", "DECISION", "CONCLUSION"])
        XCTAssertNil(d.tree.caption.documentTitle)
    }

    func testHeadingAfterAQuestion() throws {
        // eyecite tests/assets/opinion_AL.txt (an Alabama Attorney General opinion, 2018)
        let d = parse("""
            QUESTION

            May the Republican Party substitute an individual on the general election ballot for the office of Choctaw County Superintendent of Education when the party did not certify a candidate for this position in the primary election?

            FACTS AND ANALYSIS

            You informed this Office that on July 2, 2018, the Chairman of the Choctaw County Republican Executive Committee wrote you a letter regarding the party's desire to substitute a candidate pursuant to section 17-13-23 of the Code of Alabama. Ala. Code § 17-13-23 (Supp. 2017). In this letter, the party provided you with a Declaration of Candidacy for this proposed candidate for the office of Choctaw County Superintendent of Education. The letter noted that this candidate had recently submitted to your office a certificate of administration and supervision, which is required pursuant to section 16-9-4 of the Code of Alabama. Ala. Code § 16-9-4 (2012).
            """)
        XCTAssertTrue(d.tree.sections.contains { $0.heading == "FACTS AND ANALYSIS" })
    }

    func testRolesBelowAfterTheParty() throws {
        // Corpus/unseen/fastcase/719se2d830.html (W. Va. 2011): "…, Defendant Below, Petitioner" —
        // the role in the court below is no part of the party's name; a name's own last period stays
        let url = Self.unseen.appendingPathComponent("fastcase/719se2d830.html")
        let cap = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "719se2d830.html").tree.caption
        XCTAssertEqual(cap.plaintiffs, ["WEST VIRGINIA EMPLOYERS' MUTUAL INSURANCE COMPANY, d/b/a Brickstreet Mutual Insurance Company, d/b/a Brickstreet Insurance"])
        XCTAssertEqual(cap.defendants, ["SUMMIT POINT RACEWAY ASSOCIATES, INC."])
    }

    func testSixthCircuitOpinion() throws {
        // Corpus/unseen/courtlistener/sixth_circuit_may_shaw_pages_1_7.txt (see its README)
        let url = Self.unseen.appendingPathComponent("courtlistener/sixth_circuit_may_shaw_pages_1_7.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "may_shaw.txt")
        let cap = d.tree.caption
        XCTAssertEqual(cap.court, "UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT")
        XCTAssertEqual(cap.publicationStatus, "RECOMMENDED FOR PUBLICATION")
        XCTAssertEqual(cap.docket, "18-1821")
        XCTAssertEqual(cap.plaintiffs, ["UNITED STATES OF AMERICA"])
        XCTAssertEqual(cap.defendants, ["CHRISTOPHER PAYTON MAY-SHAW"])
        XCTAssertEqual(cap.date, "2020-04-08", "Decided and Filed: April 8, 2020 (not the argument's date)")
        XCTAssertEqual(cap.documentTitle, "OPINION")
        XCTAssertEqual([cap.judge, cap.judgeTitle], ["JOHN K. BUSH", "Circuit Judge"])
        // the three lines of "Appeal from …" and the COUNSEL block are head matter, not the body:
        // the sections are the opinion's own, "I." and "II." at the top
        XCTAssertEqual(d.tree.sections.map(\.number), ["I", "II", "A"])
        XCTAssertEqual(d.tree.sections.map(\.level), [1, 1, 2])
        // no form feeds: the running header "No. 18-1821   United States v. May-Shaw   Page 2"
        // opens each page and is page furniture, so a cite across a page break is whole
        XCTAssertEqual(d.layout.pages.map(\.number), Array(1...7))
        let morgan = try XCTUnwrap(d.citations.cite(volume: "903", page: "553"))
        XCTAssertEqual([morgan.pincite, morgan.court], ["561", "6th Cir."])
        XCTAssertEqual(morgan.location.page, 5)
        XCTAssertFalse(d.citations.contains { d.text($0).contains("May-Shaw") }, "no header is part of a citation")
        XCTAssertEqual(d.citations.cite(volume: "847", page: "760")?.location.page, 7)
    }

    func testSupremeCourtSlipOpinion() throws {
        // Corpus/unseen/eyecite_opinion_scotus_slip.txt (see its README): the syllabus, with its
        // own caption and "KENNEDY, J., delivered the opinion …", comes before the opinion's caption
        let url = Self.unseen.appendingPathComponent("eyecite_opinion_scotus_slip.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "opinion.txt")
        let cap = d.tree.caption
        XCTAssertEqual(cap.court, "SUPREME COURT OF THE UNITED STATES")
        XCTAssertEqual(cap.docket, "11–345")
        XCTAssertEqual(cap.plaintiffs, ["ABIGAIL NOEL FISHER"])
        XCTAssertEqual(cap.defendants, ["UNIVERSITY OF TEXAS AT AUSTIN"])
        XCTAssertTrue(cap.etAl)
        XCTAssertEqual(cap.judge, "KENNEDY")
        XCTAssertEqual(cap.date, "2013-06-24")
        XCTAssertEqual(d.tree.opinions.map(\.author), ["KENNEDY", "SCALIA", "THOMAS", "GINSBURG"])
        // "I" over "A": a part and its first subpart, in each opinion
        let numbered = d.tree.sections.map { "\($0.number ?? "")\($0.level)" }
        XCTAssertEqual(Array(numbered.prefix(4)), ["I1", "A2", "B2", "II1"])
        // the syllabus's citations are still citations
        XCTAssertNotNil(d.citations.cite(volume: "200", page: "321"))
    }

    /// New York's permanent-format page: "The People of the State of New York, Respondent, ⏎
    /// v ⏎ Teon Seymore, Appellant." (the "v" without a period, the respondent named first) and
    /// the court line "Appellate Division, First Department".
    func testNewYorkPermanentFormatCaption() throws {
        let url = Self.unseen.appendingPathComponent("juriscraper/ny_permanent_format.html")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.caption.plaintiffs, ["The People of the State of New York"])
        XCTAssertEqual(d.tree.caption.defendants, ["Teon Seymore"])
        XCTAssertEqual(d.tree.caption.court, "Appellate Division, First Department")
        XCTAssertEqual(d.tree.caption.date, "2026-01-06")
        XCTAssertTrue(d.tree.caption.reporterCitations.contains("245 A.D.3d 423"))
    }

    /// A Board of Veterans' Appeals decision names its tribunal only under the signature.
    func testTribunalNamedUnderTheSignature() throws {
        let url = Self.unseen.appendingPathComponent("juriscraper/bva_subexample_1.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: url.lastPathComponent)
        XCTAssertEqual(d.tree.caption.court, "Board of Veterans' Appeals")
        XCTAssertEqual(d.tree.caption.docket, "250716-566207")
        XCTAssertEqual(d.tree.caption.judge, "M. HYLAND")
    }

    /// A slip opinion numbers its pages in running headers ("Cite as: 570 U. S. ____ (2013)
    /// 3", "2   FISHER v. UNIVERSITY OF TEXAS AT AUSTIN"), from 1 again for the syllabus and
    /// for each opinion.
    func testSlipOpinionRunningHeaderPages() throws {
        let url = Self.unseen.appendingPathComponent("eyecite_opinion_scotus_slip.txt")
        let d = Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: "opinion.txt")
        let numbers = d.layout.pages.map(\.number)
        // the syllabus (3 pages), the opinion of the Court (13), then the separate opinions
        XCTAssertEqual(Array(numbers.prefix(16)), [1, 2, 3] + Array(1...13))
        XCTAssertEqual(numbers.filter { $0 == 1 }.count, 4)
        // "Grutter and Regents of Univ. of Cal. v. Bakke, 438 U. S.⏎265, 305 (1978)" stands on
        // the opinion's first page
        let bakke = try XCTUnwrap(d.citations.first { $0.volume == "438" && $0.pincite == "305" && $0.kind == .fullCase })
        XCTAssertEqual(bakke.location.page, 1)
    }
}
