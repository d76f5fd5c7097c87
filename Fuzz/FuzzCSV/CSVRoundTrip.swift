// CSVRoundTrip: rows written as CourtListener writes its dumps (every field quoted,
// quotes doubled or backslash-escaped) must read back exactly: one document per row,
// the row's id (or its place when the id is empty), the best non-empty text column
// (html before plain_text) with its format, or an error record when a field is over
// the limit or the row has no text.
import FuzzBatchSupport
import Pincite
import PinciteBatch

struct CSVRoundTrip {
    /// id, plain_text, html, author_str
    var rows: [[[UInt8]]]
    var escape: CSVEscape
    var limit: Int
    var crlf: Bool
    var blankLines: Bool
    var htmlFirst: Bool

    /// Column order of the dump: indexes into a row's fields.
    var order: [Int] { htmlFirst ? [0, 2, 3, 1] : [0, 3, 1, 2] }
    static let names = ["id", "plain_text", "html", "author_str"]

    func dump() -> [UInt8] {
        let end: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
        var out: [UInt8] = []
        out += line(order.map { Array(Self.names[$0].utf8) }) + end
        for (i, row) in rows.enumerated() {
            if blankLines && i % 2 == 1 { out += end }
            out += line(order.map { row[$0] }) + end
        }
        return out
    }

    private func line(_ fields: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            for b in field {
                if b == UInt8(ascii: "\"") {
                    out += escape == .doubled ? [b, b] : [UInt8(ascii: "\\"), b]
                } else if b == UInt8(ascii: "\\") && escape != .doubled {
                    out += [b, b]
                } else {
                    out.append(b)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
        return out
    }

    func check() {
        let path = ScratchFile.write(dump(), name: "roundtrip.csv")
        let docs = BatchDocuments.read(path, InputOptions(kind: .clCSV, maxDocumentBytes: limit, csvEscape: escape),
                                       atMost: rows.count)
        precondition(docs.count == rows.count, "\(rows.count) rows written, \(docs.count) documents read")
        for (i, (row, doc)) in zip(rows, docs).enumerated() {
            BatchDocuments.check(doc, limit: limit)
            let place = "row \(i + 1)"
            // an id over the limit makes the row an error record named by its place
            let id = row[0].isEmpty || row[0].count > limit ? "\(path):\(i + 1)" : String(decoding: row[0], as: UTF8.self)
            precondition(doc.id == id, "\(place): id \(doc.id), written \(id)")
            precondition(doc.origin == "\(path):\(place)", "\(place) came as \(doc.origin)")
            if row.contains(where: { $0.count > limit }) {
                precondition(doc.error != nil, "\(place): a field over the limit was not an error")
                continue
            }
            let best = !row[2].isEmpty ? row[2] : row[1]
            if best.isEmpty {
                precondition(doc.error != nil, "\(place): a row without text was not an error")
                continue
            }
            precondition(doc.error == nil, "\(place): \(doc.error ?? "")")
            precondition(doc.bytes == best, "\(place): the text read back differs from the text written")
            precondition(doc.format == (row[2].isEmpty ? .text : .html), "\(place): wrong format \(String(describing: doc.format))")
        }
    }
}
