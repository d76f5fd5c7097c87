import Foundation

/// The real opinions committed under Corpus/ — plain and PDF-extracted text, HTML, CAP
/// XML, CAP and CourtListener JSON from several courts — so that the batch tests run
/// the same from any clone, with or without the shared development corpus beside it.
enum TestCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// One file per opinion, sorted by name (gold annotations and golden outputs left out).
    static let files: [URL] = {
        var urls: [URL] = []
        for dir in ["janfeshan", "formats", "structure", "batch"] {
            let folder = root.appendingPathComponent("Corpus/\(dir)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where ["txt", "html", "xml", "json"].contains((name as NSString).pathExtension)
                && !name.hasSuffix(".gold.json") && !name.hasSuffix(".toa.txt") {
                urls.append(folder.appendingPathComponent(name))
            }
        }
        return urls.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    /// The plain-text opinions.
    static var texts: [URL] { files.filter { $0.pathExtension == "txt" } }
}
