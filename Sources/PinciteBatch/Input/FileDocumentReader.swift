import Pincite

// FileDocumentReader: a whole file (or stdin) as one document — text, HTML, CAP
// casebody XML, a case JSON object. Read to the end with at most the size limit
// held; a bigger file is read past and reported, never buffered whole.

final class FileDocumentReader: RecordReader {
    private let reader: ContentReader
    private let id: String
    private let limit: Int
    /// Take the id from a JSON case's own `id` when it has one (CAP case files).
    private let idFromJSON: Bool
    private var done = false

    init(reader: ContentReader, id: String, limit: Int, idFromJSON: Bool = false) {
        self.reader = reader
        self.id = id
        self.limit = limit
        self.idFromJSON = idFromJSON
    }

    func next() -> BatchDocument? {
        guard !done else { return nil }
        done = true
        var bytes: [UInt8] = []
        let length = reader.readToEnd(into: &bytes, limit: limit)
        let docID = idFromJSON ? (JSONRecord.caseID(bytes) ?? id) : id
        if let failure = reader.failure {
            return .failed(id: docID, origin: id, "\(failure) (after \(length) bytes of content)")
        }
        if length == 0 { return .failed(id: docID, origin: id, "empty input") }
        if length > limit { return .failed(id: docID, origin: id, InputMessage.tooLarge("the document", length, limit: limit)) }
        return BatchDocument(id: docID, bytes: bytes, format: nil, origin: id)
    }
}
