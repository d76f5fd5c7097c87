import XCTest
@testable import Pincite

// Books and treatises (Bluebook R15) as opinions cite them: the treatise "§" must
// be the book's pin, not a statute; the author, title, volume and edition year are
// read; a short form by the author's name ("LaFave, supra, § 20.2") finds the book;
// and codes named in words stay statutes. The LaFave sentence is from the BIA
// opinion in corpus-dev (007); the others are the R15 forms.

final class SecondarySourceTests: XCTestCase {
    func testTreatiseSectionIsTheBooksPinNotAStatute() throws {
        let doc = parse("See 3 Wayne R. LaFave, Substantive Criminal Law § 20.2, Westlaw (database updated Oct. 2016); see also Model Penal Code §§ 223.2, 223.6 (2016).")
        let book = try XCTUnwrap(doc.citations.of(.book).first)
        XCTAssertEqual(doc.text(book), "3 Wayne R. LaFave, Substantive Criminal Law § 20.2, Westlaw (database updated Oct. 2016)")
        XCTAssertEqual(book.volume, "3")
        XCTAssertEqual(book.author, "Wayne R. LaFave")
        XCTAssertEqual(book.title, "Substantive Criminal Law")
        XCTAssertEqual(book.pincite, "§ 20.2")
        XCTAssertEqual(book.year, 2016)
        XCTAssertEqual(book.signal, "See")
        XCTAssertEqual(book.authority, "3 LaFave, Substantive Criminal Law")
        XCTAssertFalse(doc.citations.contains { $0.kind == .statute && doc.text($0) == "§ 20.2" })
        XCTAssertEqual(doc.citations.of(.statute).count, 1)  // the Model Penal Code
    }

    /// Dallas Sales Co. v. Carlisle Silver Co. (Tex. App. 2004; Corpus/unseen/courtlistener/case_4.json):
    /// an article by two authors joined by "&", cited as the next cite of a string (after a
    /// semicolon), keeps its authors, title and start.
    func testArticleByTwoAuthorsInAStringCite() throws {
        let doc = parse("accord In re Coastal Plains, Inc., 179 F.3d 197, 205 & n. 1 (5th Cir.1999); Roger M. Baron & Melissa M. Martin, The Application of Judicial Estoppel in Texas, 41 Baylor L.Rev. 447, 459 (“The purpose of judicial estoppel or estop-pel by oath is to uphold the sanctity of the oath and to prevent abuse of the judicial process.”).")
        let article = try XCTUnwrap(doc.citations.of(.journal).first)
        XCTAssertEqual(article.author, "Roger M. Baron & Melissa M. Martin")
        XCTAssertEqual(article.title, "The Application of Judicial Estoppel in Texas")
        XCTAssertEqual(article.volume, "41")
        XCTAssertEqual(article.pincite, "459")
        XCTAssertTrue(doc.text(article).hasPrefix("Roger M. Baron & Melissa M. Martin, The Application"))
        // after a signal, too
        let signalled = parse("See Roger M. Baron & Melissa M. Martin, The Application of Judicial Estoppel in Texas, 41 Baylor L.Rev. 447, 459.")
        let second = try XCTUnwrap(signalled.citations.of(.journal).first)
        XCTAssertEqual(second.signal, "See")
        XCTAssertEqual(second.author, "Roger M. Baron & Melissa M. Martin")
    }

    func testAuthorsEditionAndPinForms() throws {
        let doc = parse("See 5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1357 (3d ed. 2004); W. Page Keeton et al., Prosser and Keeton on the Law of Torts § 30, at 164 (5th ed. 1984); John Hart Ely, Democracy and Distrust 101 (1980).")
        let books = doc.citations.of(.book)
        XCTAssertEqual(books.map(\.volume), ["5B", nil, nil])
        XCTAssertEqual(books.map(\.author), ["Charles Alan Wright & Arthur R. Miller", "W. Page Keeton et al.", "John Hart Ely"])
        XCTAssertEqual(books.map(\.title), ["Federal Practice and Procedure", "Prosser and Keeton on the Law of Torts", "Democracy and Distrust"])
        XCTAssertEqual(books.map(\.pincite), ["§ 1357", "§ 30, at 164", "101"])
        XCTAssertEqual(books.map(\.year), [2004, 1984, 1980])
        XCTAssertEqual(books.map(\.authority), ["5B Wright & Miller, Federal Practice and Procedure",
                                               "Keeton et al., Prosser and Keeton on the Law of Torts", "Ely, Democracy and Distrust"])
    }

    func testDictionaryCitedByEditionAlone() throws {
        let doc = parse("The word means ill will. See Black's Law Dictionary (11th ed. 2019) (defining \"malice\"); Garner, Black's Law Dictionary 1150 (10th ed. 2014).")
        let books = doc.citations.of(.book)
        XCTAssertEqual(books.map { doc.text($0) }, ["Black's Law Dictionary (11th ed. 2019)", "Garner, Black's Law Dictionary 1150 (10th ed. 2014)"])
        XCTAssertEqual(books.map(\.title), ["Black's Law Dictionary", "Black's Law Dictionary"])
        XCTAssertEqual(books[0].parentheticals.map(\.text), ["defining \"malice\""])
        XCTAssertEqual(books[1].pincite, "1150")
    }

