import Foundation
import XCTest
@testable import Pincite

// The Bluebook checker, one rule at a time: for each rule a snippet that
// deviates, one that conforms and an edge case. Snippets are copied from
// /work/shared/corpus-dev/ or Corpus/ (file named in the comment); where a
// snippet was altered to make it deviate (or conform), the comment says
// "altered" and what changed. Then the Janfeshan gold floors of the issue.

final class BluebookCheckTests: XCTestCase {
    /// The rules flagged (deviation or warning) on any citation of `text`.
    func flags(_ text: String, _ options: CheckOptions = CheckOptions()) -> [String] {
        let doc = Pincite.parse(bytes: Array(text.utf8), name: "test", bluebook: options)
        return doc.citations.flatMap { c in c.checks.filter { $0.severity == "deviation" || $0.severity == "warning" }.map(\.rule) }
    }

    /// All findings of `text` as "rule severity suggestion".
    func findings(_ text: String, _ options: CheckOptions = CheckOptions()) -> [Check] {
        Pincite.parse(bytes: Array(text.utf8), name: "test", bluebook: options).citations.flatMap(\.checks)
    }

    struct Case {
        let rule: String
        let text: String
        let flagged: Bool
        let note: String
    }

    static let cases: [Case] = [
        // R10.2.2 — Corpus/janfeshan p.10; conforming: Janfeshan p.4; edge: "U.S." as an adjective (Janfeshan p.9)
        Case(rule: "R10.2.2", text: "See US v. $557,933.89, 1998 WL 817651, at *4; Brock, 109 F.R.D. at 119.", flagged: true, note: "US v."),
        Case(rule: "R10.2.2", text: "Easley v. Cromartie, 532 U.S. 234, 242 (2001) (quoting United States v. U.S. Gypsum Co., 333 U.S. 364, 395 (1948)).", flagged: false, note: "United States"),
        Case(rule: "R10.2.2", text: "United States v. U.S. Currency, 626 F.2d 11, 14 (6th Cir. 1980).", flagged: false, note: "U.S. Currency is a longer name"),
        // R10.2.1(b) — 007_juriscraper_bia_matter_of_*; conforming: Janfeshan p.5; edge: "In re" with a number in the name
        Case(rule: "R10.2.1(b)", text: "See Matter of Cardiel, 25 I&N Dec. 12, 17 (BIA 2009).", flagged: true, note: "Matter of"),
        Case(rule: "R10.2.1(b)", text: "In re Zyprexa Injunction, 474 F. Supp. 2d 385, 413 (E.D.N.Y. 2007).", flagged: false, note: "In re"),
        Case(rule: "R10.2.1(b)", text: "In re Terrorist Attacks on Sept. 11, 2001, 454 F. Supp. 2d 220, 222 (S.D.N.Y. 2006).", flagged: false, note: "a date in the name"),
        // R10.2.1(a) — 018_capstone_illappct_home_ins; conforming: altered (et al. dropped); edge: "Doe 3" (Janfeshan)
        Case(rule: "R10.2.1(a)", text: "See Chanub et al. v. Martin, 25 Ill. 63 (1860).", flagged: true, note: "et al."),
        Case(rule: "R10.2.1(a)", text: "See Chanub v. Martin, 25 Ill. 63 (1860).", flagged: false, note: "first party only"),
        Case(rule: "R10.2.1(a)", text: "Arista Records, LLC v. Doe 3, 604 F.3d 110, 117 (2d Cir. 2010).", flagged: false, note: "LLC is not another party"),
        // T6 — Janfeshan p.16, p.13; conforming: Janfeshan p.4; edge: a textual sentence keeps words in full (Janfeshan p.11)
        Case(rule: "T6", text: "See Cipollone v. Liggett Group, 113 F.R.D. 86, 91 (D.N.J. 1986).", flagged: true, note: "Group"),
        Case(rule: "T6", text: "See Grief v. Nassau Cty., 246 F. Supp. 3d 560, 564 (E.D.N.Y. 2017).", flagged: true, note: "Cty. is the older form"),
        Case(rule: "T6", text: "Thomas E. Hoar, Inc. v. Sara Lee Corp., 900 F.2d 522, 525 (2d Cir. 1990).", flagged: false, note: "abbreviated"),
        // a word the 21st edition took into T6 from the periodical table (the Janfeshan gold flags it)
        Case(rule: "T6", text: "Dove v. Atl. Capital Corp., 963 F.2d 15, 19–20 (2d Cir. 1992).", flagged: true, note: "Capital → Cap."),
        // a citation sentence that starts after a star page (014_fastcase_wis_madison_teachers_v_scott)
        Case(rule: "T6", text: "The record custodian balances competing public interests that bear on the release of the requested record.\n\n*451 Milwaukee Journal Sentinel v. DOA, 2009 WI 79, ¶¶ 55-56, 319 Wis. 2d 439, 768 N.W.2d 700.",
             flagged: true, note: "Journal after *451"),
        Case(rule: "T6", text: "The procedure is much like that which the Special Master in U.S. v. Education Management LLC suggested and the district court adopted. No. 2:07-CV-00461, 2013 WL 1568060, at *9 (W.D. Pa. Mar. 14, 2013).", flagged: false, note: "textual sentence"),
        // T10 — 017_courtlistener_moctapp_west_*; conforming: a party that is the place (Janfeshan p.15); edge: City of Kansas City (017)
        Case(rule: "T10", text: "Tri-State Motor Transit Co. v. Indus. Comm’n of Missouri, 509 S.W.2d 217, 220 (Mo.App.1974).", flagged: true, note: "of Missouri"),
        Case(rule: "T10", text: "See also Massachusetts v. Mylan Lab’ys, Inc., 246 F.R.D. 87, 91 (D. Mass. 2007).", flagged: false, note: "the state as party (altered: Lab’ys)"),
        Case(rule: "T10", text: "City of Kansas City v. Arthur, 998 S.W.2d 870, 873 (Mo.App. W.D.1999).", flagged: false, note: "a city as party"),
        // R6.1(a) — Janfeshan p.5 (with a spaced F. Supp. 2d elsewhere); conforming: spaced; edge: closed up alone is tolerated, strict flags it
        Case(rule: "R6.1(a)", text: "In re Terrorist Attacks on Sept. 11, 2001, 454 F.Supp.2d 220, 222 (S.D.N.Y. 2006); In re Zyprexa Injunction, 474 F. Supp. 2d 385, 413 (E.D.N.Y. 2007).", flagged: true, note: "inconsistent"),
        Case(rule: "R6.1(a)", text: "In re Zyprexa Injunction, 474 F. Supp. 2d 385, 413 (E.D.N.Y. 2007).", flagged: false, note: "spaced"),
        Case(rule: "R6.1(a)", text: "Meredith v. Stein , 355 F.Supp.3d 355, 361 (E.D.N.C. 2018).", flagged: false, note: "closed up, tolerated by the Bluepages"),
        // T7 — Janfeshan p.16; conforming: Janfeshan p.5; edge: 006_eyecite_ednc_hogarth_v_bell "E.D. N.C."
        Case(rule: "T7", text: "Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y June 23, 2009).", flagged: true, note: "S.D.N.Y"),
        Case(rule: "T7", text: "Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 71 (S.D.N.Y. 2010).", flagged: false, note: "S.D.N.Y."),
        Case(rule: "T7", text: "Grabarczyk v. Stein, No. 5:19-cv-48-BO, 2019 WL 4235356, at *3 (E.D. N.C. Sept. 5, 2019).", flagged: true, note: "E.D. N.C."),
        // T12 — Janfeshan p.15 and p.16; conforming: Janfeshan p.5; edge: "June" is not abbreviated (Janfeshan p.7)
        Case(rule: "T12", text: "United States v. Epstein, No. 96 CIV. 8307 (DC), 1998 WL 67676, at *1–2 (S.D.N.Y. Feb 19, 1998).", flagged: true, note: "Feb"),
        Case(rule: "T12", text: "Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y. Jun. 23, 2009).", flagged: true, note: "Jun."),
        Case(rule: "T12", text: "Wagafe v. Trump, No. 17-CV-0094-RAJ, 2017 WL 2671254, at *1 (W.D. Wash. June 21, 2017).", flagged: false, note: "June"),
        // R10.8.1(a) — Janfeshan p.17; conforming: Janfeshan p.5; edge: a pincite without asterisk (altered from p.5)
        Case(rule: "R10.8.1(a)", text: "United States v. Hines, 11-CV-05080, 2012 WL 5182910, at *1 (E.D.N.Y. Oct. 17, 2012).", flagged: true, note: "docket without No."),
        Case(rule: "R10.8.1(a)", text: "Coggins v. Cnty. of Nassau, No. 07-CV-3624 (JFB) (AKT), 2014 WL 495646, at *2 (E.D.N.Y. Feb. 6, 2014).", flagged: false, note: "No. and star page"),
        Case(rule: "R10.8.1(a)", text: "Coggins v. Cnty. of Nassau, No. 07-CV-3624 (JFB) (AKT), 2014 WL 495646, at 2 (E.D.N.Y. Feb. 6, 2014).", flagged: true, note: "altered: no asterisk"),
        // R3.2(a) — Janfeshan p.10; conforming: Janfeshan p.7; edge: star-page spans are left alone (Janfeshan p.16)
        Case(rule: "R3.2(a)", text: "Brock v. Tolkow, 109 F.R.D. 116, 119 (E.D.N.Y. 1985). See Brock, 109 F.R.D. at 120–121.", flagged: true, note: "120–121"),
        Case(rule: "R3.2(a)", text: "Dove v. Atl. Cap. Corp., 963 F.2d 15, 19–20 (2d Cir. 1992).", flagged: false, note: "19–20"),
        Case(rule: "R3.2(a)", text: "Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *4–*5 (S.D.N.Y. June 23, 2009).", flagged: false, note: "star pages"),
        // R3.2(b) — 009_fastcase_dc_west_v_united_states; conforming: altered "n.5"; edge: "n." in a name is not a pincite
        Case(rule: "R3.2(b)", text: "Cf. United States v. Buchanan, 70 F.3d 818, 826 n. 5 (5th Cir.1996).", flagged: true, note: "n. 5"),
        Case(rule: "R3.2(b)", text: "Cf. United States v. Buchanan, 70 F.3d 818, 826 n.5 (5th Cir. 1996).", flagged: false, note: "n.5"),
        // R4.1 — Janfeshan p.13; conforming: Janfeshan; edge: Connecticut's "Id., at" (010_fastcase_connappct)
        Case(rule: "R4.1", text: "Seattle Times, 467 U.S. at 36. See id; see also U.S. v. Education Management, 2013 WL 1568060, at *4.", flagged: true, note: "id without period"),
        Case(rule: "R4.1", text: "Pl.’s Objs. at 2, 13, 14. Id. at 13.", flagged: false, note: "Id."),
        Case(rule: "R4.1", text: "(Citations omitted.) Id., at 693-94, 935 A.2d 1021.", flagged: true, note: "Id., at"),
        // R10.9 — 007_juriscraper_bia_matter_of_alday_dominguez; conforming: Janfeshan p.12
        Case(rule: "R10.9", text: "Lopez-Valencia v. Lynch, 798 F.3d 863, 867 (9th Cir. 2015). There is no support for the Immigration Judge’s determination that the Ninth Circuit implicitly overruled its holding in Verdugo-Gonzalez in its more recent decision in Lopez-Valencia, 798 F.3d 863. Lopez-Valencia involved a different statute.", flagged: true, note: "no pincite"),
        Case(rule: "R10.9", text: "Easley v. Cromartie, 532 U.S. 234, 242 (2001). Easley, 532 U.S. at 242.", flagged: false, note: "pincite"),
        // a short cite that lost its reporter — 006_eyecite_ednc_hogarth_v_bell
        Case(rule: "R10.9", text: "See Susan B. Anthony List v. Driehaus, 573 U.S. 149, 164 (2014). Indeed, this conduct goes far beyond a single complaint, Driehaus , 573 at 164.", flagged: true, note: "no reporter"),
        Case(rule: "R10.9", text: "See Susan B. Anthony List v. Driehaus, 573 U.S. 149, 164 (2014). Indeed, this conduct goes far beyond a single complaint, Driehaus , 573 U.S. at 164.", flagged: false, note: "altered: U.S."),
        // R10.2.1(b) in a short form — 006_eyecite_ednc_hogarth_v_bell; conforming: the phrase left out (altered); BIA style is reported on the full cite only
        Case(rule: "R10.2.1(b)", text: "Ex parte Young, 209 U.S. 123 (1908). See Ex Parte Young, 209 U.S. at 157.", flagged: true, note: "altered: full cite conforms, short form does not"),
        Case(rule: "R10.2.1(b)", text: "Ex parte Young, 209 U.S. 123 (1908). See Young, 209 U.S. at 157.", flagged: false, note: "altered: no phrase"),
        Case(rule: "R10.2.1(b)", text: "In re Cardiel, 25 I&N Dec. 12, 17 (BIA 2009). See Matter of Cardiel, 25 I&N Dec. at 14.", flagged: false, note: "altered: Matter of on the short form only"),
        // R4.2(a) — 013_fastcase_michctapp_griswold_v_lexington; conforming: short form
        Case(rule: "R4.2(a)", text: "Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich. App. 143, 594 N.W.2d 74 (1998). Arco, supra at 148.", flagged: true, note: "supra for a case"),
        Case(rule: "R4.2(a)", text: "Arco Indus. Corp. v. Am. Motorists Ins. Co., 233 Mich. App. 143, 594 N.W.2d 74 (1998). Arco, 233 Mich. App. at 148.", flagged: false, note: "short form (altered)"),
        // R6.2(c) — 018_capstone_illappct_home_ins; conforming: Janfeshan p.6; edge: "§§"
        Case(rule: "R6.2(c)", text: "N.C. Gen. Stat. §163-166.3(c).", flagged: true, note: "§163"),
        Case(rule: "R6.2(c)", text: "28 U.S.C. § 636(b)(1)(A).", flagged: false, note: "§ 636"),
        // 021_smaa2020_illappct_hubbert_v_dell: a date parenthetical is not a subsection
        Case(rule: "R6.2(c)", text: "Tex. Bus. & Com. Code Ann. § 2.207 (Vernon 1994).", flagged: false, note: "(Vernon 1994)"),
        Case(rule: "R6.2(c)", text: "9 U.S.C. § 2 (2000).", flagged: false, note: "a year is not a subsection"),
        // 012_fastcase_ny_people_v_flowers: New York wraps the cite in parentheses
        Case(rule: "R1.5", text: "People v. Brown (90 A.D.3d 575, 936 N.Y.S.2d 537 [1st Dept 2011]).", flagged: false, note: "New York style"),
        // R3.3(b) — Janfeshan p.11 ("§§ … and …" conforms); deviating: altered to a single §
        Case(rule: "R3.3(b)", text: "26 U.S.C. § 6013, 6105.", flagged: true, note: "altered: § with two sections"),
        Case(rule: "R3.3(b)", text: "26 U.S.C. §§ 6013 and 6105.", flagged: false, note: "§§"),
        Case(rule: "R3.3(b)", text: "Tex. Bus. & Com. Code Ann. § 17.41 et seq. (Vernon 1994).", flagged: false, note: "et seq. stays single"),
        // R12.9.3 — 006_eyecite_ednc_hogarth_v_bell; conforming: Janfeshan p.6
        Case(rule: "R12.9.3", text: "See Fed.R.Civ.P. 25(d).", flagged: true, note: "closed up"),
        Case(rule: "R12.9.3", text: "See also Fed. R. Civ. P. 72(a).", flagged: false, note: "T1 form"),
        // R12.9.3 "§" — altered from Janfeshan p.6
        Case(rule: "R12.9.3", text: "See also Fed. R. Civ. P. § 72(a).", flagged: true, note: "altered: § before a rule"),
        // R12.3 — altered from Janfeshan p.6 (USC; no §); conforming: Janfeshan p.6
        Case(rule: "R12.3", text: "28 USC § 636(b)(1)(A).", flagged: true, note: "altered: USC"),
        Case(rule: "R12.3", text: "See 28 U.S.C. 636(b)(1)(A).", flagged: true, note: "altered: no §"),
        Case(rule: "R12.3", text: "28 U.S.C. § 636(b)(1)(A).", flagged: false, note: "T1 form"),
        // R1.2 — altered from Janfeshan p.16 ("see, e.g.,"); conforming: Janfeshan p.14
        Case(rule: "R1.2", text: "The ruling stands. See e.g., Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y. June 23, 2009).", flagged: true, note: "altered: no comma after See"),
        Case(rule: "R1.2", text: "The ruling stands. See, e.g., Raytheon Aircraft Co. v. United States, No. 05-2328-JWL, 2007 WL 4300221, at *9 (D. Kan. Dec. 8, 2007).", flagged: false, note: "See, e.g.,"),
        // R1.2 "Compare …, with" — Janfeshan p.15; deviating: altered (comma dropped)
        Case(rule: "R1.2", text: "Compare Defs.’ Opp’n at 16 (noting that plaintiff does not explain it), with United States v. Univ. Hosp., Inc., 2006 WL 2612631, at *3.", flagged: false, note: ", with"),
        Case(rule: "R1.2", text: "Compare Defs.’ Opp’n at 16 (noting that plaintiff does not explain it) with United States v. Univ. Hosp., Inc., 2006 WL 2612631, at *3.", flagged: true, note: "altered: no comma"),
        // R1.2 capitals — altered from Janfeshan p.16 ("see also" after a sentence end)
        Case(rule: "R1.2", text: "Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y. June 23, 2009). see also Saint-Jean v. Emigrant Mortg. Co., No. 11-CV-2122 (SJ) (RLM), 2015 WL 3797198, at *1 (E.D.N.Y. June 18, 2015).", flagged: true, note: "altered: lower-case see"),
        // R1.3 — altered from Janfeshan p.10 ("see also" after "cf."); conforming: Janfeshan p.10 (See …; see also …)
        Case(rule: "R1.3", text: "The stay is denied. Cf. Brock v. Tolkow, 109 F.R.D. 116, 119 (E.D.N.Y. 1985); see also Easley v. Cromartie, 532 U.S. 234, 242 (2001).", flagged: true, note: "altered: see also after cf."),
        Case(rule: "R1.3", text: "The stay is denied. See Brock v. Tolkow, 109 F.R.D. 116, 119 (E.D.N.Y. 1985); see also Easley v. Cromartie, 532 U.S. 234, 242 (2001); cf. Dove v. Atl. Cap. Corp., 963 F.2d 15, 19–20 (2d Cir. 1992).", flagged: false, note: "in order"),
        // R10.7 — 013_fastcase_michctapp_griswold_v_lexington; conforming: Janfeshan p.11
        Case(rule: "R10.7", text: "Were we not bound to follow this Court's published opinion in Arco Industries Corp. v. American Motorists Ins. Co., 233 Mich.App. 143, 594 N.W.2d 74 (1998), aff'd 462 Mich. 896, 617 N.W.2d 330 (2000), we would hold otherwise.", flagged: true, note: "aff'd without comma"),
        Case(rule: "R10.7", text: "The procedure Judge Bloom set in place is much like that which the Special Master in U.S. v. Education Management LLC suggested and the district court adopted. No. 2:07-CV-00461, 2013 WL 1568060, at *9 (W.D. Pa. Mar. 14, 2013), report and recommendation adopted, No. 2:07-CV-461, 2013 WL 1601346 (W.D. Pa. Apr. 12, 2013).", flagged: false, note: "phrase, comma"),
        // R1.5(b) — Janfeshan p.14 (citing after explanatory); conforming: Janfeshan p.4 (alteration, then quoting)
        Case(rule: "R1.5(b)", text: "See In re Zyprexa Injunction, 474 F. Supp. 2d 385, 413 (E.D.N.Y. 2007) (“Courts are endowed with broad discretion to tailor protective orders to the circumstances of a particular litigation.”) (citing Seattle Times, 467 U.S. at 36).", flagged: true, note: "citing after explanatory"),
        Case(rule: "R1.5(b)", text: "Grief v. Nassau Cty., 246 F. Supp. 3d 560, 564 (E.D.N.Y. 2017) (alteration in original) (quoting Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (E.D.N.Y. 2015)).", flagged: false, note: "order kept (T6 aside)"),
        // R5.2 — Janfeshan p.9; conforming: Janfeshan p.4
        Case(rule: "R5.2", text: "Certain Real Prop., 751 F. Supp. at 1063 (alteration in the original).", flagged: true, note: "in the original"),
        Case(rule: "R5.2", text: "Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (E.D.N.Y. 2015) (alteration in original).", flagged: false, note: "in original"),
        Case(rule: "R5.2", text: "Cf. Sherwin-Williams Co. v. Spitzer, No. 1-04CV185 (DNH/RFT), 2005 WL 2128938, at *11 (N.D.N.Y. Aug. 24, 2005) (“[T[he trial judge is armed with discretion.”).", flagged: true, note: "[T[he"),
        // R1.5 — Janfeshan p.15 (stray ")"); conforming: Janfeshan p.15; edge: a quoted sentence inside a parenthetical (009_fastcase_dc)
        Case(rule: "R1.5", text: "The Act requires it. 6 U.S.C. § 122(d)(2)). The statute goes on.", flagged: true, note: "stray )"),
        Case(rule: "R1.5", text: "The Act requires it. 6 U.S.C. § 485(i). The statute goes on.", flagged: false, note: "balanced"),
        Case(rule: "R1.5", text: "United States v. Prandy-Binett, 995 F.2d 1069, 1073 (D.C. Cir. 1993) (\"If [the defendant's] bag held clear ziplock bags containing white powder, the detectives ... would not have been sure whether he possessed cocaine or heroin (or [instead] some innocuous substance). Yet that cannot be a reason for finding no probable cause.\"); see also Hoffa v. United States, 385 U.S. 293, 310 (1966).", flagged: false, note: "sentence end inside a quotation"),
        // R5.1 — altered from Janfeshan p.9 (inner ‘ never closed); conforming: Janfeshan p.9
        Case(rule: "R5.1", text: "See HSqd, LLC v. Morinville, No. 3:11CV1225 (WWE), 2013 WL 1149944, at *3 (D. Conn. Mar. 19, 2013) (declining to enter a protective order because the movant made no ‘particular and specific demonstration of fact).", flagged: true, note: "‘ never closed"),
        Case(rule: "R5.1", text: "Certain Real Prop., 751 F. Supp. at 1063 (“[T]he information sought to be extracted presents ‘a realistic threat of incrimination’ . . . .”).", flagged: false, note: "closed"),
        // 009_fastcase_dc_west_v_united_states: a quoted sentence end inside the parenthetical
        Case(rule: "R5.1", text: "United States v. Prandy-Binett, 995 F.2d 1069, 1073 (D.C. Cir. 1993) (\"If [the defendant's] bag held clear ziplock bags containing white powder, the detectives ... would not have been sure whether he possessed cocaine or heroin (or [instead] some innocuous substance). Yet that cannot be a reason for finding no probable cause.\"); see also Hoffa v. United States, 385 U.S. 293, 310 (1966).", flagged: false, note: "quotes balance over the real extent"),
        // T16 — Janfeshan p.2; conforming: Janfeshan p.3
        Case(rule: "T16", text: "See Defs.’ Mem. of Law in Supp. of Mot. to Dismiss, ECF No. 31-9, 31-10.", flagged: true, note: "two entries"),
        Case(rule: "T16", text: "See ECF Nos. 43–51.", flagged: false, note: "Nos."),
        Case(rule: "T16", text: "See Protective Order, ECF No. 47-1.", flagged: false, note: "47-1 is one entry"),
        // B17 — Janfeshan fn.3; conforming: Janfeshan p.2
        Case(rule: "B17", text: "See Pl.’s Objs. to Order (“Pl.’s Objs.”), ECF No. 54. The plaintiff objects. Pl.’s Objs., at 1.", flagged: true, note: "comma before at"),
        Case(rule: "B17", text: "See Pl.’s Objs. to Order (“Pl.’s Objs.”), ECF No. 54. The plaintiff objects. Pl.’s Objs. at 1.", flagged: false, note: "no comma"),
        // R4.2(b) — Janfeshan p.12 against the definition on p.3
        Case(rule: "R4.2(b)", text: "See Defs.’ Resp. in Opp’n to Pl.’s Objs. (“Defs.’ Opp’n”), ECF No. 56. They respond. See Defs. Opp’n at 20.", flagged: true, note: "apostrophe missing"),
        Case(rule: "R4.2(b)", text: "See Defs.’ Resp. in Opp’n to Pl.’s Objs. (“Defs.’ Opp’n”), ECF No. 56. They respond. See Defs.’ Opp’n at 20.", flagged: false, note: "as defined"),
        // R10.4(a) — altered from Janfeshan p.4 (a court for a U.S. Reports cite); conforming: Janfeshan p.4
        Case(rule: "R10.4(a)", text: "Easley v. Cromartie, 532 U.S. 234, 242 (U.S. 2001).", flagged: true, note: "altered: (U.S. 2001)"),
        Case(rule: "R10.4(a)", text: "Easley v. Cromartie, 532 U.S. 234, 242 (2001).", flagged: false, note: "year only"),
        // T1 — altered from Janfeshan p.4 (F. Supp. 3d dated 2005); conforming: Janfeshan p.4
        Case(rule: "T1", text: "Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (E.D.N.Y. 2005).", flagged: true, note: "altered: year before the series"),
        Case(rule: "T1", text: "Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (E.D.N.Y. 2015).", flagged: false, note: "in range"),
        // R10.2.1 (v.) — altered from Janfeshan p.4 ("vs."); conforming: Janfeshan p.4
        Case(rule: "R10.2.1", text: "Easley vs. Cromartie, 532 U.S. 234, 242 (2001).", flagged: true, note: "altered: vs."),
        Case(rule: "R10.2.1", text: "Easley v. Cromartie, 532 U.S. 234, 242 (2001).", flagged: false, note: "v."),
        // R10.2.1(c) — altered from Janfeshan p.12 (a leading "The"); conforming: Janfeshan p.12; edge: a textual sentence is not checked
        Case(rule: "R10.2.1(c)", text: "See The Fireman’s Fund Ins. Co. v. Great Am. Ins. Co. of N.Y., 284 F.R.D. 132, 135 (S.D.N.Y. 2012).", flagged: true, note: "altered: The"),
        Case(rule: "R10.2.1(c)", text: "See Fireman’s Fund Ins. Co. v. Great Am. Ins. Co. of N.Y., 284 F.R.D. 132, 135 (S.D.N.Y. 2012).", flagged: false, note: "no The"),
        // T1 (reporter vs court) — altered from Janfeshan p.17 (F.3d with a district court); conforming: Janfeshan p.17
        Case(rule: "T1", text: "Arista Records, LLC v. Doe 3, 604 F.3d 110, 117 (S.D.N.Y. 2010).", flagged: true, note: "altered: F.3d from a district court"),
        Case(rule: "T1", text: "Arista Records, LLC v. Doe 3, 604 F.3d 110, 117 (2d Cir. 2010).", flagged: false, note: "circuit"),
        // R3.2(a) (pincite before the first page) — altered from Janfeshan p.4; edge: the first page itself
        Case(rule: "R3.2(a)", text: "Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 60 (S.D.N.Y. 2010).", flagged: true, note: "altered: 60 < 66"),
        Case(rule: "R3.2(a)", text: "Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 66 (S.D.N.Y. 2010).", flagged: false, note: "first page"),
        // R3.2(a) (a span whose dash was lost, a pincite past any opinion's length) — 006_eyecite_ednc_hogarth_v_bell;
        // conforming: the same cites with their dashes (altered); a long opinion stays within 500 pages
        Case(rule: "R3.2(a)", text: "Clapper v. Amnesty Int'l USA , 568 U.S. 398, 41114 (2013).", flagged: true, note: "41114 for 411–14"),
        Case(rule: "R3.2(a)", text: "Clapper v. Amnesty Int'l USA , 568 U.S. 398, 411-14 (2013).", flagged: false, note: "altered: dash"),
        Case(rule: "R3.2(a)", text: "Kareem v. Cuyahoga Cnty. Bd. of Elections, 95 F.4th 1019, 1025-27 (6th Cir. 2024). A history of past enforcement is “good evidence” that a threat of prosecution is not imaginary or speculative. See also Kareem , 95 F.4th at 2015.",
             flagged: true, note: "short form 996 pages on"),
        Case(rule: "R3.2(a)", text: "Kareem v. Cuyahoga Cnty. Bd. of Elections, 95 F.4th 1019, 1025-27 (6th Cir. 2024). See also Kareem , 95 F.4th at 1025.",
             flagged: false, note: "altered: 1025"),
        Case(rule: "R3.2(a)", text: "Dred Scott v. Sandford, 60 U.S. 393, 633 (1857).", flagged: false, note: "240 pages on (constructed)"),
        // R10.8.1(a) (full date) — altered from Janfeshan p.7 (year only); conforming: Janfeshan p.7
        Case(rule: "R10.8.1(a)", text: "Wagafe v. Trump, No. 17-CV-0094-RAJ, 2017 WL 2671254, at *1 (W.D. Wash. 2017).", flagged: true, note: "altered: year only"),
        Case(rule: "R10.8.1(a)", text: "Wagafe v. Trump, No. 17-CV-0094-RAJ, 2017 WL 2671254, at *1 (W.D. Wash. June 21, 2017).", flagged: false, note: "full date"),
        // R4.1 (capitals) — altered from Janfeshan p.2 ("See Id."); conforming: Janfeshan p.2; edge: after a semicolon
        Case(rule: "R4.1", text: "The order followed. See Id. at 3.", flagged: true, note: "altered: Id. after a signal"),
        Case(rule: "R4.1", text: "The order followed. See id. at 3.", flagged: false, note: "id. after a signal"),
        Case(rule: "R4.1", text: "Easley v. Cromartie, 532 U.S. 234, 242 (2001); id. at 243.", flagged: false, note: "after a semicolon"),
        // R1.5(a) — altered from Janfeshan p.16 ("(Finding that"); conforming: Janfeshan p.16
        Case(rule: "R1.5(a)", text: "See also Saint-Jean v. Emigrant Mortg. Co., No. 11-CV-2122 (SJ) (RLM), 2015 WL 3797198, at *1 (E.D.N.Y. June 18, 2015) (Finding that, on review, a court may consider new arguments).", flagged: true, note: "altered: capital F"),
        Case(rule: "R1.5(a)", text: "See also Saint-Jean v. Emigrant Mortg. Co., No. 11-CV-2122 (SJ) (RLM), 2015 WL 3797198, at *1 (E.D.N.Y. June 18, 2015) (finding that, on review, a court may consider new arguments).", flagged: false, note: "lower case"),
        // ¶ (R6.2(c), R3.3(b)) — altered from Janfeshan p.2; conforming: Janfeshan p.2
        Case(rule: "R6.2(c)", text: "See Protective Order ¶14 (“Paragraph 14”).", flagged: true, note: "altered: ¶14"),
        Case(rule: "R3.3(b)", text: "Second Am. Compl. (“SAC”) ¶¶ 16, 119, 120, 124, 128, ECF No. 29. Id. ¶ 6, 7.", flagged: true, note: "altered: ¶ with two paragraphs"),
        Case(rule: "R3.3(b)", text: "Second Am. Compl. (“SAC”) ¶¶ 16, 119, 120, 124, 128, ECF No. 29. Id. ¶ 6.", flagged: false, note: "¶¶ and ¶"),
        // "¶¶" before a number that reads as a span whose dash was lost — 006_eyecite_ednc_hogarth_v_bell
        Case(rule: "R3.2(a)", text: "Second Am. Compl. (“SAC”) ¶¶ 16, 119, ECF No. 29. Plaintiff alleges a history of enforcement. (Id. ¶¶ 1520).", flagged: true, note: "¶¶ 1520 for 15–20"),
        Case(rule: "R3.2(a)", text: "Second Am. Compl. (“SAC”) ¶¶ 16, 119, ECF No. 29. Plaintiff alleges a history of enforcement. (Id. ¶¶ 15-20).", flagged: false, note: "altered: dash"),
        // "¶¶" before one paragraph (altered from Janfeshan p.2)
        Case(rule: "R3.3(b)", text: "Second Am. Compl. (“SAC”) ¶¶ 16, ECF No. 29.", flagged: true, note: "altered: ¶¶ with one paragraph"),
        // R10.2 (consistency) — altered from Janfeshan p.4 (one authority named two ways); conforming: the same name twice
        Case(rule: "R10.2", text: "Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 71 (S.D.N.Y. 2010). Later: Dooling v. Gristede’s Operating Corp., 266 F.R.D. 66, 73 (S.D.N.Y. 2010).", flagged: true, note: "altered: two names"),
        Case(rule: "R10.2", text: "Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 71 (S.D.N.Y. 2010). Later: Duling v. Gristede’s Operating Corp., 266 F.R.D. 66, 73 (S.D.N.Y. 2010).", flagged: false, note: "one name"),
        // R10.2.1(b) "Ex parte" — 006_eyecite_ednc_hogarth_v_bell.txt; conforming: the lower-case form
        Case(rule: "R10.2.1(b)", text: "See Ex Parte Young, 209 U.S. 123 (1908).", flagged: true, note: "Ex Parte"),
        Case(rule: "R10.2.1(b)", text: "See Ex parte Young, 209 U.S. 123 (1908).", flagged: false, note: "Ex parte"),
        // R11 — 006_eyecite_ednc_hogarth_v_bell.txt; conforming: the Bluebook form
        Case(rule: "R11", text: "N.C. Const. Art. IV § 18.", flagged: true, note: "Art. and no comma"),
        Case(rule: "R11", text: "N.C. Const. art. IV, § 18.", flagged: false, note: "art. IV, §"),
        // R6.1(a) court and year — 016_courtlistener_moctapp_dlm_v_tjs.txt (which spaces them elsewhere);
        // edge: a court closed up itself (009's "(D.C.1992)") is the publisher's rendering
        Case(rule: "R6.1(a)", text: "In re Adoption of P.J.K., 359 S.W.2d 360 (Mo. App.1962); In re Marriage of A.S.A., 931 S.W.2d 218, 222 (Mo. App. 1996).", flagged: true, note: "Mo. App.1962"),
        Case(rule: "R6.1(a)", text: "In re J.M., 619 A.2d 497, 500 (D.C.1992) (en banc); Salmon v. United States, 719 A.2d 949, 953 (D.C. 1998).", flagged: false, note: "D.C.1992"),
    ]

