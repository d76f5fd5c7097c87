import XCTest

/// The Spark contract end to end: scripts/spark_pipe.py runs a small JSON Lines dump of
/// real opinions (plus one broken record) through `pincite batch -` with RDD.pipe in
/// Spark local mode. Skipped, saying why, where Java or PyPI's pyspark is missing.
final class SparkPipeTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func shell(_ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testSparkLocalModePipesEveryRecordThroughPincite() throws {
        guard (try? shell(["java", "-version"]).status) == 0 else {
            throw XCTSkip("Spark smoke test skipped: no Java runtime (apt-get install openjdk-17-jre-headless)")
        }
        guard (try? shell(["python3", "-c", "import pyspark"]).status) == 0 else {
            throw XCTSkip("Spark smoke test skipped: python3 cannot import pyspark (pip install pyspark)")
        }
        guard let bin = BatchRunnerTests.pinciteBinary else { throw XCTSkip("pincite is not built next to the tests") }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }

        let docs = BatchRunnerTests.corpus.filter { $0.id.hasSuffix(".txt") }.prefix(6)
        var lines = try docs.map { doc -> String in
            let object: [String: Any] = ["id": doc.id, "text": String(decoding: doc.bytes, as: UTF8.self)]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        lines.insert("{\"id\": \"broken\", \"text\": ", at: 2)   // a truncated record
        let input = tmp.appendingPathComponent("in.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)

        let output = tmp.appendingPathComponent("out")
        let run = try shell(["python3", Self.root.appendingPathComponent("scripts/spark_pipe.py").path, input.path, output.path,
                             "--pincite", bin, "--master", "local[2]", "--partitions", "2"])
        XCTAssertEqual(run.status, 0, run.err)
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }.sorted()
        var records: [[String: Any]] = []
        for part in parts {
            let text = try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8)
            for line in text.split(separator: "\n") {
                records.append(try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
            }
        }
        XCTAssertEqual(records.count, lines.count, "one output record per input line")
        let errors = records.filter { $0["error"] != nil }
        XCTAssertEqual(errors.count, 1)
        let parsed = records.filter { $0["error"] == nil }
        XCTAssertEqual(Set(parsed.compactMap { ($0["source"] as? [String: Any])?["name"] as? String }), Set(docs.map(\.id)))
        // every record has its citation list (the 2d Cir. order 004 cites nothing; the others do)
        XCTAssertTrue(parsed.allSatisfy { $0["citations"] is [Any] })
        XCTAssertGreaterThan(parsed.filter { !(($0["citations"] as? [Any]) ?? []).isEmpty }.count, parsed.count / 2)
        XCTAssertTrue(run.out.contains("documents: \(lines.count)  errors: 1"), run.out)
    }
}
