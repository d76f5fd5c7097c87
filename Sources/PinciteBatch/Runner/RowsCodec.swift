// RowsCodec: `DocumentRows` in the binary frame form (see ByteCodec), so that a
// worker process can hand the database rows of a document to the coordinator,
// which alone writes to the database. Field order is the declaration order of
// the row types; both ends are the same binary, so there is no versioning.

extension DocumentRows {
    func encode(into w: inout ByteWriter) {
        let d = document
        w.string(d.id); w.string(d.name); w.string(d.sha256); w.int(d.bytes); w.string(d.format)
        w.optionalString(d.court); w.optionalString(d.docket); w.optionalString(d.date)
        w.optionalString(d.caseName); w.int(d.citationCount); w.optionalString(d.diagnostics)
        w.int(citations.count)
        for c in citations {
            w.int(c.seq); w.string(c.kind); w.string(c.text); w.int(c.start); w.int(c.end)
            w.optionalInt(c.page); w.optionalString(c.footnote); w.optionalString(c.signal)
            w.optionalString(c.plaintiff); w.optionalString(c.defendant); w.optionalString(c.volume)
            w.optionalString(c.reporter); w.optionalString(c.firstPage); w.optionalString(c.pincite)
            w.optionalString(c.court); w.optionalInt(c.year); w.optionalString(c.parentheticals)
            w.optionalInt(c.antecedent); w.optionalString(c.authority); w.optionalString(c.verdict)
        }
        w.int(authorities.count)
        for a in authorities {
            w.string(a.key); w.string(a.kind); w.optionalString(a.name); w.optionalString(a.volume)
            w.optionalString(a.reporter); w.optionalString(a.firstPage); w.optionalString(a.court); w.optionalInt(a.year)
        }
        w.int(edges.count)
        for e in edges { w.string(e.authority); w.int(e.depth); w.optionalString(e.pincites) }
        w.int(aliases.count)
        for a in aliases { w.string(a.alias); w.string(a.authority) }
    }

    init(decoding r: inout ByteReader) throws {
        let id = try r.string()
        let document = DocumentRow(id: id, name: try r.string(), sha256: try r.string(), bytes: try r.int(),
                                   format: try r.string(), court: try r.optionalString(), docket: try r.optionalString(),
                                   date: try r.optionalString(), caseName: try r.optionalString(),
                                   citationCount: try r.int(), diagnostics: try r.optionalString())
        self.init(document: document)
        let citationCount = try Self.count(&r)
        citations.reserveCapacity(citationCount)
        for _ in 0..<citationCount {
            citations.append(CitationRow(
                document: id, seq: try r.int(), kind: try r.string(), text: try r.string(), start: try r.int(),
                end: try r.int(), page: try r.optionalInt(), footnote: try r.optionalString(), signal: try r.optionalString(),
                plaintiff: try r.optionalString(), defendant: try r.optionalString(), volume: try r.optionalString(),
                reporter: try r.optionalString(), firstPage: try r.optionalString(), pincite: try r.optionalString(),
                court: try r.optionalString(), year: try r.optionalInt(), parentheticals: try r.optionalString(),
                antecedent: try r.optionalInt(), authority: try r.optionalString(), verdict: try r.optionalString()))
        }
        for _ in 0..<(try Self.count(&r)) {
            authorities.append(AuthorityRow(
                key: try r.string(), kind: try r.string(), name: try r.optionalString(), volume: try r.optionalString(),
                reporter: try r.optionalString(), firstPage: try r.optionalString(), court: try r.optionalString(),
                year: try r.optionalInt()))
        }
        for _ in 0..<(try Self.count(&r)) {
            edges.append(EdgeRow(document: id, authority: try r.string(), depth: try r.int(), pincites: try r.optionalString()))
        }
        for _ in 0..<(try Self.count(&r)) {
            aliases.append(AliasRow(alias: try r.string(), authority: try r.string()))
        }
    }

    /// An element count, checked against what the frame could possibly hold.
    private static func count(_ r: inout ByteReader) throws -> Int {
        let n = try r.int()
        guard n >= 0, n <= r.bytes.count - r.position else { throw TruncatedFrame() }
        return n
    }
}