    func testEachRuleDeviatesConformsAndEdges() {
        for c in Self.cases {
            let got = flags(c.text)
            XCTAssertEqual(got.contains(c.rule), c.flagged, "\(c.rule) \(c.note): \(c.text) → \(got)")
        }
    }

    func testSuggestionsAreTheCorrectedText() {
        let f = findings("See Cipollone v. Liggett Group, 113 F.R.D. 86, 91 (D.N.J. 1986).")
        XCTAssertEqual(f.first { $0.rule == "T6" }?.suggestion, "Cipollone v. Liggett Grp., 113 F.R.D. 86, 91 (D.N.J. 1986)")
        let m = findings("Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y. Jun. 23, 2009).")
        XCTAssertEqual(m.first { $0.rule == "T12" }?.suggestion,
                       "Aguilar v. ICE, No. 07 Civ. 8824 (JGK) (FM), 2009 WL 1789336, at *5 (S.D.N.Y. June 23, 2009)")
        XCTAssertTrue(m.allSatisfy { $0.message.contains("Bluebook (21st ed.)") })
    }

    /// A span whose dash was lost is read back at the one split that fits
    /// (006_eyecite_ednc_hogarth_v_bell).
    func testLostDashSuggestsTheSpan() {
        let pin = findings("Clapper v. Amnesty Int'l USA , 568 U.S. 398, 41114 (2013).").first { $0.rule == "R3.2(a)" }
        XCTAssertEqual(pin?.replacement, "–")
        XCTAssertEqual(pin?.suggestion, "Clapper v. Amnesty Int'l USA , 568 U.S. 398, 411–14 (2013)")
        let list = findings("Plaintiff alleges the Board referred voters to prosecutors. (Compl. ¶¶ 7283, 86-89 (alleging State Board's policy)).")
        XCTAssertTrue(list.contains { $0.rule == "R3.2(a)" && $0.message.contains("'¶¶ 72–83'") }, "\(list.map(\.message))")
        // several readings: no span is guessed, and 411 is within a long opinion
        XCTAssertEqual(LostDash.splits(Array("1520".utf8), atLeast: 1, atMost: .max), [2])
        XCTAssertEqual(LostDash.splits(Array("41114".utf8), atLeast: 398, atMost: 898), [3])
        XCTAssertEqual(LostDash.splits(Array("559".utf8), atLeast: 2, atMost: 502), [])   // "55–9" keeps too few digits
        XCTAssertEqual(LostDash.splits(Array("2020".utf8), atLeast: 1, atMost: .max), [])
    }