    func testShortFormsOfABookFindIt() throws {
        let doc = parse("See 5 Wright & Miller, Federal Practice and Procedure § 1357 (3d ed. 2004). Courts agree. Wright & Miller, supra, § 1357. Id. § 1358.")
        let book = try XCTUnwrap(doc.citations.of(.book).first)
        let supra = try XCTUnwrap(doc.citations.of(.supra).first)
        XCTAssertEqual(supra.antecedent, book.id)
        XCTAssertEqual(supra.authority, book.authority)
        let id = try XCTUnwrap(doc.citations.of(.id).first)
        XCTAssertEqual(id.antecedent, book.id)
        XCTAssertEqual(id.pincite, "§ 1358")
    }

    func testCodesNamedInWordsStayStatutes() {
        let doc = parse("California Penal Code § 496(a) applies. In Garcia, Texas Family Code § 153.002 requires it. See Smith v. Jones, Federal Law § 12 (2000).")
        XCTAssertEqual(doc.citations.of(.book).count, 0)
        // (a law named in words, as New York writes "Judiciary Law § 431", is a statute)
        XCTAssertEqual(doc.citations.of(.statute).map(\.reporter), ["California Penal Code", "Texas Family Code", "Federal Law"])
    }
}

// Legislative materials (Bluebook R13): committee reports, bills and resolutions with their
// Congress, and the Congressional Record, in the forms R13 gives them.
final class LegislativeMaterialTests: XCTestCase {
    func testReportsBillsAndTheRecord() throws {
        let doc = parse("See H.R. Rep. No. 95-595, at 5 (1977); S. Rep. No. 99-50 (1985); H.R. Conf. Rep. No. 104-458, at 3 (1996); H.R. 1234, 116th Cong. § 2 (2019); 123 Cong. Rec. 1234 (1977) (statement of Sen. Smith).")
        let leg = doc.citations.of(.legislative)
        XCTAssertEqual(leg.map(\.reporter), ["H.R. Rep.", "S. Rep.", "H.R. Conf. Rep.", "H.R.", "Cong. Rec."])
        XCTAssertEqual(leg.map(\.pincite), ["5", nil, "3", "§ 2", nil])
        XCTAssertEqual(leg.map(\.year), [1977, 1985, 1996, 2019, 1977])
        XCTAssertEqual(leg.map(\.authority), ["H.R. Rep. No. 95-595", "S. Rep. No. 99-50", "H.R. Conf. Rep. No. 104-458",
                                             "H.R. 1234, 116th Cong.", "123 Cong. Rec. 1234"])
        XCTAssertEqual(leg[4].parentheticals.map(\.text), ["statement of Sen. Smith"])
    }

    func testABillNeedsItsCongress() {
        // "S. 1234" alone is an initial and a number as often as a bill
        XCTAssertEqual(parse("Mr. S. 1234 was there, and H.R. 5 too.").citations.of(.legislative).count, 0)
    }

    func testCaliforniaCommitteeAnalysesAndDigest() throws {
        // 011_fastcase_calctapp_in_re_av.txt (three passages)
        let doc = parse("(Legis. Counsel's Dig., Sen. Bill No. 1038 (2013-2014 Reg. Sess.), italics added.) (See Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666 (2015-2016 Reg. Sess.) as amended April 9, 2015, p. 7.) (Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666, at p. 6.)")
        let leg = doc.citations.of(.legislative)
        XCTAssertEqual(leg.map { doc.text($0) }, [
            "Legis. Counsel's Dig., Sen. Bill No. 1038 (2013-2014 Reg. Sess.)",
            "Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666 (2015-2016 Reg. Sess.) as amended April 9, 2015, p. 7",
            "Assem. Com. on Public Safety, Analysis of Assem. Bill No. 666, at p. 6",
        ])
        XCTAssertEqual(leg.map(\.author), [nil, "Assem. Com. on Public Safety", "Assem. Com. on Public Safety"])
        XCTAssertEqual(leg.map(\.title), ["Legis. Counsel's Dig., Sen. Bill No. 1038", "Analysis of Assem. Bill No. 666", "Analysis of Assem. Bill No. 666"])
        XCTAssertEqual(leg.map(\.reporter), ["Sen. Bill", "Assem. Bill", "Assem. Bill"])
        XCTAssertEqual(leg.map(\.section), ["1038", "666", "666"])
        XCTAssertEqual(leg.map(\.volume), ["2013-2014 Reg. Sess.", "2015-2016 Reg. Sess.", nil])
        XCTAssertEqual(leg.map(\.pincite), [nil, "7", "6"])
        XCTAssertEqual(leg[1].signal, "See")
        // the later cite of the same analysis is the same authority, and refers to it
        XCTAssertEqual(leg[1].authority, leg[2].authority)
        XCTAssertEqual(leg[2].antecedent, leg[1].id)
        XCTAssertNil(leg[1].antecedent)
        // a bill named in prose is no citation
        XCTAssertTrue(parse("Senate Bill No. 1038 and Sen. Bill No. 1038 added section 786.").citations.of(.legislative).isEmpty)
    }

