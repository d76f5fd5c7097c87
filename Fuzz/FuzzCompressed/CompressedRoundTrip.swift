// CompressedRoundTrip: members compressed one by one and concatenated must read back
// as their content joined; the same file cut short must end in an error record unless
// the cut falls exactly between two members (then it is a shorter, valid stream).
import FuzzBatchSupport
import Pincite
import PinciteBatch

struct CompressedRoundTrip {
    var codec: Codec
    var members: [[UInt8]]
    var limit: Int
    var jsonLines: Bool
    /// 0: whole; 1–15: keep cut/16 of the compressed bytes.
    var cut: Int

    func check() {
        let compressed = members.map(codec.compress)
        let whole = Array(compressed.joined())
        var kept = whole.count
        var truncated = false
        var content = members
        if cut > 0 {
            kept = max(codec.magicLength, whole.count * cut / 16)
            // the members that are still whole; a cut between two members leaves a valid stream
            var end = 0
            var complete = 0
            for c in compressed {
                guard end + c.count <= kept else { break }
                end += c.count
                complete += 1
            }
            truncated = end != kept
            content = Array(members.prefix(complete))
        }
        let path = ScratchFile.write(whole.prefix(kept), name: jsonLines ? "roundtrip.jsonl" : "roundtrip.txt")
        let text = Array(content.joined())
        // a cut member still yields the lines decoded before the cut: bound by all the content
        let docs = BatchDocuments.read(path, InputOptions(kind: jsonLines ? .jsonl : .files, maxDocumentBytes: limit),
                                       atMost: members.reduce(2) { $0 + $1.count + 1 })
        for doc in docs { BatchDocuments.check(doc, limit: limit) }
        if truncated {
            precondition(docs.last?.error != nil, "a \(codec) stream cut at byte \(kept) of \(whole.count) read without an error")
            if !jsonLines { precondition(docs.count == 1, "one file, \(docs.count) documents") }
            return
        }
        if jsonLines {
            let lines = BatchDocuments.lines(text)
            let counted = lines.indices.filter { BatchDocuments.isRecord(lines[$0], limit: limit) }
            precondition(docs.count == counted.count, "\(counted.count) lines, \(docs.count) documents (\(codec))")
            for (n, doc) in zip(counted, docs) {
                precondition(doc.origin == "\(path):line \(n + 1)", "line \(n + 1) came as \(doc.origin) (\(codec))")
            }
            return
        }
        precondition(docs.count == 1, "one file, \(docs.count) documents (\(codec))")
        if text.isEmpty || text.count > limit {
            precondition(docs[0].error != nil, "an empty or oversized \(codec) file was not an error")
        } else {
            precondition(docs[0].error == nil, "\(codec): \(docs[0].error ?? "")")
            precondition(docs[0].bytes == text, "the \(codec) content read back differs from the content written")
        }
    }
}
