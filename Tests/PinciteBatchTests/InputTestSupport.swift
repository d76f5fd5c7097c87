import Foundation
import XCTest
@testable import PinciteBatch

// InputTestSupport: what the batch-input tests share — the real opinions they are
// built from (Corpus/), a temporary folder per test, the compression command-line
// tools, and JSON / CSV encoders for building dumps out of real texts.

enum InputFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpus(_ path: String) -> [UInt8] {
        [UInt8](try! Data(contentsOf: root.appendingPathComponent("Corpus/" + path)))
    }

    /// Real opinions as (name, bytes): plain text, HTML, CAP XML, a long text.
    static let acms = corpus("batch/004_courtlistener_ca2_order_acms.txt")
    static let nyHTML = corpus("batch/008_juriscraper_nyappdiv2_70_35_113th_st.orig.html")
    static let capJSON = corpus("batch/019_smaa2020_illappct_raecharla_v_kudaravalli.orig.json")
    static let wester = corpus("formats/017_courtlistener_moctapp_wester_v_dept_labor.orig.json")
    static let kirkXML = corpus("formats/018_capstone_illappct_home_ins_v_kirk_1887.orig.xml")
    static let flowersXML = corpus("formats/012_fastcase_ny_people_v_flowers.orig.html")
    static let janfeshan = corpus("janfeshan/janfeshan.txt")

    static func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    /// A JSON string literal for `s`.
    static func json(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    /// One JSON Lines record: `{"id": …, key: text}`.
    static func jsonLine(id: String?, _ key: String, _ value: [UInt8]) -> String {
        var parts: [String] = []
        if let id { parts.append("\"id\": \(json(id))") }
        parts.append("\(json(key)): \(json(text(value)))")
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A CSV field quoted the way PostgreSQL's `COPY … CSV FORCE_QUOTE *` writes it.
    static func csvField(_ s: String, backslash: Bool = false) -> String {
        let escaped = backslash ? s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                                : s.replacingOccurrences(of: "\"", with: "\"\"")
        return "\"" + escaped + "\""
    }

    static let clHeader = ["id", "date_created", "type", "sha1", "plain_text", "html", "html_lawbox", "html_columbia",
                           "html_anon_2020", "xml_harvard", "html_with_citations", "extracted_by_ocr", "cluster_id"]

    /// A CourtListener opinions CSV row with the given text columns set.
    static func csvRow(id: String, _ texts: [String: String], backslash: Bool = false) -> String {
        clHeader.map { column -> String in
            switch column {
            case "id": return csvField(id)
            case "date_created": return csvField("2024-01-02 03:04:05+00")
            case "type": return csvField("010combined")
            case "sha1": return csvField("da39a3ee5e6b4b0d3255bfef95601890afd80709")
            case "extracted_by_ocr": return csvField("f")
            case "cluster_id": return csvField("77\(id)")
            default: return csvField(texts[column] ?? "", backslash: backslash)
            }
        }.joined(separator: ",")
    }

    static var csvHeaderLine: String { clHeader.map { csvField($0) }.joined(separator: ",") }
}

/// A temporary folder removed at the end of the test.
final class TempFolder {
    let url: URL
    var path: String { url.path }

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-inputs-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func read(_ name: String) -> [UInt8] { [UInt8](try! Data(contentsOf: url.appendingPathComponent(name))) }
}

/// Runs a command-line tool; the test fails (or is skipped when the tool is missing) otherwise.
func runTool(_ tool: String, _ arguments: [String]) throws {
    let path = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else { throw XCTSkip("\(tool) is not installed (apt-get install \(tool))") }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    try p.run()
    p.waitUntilExit()
    XCTAssertEqual(p.terminationStatus, 0, "\(tool) \(arguments.joined(separator: " "))")
}

/// Compresses `file` in place with `tool` (gzip, bzip2, zstd), keeping nothing else; returns the new path.
func compress(_ tool: String, _ file: String) throws -> String {
    let suffix = ["gzip": ".gz", "bzip2": ".bz2", "zstd": ".zst"][tool]!
    try runTool(tool, tool == "zstd" ? ["-q", "--rm", "-f", file] : ["-f", file])
    return file + suffix
}

/// Every document of a stream.
func readAll(_ paths: [String], _ options: InputOptions = InputOptions()) throws -> [BatchDocument] {
    let stream = try DocumentStream(paths: paths, options: options)
    var docs: [BatchDocument] = []
    while let d = stream.next() { docs.append(d) }
    return docs
}
