import CLibXML2
import Foundation
import XCTest
import PinciteBatch
import PinciteSQLite

/// The graph exports of a database of real opinions: CSV rows, GraphML parsed
/// back with libxml2, the most-cited table.
final class GraphExportTests: XCTestCase {
    static let export: GraphExport? = SQLiteQueryTests.database.map(GraphExport.init)

    func export() throws -> GraphExport {
        try XCTSkipUnless(CorpusRows.available, "the shared corpus-dev folder is not here")
        return try XCTUnwrap(Self.export)
    }

    func text(_ write: (@escaping GraphExport.Output) throws -> Void) rethrows -> String {
        final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
        let box = Box()
        try write { box.bytes.append(contentsOf: $0) }
        return String(decoding: box.bytes, as: UTF8.self)
    }

    /// Canonical edges expected from the rows: one per document and authority.
    var edgeCount: Int { CorpusRows.ordered.map(\.edges.count).reduce(0, +) }

    func testCSVHasOpinionsCitedColumnsAndOneLinePerEdge() throws {
        let csv = try text(try export().writeCSV)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.first, "id,depth,cited_opinion_id,citing_opinion_id")
        XCTAssertEqual(lines.count - 1, edgeCount)
        XCTAssertEqual(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) },
                       (1...edgeCount).map { String($0) }, "ids number the rows")
        let hogarth = try XCTUnwrap(CorpusRows.all["hogarth"]?.edges.first { $0.authority == "568 U.S. 398" })
        XCTAssertTrue(lines.contains { $0.hasSuffix(",\(hogarth.depth),568 U.S. 398,hogarth") })
        // a statute key with a comma-free section still parses as four fields
        XCTAssertTrue(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= 4 })
    }

    func testGraphMLParsesBackWithItsNodesAndEdges() throws {
        let xml = Array(try text(try export().writeGraphML).utf8)
        let doc = try XCTUnwrap(xml.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "graph.graphml", "UTF-8", Int32(XML_PARSE_NONET.rawValue)) }
        }, "well-formed XML")
        defer { xmlFreeDoc(doc) }
        let root = try XCTUnwrap(xmlDocGetRootElement(doc))
        XCTAssertEqual(name(root), "graphml")
        XCTAssertEqual(root.pointee.ns.map { String(cString: $0.pointee.href) }, GraphExport.graphMLNamespace)
        var counts: [String: Int] = [:]
        var ids: Set<String> = [], targets: [String] = []
        var keys: Set<String> = []
        func walk(_ node: xmlNodePtr?) {
            var n = node
            while let cur = n {
                if cur.pointee.type == XML_ELEMENT_NODE {
                    let element = name(cur)
                    counts[element, default: 0] += 1
                    if element == "node" { ids.insert(attribute(cur, "id") ?? "") }
                    if element == "edge" { targets += [attribute(cur, "source") ?? "", attribute(cur, "target") ?? ""] }
                    if element == "key" { keys.insert(attribute(cur, "id") ?? "") }
                    walk(cur.pointee.children)
                }
                n = cur.pointee.next
            }
        }
        walk(root)
        let rows = CorpusRows.ordered
        let authorities = Set(rows.flatMap { $0.authorities.map(\.key) })
        let aliased = Set(rows.flatMap { $0.aliases.map(\.alias) }).intersection(authorities)
        XCTAssertEqual(counts["graph"], 1)
        XCTAssertEqual(counts["node"], rows.count + authorities.count - aliased.count)
        XCTAssertEqual(counts["edge"], edgeCount)
        XCTAssertEqual(ids.count, counts["node"], "node ids are unique")
        XCTAssertTrue(targets.allSatisfy(ids.contains), "every edge joins two declared nodes")
        XCTAssertEqual(keys, ["kind", "key", "name", "depth", "pincites"])
    }

    func testTopTableListsTheMostCitedAuthorities() throws {
        let export = try export()
        let table = try text { try export.writeTop(3, to: $0) }
        let lines = table.split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].contains("documents") && lines[0].contains("authority"))
        let top = try export.database.mostCited(limit: 3)
        for (line, row) in zip(lines.dropFirst(), top) {
            XCTAssertTrue(line.contains(row.authority), String(line))
            XCTAssertTrue(line.contains(" \(row.citingDocuments) "), String(line))
        }
    }

    private func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    private func attribute(_ node: xmlNodePtr, _ attr: String) -> String? {
        var a = node.pointee.properties
        while let cur = a {
            if String(cString: cur.pointee.name) == attr, let text = cur.pointee.children?.pointee.content {
                return String(cString: text)
            }
            a = cur.pointee.next
        }
        return nil
    }
}
