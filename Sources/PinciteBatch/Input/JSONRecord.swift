import Pincite

// JSONRecord: one JSON object (a JSON Lines line, a CAP volume's array element,
// a case JSON file) as a document. The record rule, in order:
// - a CAP case (has `casebody`): the object itself, read as CAP JSON;
// - a CourtListener opinion (has a CourtListener-only text column): the best
//   non-empty text column (CourtListenerText), as its format;
// - otherwise `text` (plain text), `html` (HTML) or `xml` (CAP casebody XML or
//   HTML, as the content says), the first non-empty one.
// The id is the object's `id` (a string, or a number as written), else the
// record's place ("dump.jsonl:12").

enum JSONRecord {
    /// The document of the JSON object `bytes`; a malformed object or one without text
    /// becomes an error record.
    static func document(_ bytes: [UInt8], fallbackID: String, origin: String) -> BatchDocument {
        bytes.withUnsafeBufferPointer { b in
            let members: [JSONScan.Member]
            do {
                members = try JSONScan.object(b)
            } catch {
                return .failed(id: JSONScan.leadingID(b) ?? fallbackID, origin: origin, "malformed JSON: \(error)")
            }
            func member(_ key: String) -> JSONScan.Member? {
                let k = Array(key.utf8)
                return members.first { $0.key == k }
            }
            let id = member("id").flatMap { JSONScan.idString(b, $0) } ?? fallbackID
            if member("casebody") != nil {
                return BatchDocument(id: id, bytes: bytes, format: .capJSON, origin: origin)
            }
            let keys = members.map { String(decoding: $0.key, as: UTF8.self) }
            let isCourtListener = keys.contains(where: CourtListenerText.isCourtListenerOnly)
            let candidates = isCourtListener ? CourtListenerText.columns : ["text", "html", "xml"]
            for key in candidates {
                guard let m = member(key), m.kind == .string, m.value.count > 2 else { continue }
                let text = JSONScan.decodeString(b, m.value)
                return BatchDocument(id: id, bytes: text, format: CourtListenerText.format(column: key, bytes: text), origin: origin)
            }
            let wanted = isCourtListener ? "CourtListener text column (\(CourtListenerText.columns.joined(separator: ", ")))"
                                         : "`text`, `html`, `xml` or `casebody`"
            return .failed(id: id, origin: origin, "the record has no non-empty \(wanted)")
        }
    }

    /// The id a whole-file JSON case names for itself (`id` at the top), when it has one.
    static func caseID(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { JSONScan.leadingID($0) }
    }
}
