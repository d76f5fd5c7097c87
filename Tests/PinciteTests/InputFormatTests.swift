import XCTest
@testable import Pincite

// Tests for the input readers (Sources/Pincite/Source/Readers): format detection,
// HTML / CAP XML / CAP & CourtListener JSON → working text, the offset map back
// to the original bytes, the structure hints, and hostile input.
//
// The corpus files are in Corpus/formats (copies from /work/shared/corpus-dev, see
// its README). Expected hint values were read by hand from the markup of each file.

private let formatsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/formats")

private func corpusFile(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: formatsDir.appendingPathComponent(name)))
}

private func text(_ out: ReaderOutput) -> String { String(decoding: out.text, as: UTF8.self) }

private func slice(_ out: ReaderOutput, _ span: Span?) -> String? {
    guard let span, span.start >= 0, span.end <= out.text.count, span.start <= span.end else { return nil }
    return String(decoding: out.text[span.start..<span.end], as: UTF8.self)
}

private func wsNormalized(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

/// Working-text bytes the reader made up (brackets of footnote marks, the "[1] " before a
/// footnote, the line of dashes, blank lines and indentation are whitespace).
private func syntheticBytes(_ out: ReaderOutput) -> Set<Int> {
    var s = Set<Int>()
    for f in out.hints.footnotes {
        // "[label] "
        var i = f.span.start
        while i < f.span.end, out.text[i] != 0x5D { s.insert(i); i += 1 }
        s.insert(i)
    }
    for m in out.hints.footnoteMarks { s.insert(m.span.start); s.insert(m.span.end - 1) }
    // "*1080" written for a Fastcase "[100 A.3d 1080]" paragraph: the stars stand for the "["
    for p in out.hints.pageMarkers {
        var k = p.span.start
        while k < p.span.end, out.text[k] == 0x2A { s.insert(k); k += 1 }
    }
    // the separator lines
    let t = out.text
    var lineStart = 0
    for i in 0...t.count where i == t.count || t[i] == 0x0A {
        if i - lineStart == 20, t[lineStart..<i].allSatisfy({ $0 == 0x2D }) { for k in lineStart..<i { s.insert(k) } }
        lineStart = i + 1
    }
    return s
}

/// Every character of the working text that comes from the input must map to that
/// character in the original, or to the start of the entity / JSON escape standing for it
/// (also an entity inside a JSON string, and "&amp;#160;" inside Fastcase XML).
/// Returns the number of characters checked and descriptions of the failures.
private func checkOffsets(_ out: ReaderOutput, original: [UInt8]) -> (checked: Int, bad: [String]) {
    XCTAssertEqual(out.offsets.count, out.text.count)
    let synthetic = syntheticBytes(out)
    var bad: [String] = []
    var checked = 0
    let t = out.text
    var i = 0
    while i < t.count {
        let b = t[i]
        let w = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        defer { i += w }
        if b == 0x20 || b == 0x0A || b == 0x09 || synthetic.contains(i) { continue }
        guard i + w <= t.count else { break }
        let scalar = String(decoding: t[i..<i + w], as: UTF8.self).unicodeScalars.first!.value
        let o = Int(out.offsets[i])
        checked += 1
        guard o >= 0, o < original.count else { bad.append("byte \(i): offset \(o) out of range"); continue }
        if o + w <= original.count, Array(original[o..<o + w]) == Array(t[i..<i + w]) { continue }
        if decodes(original, at: o, to: scalar) { continue }
        if bad.count < 8 {
            let ctx = String(decoding: original[o..<min(original.count, o + 24)], as: UTF8.self)
            bad.append("byte \(i) «\(String(decoding: t[i..<i + w], as: UTF8.self))» → \(o) «\(ctx)»")
        } else { bad.append("…") }
    }
    return (checked, bad)
}

/// Whether the original at `o` starts an entity or JSON escape that stands for `scalar`.
private func decodes(_ b: [UInt8], at o: Int, to scalar: UInt32) -> Bool {
    func hex(_ s: ArraySlice<UInt8>) -> UInt32? { UInt32(String(decoding: s, as: UTF8.self), radix: 16) }
    if b[o] == 0x5C, o + 1 < b.count { // JSON escape
        switch b[o + 1] {
        case 0x75:
            guard o + 6 <= b.count, var u = hex(b[o + 2..<o + 6]) else { return false }
            if u >= 0xD800, u < 0xDC00, o + 12 <= b.count, let low = hex(b[o + 8..<o + 12]) { u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00) }
            if u >= 0xD800, u < 0xE000, scalar == 0xFFFD { return true } // a lone surrogate
            return u == scalar || (u == 0x26 && decodes(b, at: o + 5, to: scalar))
        case 0x6E: return scalar == 0x0A
        case 0x66: return scalar == 0x0C
        case 0x62: return scalar == 0x08
        case 0x74: return scalar == 0x09
        case 0x72: return scalar == 0x0D
        default: return UInt32(b[o + 1]) == scalar
        }
    }
    guard b[o] == 0x26, let semi = b[o...].prefix(12).firstIndex(of: 0x3B) else { return false }
    let body = String(decoding: b[(o + 1)..<semi], as: UTF8.self)
    var value: UInt32?
    if body.hasPrefix("#x") || body.hasPrefix("#X") { value = UInt32(body.dropFirst(2), radix: 16) }
    else if body.hasPrefix("#") { value = UInt32(body.dropFirst()) }
    else {
        let named: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0]
        value = named[body] ?? (scalar >= 0x80 ? scalar : nil)
    }
    if value == scalar { return true }
    // "&amp;#160;": an entity written inside escaped markup
    if value == 0x26, semi + 1 < b.count, b[semi + 1] == 0x23 || (b[semi + 1] >= 0x61 && b[semi + 1] <= 0x7A) {
        var inner = [UInt8(0x26)]
        inner.append(contentsOf: b[(semi + 1)...].prefix(12))
        return decodes(inner, at: 0, to: scalar)
    }
    return false
}

private func assertOffsetsMapBack(_ out: ReaderOutput, _ original: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
    let (checked, bad) = checkOffsets(out, original: original)
    XCTAssertGreaterThan(checked, 0, file: file, line: line)
    XCTAssertEqual(bad, [], "offsets that do not map back", file: file, line: line)
}

final class InputFormatTests: XCTestCase {

    // MARK: Detection

