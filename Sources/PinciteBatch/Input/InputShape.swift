// InputShape: which record reader a file gets. With `--input auto` the name
// decides first (compression suffix stripped: `.jsonl`/`.ndjson`, `.csv`,
// `.json`, and the single-document extensions), then the first bytes: a JSON
// object that ends on its first line is JSON Lines, other JSON is a CAP case or
// volume, a header naming CourtListener columns is a CSV, anything else is one
// document. Sniffing only looks ahead; it never consumes, so a single document
// keeps its leading bytes and its spans stay true.

enum InputShape {
    case single, jsonLines, courtListenerCSV, capJSON

    /// The shape of the input called `name` (nil for stdin) under `kind`.
    static func of(kind: InputKind, name: String?, reader: ContentReader) -> InputShape {
        let ext = name.map { fileExtension(Compression.strippingSuffix($0)) } ?? ""
        switch kind {
        case .files: return .single
        case .jsonl: return .jsonLines
        case .clCSV: return .courtListenerCSV
        case .cap:
            if ext == "jsonl" || ext == "ndjson" { return .jsonLines }
            if ext == "json" { return .capJSON }
            let sniffed = sniff(reader)
            return sniffed == .jsonLines ? .jsonLines : (sniffed == .single ? .single : .capJSON)
        case .auto:
            switch ext {
            case "jsonl", "ndjson": return .jsonLines
            case "csv": return .courtListenerCSV
            case "json": return .capJSON
            case "txt", "text", "html", "htm", "xhtml", "xml": return .single
            default: return sniff(reader)
            }
        }
    }

    /// The lower-cased extension of the last path component ("" when none).
    static func fileExtension(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    /// The shape the first line (at most 64 KiB) of content suggests.
    static func sniff(_ reader: ContentReader) -> InputShape {
        let head = reader.lookAheadLine(max: 64 * 1024)
        var i = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { i = 3 }
        while i < head.count && JSONScan.isBlank(head[i]) { i += 1 }
        guard i < head.count else { return .single }
        let lineEnd = head[i...].firstIndex(of: 0x0A)
        // binary that happens to start with "{" or "[" is one (bad) document, not JSON records
        if head[i] == UInt8(ascii: "{") || head[i] == UInt8(ascii: "["), hasControlBytes(head) { return .single }
        switch head[i] {
        case UInt8(ascii: "{"):
            guard let lineEnd else { return .capJSON }
            var j = lineEnd - 1
            while j > i && JSONScan.isBlank(head[j]) { j -= 1 }
            return head[j] == UInt8(ascii: "}") ? .jsonLines : .capJSON
        case UInt8(ascii: "["):
            return .capJSON
        default:
            let firstLine = String(decoding: UnsafeBufferPointer(rebasing: head[i..<(lineEnd ?? head.count)]), as: UTF8.self)
            let names = firstLine.split(separator: ",").map { String($0).trimmingBlank().trimmingCharacters(in: "\"") }
            if names.contains("id") && names.contains(where: { CourtListenerText.rank($0) != nil }) { return .courtListenerCSV }
            return .single
        }
    }

    /// Whether `bytes` hold a control character other than tab, line feed, form
    /// feed and carriage return: JSON text never does, random binary almost always.
    static func hasControlBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }
    }

    /// The record reader for this shape.
    func reader(_ reader: ContentReader, name: String, options: InputOptions) -> RecordReader {
        switch self {
        case .single: return FileDocumentReader(reader: reader, id: name, limit: options.maxDocumentBytes)
        case .jsonLines: return JSONLinesReader(reader: reader, name: name, limit: options.maxDocumentBytes)
        case .courtListenerCSV:
            return CourtListenerCSVReader(reader: reader, name: name, limit: options.maxDocumentBytes, escape: options.csvEscape)
        case .capJSON: return CAPJSONReader(reader: reader, name: name, limit: options.maxDocumentBytes)
        }
    }
}

extension Substring {
    /// Without the given character at either end.
    func trimmingCharacters(in c: Character) -> String {
        var s = self
        while s.first == c { s.removeFirst() }
        while s.last == c { s.removeLast() }
        return String(s)
    }
}

extension String {
    func trimmingCharacters(in c: Character) -> String { self[...].trimmingCharacters(in: c) }
}