    func testStrictModeAndEditions() {
        // 006_eyecite_ednc_hogarth_v_bell: closed up, tolerated unless --strict
        let t = "Meredith v. Stein , 355 F.Supp.3d 355, 361 (E.D.N.C. 2018)."
        XCTAssertFalse(flags(t).contains("R6.1(a)"))
        XCTAssertTrue(flags(t, CheckOptions(strict: true)).contains("R6.1(a)"))
        // "(cleaned up)": info in the 21st edition, a deviation in the 22nd (altered from Janfeshan p.4)
        let cu = "Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (E.D.N.Y. 2015) (cleaned up)."
        XCTAssertFalse(flags(cu).contains("B5.3"))
        XCTAssertTrue(flags(cu, CheckOptions(edition: .twentySecond)).contains("B5.3"))
        XCTAssertTrue(findings(cu, CheckOptions(edition: .twentySecond)).contains { $0.message.contains("Bluebook (22nd ed.)") })
    }

    /// The spacing finding says which way the written reporter differs from T1's (Carswell v.
    /// Camp's "F. 3d" style, S.D. Tex. 2026; Meredith v. Stein's "F.Supp.3d").
    func testReporterSpacingMessageSaysWhichWay() {
        let spaced = findings("Carswell v. Camp, 54 F. 4th 307, 312 (5th Cir. 2022).").first { $0.rule == "R6.1(a)" }
        XCTAssertEqual(spaced?.message.contains("'F. 4th' is spaced; T1 closes it up as 'F.4th'"), true, spaced?.message ?? "no finding")
        let closed = findings("Meredith v. Stein, 355 F.Supp.3d 355, 361 (E.D.N.C. 2018).").first { $0.rule == "R6.1(a)" }
        XCTAssertEqual(closed?.message.contains("'F.Supp.3d' is closed up; T1 spaces it 'F. Supp. 3d'"), true, closed?.message ?? "no finding")
    }

