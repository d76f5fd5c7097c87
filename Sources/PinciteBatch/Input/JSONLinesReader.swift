import Pincite

// JSONLinesReader: one JSON object per line (our `{id, text|html|xml}` records,
// CAP `data.jsonl`, CourtListener opinion objects), each line through the
// JSONRecord rule. Lines are read with at most the size limit held: a longer
// line is read past to its newline and reported with its line number (and its
// id when the id comes before the cut). Blank lines are skipped, and so is a UTF-8
// byte order mark at the start of a line.

final class JSONLinesReader: RecordReader {
    private let reader: ContentReader
    private let name: String
    private let limit: Int
    private var line = 0
    private var done = false

    init(reader: ContentReader, name: String, limit: Int) {
        self.reader = reader
        self.name = name
        self.limit = limit
    }

    func next() -> BatchDocument? {
        while !done {
            var bytes: [UInt8] = []
            guard let (length, delimited) = reader.read(until: 0x0A, into: &bytes, limit: limit) else {
                done = true
                // the stream broke where a new line would start: that record is lost
                guard let failure = reader.failure else { return nil }
                return .failed(id: "\(name):\(line + 1)", origin: "\(name):line \(line + 1)", failure)
            }
            line += 1
            let origin = "\(name):line \(line)"
            let fallback = "\(name):\(line)"
            if !delimited, let failure = reader.failure {
                done = true
                return .failed(id: leadingID(bytes) ?? fallback, origin: origin, "\(failure) (inside line \(line))")
            }
            if length > limit {
                return .failed(id: leadingID(bytes) ?? fallback, origin: origin, InputMessage.tooLarge("line \(line)", length, limit: limit))
            }
            // a UTF-8 byte order mark (Windows tools write one at the start of a file; `cat`
            // puts it at the start of a line) is no part of the record
            if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(3) }
            if bytes.allSatisfy(JSONScan.isBlank) { continue }
            // (an error's origin names the line already)
            return JSONRecord.document(bytes, fallbackID: fallback, origin: origin)
        }
        return nil
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private func leadingID(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { JSONScan.leadingID($0) }
    }
}
