// Holds the quality floors of the core issue on the hand-checked Janfeshan gold
// (Corpus/janfeshan/janfeshan.gold.json): citation recall and precision, the
// per-field accuracies, and no over-extraction of the 31 textual references.
// Matching follows ../shared/tools/score.py: one-to-one greedy matching by span
// overlap (Jaccard, at least 30% cover), kinds compared by family.

import Foundation
import XCTest
@testable import Pincite

final class JanfeshanGoldTests: XCTestCase {
    struct Gold {
        let citations: [[String: Any]]
        let textual: [[String: Any]]
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/janfeshan")

    func loadGold() throws -> (Gold, Document) {
        let goldData = try Data(contentsOf: Self.corpus.appendingPathComponent("janfeshan.gold.json"))
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let gold = Gold(citations: obj["citations"] as? [[String: Any]] ?? [],
                        textual: obj["textual_references"] as? [[String: Any]] ?? [])
        let text = try Data(contentsOf: Self.corpus.appendingPathComponent("janfeshan.txt"))
        return (gold, Pincite.parse(bytes: [UInt8](text), name: "janfeshan.txt"))
    }

    static func span(_ g: [String: Any]) -> (Int, Int) {
        let a = g["span"] as? [Int] ?? [0, 0]
        return (a[0], a[1])
    }

