import GRDB
import Pincite

// GraphExport: the citation graph of a Pincite database in the shapes graph
// tools read — CourtListener's OpinionsCited edge CSV, GraphML, and a
// most-cited table. Edges are the canonical edges (authorities resolved
// through their aliases, one edge per document and authority).
//
// Streaming: rows come from database cursors and leave through `out` in chunks,
// so a graph of millions of edges is never held in memory. GraphML node ids are
// "d<rowid>" for documents and "a<rowid>" for authorities — GraphML ids are
// NMTOKENs and an authority key has spaces — with the real id or key in a
// `key` data attribute; using rowids lets the edge pass join its ids in SQL
// instead of keeping a key → node map.

/// Writes the citation graph of a `PinciteDatabase`.
public struct GraphExport: Sendable {
    /// Receives the output bytes, in order.
    public typealias Output = (UnsafeRawBufferPointer) -> Void

    public let database: PinciteDatabase

    public init(_ database: PinciteDatabase) { self.database = database }

    /// The GraphML namespace.
    public static let graphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

    /// The edge list as CSV with CourtListener's OpinionsCited columns
    /// `id,depth,cited_opinion_id,citing_opinion_id`: `id` numbers the rows from 1,
    /// `cited_opinion_id` is the authority key and `citing_opinion_id` the document id
    /// (not CourtListener's numeric ids). Ordered by document, then authority.
    public func writeCSV(to out: @escaping Output) throws {
        var buffer = ChunkedOutput(out)
        buffer.append("id,depth,cited_opinion_id,citing_opinion_id\n")
        try database.queue.inDatabase { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT document, authority, depth FROM (\(PinciteDatabase.canonicalEdges)) ORDER BY document, authority
                """)
            var id = 0
            while let row = try rows.next() {
                id += 1
                let depth: Int = row["depth"]
                buffer.append("\(id),\(depth),\(Escape.csv(row["authority"])),\(Escape.csv(row["document"]))\n")
            }
        }
        buffer.flush()
    }

    /// The graph as GraphML: a directed graph with a node per document (kind
    /// "document", key = its id, name = its case name or file name) and per authority
    /// (kind = case, statute …, key, name), and an edge per citing document and
    /// authority with its depth and pincites.
    public func writeGraphML(to out: @escaping Output) throws {
        let xml = XMLOut(indent: true, sink: out)
        xml.start("graphml", namespace: Self.graphMLNamespace)
        for (id, domain, type) in [("kind", "node", "string"), ("key", "node", "string"), ("name", "node", "string"),
                                   ("depth", "edge", "int"), ("pincites", "edge", "string")] {
            xml.start("key")
            xml.attr("id", id)
            xml.attr("for", domain)
            xml.attr("attr.name", id)
            xml.attr("attr.type", type)
            xml.end()
        }
        xml.start("graph")
        xml.attr("id", "citations")
        xml.attr("edgedefault", "directed")
        try database.queue.inDatabase { db in
            let documents = try Row.fetchCursor(db, sql: """
                SELECT rowid, id, COALESCE(case_name, name) AS name FROM documents ORDER BY rowid
                """)
            while let row = try documents.next() {
                node(xml, id: "d\(row["rowid"] as Int)", kind: "document", key: row["id"], name: row["name"])
            }
            let authorities = try Row.fetchCursor(db, sql: """
                SELECT rowid, id, kind, name FROM authorities
                WHERE id NOT IN (SELECT alias FROM authority_aliases) ORDER BY rowid
                """)
            while let row = try authorities.next() {
                node(xml, id: "a\(row["rowid"] as Int)", kind: row["kind"] ?? "authority", key: row["id"], name: row["name"])
            }
            let edges = try Row.fetchCursor(db, sql: """
                SELECT d.rowid AS source, a.rowid AS target, c.depth, c.pincites
                FROM (\(PinciteDatabase.canonicalEdges)) c
                JOIN documents d ON d.id = c.document JOIN authorities a ON a.id = c.authority
                ORDER BY d.rowid, c.first
                """)
            while let row = try edges.next() {
                xml.start("edge")
                xml.attr("source", "d\(row["source"] as Int)")
                xml.attr("target", "a\(row["target"] as Int)")
                data(xml, "depth", String(row["depth"] as Int))
                data(xml, "pincites", row["pincites"])
                xml.end()
            }
        }
        xml.end()   // graph
        xml.end()   // graphml
        xml.finish()
    }

    /// The `limit` most-cited authorities as a text table: rank, citing documents,
    /// depth (all citations), key and name.
    public func writeTop(_ limit: Int, to out: @escaping Output) throws {
        let rows = try database.mostCited(limit: limit)
        let keyWidth = max(9, rows.map { $0.authority.count }.max() ?? 0)
        var buffer = ChunkedOutput(out)
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? fill + s : s + fill
        }
        buffer.append("\(pad("rank", 4, left: true))  \(pad("documents", 9, left: true))  \(pad("depth", 6, left: true))  \(pad("authority", keyWidth))  name\n")
        for (i, r) in rows.enumerated() {
            buffer.append("\(pad(String(i + 1), 4, left: true))  \(pad(String(r.citingDocuments), 9, left: true))  ")
            buffer.append("\(pad(String(r.totalDepth), 6, left: true))  \(pad(r.authority, keyWidth))  \(r.name ?? "")\n")
        }
        buffer.flush()
    }

    private func node(_ xml: XMLOut, id: String, kind: String, key: String, name: String?) {
        xml.start("node")
        xml.attr("id", id)
        data(xml, "kind", kind)
        data(xml, "key", key)
        data(xml, "name", name)
        xml.end()
    }

    private func data(_ xml: XMLOut, _ key: String, _ value: String?) {
        guard let value else { return }
        xml.start("data")
        xml.attr("key", key)
        xml.text(value)
        xml.end()
    }
}

/// Collects text and hands it to an `Output` in chunks of about 64 KiB.
struct ChunkedOutput {
    private let out: GraphExport.Output
    private var bytes: [UInt8] = []

    init(_ out: @escaping GraphExport.Output) {
        self.out = out
        bytes.reserveCapacity(1 << 16)
    }

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { out($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
