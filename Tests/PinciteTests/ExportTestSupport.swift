import XCTest
@testable import Pincite

// Shared helpers for the exporter tests: the repository paths, every Corpus
// document parsed once, and how a test that needs an outside tool (python3
// jsonschema, chromium) behaves when the tool is missing — skipped with a
// clear message on a developer machine, failed under CI (CI=true), where
// .ci/run installs it.

enum RepoPaths {
    /// The repository root (two levels above this file's folder).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// Every opinion in Corpus/ (gold annotations and notes left out), parsed once.
enum CorpusDocuments {
    static let all: [(name: String, doc: Document)] = {
        let corpus = RepoPaths.root.appendingPathComponent("Corpus")
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? [])
            .filter { f in
                let isInput = [".txt", ".html", ".xml", ".json"].contains { f.hasSuffix($0) }
                return isInput && !f.hasSuffix(".gold.json")
            }
            .sorted()
        return files.map { f in
            let bytes = [UInt8](FileManager.default.contents(atPath: corpus.appendingPathComponent(f).path) ?? Data())
            return (f, Pincite.parse(bytes: bytes, name: f))
        }
    }()

    /// The bundled Janfeshan order (hand-checked gold in Corpus/janfeshan).
    static var janfeshan: Document { all.first { $0.name == "janfeshan/janfeshan.txt" }!.doc }
}

/// Skips the test when an outside tool is missing — except under CI, where it must run.
func requireTool(_ available: Bool, _ what: String) throws {
    if available { return }
    if ProcessInfo.processInfo.environment["CI"] == "true" {
        XCTFail("\(what) is missing under CI; .ci/run should install it")
        throw XCTSkip("\(what) missing")
    }
    throw XCTSkip("\(what) is not installed; install it to run this test (.ci/run does)")
}

/// Runs a program (terminated after `timeout` seconds); returns its exit status and standard output and error.
@discardableResult
func runProgram(_ program: String, _ args: [String], timeout: TimeInterval = 120) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // a browser that hangs must not hang the test run
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if p.isRunning { p.terminate() } }
    // read before waiting, so a chatty program cannot block on a full pipe
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// The first executable named `name` on PATH.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let p = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

/// A fresh temporary directory for one test.
func temporaryDirectory(_ label: String) throws -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
}

/// The XSD at `relative` (from the repository root), compiled; stops the tests if it does not compile.
func compiledSchema(_ relative: String) -> XMLSchemaValidator {
    var problems: [String] = []
    guard let v = XMLSchemaValidator(schemaPath: RepoPaths.path(relative), problems: &problems) else {
        fatalError("schema \(relative) does not compile: \(problems)")
    }
    return v
}