    /// score.py's matching: pairs sorted by Jaccard (+1 for equal volume, +0.5 more for equal page).
    static func match(_ gold: [(Int, Int)], _ pred: [(Int, Int)], goldVolPage: [(String?, String?)] = [],
                      predVolPage: [(String?, String?)] = [], minCover: Double = 0.3) -> [Int: Int] {
        var pairs: [(Double, Int, Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in pred.enumerated() {
                let ov = min(g.1, p.1) - max(g.0, p.0)
                guard ov > 0 else { continue }
                let cover = max(Double(ov) / Double(max(1, g.1 - g.0)), Double(ov) / Double(max(1, p.1 - p.0)))
                guard cover >= minCover else { continue }
                var jac = Double(ov) / Double(max(g.1, p.1) - min(g.0, p.0))
                if gi < goldVolPage.count, pi < predVolPage.count, let v = goldVolPage[gi].0, v == predVolPage[pi].0 {
                    jac += 1
                    if let pg = goldVolPage[gi].1, pg == predVolPage[pi].1 { jac += 0.5 }
                }
                pairs.append((jac, gi, pi))
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1 != $1.1 ? $0.1 > $1.1 : $0.2 > $1.2) }
        var g2p: [Int: Int] = [:], used: Set<Int> = []
        for (_, gi, pi) in pairs where g2p[gi] == nil && !used.contains(pi) { g2p[gi] = pi; used.insert(pi) }
        return g2p
    }

    static func squash(_ s: String?) -> String? {
        guard let s = s else { return nil }
        var t = s.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
        t = t.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        while let l = t.last, l == "," || l == ";" { t.removeLast() }
        return t.lowercased()
    }

    static func noDotsSpaces(_ s: String?) -> String? {
        squash(s).map { String($0.filter { $0 != "." && $0 != " " }) }
    }

    func testCitationFloorsOnJanfeshanGold() throws {
        let (gold, doc) = try loadGold()
        let cites = doc.citations
        let gSpans = gold.citations.map(Self.span)
        let pSpans = cites.map { (doc.source.original($0.span.start), doc.source.original($0.span.end)) }
        let g2p = Self.match(gSpans, pSpans,
                             goldVolPage: gold.citations.map { ($0["volume"] as? String, $0["page"] as? String) },
                             predVolPage: cites.map { ($0.volume, $0.page) })
        let p2g = Dictionary(uniqueKeysWithValues: g2p.map { ($1, $0) })
        let recall = Double(g2p.count) / Double(gold.citations.count)
        let precision = Double(g2p.count) / Double(max(1, cites.count))
        var right: [String: Int] = [:], asked: [String: Int] = [:]
        func check(_ field: String, _ g: String?, _ p: String?, _ norm: (String?) -> String? = JanfeshanGoldTests.squash) {
            guard let g = g else { return }
            asked[field, default: 0] += 1
            if let p = p, norm(g) == norm(p) { right[field, default: 0] += 1 }
        }
        let family: (String) -> String = { ["statute", "regulation", "rule", "constitution"].contains($0) ? "law" : $0 }
        var kindRight = 0
        for (gi, pi) in g2p {
            let g = gold.citations[gi], c = cites[pi]
            if family(g["kind"] as? String ?? "") == family(c.kind.rawValue) { kindRight += 1 }
            check("volume", g["volume"] as? String, c.volume)
            check("reporter", g["reporter"] as? String, c.reporter, Self.noDotsSpaces)
            check("page", g["page"] as? String, c.page)
            check("pincite", g["pincite"] as? String, c.pincite) { Self.squash($0).map { String($0.filter { $0 != " " }) } }
            check("court", g["court"] as? String, c.court, Self.noDotsSpaces)
            if let date = g["date"] as? String, let y = date.split(separator: " ").last.map(String.init) {
                check("year", y.filter(\.isNumber), c.year.map(String.init))
            }
            let name = g["case_name"] as? [String: Any]
            check("plaintiff", name?["plaintiff"] as? String, c.caseName?.plaintiff)
            check("defendant", name?["defendant"] as? String, c.caseName?.defendant)
            check("signal", g["signal"] as? String, c.signal)
            for rel in ["antecedent", "nested_in"] {
                guard let target = g[rel] as? Int else { continue }
                asked[rel, default: 0] += 1
                let p = rel == "antecedent" ? c.antecedent : c.nestedIn
                if let p = p, p2g[p] == target { right[rel, default: 0] += 1 }
            }
        }
        func acc(_ f: String) -> Double { Double(right[f, default: 0]) / Double(max(1, asked[f, default: 0])) }
        let report = ["recall": recall, "precision": precision].merging(
            ["volume", "reporter", "page", "pincite", "court", "year", "signal", "antecedent", "nested_in", "plaintiff", "defendant"]
                .map { ($0, acc($0)) }, uniquingKeysWith: { a, _ in a })
        print("Janfeshan gold:", report.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.4f", $0.value))" }.joined(separator: " "))

        XCTAssertGreaterThanOrEqual(recall, 0.97)
        XCTAssertGreaterThanOrEqual(precision, 0.97)
        XCTAssertGreaterThanOrEqual(Double(kindRight) / Double(max(1, g2p.count)), 0.97, "kind by family")
        for f in ["volume", "reporter", "page"] { XCTAssertGreaterThanOrEqual(acc(f), 0.99, f) }
        for f in ["pincite", "court", "year", "signal", "antecedent", "nested_in"] { XCTAssertGreaterThanOrEqual(acc(f), 0.95, f) }
        for f in ["plaintiff", "defendant"] { XCTAssertGreaterThanOrEqual(acc(f), 0.90, f) }

        // none of the textual references (mentions that are not citations) may be reported
        let matched = Set(g2p.values)
        let unmatched = cites.indices.filter { !matched.contains($0) }
        let textual = Self.match(gold.textual.map(Self.span), unmatched.map { pSpans[$0] }, minCover: 0.5)
        XCTAssertEqual(textual.count, 0, "textual references taken as citations")
    }
}

/// The opinion tree of the Janfeshan order against its gold: sections with
/// numbers and levels, footnotes with marker positions and pages, the block
/// quote, the pages, and the caption fields.
final class JanfeshanStructureTests: XCTestCase {
    func testStructureMatchesGold() throws {
        let goldData = try Data(contentsOf: JanfeshanGoldTests.corpus.appendingPathComponent("janfeshan.gold.json"))
        let gold = try XCTUnwrap(JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let text = try Data(contentsOf: JanfeshanGoldTests.corpus.appendingPathComponent("janfeshan.txt"))
        let doc = Pincite.parse(bytes: [UInt8](text), name: "janfeshan.txt")
        let tree = doc.tree

        let gsec = try XCTUnwrap(gold["sections"] as? [[String: Any]])
        XCTAssertEqual(tree.sections.count, gsec.count)
        for (g, s) in zip(gsec, tree.sections) {
            XCTAssertEqual(s.heading, g["heading"] as? String)
            XCTAssertEqual(s.number, g["number"] as? String)
            XCTAssertEqual(s.level, g["level"] as? Int)
            XCTAssertEqual(s.parent, g["parent"] as? Int)
            XCTAssertEqual(s.page, g["opinion_page"] as? Int, s.heading)
        }

        let gfn = try XCTUnwrap(gold["footnotes"] as? [[String: Any]])
        XCTAssertEqual(tree.footnotes.count, gfn.count)
        for (g, f) in zip(gfn, tree.footnotes) {
            XCTAssertEqual(f.label, g["label"] as? String)
            XCTAssertEqual(f.page, g["page"] as? Int)
            let marker = try XCTUnwrap(g["marker_span"] as? [Int])
            XCTAssertEqual(f.markerSpan.map { doc.source.original($0.start) }, marker[0], "marker of footnote \(f.label)")
            let span = try XCTUnwrap(g["span"] as? [Int])
            let overlap = min(span[1], f.span.end) - max(span[0], f.span.start)
            XCTAssertGreaterThan(Double(overlap), 0.8 * Double(span[1] - span[0]), "body of footnote \(f.label)")
        }

        let gbq = try XCTUnwrap(gold["block_quotes"] as? [[String: Any]])
        XCTAssertEqual(tree.blockQuotes.count, gbq.count)
        if let q = tree.blockQuotes.first, let g = gbq.first?["span"] as? [Int] {
            XCTAssertEqual(q.span.start, g[0])
            XCTAssertEqual(q.page, 3)
        }

        XCTAssertEqual(doc.layout.pages.count, 20)

        let cap = tree.caption
        XCTAssertEqual(cap.court, "UNITED STATES DISTRICT COURT")
        XCTAssertEqual(cap.district, "EASTERN DISTRICT OF NEW YORK")
        XCTAssertEqual(cap.plaintiffs, ["HEMAD JANFESHAN"])
        XCTAssertEqual(cap.defendants, ["U.S. CUSTOMS AND BORDER PROTECTION"])
        XCTAssertTrue(cap.etAl)
        XCTAssertEqual(cap.docket, "16-CV-6915 (ARR)(LB)")
        XCTAssertEqual(cap.documentTitle, "OPINION & ORDER")
        XCTAssertEqual(cap.publicationStatus, "NOT FOR ELECTRONIC OR PRINT PUBLICATION")
        XCTAssertEqual(cap.judge, "Allyne R. Ross")
        XCTAssertEqual(cap.judgeTitle, "United States District Judge")
        XCTAssertEqual(cap.date, "2018-02-07")
        XCTAssertEqual(cap.place, "Brooklyn, New York")
        XCTAssertEqual(cap.filedStamp?.caseNumber, "1:16-cv-06915-ARR-LB")
        XCTAssertEqual(cap.filedStamp?.pages, 20)

        // every citation's page and footnote (the core issue's location fields)
        let gcites = try XCTUnwrap(gold["citations"] as? [[String: Any]])
        var right = 0
        for g in gcites {
            guard let sp = g["span"] as? [Int], let c = doc.citations.first(where: { doc.source.original($0.span.start) < sp[1] && doc.source.original($0.span.end) > sp[0] }) else { continue }
            if c.location.page == g["opinion_page"] as? Int && c.location.footnote == g["in_footnote"] as? String { right += 1 }
        }
        XCTAssertGreaterThanOrEqual(Double(right) / Double(gcites.count), 0.97, "citation page and footnote")
    }
}
