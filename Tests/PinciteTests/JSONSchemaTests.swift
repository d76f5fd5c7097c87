import XCTest
@testable import Pincite

/// The pincite/1 JSON of every Corpus document validates against
/// Grammars/pincite-1.schema.json with a real validator (Python `jsonschema`,
/// Draft 2020-12; Debian python3-jsonschema, installed by .ci/run).
final class JSONSchemaTests: XCTestCase {
    static let validator = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        doc = json.load(open(path))
        for e in sorted(v.iter_errors(doc), key=lambda e: list(e.path))[:5]:
            bad += 1
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message[:200]}")
    print(f"validated {len(sys.argv) - 2} documents, {bad} errors")
    sys.exit(1 if bad else 0)
    """

    /// python3 (skipping without jsonschema), a temporary directory and the validator script in it.
    func setUpValidator() throws -> (python: String, dir: URL, script: URL) {
        let python = which("python3")
        let hasValidator = try python.map { try runProgram($0, ["-c", "import jsonschema"]).status == 0 } ?? false
        try requireTool(hasValidator, "python3 with jsonschema (Debian python3-jsonschema)")
        let dir = try temporaryDirectory("jsonschema")
        let script = dir.appendingPathComponent("validate.py")
        try Self.validator.write(to: script, atomically: true, encoding: .utf8)
        return (python!, dir, script)
    }

    func testEveryCorpusDocumentValidates() throws {
        let (python, dir, script) = try setUpValidator()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for (i, d) in CorpusDocuments.all.enumerated() {
            let f = dir.appendingPathComponent("\(i).json")
            try Data(d.doc.jsonBytes()).write(to: f)
            files.append(f.path)
        }
        XCTAssertGreaterThanOrEqual(files.count, 10)
        let r = try runProgram(python, [script.path, RepoPaths.path("Grammars/pincite-1.schema.json")] + files)
        XCTAssertEqual(r.status, 0, r.out + r.err)
        XCTAssertTrue(r.out.contains("validated \(files.count) documents, 0 errors"), r.out + r.err)
    }

    /// The schema is strict: a document with a wrong kind or a missing key fails.
    func testSchemaRejectsBrokenDocuments() throws {
        let (python, dir, script) = try setUpValidator()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = String(decoding: CorpusDocuments.janfeshan.jsonBytes(), as: UTF8.self)
        let badKind = good.replacingOccurrences(of: "\"kind\":\"case\"", with: "\"kind\":\"caselaw\"")
        let missingKey = good.replacingOccurrences(of: "\"diagnostics\":", with: "\"diagnostix\":")
        for (n, text) in [badKind, missingKey].enumerated() {
            XCTAssertNotEqual(text, good)
            let f = dir.appendingPathComponent("bad\(n).json")
            try text.write(to: f, atomically: true, encoding: .utf8)
            let r = try runProgram(python, [script.path, RepoPaths.path("Grammars/pincite-1.schema.json"), f.path])
            XCTAssertNotEqual(r.status, 0, "broken document \(n) passed: \(r.out)")
        }
    }
}