    func testDetect() throws {
        func d(_ s: String) -> InputFormat { FormatReader.detect(Array(s.utf8)) }
        XCTAssertEqual(d("Smith v. Jones, 1 U.S. 1 (1801)."), .text)
        XCTAssertEqual(d(""), .text)
        XCTAssertEqual(d("<!DOCTYPE html><html><body><p>x</p></body></html>"), .html)
        XCTAssertEqual(d("\n  <html lang=\"en\">"), .html)
        XCTAssertEqual(d("<div class=\"opinion\">x</div>"), .html)
        XCTAssertEqual(d("<p>x</p>"), .html)
        XCTAssertEqual(d("<section class=\"casebody\">"), .html)
        XCTAssertEqual(d("<?xml version=\"1.0\"?><casebody/>"), .capXML)
        XCTAssertEqual(d("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">"), .html)
        XCTAssertEqual(d("<mets xmlns=\"http://www.loc.gov/METS/\">"), .capXML)
        XCTAssertEqual(d("<casebody firstpage=\"1\">"), .capXML)
        XCTAssertEqual(d("<opinion type=\"majority\"><p>x</p></opinion>"), .capXML)
        XCTAssertEqual(d("{\"id\": 1, \"casebody\": {\"data\": \"<casebody/>\"}}"), .capJSON)
        XCTAssertEqual(d("{\"id\": 1, \"html_with_citations\": \"<p>x</p>\"}"), .capJSON)
        XCTAssertEqual(d("{\"id\": 1, \"plain_text\": \"x\"}"), .capJSON)
        XCTAssertEqual(d("{\"id\": 1, \"name\": \"x\"}"), .text)
        XCTAssertEqual(try FormatReader.detect(corpusFile("012_fastcase_ny_people_v_flowers.orig.html")), .html)
        XCTAssertEqual(try FormatReader.detect(corpusFile("012_fastcase_ny_people_v_flowers.orig.xml")), .capXML)
        XCTAssertEqual(try FormatReader.detect(corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.orig.json")), .capJSON)
        XCTAssertEqual(try FormatReader.detect(corpusFile("018_capstone_illappct_home_ins_v_kirk_1887.orig.xml")), .capXML)
        XCTAssertEqual(FormatReader.detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), .text)
        // UTF-16 with BOM
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<html><body>x</body></html>".utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        XCTAssertEqual(FormatReader.detect(utf16), .html)
    }

    // MARK: Corpus: text, offsets, hints

    /// CAP-format casebody HTML (Fastcase) → the corpus-dev text, byte for byte.
    func testCAPHTMLPeopleVFlowers() throws {
        let orig = try corpusFile("012_fastcase_ny_people_v_flowers.orig.html")
        let expected = String(decoding: try corpusFile("012_fastcase_ny_people_v_flowers.txt"), as: UTF8.self)
        let out = FormatReader.read(orig)
        XCTAssertEqual(out.format, .html)
        XCTAssertEqual(text(out), expected)
        assertOffsetsMapBack(out, orig)
        let h = out.hints
        // <p class="parties">People<br> v.<br> Lonnie Flowers <sup><a …>*</a></sup></p>
        XCTAssertEqual(h.parties, ["People v. Lonnie Flowers *"])
        XCTAssertEqual(h.court, "Court of Appeals of New York")
        XCTAssertEqual(h.decisionDate, "May 14, 2013")
        XCTAssertEqual(h.decisionDateISO, "2013-05-14")
        XCTAssertEqual(h.docketNumbers, [])
        XCTAssertEqual(h.firstPage, "139")
        XCTAssertEqual(h.lastPage, "139")
        XCTAssertEqual(h.opinions.map(\.type), ["majority"])
        XCTAssertEqual(h.opinions.first?.author, "Rivera, J.")
        XCTAssertEqual(slice(out, h.opinions.first?.authorSpan), "Rivera, J.")
        // one footnote, <aside class="footnote"> without data-label: written "[] …" as in the corpus text
        XCTAssertEqual(h.footnotes.map(\.label), [""])
        XCTAssertEqual(slice(out, h.footnotes.first?.span)?.hasPrefix("[] Denied, with leave to renew"), true)
        XCTAssertEqual(h.pageMarkers.count, 0)
        XCTAssertEqual(h.paragraphs.map { slice(out, $0) ?? "" },
                       ["People\nv.\nLonnie Flowers *", "Court of Appeals of New York", "May 14, 2013",
                        "2d Dept.: 102 A.D.3d 885, 958 N.Y.S.2d 206 (Kings)", "Rivera, J.", "Denied *."])
    }

    /// CAP-format HTML with star pages, "1."-labelled footnotes and a block quote.
    func testCAPHTMLInReKNC() throws {
        let orig = try corpusFile("015_fastcase_gactapp_in_re_knc.orig.html")
        let expected = String(decoding: try corpusFile("015_fastcase_gactapp_in_re_knc.txt"), as: UTF8.self)
        let out = FormatReader.read(orig, as: .html)
        XCTAssertEqual(text(out), expected)
        assertOffsetsMapBack(out, orig)
        let h = out.hints
        XCTAssertEqual(h.parties, ["In the Interest of K.N.C. et al., children."])
        XCTAssertEqual(h.docketNumbers, ["No. A03A1865."])
        XCTAssertEqual(h.court, "Court of Appeals of Georgia.")
        XCTAssertEqual(h.decisionDate, "December 1, 2003.")
        XCTAssertEqual(h.decisionDateISO, "2003-12-01")
        XCTAssertEqual(h.attorneys, ["Sheryl D. Fambrough, Monroe, for appellant.", "Tony D. Coy, Athens, for appellee."])
        XCTAssertEqual(h.opinions.count, 1)
        XCTAssertEqual(h.opinions[0].type, "majority")
        XCTAssertEqual(h.opinions[0].author, "RUFFIN, Presiding Judge.")
        // data-label="1." … "20." → labels "1" … "20", each with its mark "[n]" in the text
        XCTAssertEqual(h.footnotes.map(\.label), (1...20).map(String.init))
        for f in h.footnotes {
            XCTAssertEqual(slice(out, f.markSpan), "[\(f.label)]")
            XCTAssertEqual(slice(out, f.span)?.hasPrefix("[\(f.label)] "), true)
            XCTAssertLessThan(f.markSpan!.start, f.span.start)
            XCTAssertEqual(f.opinion, 0)
        }
        XCTAssertEqual(slice(out, h.footnotes[0].span), "[1] In the Interest of T.W., 255 Ga.App. 674, 677, 566 S.E.2d 405 (2002).")
        // a.page-label data-label, in order: S.E.2d pages "*793" … and Ga.App. pages "**476" …
        XCTAssertEqual(h.pageMarkers.map(\.label), ["793", "476", "794", "477", "795", "478", "479", "796", "480", "797", "481", "482", "798"])
        XCTAssertEqual(h.pageMarkers.map { slice(out, $0.span) ?? "" },
                       ["*793", "**476", "*794", "**477", "*795", "**478", "**479", "*796", "**480", "*797", "**481", "**482", "*798"])
        XCTAssertEqual(h.pageMarkers.map(\.reporter), [1, 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 2, 1])
        XCTAssertEqual(h.footnoteMarks.count, 20)
        XCTAssertEqual(h.footnoteMarks.map(\.footnote), (0..<20).map { Optional($0) })
        XCTAssertEqual(h.blockQuotes.count, 1)
        XCTAssertEqual(slice(out, h.blockQuotes.first)?.hasPrefix("has not lived with the children since October 1998"), true)
        // the block quote is indented by four spaces
        XCTAssertEqual(String(decoding: out.text[(h.blockQuotes[0].start - 5)..<h.blockQuotes[0].start], as: UTF8.self), "\n    ")
        XCTAssertTrue(h.paragraphs.allSatisfy { p in !h.footnotes.contains { $0.span.start <= p.start && p.end <= $0.span.end } })
    }

    /// CAP API JSON whose casebody.data is CAP XML: offsets go through the JSON escapes.
    func testCAPJSONWester() throws {
        let orig = try corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
        let expected = String(decoding: try corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.txt"), as: UTF8.self)
        let out = FormatReader.read(orig)
        XCTAssertEqual(out.format, .capJSON)
        XCTAssertEqual(out.diagnostics, [])
        // Same text except one line: footnote 2 holds a <blockquote> that is only an <img>;
        // the corpus text keeps an empty line for it, the reader writes nothing.
        XCTAssertEqual(wsNormalized(text(out)), wsNormalized(expected))
        XCTAssertEqual(text(out), expected.replacingOccurrences(of: "finds that:\n\n(2) The claimant", with: "finds that:\n(2) The claimant"))
        assertOffsetsMapBack(out, orig)
        // her "school attendance”: the straight quote is written \" in the JSON; its offset is the backslash
        let school = try XCTUnwrap(text(out).range(of: "\"school attendance”"))
        let at = text(out).utf8.distance(from: text(out).startIndex, to: school.lowerBound)
        XCTAssertEqual(String(decoding: orig[Int(out.offsets[at])..<Int(out.offsets[at]) + 8], as: UTF8.self), "\\\"school")
        let h = out.hints
        XCTAssertEqual(h.parties, ["Tina WESTER, Plaintiff-Appellant, v. MISSOURI DEPARTMENT OF LABOR AND INDUSTRIAL RELATIONS, Defendant-Respondent."])
        XCTAssertEqual(h.docketNumbers, ["No. 25741."])
        XCTAssertEqual(h.court, "Missouri Court of Appeals, Southern District, Division Two.")
        XCTAssertEqual(h.courtAbbreviation, "Mo. Ct. App.")
        XCTAssertEqual(h.jurisdiction, "Missouri")
        XCTAssertEqual(h.caseNameShort, "Wester v. Missouri Department of Labor & Industrial Relations")
        XCTAssertEqual(h.decisionDate, "May 21, 2004.")
        XCTAssertEqual(h.decisionDateISO, "2004-05-21")
        XCTAssertEqual(h.citations, ["134 S.W.3d 757"])
        XCTAssertEqual(h.firstPage, "757")
        XCTAssertEqual(h.lastPage, "761")
        XCTAssertEqual(h.attorneys, ["Jack Kentner and Kevin M. Sloan, Lake Ozark, MO, for appellant.",
                                     "Marilyn Green and Cynthia Quetsch, Jefferson City, MO, for respondent."])
        XCTAssertEqual(h.judges, ["PARRISH, J., and BATES, J., concur."])
        XCTAssertEqual(h.opinions.map(\.type), ["majority"])
        XCTAssertEqual(h.opinions[0].author, "NANCY STEFFEN RAHMEYER, Chief Judge.")
        XCTAssertEqual(h.opinions[0].span.end, out.text.count - 1) // the opinion runs to the end, footnotes included
        XCTAssertEqual(h.footnotes.map(\.label), ["1", "2", "3", "4"])
        XCTAssertEqual(h.footnotes.map { $0.markSpans.count }, [1, 1, 1, 1])
        XCTAssertEqual(h.footnotes.map { slice(out, $0.markSpan) ?? "" }, ["[1]", "[2]", "[3]", "[4]"])
        // <page-number label="758"> … 761, and 760 again inside footnote 4
        XCTAssertEqual(h.pageMarkers.map(\.label), ["758", "759", "760", "761", "760"])
        let fn4 = h.footnotes[3].span
        XCTAssertTrue(fn4.start <= h.pageMarkers[4].offset && h.pageMarkers[4].offset < fn4.end)
        XCTAssertEqual(slice(out, h.pageMarkers[4].span), "*760")
        XCTAssertTrue(text(out).contains("denied benefits be *760 cause he placed"))
        // seven <blockquote>s outside the footnotes
        XCTAssertEqual(h.blockQuotes.count, 7)
        XCTAssertEqual(slice(out, h.blockQuotes[0]), "(1) That the commission acted without or in excess of its powers;")
    }

    /// CAP vendor CASEMETS: METS wrapper, <case> record metadata, casebody text.
    func testCAPMETSHomeInsVKirk() throws {
        let orig = try corpusFile("018_capstone_illappct_home_ins_v_kirk_1887.orig.xml")
        let expected = String(decoding: try corpusFile("018_capstone_illappct_home_ins_v_kirk_1887.txt"), as: UTF8.self)
        let out = FormatReader.read(orig)
        XCTAssertEqual(out.format, .capXML)
        XCTAssertEqual(out.diagnostics, [])
        XCTAssertEqual(text(out), expected)
        assertOffsetsMapBack(out, orig)
        // offsets point into the casebody inside the METS file, after the 9 KB header
        let casebody = try XCTUnwrap(String(decoding: orig, as: UTF8.self).utf8.firstIndex(of: UInt8(ascii: "<")).map { _ in
            orig.indices.first { orig[$0...].starts(with: Array("<casebody".utf8)) }! })
        XCTAssertGreaterThan(Int(out.offsets[0]), casebody)
        let h = out.hints
        XCTAssertEqual(h.caseName, "The Home Insurance Company of New York v. John Kirk, for use of William Kirk")
        XCTAssertEqual(h.caseNameShort, "Home Insurance Co. of New York v. Kirk")
        XCTAssertEqual(h.court, "Illinois Appellate Court")
        XCTAssertEqual(h.courtAbbreviation, "Ill. App. Ct.")
        XCTAssertEqual(h.jurisdiction, "Illinois")
        XCTAssertEqual(h.citations, ["23 Ill. App. 19"])
        XCTAssertEqual(h.decisionDate, "[Opinion filed May 27, 1887.]")
        XCTAssertEqual(h.decisionDateISO, "1887-05-27")
        XCTAssertEqual(h.docketNumbers, [])
        XCTAssertEqual(h.parties, ["The Home Insurance Company of New York v. John Kirk, for use of William Kirk."])
        XCTAssertEqual(h.attorneys, ["Mr. Walter Bennett, for appellant.", "Messrs. J. A. Biely and Barnes & Barnes, for appellee."])
        XCTAssertTrue(h.hasHeadnotes)
        XCTAssertTrue(h.hasSummary)
        XCTAssertEqual(h.firstPage, "19")
        XCTAssertEqual(h.lastPage, "24")
        XCTAssertEqual(h.opinions.map(\.type), ["majority"])
        XCTAssertEqual(h.opinions[0].author, "Lacey, J.")
        XCTAssertEqual(h.footnotes.count, 0)
        // no <page-number>: the pages come from the paragraphs' pgmap (image ORDER 15…20,
        // labelled 19…24 by the structure map), one marker where the page changes; the
        // appellee's attorneys stand on image 16 between lines of image 15
        XCTAssertEqual(h.pageMarkers.map(\.label), ["19", "20", "19", "20", "21", "22", "23", "24"])
        XCTAssertEqual(h.headMatter.map(\.kind), ["parties", "decisiondate", "attorneys", "attorneys", "summary", "history",
                                                  "headnotes", "headnotes", "headnotes", "headnotes"])
        XCTAssertEqual(h.paragraphs.count, 22)
        // "Barnes &amp; Barnes": the "&" maps to the entity
        let amp = try XCTUnwrap(text(out).range(of: "Barnes & Barnes"))
        let ampAt = text(out).utf8.distance(from: text(out).startIndex, to: amp.lowerBound) + 7
        XCTAssertEqual(String(decoding: orig[Int(out.offsets[ampAt])..<Int(out.offsets[ampAt]) + 5], as: UTF8.self), "&amp;")
    }

    /// Fastcase vendor XML: the opinion is escaped HTML inside <CaseHtml>.
    func testFastcaseVendorXML() throws {
        let orig = try corpusFile("012_fastcase_ny_people_v_flowers.orig.xml")
        let out = FormatReader.read(orig)
        XCTAssertEqual(out.format, .capXML)
        assertOffsetsMapBack(out, orig)
        let t = text(out)
        XCTAssertTrue(t.hasPrefix("21 N.Y.3d 942\n990 N.E.2d 139\n968 N.Y.S.2d 5\n\nPeople\nv.\nLonnie Flowers *\n\nCourt of Appeals of New York"))
        XCTAssertTrue(t.contains("\n\n2d Dept.: 102 A.D.3d 885, 958 N.Y.S.2d 206 (Kings)\n\nRivera, J.\n\nDenied *.\n\n"))
        XCTAssertFalse(t.contains("&#160;"))
        XCTAssertFalse(t.contains("<p>"))
        let h = out.hints
        XCTAssertEqual(h.caseNameShort, "People v. Flowers")
        XCTAssertEqual(h.parties, ["People v. Lonnie Flowers"])
        XCTAssertEqual(h.court, "Court of Appeals of New York")
        XCTAssertEqual(h.courtAbbreviation, "N.Y.")
        XCTAssertEqual(h.decisionDateISO, "2013-05-14")
        XCTAssertEqual(h.citations, ["21 N.Y.3d 942", "990 N.E.2d 139", "968 N.Y.S.2d 5"])
        XCTAssertEqual(h.opinions.first?.author, "Rivera")
        // "&amp;#160;" × 8 indenting each paragraph is dropped; the first kept char maps into CaseHtml
        let denied = try XCTUnwrap(t.range(of: "Denied *."))
        let d = t.utf8.distance(from: t.startIndex, to: denied.lowerBound)
        XCTAssertEqual(orig[Int(out.offsets[d])], UInt8(ascii: "D"))
    }

    /// All structured originals of corpus-dev, when it is there: CAP HTML, CAP XML and
    /// CAP JSON give the corpus text exactly (017: one blank line, see above); the court
    /// web page (008) differs by its HTML comments, menu and footer, which the corpus text kept.
    func testSharedCorpusDev() throws {
        let dir = "/work/shared/corpus-dev"
        guard FileManager.default.fileExists(atPath: dir) else { throw XCTSkip("no \(dir)") }
        for f in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where f.contains(".orig.") && !f.hasSuffix(".pdf") {
            let stem = String(f[..<f.range(of: ".orig.")!.lowerBound])
            let orig = Array(try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(f)")))
            let expected = try String(contentsOfFile: "\(dir)/\(stem).txt", encoding: .utf8)
            let out = FormatReader.read(orig)
            assertOffsetsMapBack(out, orig)
            XCTAssertFalse(out.diagnostics.contains { $0.contains("approximate") }, "\(f): \(out.diagnostics)")
            if f.hasPrefix("008") {
                // the page's menus (<nav>: the links from "Home" to "Search", the breadcrumbs
                // "Home / All Court Decisions / Decisions") and footer (<footer>) are not read;
                // the corpus text kept them
                var e = expected
                for (open, close) in [("<a id=\"home\"", "All Court Decisions\n\nDecisions\n"), ("\nFooter\n", "End Footer")] {
                    if let a = e.range(of: open), let b = e.range(of: close, range: a.upperBound..<e.endIndex) {
                        e.replaceSubrange(a.lowerBound..<b.upperBound, with: "\n")
                    }
                }
                for comment in ["Adblock Banner", "End Main Navigation Menu", "Main Navigation Menu",
                                "<a id=\"home\" href=\"/reporter/index.shtml#main\">Home</a>",
                                "<a href=\"/../bing/reporter/reporter.shtml\">Search</a>", "&#128269;", "End Footer", "\nFooter\n"] {
                    e = e.replacingOccurrences(of: comment, with: "\n")
                }
                XCTAssertEqual(wsNormalized(text(out)), wsNormalized(e), f)
            } else if f.hasSuffix(".xml"), !f.hasPrefix("018") {
                // Fastcase vendor XML: other markup than the HTML the text was made from
                // (curly quotes, the reporter cites on top, "Notes:"), same words otherwise
                func words(_ t: String) -> [Substring] {
                    t.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
                        .replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "’", with: "'")
                        .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
                        .split(whereSeparator: { $0.isWhitespace })
                }
                let (e, g) = (words(expected), words(text(out)))
                XCTAssertGreaterThan(Double(Set(e).intersection(Set(g)).count), 0.95 * Double(Set(e).count), f)
                if f.hasPrefix("015") {
                    XCTAssertEqual(out.hints.footnotes.map(\.label), (1...20).map(String.init), f)
                    XCTAssertTrue(out.hints.footnotes.allSatisfy { $0.markSpans.count == 1 }, f)
                }
            } else if f.hasPrefix("017") {
                XCTAssertEqual(wsNormalized(text(out)), wsNormalized(expected), f)
            } else {
                XCTAssertEqual(text(out), expected, f)
            }
        }
    }

    /// A court web page: head, scripts and the menu (`<nav>`) left out (the title kept), comments dropped,
    /// block elements as paragraphs, <br> and table rows as lines, <pre> kept as is.
    func testGenericHTMLPage() throws {
        let page = """
            <!DOCTYPE html>
            <html><head><title>Doe v. Roe - 2024 NY Slip Op 1</title>
            <style>p { color: red; } /* <p>not text</p> */</style>
            <script>if (a < b && c > d) { document.write("<p>no</p>"); }</script></head>
            <body><!-- banner --><nav><a href="/">Home</a> <a href="/d">Decisions</a></nav>
            <div class="parties"><p>Doe, appellant,</p><p>v</p><p>Roe, respondent.</p></div>
            <p>Decided on April 1, 2024<br>
               Docket No. 1</p>
            <span class="page" aria-label="slip opinion page 1">[*1]</span>
            <p>The court held <i>Smith v. Jones</i>, 1 U.S. 1, that &ldquo;x&rdquo;&nbsp;&sect;&#160;5 <script>track()</script>applies.</p>
            <blockquote><p>Quoted text.</p></blockquote>
            <ul><li>One</li><li>Two</li></ul>
            <pre>  line one
              line two</pre>
            <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
            </body></html>
            """
        let bytes = Array(page.utf8)
        let out = FormatReader.read(bytes)
        XCTAssertEqual(out.format, .html)
        XCTAssertEqual(text(out), """
            Doe v. Roe - 2024 NY Slip Op 1

            Doe, appellant,

            v

            Roe, respondent.

            Decided on April 1, 2024
            Docket No. 1

            [*1]

            The court held Smith v. Jones, 1 U.S. 1, that “x”\u{A0}§\u{A0}5 applies.

                Quoted text.

            One

            Two

              line one
              line two

            A B
            1 2

            """)
        assertOffsetsMapBack(out, bytes)
        XCTAssertEqual(out.hints.parties, ["Doe, appellant, v Roe, respondent."])
        XCTAssertEqual(out.hints.pageMarkers.map(\.label), ["1"])
        XCTAssertEqual(slice(out, out.hints.pageMarkers.first?.span), "[*1]")
        XCTAssertEqual(out.hints.blockQuotes.map { slice(out, $0) ?? "" }, ["Quoted text."])
        let paragraphs = out.hints.paragraphs.map { slice(out, $0) ?? "" }
        XCTAssertTrue(paragraphs.contains("The court held Smith v. Jones, 1 U.S. 1, that “x”\u{A0}§\u{A0}5 applies."), "\(paragraphs)")
        XCTAssertTrue(paragraphs.contains("Doe, appellant,"))
        XCTAssertFalse(paragraphs.contains { $0.contains("Roe, respondent.") && $0.contains("Doe") })
        XCTAssertEqual(out.hints.opinions.count, 0)
    }

    // MARK: JSON forms

    /// A CourtListener opinion object (fields as in CL's REST API), HTML body with
    /// star pagination and a footnote; metadata from the object.
    func testCourtListenerOpinionJSON() throws {
        let json = #"""
        {"id": 4242, "type": "040dissent", "author_str": "Smith", "per_curiam": false,
         "html_with_citations": "<div><p>The court erred. See <a href=\"/opinion/1/x/\">Roe v. Wade, 410 U.S. 113</a>, 120 (1973).<sup><a href=\"#fn1\" id=\"fnref1\">1</a></sup> It <span class=\"star-pagination\">*12</span>follows &amp; so on.</p><div class=\"footnotes\"><div class=\"footnote\" id=\"fn1\"><a href=\"#fnref1\">1</a> <p>A note \u201cquoted\u201d.</p></div></div></div>",
         "plain_text": "", "case_name": "Doe v. Roe", "docket_number": "No. 12-345", "date_filed": "2001-02-03"}
        """#
        let bytes = Array(json.utf8)
        XCTAssertEqual(FormatReader.detect(bytes), .capJSON)
        let out = FormatReader.read(bytes)
        XCTAssertEqual(out.diagnostics, [])
        XCTAssertEqual(text(out), """
            The court erred. See Roe v. Wade, 410 U.S. 113, 120 (1973).[1] It *12 follows & so on.

            --------------------

            [1] A note “quoted”.

            """)
        assertOffsetsMapBack(out, bytes)
        let h = out.hints
        XCTAssertEqual(h.caseName, "Doe v. Roe")
        XCTAssertEqual(h.docketNumbers, ["No. 12-345"])
        XCTAssertEqual(h.decisionDateISO, "2001-02-03")
        XCTAssertEqual(h.opinions.map(\.type), ["dissent"])
        XCTAssertEqual(h.opinions.first?.author, "Smith")
        XCTAssertEqual(h.pageMarkers.map(\.label), ["12"])
        XCTAssertEqual(h.footnotes.map(\.label), ["1"])
        XCTAssertEqual(slice(out, h.footnotes.first?.markSpan), "[1]")
        // "&amp;" inside the JSON string: the "&" maps to the entity in the JSON bytes
        let amp = text(out).utf8.firstIndex(of: UInt8(ascii: "&"))!
        let o = Int(out.offsets[text(out).utf8.distance(from: text(out).utf8.startIndex, to: amp)])
        XCTAssertEqual(String(decoding: bytes[o..<o + 5], as: UTF8.self), "&amp;")
    }

    /// CourtListener's Columbia-style markup: <footnote_mark>, <footnote_body> with a
    /// back link in <sup>, star pagination with a number attribute.
    func testColumbiaStyleFootnotes() throws {
        let html = ##"<div><p>We so hold.<footnote_mark><a href="#fn2">2</a></footnote_mark> See <span class="star-pagination" number="88">*88</span>id.</p><footnote_body><sup id="fn2"><a href="#ref2">2</a></sup> The note, &sect; 3.</footnote_body></div>"##
        let encoded = String(decoding: try JSONSerialization.data(withJSONObject: html, options: [.fragmentsAllowed]), as: UTF8.self)
        let json = Array(("{\"html_columbia\": " + encoded + ", \"type\": \"010combined\"}").utf8)
        let out = FormatReader.read(json)
        XCTAssertEqual(text(out), "We so hold.[2] See *88 id.\n\n--------------------\n\n[2] The note, § 3.\n")
        assertOffsetsMapBack(out, json)
        XCTAssertEqual(out.hints.footnotes.map(\.label), ["2"])
        XCTAssertEqual(slice(out, out.hints.footnotes.first?.markSpan), "[2]")
        XCTAssertEqual(out.hints.pageMarkers.map(\.label), ["88"])
        XCTAssertEqual(out.hints.opinions.map(\.type), ["combined"])
    }

    /// CourtListener plain_text is kept verbatim (its line breaks and form feeds are layout).
    func testCourtListenerPlainText() throws {
        let json = #"{"id": 7, "plain_text": "UNITED STATES DISTRICT COURT\n\n  Smith v. Jones, 1 U.S. 1 (1801).\f\nPage 2\n", "html": ""}"#
        let out = FormatReader.read(Array(json.utf8))
        XCTAssertEqual(text(out), "UNITED STATES DISTRICT COURT\n\n  Smith v. Jones, 1 U.S. 1 (1801).\u{0C}\nPage 2\n")
        assertOffsetsMapBack(out, Array(json.utf8))
    }

    /// CAP "text" body format: head_matter and opinions[] with type, author and text.
    func testCAPStructuredCasebody() throws {
        let json = #"""
        {"id": 1, "name": "A v. B", "decision_date": "1990-01-02", "docket_number": "No. 5",
         "court": {"name": "Supreme Court of Somewhere", "name_abbreviation": "Some."},
         "citations": [{"type": "official", "cite": "1 Some. 2"}],
         "casebody": {"judges": ["X, J."], "parties": ["A, Appellant, v. B, Appellee."], "attorneys": ["C for A."],
           "head_matter": "A, Appellant, v. B, Appellee.\nNo. 5.\nC for A.",
           "opinions": [{"type": "majority", "author": "X, J.", "text": "X, J.\nWe affirm. See 3 U.S. 4.\nAffirmed."},
                        {"type": "dissent", "author": "Y, J.", "text": "Y, J., dissenting.\nI would reverse."}]}}
        """#
        let bytes = Array(json.utf8)
        let out = FormatReader.read(bytes)
        XCTAssertEqual(text(out), "A, Appellant, v. B, Appellee.\n\nNo. 5.\n\nC for A.\n\nX, J.\n\nWe affirm. See 3 U.S. 4.\n\nAffirmed.\n\nY, J., dissenting.\n\nI would reverse.\n")
        assertOffsetsMapBack(out, bytes)
        let h = out.hints
        XCTAssertEqual(h.opinions.map(\.type), ["majority", "dissent"])
        XCTAssertEqual(h.opinions.map(\.normalizedType), ["majority", "dissent"])
        XCTAssertEqual(h.opinions.map { $0.author ?? "" }, ["X, J.", "Y, J."])
        XCTAssertEqual(slice(out, h.opinions[1].span), "Y, J., dissenting.\n\nI would reverse.")
        XCTAssertEqual(h.parties, ["A, Appellant, v. B, Appellee."])
        XCTAssertEqual(h.judges, ["X, J."])
        XCTAssertEqual(h.court, "Supreme Court of Somewhere")
        XCTAssertEqual(h.courtAbbreviation, "Some.")
        XCTAssertEqual(h.citations, ["1 Some. 2"])
        XCTAssertEqual(h.decisionDateISO, "1990-01-02")
        XCTAssertEqual(h.caseName, "A v. B")
        XCTAssertEqual(h.paragraphs.count, 8)
    }

    /// Opinions inlined as an array (COLD Cases style): one body per opinion.
    func testOpinionsArrayJSON() throws {
        let json = #"""
        {"id": 9, "case_name": "P v. Q", "court_full_name": "Court of Appeals", "opinions": [
          {"type": "020lead", "author_str": "Lee", "opinion_text": "Lead opinion text."},
          {"type": "030concurrence", "author_str": "Kim", "html": "<p>I concur.</p>"}]}
        """#
        let bytes = Array(json.utf8)
        XCTAssertEqual(FormatReader.detect(bytes), .capJSON)
        let out = FormatReader.read(bytes)
        XCTAssertEqual(text(out), "Lead opinion text.\n\nI concur.\n")
        assertOffsetsMapBack(out, bytes)
        XCTAssertEqual(out.hints.opinions.map(\.type), ["lead", "concurrence"])
        XCTAssertEqual(out.hints.opinions.map(\.normalizedType), ["majority", "concurrence"])
        XCTAssertEqual(out.hints.opinions.map { $0.author ?? "" }, ["Lee", "Kim"])
        XCTAssertEqual(slice(out, out.hints.opinions[1].span), "I concur.")
        XCTAssertEqual(out.hints.court, "Court of Appeals")
    }

    // MARK: Pipeline

    /// The working text is laid out so that the text pipeline finds the same star pages
    /// and footnotes as the markup states (before any use of the hints).
    func testLayoutOfWorkingTextAgreesWithHints() throws {
        for name in ["015_fastcase_gactapp_in_re_knc.orig.html", "017_courtlistener_moctapp_wester_v_dept_labor.orig.json"] {
            let out = FormatReader.read(try corpusFile(name))
            let layout = PageLayout.detect(text: out.text, tokens: Lexer.tokenize(out.text))
            // the layout counts "*553" pages; "**476" (a parallel reporter's pages) only the hints have
            let single = out.hints.pageMarkers.filter { !(slice(out, $0.span) ?? "").hasPrefix("**") }
            XCTAssertEqual(layout.starPages.map(\.offset), single.map(\.offset), name)
            XCTAssertEqual(layout.starPages.map { String($0.page) }, single.map(\.label), name)
            XCTAssertEqual(layout.footnotes.map(\.label), out.hints.footnotes.map(\.label), name)
            XCTAssertEqual(layout.footnotes.map(\.span.start), out.hints.footnotes.map(\.span.start), name)
        }
    }

    /// Through the whole pipeline: citations found in the markup's text, their spans
    /// mapped back to the original JSON bytes, pages and footnotes from the markup.
    func testPipelineOnCAPJSON() throws {
        let orig = try corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
        let doc = Pincite.parse(bytes: orig)
        XCTAssertEqual(doc.source.encoding, .markup)
        let cite = try XCTUnwrap(doc.citations.first { $0.volume == "106" && $0.page == "536" })
        XCTAssertEqual(doc.source.string(cite.span.start, cite.span.end).hasPrefix("Dixon v. Div. of Employment Sec., 106 S.W.3d 536, 539"), true)
        // in the JSON: <em>Dixon v. Div. of Employment Sec., </em><extracted-citation …>106 S.W.3d 536</extracted-citation>, 539
        let start = doc.source.original(cite.span.start)
        XCTAssertEqual(String(decoding: orig[start..<(start + 13)], as: UTF8.self), "Dixon v. Div.")
        let end = doc.source.original(cite.span.end)
        XCTAssertTrue(String(decoding: orig[start..<end], as: UTF8.self).contains("<extracted-citation"))
        XCTAssertEqual(cite.location.page, 758)
        let inNote = try XCTUnwrap(doc.citations.first { $0.volume == "674" && $0.page == "69" })
        XCTAssertEqual(inNote.location.footnote, "4")
        XCTAssertEqual(doc.tree.footnotes.map(\.label), ["1", "2", "3", "4"])
        XCTAssertEqual(doc.tree.opinions.map(\.type), ["majority"])
        // <docketnumber>No. 25741.</docketnumber>: the bare number, as the plain text's caption gives it
        XCTAssertEqual(doc.tree.caption.docket, "25741")
        XCTAssertEqual(doc.tree.caption.date, "2004-05-21")
        // the JSON export maps spans to the original bytes
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(doc.jsonBytes())) as? [String: Any])
        let source = try XCTUnwrap(json["source"] as? [String: Any])
        XCTAssertEqual(source["encoding"] as? String, "markup")
    }

    /// CDATA, CR LF line ends, casebody.data as CAP HTML, a top-level JSON array, a
    /// casebody without text.
    func testOtherShapes() throws {
        let crlf = Array("<casebody firstpage=\"5\">\r\n<parties>A v.\r\nB</parties>\r\n<opinion type=\"per-curiam\"><p><![CDATA[Per curiam: 1 U.S. 1 & <b>]]> affirmed.</p></opinion></casebody>\r\n".utf8)
        let x = FormatReader.read(crlf)
        XCTAssertEqual(text(x), "A v. B\n\nPer curiam: 1 U.S. 1 & <b> affirmed.\n")
        assertOffsetsMapBack(x, crlf)
        XCTAssertEqual(x.hints.opinions.map(\.normalizedType), ["per_curiam"])
        XCTAssertEqual(x.hints.firstPage, "5")

        let html = ##"<section class=\"casebody\" data-firstpage=\"7\"><section class=\"head-matter\"><h4 class=\"parties\">C v. D</h4></section><article class=\"opinion\" data-type=\"concurrence\"><p class=\"author\">E, J., concurring.</p><p>Text.<a class=\"footnotemark\" href=\"#footnote_1_1\" id=\"ref_footnote_1_1\">1</a></p><aside data-label=\"1\" class=\"footnote\" id=\"footnote_1_1\"><a href=\"#ref_footnote_1_1\">1</a><p>Note.</p></aside></article></section>"##
        let arr = Array(("[{\"id\": 3, \"name\": \"C v. D\", \"casebody\": {\"status\": \"ok\", \"data\": \"" + html + "\"}}]").utf8)
        XCTAssertEqual(FormatReader.detect(arr), .capJSON)
        let a = FormatReader.read(arr)
        XCTAssertEqual(text(a), "C v. D\n\nE, J., concurring.\n\nText.[1]\n\n--------------------\n\n[1] Note.\n")
        assertOffsetsMapBack(a, arr)
        XCTAssertEqual(a.hints.parties, ["C v. D"])
        XCTAssertEqual(a.hints.caseName, "C v. D")
        XCTAssertEqual(a.hints.opinions.first?.author, "E, J., concurring.")
        XCTAssertEqual(a.hints.footnotes.first?.markSpans.count, 1)

        let none = Array(#"{"id": 4, "name": "F v. G", "casebody": {"status": "error_auth", "data": null}}"#.utf8)
        let n = FormatReader.read(none)
        XCTAssertTrue(n.diagnostics.contains { $0.contains("no opinion text") }, "\(n.diagnostics)")
        XCTAssertEqual(n.hints.caseName, "F v. G")
    }

    // MARK: SourceText

    func testSourceTextFromReaderOutput() throws {
        let orig = try corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
        let out = FormatReader.read(orig)
        let source = SourceText(out, original: orig)
        XCTAssertEqual(source.encoding, .markup)
        XCTAssertEqual(source.text, out.text)
        XCTAssertEqual(source.originalCount, orig.count)
        for i in stride(from: 0, to: out.text.count, by: 97) { XCTAssertEqual(source.original(i), Int(out.offsets[i])) }
        XCTAssertEqual(source.original(out.text.count), orig.count)
        let plain = Array("Smith v. Jones".utf8)
        let p = SourceText(FormatReader.read(plain, as: .text), original: plain)
        XCTAssertEqual(p.encoding, .utf8)
        XCTAssertEqual(p.text, plain)
        // a map of the wrong length is cut or padded
        let s = SourceText(transcoded: Array("abc".utf8), offsets: [5], original: Array("0123456789".utf8))
        XCTAssertEqual([s.original(0), s.original(1), s.original(2)], [5, 10, 10])
    }

    // MARK: Encodings

    func testWindows1252AndUTF16HTML() throws {
        // "§ 1983" with § as Windows-1252 byte 0xA7, inside HTML
        var cp: [UInt8] = Array("<html><body><p>42 U.S.C. ".utf8)
        cp.append(0xA7)
        cp.append(contentsOf: Array(" 1983 &amp; more</p></body></html>".utf8))
        let out = FormatReader.read(cp, as: .html)
        XCTAssertEqual(text(out), "42 U.S.C. § 1983 & more\n")
        XCTAssertTrue(out.diagnostics.contains { $0.contains("windows-1252") })
        let sect = 10 // "42 U.S.C. " is 10 bytes; "§" is 2 bytes in the working text
        XCTAssertEqual(Int(out.offsets[sect]), 25)
        XCTAssertEqual(Int(out.offsets[sect + 1]), 25)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<p>Roe v. Wade</p>".utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        let o16 = FormatReader.read(utf16)
        XCTAssertEqual(text(o16), "Roe v. Wade\n")
        XCTAssertEqual(Int(o16.offsets[0]), 2 + 3 * 2) // after the BOM and "<p>"
        // XML that declares ISO-8859-1 but is UTF-8 in fact: read as UTF-8
        let latin = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><casebody><p>Justice’s § 5</p></casebody>".utf8)
        XCTAssertEqual(text(FormatReader.read(latin)), "Justice’s § 5\n")
    }

    // MARK: Bad input

    func testHTMLSoup() throws {
        let soup = "<html><body><div><p>Smith v. Jones, 1 U.S. 1 <b>bold <i>both</b> still italic<p>next para <table><tr><td>cell one<td>cell two<tr><td>row two</table> <a href=x>broken link &bogus; &amp &#xZZ; tail < 5 and > 3 </div></span></html> trailing text"
        let bytes = Array(soup.utf8)
        XCTAssertEqual(FormatReader.detect(bytes), .html)
        let out = FormatReader.read(bytes)
        let t = text(out)
        XCTAssertTrue(t.hasPrefix("Smith v. Jones, 1 U.S. 1 bold both still italic\n\nnext para"), t)
        XCTAssertTrue(t.contains("cell one cell two\nrow two"), t)
        // libxml2 leaves "&amp" without ";" as it is and drops the broken "&#x"
        XCTAssertTrue(t.contains("broken link &bogus; &amp ZZ; tail"), t)
        XCTAssertTrue(t.contains("tail < 5 and > 3"), t)
        XCTAssertTrue(t.contains("trailing text"), t)
        XCTAssertFalse(out.diagnostics.isEmpty)
        assertOffsetsMapBack(out, bytes)
        // an attribute quote that never closes swallows the rest, as in a browser
        let open = FormatReader.read(Array("<p>Before <a href='x>lost</a></p>".utf8), as: .html)
        XCTAssertEqual(text(open), "Before\n")
        // 20,000 unclosed <div>s: libxml2 stops at depth 256; the text is read with tags stripped
        let deep = Array((String(repeating: "<div><span>", count: 20_000) + "deep &amp; text").utf8)
        let d = FormatReader.read(deep, as: .html)
        XCTAssertEqual(text(d), "deep & text\n")
        XCTAssertTrue(d.diagnostics.contains { $0.contains("gave up") }, "\(d.diagnostics)")
        assertOffsetsMapBack(d, deep)
        let dx = FormatReader.read(deep, as: .capXML)
        XCTAssertEqual(text(dx), "deep & text\n")
    }

    func testTruncatedCAPJSON() throws {
        let orig = try corpusFile("017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
        let full = text(FormatReader.read(orig))
        // cut in the middle of casebody.data (after "*759")
        let cut = Array(orig.prefix(orig.count * 7 / 10))
        XCTAssertEqual(FormatReader.detect(cut), .capJSON)
        let out = FormatReader.read(cut)
        XCTAssertTrue(out.diagnostics.contains { $0.contains("JSON is not valid") }, "\(out.diagnostics)")
        XCTAssertTrue(out.diagnostics.contains { $0.contains("cut off") }, "\(out.diagnostics)")
        let t = text(out)
        XCTAssertTrue(t.hasPrefix("Tina WESTER, Plaintiff-Appellant"))
        XCTAssertGreaterThan(t.utf8.count, 2000)
        // what is there is the beginning of the full text
        let head = String(t.prefix(1500))
        XCTAssertTrue(full.hasPrefix(head))
        assertOffsetsMapBack(out, cut)
        // metadata salvaged from the scanned strings
        XCTAssertEqual(out.hints.caseNameShort, "Wester v. Missouri Department of Labor & Industrial Relations")
        XCTAssertEqual(out.hints.decisionDateISO, "2004-05-21")
        // cut inside a \u escape and a surrogate pair
        for cut in [#"{"casebody": {"data": "<casebody><p>He said \u201chello\u20"#, #"{"plain_text": "x \ud83d\ude00 y \ud83d"#] {
            let o = FormatReader.read(Array(cut.utf8), as: .capJSON)
            XCTAssertFalse(o.text.isEmpty, cut)
            XCTAssertTrue(o.diagnostics.contains { $0.contains("cut off") }, "\(o.diagnostics)")
            assertOffsetsMapBack(o, Array(cut.utf8))
        }
        // garbage
        for junk in ["{", "{\"casebody\": ", "{\"casebody\": {\"data\": \"", "{\"a\": [1, 2", "{]}", "[[[[[[", "{\"casebody\": 5}"] {
            let o = FormatReader.read(Array(junk.utf8), as: .capJSON)
            XCTAssertFalse(o.diagnostics.isEmpty, junk)
        }
    }

    func testXXEIsNotExpanded() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE casebody [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY net SYSTEM "http://127.0.0.1:9/evil.dtd">
              <!ENTITY % remote SYSTEM "file:///etc/hostname">
              %remote;
            ]>
            <casebody><p>Before &xxe; middle &net; after.</p></casebody>
            """
        let bytes = Array(xxe.utf8)
        XCTAssertEqual(FormatReader.detect(bytes), .capXML)
        let start = Date()
        let out = FormatReader.read(bytes)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        let t = text(out)
        XCTAssertFalse(t.contains("root:"), t)
        XCTAssertEqual(wsNormalized(t), "Before middle after.")
        XCTAssertTrue(out.diagnostics.contains { $0.contains("not expanded") }, "\(out.diagnostics)")
        assertOffsetsMapBack(out, bytes)
        // " after." is found in the source behind the entity references
        let after = t.utf8.count - 7
        XCTAssertEqual(String(decoding: bytes[Int(out.offsets[after])..<Int(out.offsets[after]) + 6], as: UTF8.self), "after.")
    }

    func testBillionLaughs() throws {
        var doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        doc += " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for k in 2...9 { doc += " <!ENTITY lol\(k) \"" + String(repeating: "&lol\(k - 1);", count: 10) + "\">\n" }
        doc += "]>\n<casebody><p>Opinion &lol9; text.</p></casebody>\n"
        let bytes = Array(doc.utf8)
        let start = Date()
        let out = FormatReader.read(bytes, as: .capXML)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertLessThan(out.text.count, 1000)
        XCTAssertFalse(text(out).contains("lollollol"))
        XCTAssertFalse(out.diagnostics.isEmpty)
        // and as HTML (no DTD processing at all)
        let h = FormatReader.read(bytes, as: .html)
        XCTAssertLessThan(h.text.count, 10_000)
    }

    func testLargeTable() throws {
        // ~5 MB: 40,000 rows of 4 cells
        var html = "<html><body><table>\n"
        html.reserveCapacity(5_200_000)
        for r in 0..<40_000 {
            html += "<tr><td>Row \(r)</td><td>Smith v. Jones, \(r) U.S. \(r % 997)</td><td>&sect; \(r)</td><td class=\"c\">text &amp; more text here</td></tr>\n"
        }
        html += "</table></body></html>"
        let bytes = Array(html.utf8)
        XCTAssertGreaterThan(bytes.count, 4_500_000)
        let start = Date()
        let out = FormatReader.read(bytes)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, 60, "debug build")
        let t = text(out)
        XCTAssertTrue(t.hasPrefix("Row 0 Smith v. Jones, 0 U.S. 0 § 0 text & more text here\nRow 1 "), String(t.prefix(200)))
        XCTAssertTrue(t.contains("\nRow 39999 Smith v. Jones, 39999 U.S. 119 § 39999 text & more text here\n"))
        XCTAssertFalse(out.diagnostics.contains { $0.contains("approximate") })
        // spot-check the map on the last row
        let last = t.range(of: "Row 39999")!
        let i = t.utf8.distance(from: t.startIndex, to: last.lowerBound)
        XCTAssertEqual(String(decoding: bytes[Int(out.offsets[i])..<Int(out.offsets[i]) + 9], as: UTF8.self), "Row 39999")
        let sect = t.range(of: "§ 39999")!
        let j = t.utf8.distance(from: t.startIndex, to: sect.lowerBound)
        XCTAssertEqual(String(decoding: bytes[Int(out.offsets[j])..<Int(out.offsets[j]) + 6], as: UTF8.self), "&sect;")
    }

    func testBinaryAndEmpty() throws {
        var rng: UInt64 = 0x9E3779B97F4A7C15
        var junk: [UInt8] = []
        for _ in 0..<200_000 {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            junk.append(UInt8(truncatingIfNeeded: rng >> 56))
        }
        XCTAssertEqual(FormatReader.detect(junk), .text)
        for format in InputFormat.allCases {
            let out = FormatReader.read(junk, as: format)
            XCTAssertEqual(out.offsets.count, out.text.count)
            XCTAssertFalse(out.text.contains(0))
            XCTAssertTrue(out.offsets.allSatisfy { $0 >= 0 && Int($0) <= junk.count })
            XCTAssertTrue(out.diagnostics.contains { $0.contains("binary") }, "\(format): \(out.diagnostics)")
            let empty = FormatReader.read([], as: format)
            XCTAssertEqual(empty.text, [])
            XCTAssertEqual(empty.offsets, [])
        }
        // binary behind a tag
        let tagged = Array("<casebody><p>".utf8) + junk.prefix(5000) + Array("</p></casebody>".utf8)
        let out = FormatReader.read(tagged, as: .capXML)
        XCTAssertEqual(out.offsets.count, out.text.count)
        XCTAssertFalse(out.diagnostics.isEmpty)
    }

}

/// Compact description of the hints with the working text of each span.
func describeHints(_ out: ReaderOutput) -> String {
    let t = out.text
    func s(_ sp: Span?, _ max: Int = 60) -> String {
        guard let sp else { return "nil" }
        let a = Swift.max(0, Swift.min(sp.start, t.count)), b = Swift.max(a, Swift.min(sp.end, t.count))
        var str = String(decoding: t[a..<b], as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎")
        if str.count > max { str = String(str.prefix(max / 2)) + "…" + String(str.suffix(max / 2)) }
        return "\(sp.start)-\(sp.end) «\(str)»"
    }
    let h = out.hints
    var o = "format: \(out.format.rawValue)\n"
    o += "caseName: \(h.caseName ?? "nil") | short: \(h.caseNameShort ?? "nil")\n"
    o += "parties: \(h.parties)\ndockets: \(h.docketNumbers)\ncourt: \(h.court ?? "nil") | abbr: \(h.courtAbbreviation ?? "nil") | juris: \(h.jurisdiction ?? "nil")\n"
    o += "date: \(h.decisionDate ?? "nil") | iso: \(h.decisionDateISO ?? "nil") | other: \(h.otherDates)\n"
    o += "judges: \(h.judges)\nattorneys: \(h.attorneys)\n"
    o += "citations: \(h.citations) pages \(h.firstPage ?? "-")-\(h.lastPage ?? "-") headnotes \(h.hasHeadnotes) summary \(h.hasSummary)\n"
    for x in h.headMatter { o += "head \(x.kind): \(s(x.span))\n" }
    for x in h.opinions { o += "opinion \(x.type) author=\(x.author ?? "nil") authorSpan=\(s(x.authorSpan)) span=\(s(x.span))\n" }
    o += "pages: " + h.pageMarkers.map { "\($0.label)@\($0.offset) \(s($0.span, 12))" }.joined(separator: " ") + "\n"
    for x in h.footnotes { o += "fn \(x.label) op=\(x.opinion.map(String.init) ?? "-") body=\(s(x.span)) marks=\(x.markSpans.map { s($0, 10) })\n" }
    o += "paragraphs: \(h.paragraphs.count) first=\(s(h.paragraphs.first)) last=\(s(h.paragraphs.last))\n"
    for x in h.blockQuotes { o += "bq \(s(x))\n" }
    o += "diagnostics: \(out.diagnostics)\n"
    return o
}