    func testIdAfterSeveralAuthoritiesIsInfoOnly() {
        // Janfeshan p.3: "id. at 3" after a clause citing an internal and a record cite
        let f = findings("See Pl.’s Objs. at 1, ECF No. 52; Order, ECF No. 47-1. See id. at 3.")
        XCTAssertFalse(f.contains { $0.rule == "R4.1" && $0.severity != "info" }, "\(f)")
    }

    func testDocketEntryFormsAreInfoOnly() {
        // 001_doctor_cdcal_consumerinfo_order: "See Minutes (Dkt. 30)."
        let f = findings("Injunction set for August 4, 2016 at 10:00 AM. See Minutes (Dkt. 30).")
        XCTAssertTrue(f.contains { $0.rule == "B17" && $0.severity == "info" }, "\(f)")
        XCTAssertFalse(f.contains { $0.severity == "deviation" || $0.severity == "warning" }, "\(f)")
    }

    func testVerdicts() {
        let doc = parse("See U.S. Const. art. III. Easley v. Cromartie, 532 U.S. 234, 242 (2001). See US v. $557,933.89, 1998 WL 817651, at *4. See 5 Wayne R. LaFave, Search and Seizure § 10.8 (6th ed. 2020).")
        let v = doc.citations.map { $0.verdict }
        // constitutions are checked since R11's form rule; books have no rules yet
        XCTAssertEqual(doc.citations.first?.verdict, .conforms)
        XCTAssertTrue(v.contains(.notChecked), "books have no rules yet: \(v)")
        XCTAssertTrue(v.contains(.conforms))
        XCTAssertTrue(v.contains(.deviates))
        // 015_fastcase_gactapp_in_re_knc: a regional parallel after the official reporter is not ambiguous
        XCTAssertNotEqual(parse("[9] Rowe v. Rowe, 195 Ga.App. 493, 494(2), 393 S.E.2d 750 (1990).").citations.last?.verdict, .ambiguous)
        // a federal reporter without a court: the court cannot be recovered (altered from Janfeshan p.4)
        XCTAssertEqual(parse("Ahmed v. T.J. Maxx Corp., 103 F. Supp. 3d 343, 350 (2015).").citations.first?.verdict, .ambiguous)
    }

