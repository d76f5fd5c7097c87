// JSONRoundTrip: records written as JSON Lines or as a CAP volume array must read back
// one document per record: its id (a string decoded, a number as written, its place
// when missing or empty) and its text decoded byte for byte in the format its key
// says — or the whole object for a CAP case (`casebody`) — and an error record when
// the record is over the limit or has no text.
import FuzzBatchSupport
import Pincite
import PinciteBatch

struct JSONRoundTrip {
    /// id, text, how to write them (first byte: the text's key and the id's form)
    var records: [[[UInt8]]]
    var writer: JSONWriter
    var limit: Int
    /// A CAP volume (`[case, case, …]`) instead of JSON Lines.
    var volume: Bool

    static let keys = ["text", "html", "xml", "plain_text", "casebody", "none"]

    struct Expected {
        var json: [UInt8]
        var id: String?
        var key: String
        var text: [UInt8]
    }

    func expected(_ record: [[UInt8]]) -> Expected {
        let how = record[2].first ?? 0
        let key = Self.keys[Int(how) % Self.keys.count]
        let idBytes = record[0]
        var members: [(String, [UInt8])] = []
        var id: String?
        switch (how >> 3) & 3 {
        case 1 where !idBytes.isEmpty && idBytes.allSatisfy({ (0x30...0x39).contains($0) }):
            members.append(("id", idBytes))
            id = String(decoding: idBytes, as: UTF8.self)
        case 2:
            break   // no id: the record's place
        default:
            members.append(("id", writer.string(idBytes)))
            id = idBytes.isEmpty ? nil : String(decoding: idBytes, as: UTF8.self)
        }
        switch key {
        case "casebody": members.append((key, writer.object([("data", writer.string(record[1])), ("status", Array("\"ok\"".utf8))])))
        case "none": break
        default: members.append((key, writer.string(record[1])))
        }
        return Expected(json: writer.object(members), id: id, key: key, text: record[1])
    }

    func check() {
        let all = records.map(expected)
        let file: [UInt8]
        if volume {
            let sep: [UInt8] = writer.spaced ? Array(" ,\n  ".utf8) : [UInt8(ascii: ",")]
            file = [UInt8(ascii: "[")] + all.map(\.json).joined(separator: sep) + Array("\n]\n".utf8)
        } else {
            file = Array(all.map(\.json).joined(separator: [0x0A])) + [0x0A]
        }
        let path = ScratchFile.write(file, name: volume ? "roundtrip.json" : "roundtrip.jsonl")
        let docs = BatchDocuments.read(path, InputOptions(kind: volume ? .cap : .jsonl, maxDocumentBytes: limit), atMost: all.count)
        precondition(docs.count == all.count, "\(all.count) records written, \(docs.count) documents read")
        for (i, (want, doc)) in zip(all, docs).enumerated() {
            BatchDocuments.check(doc, limit: limit)
            let place = volume ? "case \(i + 1)" : "line \(i + 1)"
            let fallback = "\(path):\(i + 1)"
            precondition(doc.origin == "\(path):\(place)", "\(place) came as \(doc.origin)")
            if want.json.count > limit {
                precondition(doc.error != nil, "\(place): a record over the limit was not an error")
                precondition(doc.id == fallback || doc.id == want.id, "\(place): id \(doc.id)")
                continue
            }
            precondition(doc.id == (want.id ?? fallback), "\(place): id \(doc.id), written \(want.id ?? fallback)")
            switch want.key {
            case "casebody":
                precondition(doc.error == nil, "\(place): \(doc.error ?? "")")
                precondition(doc.bytes == want.json && doc.format == .capJSON, "\(place): the CAP case is not the object written")
            case _ where want.key == "none" || want.text.isEmpty:
                precondition(doc.error != nil, "\(place): a record without text was not an error")
            default:
                precondition(doc.error == nil, "\(place): \(doc.error ?? "")")
                precondition(doc.bytes == want.text, "\(place): the text read back differs from the text written")
                let format: InputFormat = switch want.key {
                case "text", "plain_text": .text
                case "html": .html
                default: FormatReader.detect(want.text) == .html ? .html : .capXML
                }
                precondition(doc.format == format, "\(place): format \(String(describing: doc.format)), expected \(format)")
            }
        }
    }
}
