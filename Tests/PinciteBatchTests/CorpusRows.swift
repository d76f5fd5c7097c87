import Foundation
import Pincite
import PinciteBatch

// CorpusRows: the DocumentRows of a few real opinions, parsed once for all the
// database tests. Janfeshan (E.D.N.Y.) and Hogarth v. Bell (E.D.N.C.) both cite
// 568 U.S. 398; Jagels v. State and People v. Thompson both cite 466 U.S. 668
// (Strickland v. Washington); the ACMS order is a short one with few cites.

enum CorpusRows {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpusDev = URL(fileURLWithPath: "/work/shared/corpus-dev")

    /// (id, file) of the documents, by id.
    static let files: [(String, URL)] = [
        ("janfeshan", repo.appendingPathComponent("Corpus/janfeshan/janfeshan.txt")),
        ("hogarth", corpusDev.appendingPathComponent("006_eyecite_ednc_hogarth_v_bell.txt")),
        ("jagels", corpusDev.appendingPathComponent("003_doctor_moctapp_jagels_v_state.txt")),
        ("thompson", corpusDev.appendingPathComponent("020_smaa2020_illappct_people_v_thompson.txt")),
        ("acms", corpusDev.appendingPathComponent("004_courtlistener_ca2_order_acms.txt")),
    ]

    /// True when the shared development corpus is there (it is beside the repository in CI).
    static var available: Bool { FileManager.default.fileExists(atPath: corpusDev.path) }

    /// The rows of every document, keyed by id; the input bytes' hash as sha256.
    static let all: [String: DocumentRows] = {
        var out: [String: DocumentRows] = [:]
        for (id, url) in files {
            guard let data = try? Data(contentsOf: url) else { continue }
            let bytes = [UInt8](data)
            let doc = Pincite.parse(bytes: bytes, name: url.lastPathComponent, bluebook: nil)
            out[id] = DocumentRows(doc, id: id, sha256: SHA256.hex(bytes))
        }
        return out
    }()

    /// The rows in the order of `files`.
    static var ordered: [DocumentRows] { files.compactMap { all[$0.0] } }

    /// A fresh database path in a temporary folder.
    static func temporaryDatabase() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-sqlite-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("test.sqlite").path
    }
}