    func testArticleWithAuthorTitleAndAJournalTheTableSpellsOtherwise() throws {
        // 014_fastcase_wis_madison_teachers_v_scott.txt: "Marq. Law Rev." (the table has "Marq. L. Rev.")
        let c = try XCTUnwrap(cites("""
            Likewise, § 19.35(1)(a) provides that "any requester has a right to inspect any record." See also Linda de la Mora, The Wisconsin Public Records Law, 67 Marq. Law Rev. 65, 69 (1983) (explaining that in Wisconsin,
            """).first { $0.kind == .journal })
        XCTAssertEqual(c.reporter, "Marq. Law Rev.")
        XCTAssertEqual(c.volume, "67")
        XCTAssertEqual(c.page, "65")
        XCTAssertEqual(c.pincite, "69")
        XCTAssertEqual(c.year, 1983)
        XCTAssertEqual(c.author, "Linda de la Mora")
        XCTAssertEqual(c.title, "The Wisconsin Public Records Law")
        XCTAssertEqual(c.signal, "See also")
    }
}

/// Treatises as the Supreme Court cites them: a section then pages, the Commentaries by star page.
final class TreatiseFormTests: XCTestCase {
    /// United States v. Sharpe (1985): a treatise's section and then its pages, "(quoting 3 W.
    /// LaFave, Search and Seizure § 9.2, pp. 36-37 (1978))": the pages join the pin and the year
    /// is read (the cite had ended at the section).
    func testTreatiseSectionThenPages() throws {
        let d = parse("""
        an investigative stop "must be temporary and last no longer than is necessary" (quoting 3 W. \
        LaFave, Search and Seizure § 9.2, pp. 36-37 (1978)). See also 3 W. LaFave, Search and Seizure § 9.2, p. 40 (1978).
        """)
        let books = d.citations.of(.book)
        XCTAssertEqual(books.map(\.pincite), ["§ 9.2, pp. 36-37", "§ 9.2, p. 40"])
        XCTAssertEqual(books.map(\.year), [1978, 1978])
        XCTAssertEqual(books.map(\.author), ["W. LaFave", "W. LaFave"])
    }

    /// The Supreme Court's Blackstone and Story (United States v. Dunn, Oliver v. United States):
    /// "4 W. Blackstone, Commentaries *225" is a book pinned at the original edition's star page
    /// (the "*225." had been taken for a star-page marker, putting the rest of a plain text on page
    /// 225), and the Ibid. after it cites it; "1 J. Story, Commentaries on the Constitution § 1020
    /// (1833)" is a book, not a statute "§ 1020".
    func testCommentariesByStarPageAndSection() throws {
        let d = parse("""
        a man's house "is looked upon as a man's castle of defence." 4 W. Blackstone, Commentaries *225. \
        Ibid. See also 2 W. Blackstone, Commentaries 16 (1766); 1 J. Story, Commentaries on the \
        Constitution § 1020 (1833).
        """)
        let books = d.citations.of(.book)
        XCTAssertEqual(books.map(\.pincite), ["*225", "16", "§ 1020"])
        XCTAssertEqual(books.map(\.author), ["W. Blackstone", "W. Blackstone", "J. Story"])
        XCTAssertEqual(books.map(\.title), ["Commentaries", "Commentaries", "Commentaries on the Constitution"])
        XCTAssertTrue(d.citations.of(.statute).isEmpty)
        let ibid = try XCTUnwrap(d.citations.first { $0.kind == .id })
        XCTAssertEqual(ibid.antecedent, books[0].id)
        XCTAssertTrue(d.layout.starPages.isEmpty, "a star pin is no page marker")
    }

    /// One capitalised word before a page is no book without a volume and an author
    /// ("Smith, Commentaries *5" or "the Reporter, Evidence 12 (1990)" stay prose).
    func testOneWordTitleNeedsVolumeAndAuthor() {
        let d = parse("As the drafters said, Evidence 12 (1990) shows the rule. See Smith, Commentaries *5.")
        XCTAssertTrue(d.citations.of(.book).isEmpty, "\(d.citations.map { d.collapsedText($0.span) })")
    }

    /// Serge: the older "(4th Ed. 2005)" with a capital E is the edition parenthetical.
    func testEditionWithCapitalE() throws {
        let d = parse("See David F. Binder, Binder on Pennsylvania Evidence § 1.05, p. 22 (4th Ed. 2005).")
        let book = try XCTUnwrap(d.citations.of(.book).first)
        XCTAssertEqual(book.year, 2005)
        XCTAssertTrue(d.collapsedText(book.span).hasSuffix("(4th Ed. 2005)"))
    }
}