    func testFixWritesTheCorrectedText() {
        let doc = parse("See Cipollone v. Liggett Group, 113 F.R.D. 86, 91 (D.N.J. 1986); Brock, 109 F.R.D. at 120–121.")
        let fixed = String(decoding: doc.correctedText(), as: UTF8.self)
        XCTAssertEqual(fixed, "See Cipollone v. Liggett Grp., 113 F.R.D. 86, 91 (D.N.J. 1986); Brock, 109 F.R.D. at 120–21.")
        let diff = UnifiedDiff.make(old: doc.source.text, new: doc.correctedText(), name: "x.txt")
        XCTAssertTrue(diff.hasPrefix("--- a/x.txt\n+++ b/x.txt\n@@ -1,1 +1,1 @@\n-See Cipollone"), diff)
    }

    func testOddInputNeverTraps() {
        for t in ["(", ")", "§", "¶", "id", "Id., at", "See e.g.", "v. US", "[T[", "“", "‘", "123 F.3d 456 (", "US v. , 1 U.S. 1 ()"] {
            _ = parse(t)
        }
    }

    /// The floors on the Janfeshan gold: ≥ 85% of the 27 flagged
    /// citations flagged, at most 3 false flags on the others (score.py's rules).
    func testJanfeshanBluebookFloors() throws {
        let dir = JanfeshanGoldTests.corpus
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("janfeshan.gold.json"))) as? [String: Any])
        let gc = obj["citations"] as? [[String: Any]] ?? []
        let doc = Pincite.parse(bytes: [UInt8](try Data(contentsOf: dir.appendingPathComponent("janfeshan.txt"))), name: "janfeshan.txt")
        let cites = doc.citations
        let g2p = JanfeshanGoldTests.match(gc.map(JanfeshanGoldTests.span),
                                           cites.map { (doc.source.original($0.span.start), doc.source.original($0.span.end)) },
                                           goldVolPage: gc.map { ($0["volume"] as? String, $0["page"] as? String) },
                                           predVolPage: cites.map { ($0.volume, $0.page) })
        let flaggedGold = Set(gc.indices.filter { !((gc[$0]["bluebook_issues"] as? [String]) ?? []).isEmpty })
        var right = 0, falseFlags = 0
        for (gi, pi) in g2p {
            let flagged = cites[pi].checks.contains { !["info", "ok", "conforms"].contains($0.severity) }
            if flagged && flaggedGold.contains(gi) { right += 1 }
            if flagged && !flaggedGold.contains(gi) { falseFlags += 1 }
        }
        XCTAssertEqual(flaggedGold.count, 27)
        XCTAssertGreaterThanOrEqual(Double(right) / Double(flaggedGold.count), 0.85, "flagged \(right) of \(flaggedGold.count)")
        XCTAssertLessThanOrEqual(falseFlags, 3)
    }
}
