import Pincite

// CourtListenerCSVReader: CourtListener's bulk opinions CSV, one document per row.
// The header names the columns; a row's id is its `id` column and its text the
// best non-empty text column (CourtListenerText). Only the id and the best text
// seen so far are kept while a row streams past — other columns are scanned and
// dropped — so a row costs at most one document plus the field being read.
// A field over the size limit is read past and makes the row an error record; in
// a dump whose fields are all quoted (`FORCE_QUOTE *`) an unterminated quote
// ends at the next line that starts like a record (CSVLexer), so it costs one row.

final class CourtListenerCSVReader: RecordReader {
    private let reader: ContentReader
    private let lexer: CSVLexer
    private let name: String
    private let limit: Int
    private var columns: [String] = []
    private var idColumn = -1
    private var row = 0
    private var done = false

    init(reader: ContentReader, name: String, limit: Int, escape: CSVEscape) {
        self.reader = reader
        self.lexer = CSVLexer(reader: reader, escape: escape)
        self.name = name
        self.limit = limit
    }

    func next() -> BatchDocument? {
        guard !done else { return nil }
        if columns.isEmpty, let failed = readHeader() {
            done = true
            return failed
        }
        while true {
            row += 1
            let origin = "\(name):row \(row)"
            var id: String?
            var best: (rank: Int, column: String, bytes: [UInt8])?
            var problem: String?
            var column = 0
            var scratch: [UInt8] = []
            var atEnd = false
            fields: while true {
                let columnName = column < columns.count ? columns[column] : ""
                let rank = CourtListenerText.rank(columnName)
                let wanted = column == idColumn || (rank != nil && rank! < (best?.rank ?? Int.max))
                scratch.removeAll(keepingCapacity: true)
                let f = lexer.field(into: &scratch, limit: wanted ? (column == idColumn ? 256 : limit) : 0)
                if f.atEnd && column == 0 { atEnd = true; break fields }
                if f.unterminated {
                    let until = f.end == .record ? "the next record starts" : "the input ends"
                    problem = "the quoted field \(columnName) is not closed before \(until) (\(f.length) bytes)"
                    atEnd = f.end == .input
                    column = columns.count
                    break fields
                }
                if f.length > limit {
                    problem = InputMessage.tooLarge("field \(columnName)", f.length, limit: limit)
                } else if column == idColumn {
                    id = String(decoding: scratch, as: UTF8.self)
                } else if wanted, f.length > 0, let rank {
                    best = (rank, columnName, scratch)
                    scratch = []
                }
                column += 1
                if f.end != .field { atEnd = f.end == .input; break fields }
            }
            if column == 0 {
                // the input ended where a row would start
                done = true
                return readFailure().map { .failed(id: "\(name):\(row)", origin: origin, $0) }
            }
            if column == 1 && columns.count > 1 && !atEnd && best == nil && (id ?? "").isEmpty && problem == nil {
                row -= 1   // a blank line
                continue
            }
            if atEnd { done = true }
            let docID = (id?.isEmpty == false ? id! : "\(name):\(row)")
            if let failure = readFailure(), atEnd {
                return .failed(id: docID, origin: origin, "\(failure) (inside row \(row))")
            }
            if let problem { return .failed(id: docID, origin: origin, problem) }
            if column != columns.count {
                return .failed(id: docID, origin: origin, "row \(row) has \(column) fields, the header has \(columns.count)")
            }
            guard let best else {
                return .failed(id: docID, origin: origin, "the row has no non-empty text column (\(CourtListenerText.columns.joined(separator: ", ")))")
            }
            return BatchDocument(id: docID, bytes: best.bytes, format: CourtListenerText.format(column: best.column, bytes: best.bytes), origin: origin)
        }
    }

    private func readFailure() -> String? { reader.failure }

    /// Reads the header row; an error record when it is missing or names no id or text column.
    private func readHeader() -> BatchDocument? {
        var names: [String] = []
        if reader.lookAhead(3).elementsEqual([0xEF, 0xBB, 0xBF]) { reader.consume(3) }   // a UTF-8 BOM
        while true {
            var bytes: [UInt8] = []
            let f = lexer.field(into: &bytes, limit: 4096)
            if f.atEnd && names.isEmpty { break }
            if names.isEmpty { lexer.recordsStartQuoted = f.quoted }
            names.append(String(decoding: bytes, as: UTF8.self).trimmingBlank())
            if f.end != .field { break }
        }
        let origin = "\(name):header"
        if let failure = reader.failure { return .failed(id: "\(name):header", origin: origin, failure) }
        guard !names.isEmpty else { return .failed(id: "\(name):header", origin: origin, "empty CSV input: no header row") }
        guard let id = names.firstIndex(of: "id"), names.contains(where: { CourtListenerText.rank($0) != nil }) else {
            return .failed(id: "\(name):header", origin: origin,
                           "not a CourtListener opinions CSV: the header needs an id column and a text column (\(CourtListenerText.columns.joined(separator: ", ")))")
        }
        columns = names
        idColumn = id
        return nil
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (a BOM included).
    func trimmingBlank() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" }
        return String(drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
