import XCTest
@testable import PinciteBatch

/// `pincite batch` end to end, as a user runs it: real opinions of the development
/// corpus mixed with deliberately broken inputs, and exactly one output line or
/// error record for every document.
final class BatchCommandTests: XCTestCase {

    func pincite(_ args: [String], stdin: Data? = nil, timeout: Double = 600) throws -> (status: Int32, out: Data, err: String) {
        try Self.pincite(args, stdin: stdin, timeout: timeout)
    }

    /// `--memory-limit-mib N` for `pincite batch` runs that do not set one, when the environment
    /// variable PINCITE_TEST_MEMORY_LIMIT_MIB says N: a thread- or address-sanitizer build needs 0,
    /// since the sanitizer's shadow memory counts against the cap and kills every worker.
    static func memoryLimit(_ args: [String]) -> [String] {
        guard args.first == "batch", !args.contains("--memory-limit-mib"), !args.contains("--in-process"),
              let mib = ProcessInfo.processInfo.environment["PINCITE_TEST_MEMORY_LIMIT_MIB"] else { return [] }
        return ["--memory-limit-mib", mib]
    }

    /// Runs the CLI; returns status, stdout and stderr. A run still going after `timeout`
    /// seconds is killed (SIGTERM) and fails the calling test, so a stall fails instead of hanging.
    static func pincite(_ args: [String], stdin: Data? = nil, timeout: Double = 600) throws -> (status: Int32, out: Data, err: String) {
        guard let bin = BatchRunnerTests.pinciteBinary else { throw XCTSkip("pincite is not built next to the tests") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = args + memoryLimit(args)
        // stderr to a file, so that a full stderr pipe can never stall the run
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let errHandle = try FileHandle(forWritingTo: errFile)
        // stdin from a file too: writing a pipe while not reading stdout could deadlock
        let inFile = errFile.appendingPathExtension("in")
        FileManager.default.createFile(atPath: inFile.path, contents: stdin ?? Data())
        defer { try? FileManager.default.removeItem(at: inFile) }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = errHandle
        p.standardInput = try FileHandle(forReadingFrom: inFile)
        try p.run()
        let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog.cancel()
        try errHandle.close()
        if p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGTERM {
            XCTFail("pincite \(args.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        return (p.terminationStatus, outData, String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
    }

    static func records(_ data: Data) throws -> [[String: Any]] {
        try data.split(separator: 0x0A).map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        }
    }

    static func name(_ record: [String: Any]) -> String? { (record["source"] as? [String: Any])?["name"] as? String }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// A folder of corpus-dev opinions plus broken files: binary, truncated gzip,
    /// invalid UTF-8, one over the size limit, an empty file.
    func brokenAndRealFolder() throws -> (dir: URL, real: [String], broken: [String: Bool]) {
        let dir = try temporaryDirectory()
        let sources = Array(TestCorpus.files.filter { $0.pathExtension != "json" }.prefix(12))  // (a case JSON file is named by its case id)
        let names = sources.map(\.lastPathComponent)
        for url in sources {
            try FileManager.default.copyItem(at: url, to: dir.appendingPathComponent(url.lastPathComponent))
        }
        let sample = try Data(contentsOf: TestCorpus.texts[0])
        var random = SystemRandomNumberGenerator()
        // random bytes that begin like a JSON array ("["): still one document, not JSON records (a
        // random first byte "[" made this test fail once in ~256 runs before the sniffer checked)
        var binary = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        binary[0] = UInt8(ascii: "[")
        try Data(binary).write(to: dir.appendingPathComponent("zz_binary.bin"))
        // gzip of a real opinion, cut in half
        let gz = dir.appendingPathComponent("zz_truncated.txt")
        try sample.write(to: gz)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-f", gz.path]
        try gzip.run()
        gzip.waitUntilExit()
        let whole = try Data(contentsOf: dir.appendingPathComponent("zz_truncated.txt.gz"))
        try whole.prefix(whole.count / 2).write(to: dir.appendingPathComponent("zz_truncated.txt.gz"))
        // Windows-1252 quotes and a section sign: not UTF-8
        try Data("See Smith v. Jones, 123 F.3d 456 (2d Cir. 1999) \u{93}quoted\u{94} \u{A7} 5.".utf8.map { $0 == 0xC2 ? 0x20 : $0 })
            .write(to: dir.appendingPathComponent("zz_latin1.txt"))
        try Data(repeating: 0x61, count: 2 << 20).write(to: dir.appendingPathComponent("zz_huge.txt"))
        try Data().write(to: dir.appendingPathComponent("zz_empty.txt"))
        // true: becomes an error record; false: parsed best-effort with a diagnostic
        let broken = ["zz_binary.bin": false, "zz_truncated.txt.gz": true, "zz_latin1.txt": false,
                      "zz_huge.txt": true, "zz_empty.txt": true]
        return (dir, names.map { dir.appendingPathComponent($0).path }, broken)
    }

    func testEveryInputGivesExactlyOneRecord() throws {
        let (dir, real, broken) = try brokenAndRealFolder()
        let run = try pincite(["batch", dir.path, "--keep-order", "--jobs", "2", "--max-document-mib", "1"])
        XCTAssertEqual(run.status, 0, run.err)
        let records = try Self.records(run.out)
        XCTAssertEqual(records.count, real.count + broken.count)
        // --keep-order: the folder's sorted order
        let expected = (real + broken.keys.map { dir.appendingPathComponent($0).path }).sorted()
        XCTAssertEqual(records.compactMap(Self.name), expected)
        for record in records {
            let name = Self.name(record)!
            let file = URL(fileURLWithPath: name).lastPathComponent
            if broken[file] == true {
                XCTAssertNotNil(record["error"], "\(file) should be an error record")
            } else {
                XCTAssertNil(record["error"], "\(file): \(record["error"] ?? "")")
                XCTAssertNotNil(record["citations"], file)
            }
        }
        XCTAssertTrue(run.err.contains("zz_truncated.txt.gz"), "errors are reported on stderr too")
        XCTAssertTrue(run.err.contains("pincite batch: \(records.count) documents (3 errors)"), run.err)
    }

    func testErrorsFileTakesTheErrorRecords() throws {
        let (dir, real, broken) = try brokenAndRealFolder()
        let errors = dir.appendingPathComponent("errors.jsonl")
        let run = try pincite(["batch", dir.path, "--jobs", "2", "--max-document-mib", "1", "--errors", errors.path,
                               "--fail-on-error"])
        XCTAssertEqual(run.status, 1, "--fail-on-error with error records exits 1")
        let outputs = try Self.records(run.out)
        let errorRecords = try Self.records(try Data(contentsOf: errors))
        XCTAssertEqual(outputs.count, real.count + broken.values.filter { !$0 }.count)
        XCTAssertEqual(Set(errorRecords.compactMap(Self.name).map { URL(fileURLWithPath: $0).lastPathComponent }),
                       Set(broken.filter(\.value).keys))
    }

    /// The run's own outputs inside the folder it reads are not read back. They were: under the
    /// thread sanitizer every worker died, the real documents became error records in
    /// `errors.jsonl` before the walk reached it, and from then on each error record read back
    /// became one more error record appended to the file being read — the run never ended.
    /// Here empty files, sorted before the outputs, make error records from the start.
    func testOutputsInsideTheInputFolderAreNotReadBack() throws {
        let dir = try temporaryDirectory()
        for i in 0..<20 { try Data().write(to: dir.appendingPathComponent(String(format: "a%02d.txt", i))) }
        let real = Array(TestCorpus.texts.prefix(2))
        for url in real { try FileManager.default.copyItem(at: url, to: dir.appendingPathComponent("p_" + url.lastPathComponent)) }
        let errors = dir.appendingPathComponent("errors.jsonl"), out = dir.appendingPathComponent("out.jsonl")
        let run = try pincite(["batch", dir.path, "--jobs", "1", "--errors", errors.path, "-o", out.path], timeout: 120)
        XCTAssertEqual(run.status, 0, run.err)
        let errorNames = try Self.records(try Data(contentsOf: errors)).compactMap(Self.name)
        XCTAssertEqual(errorNames, (0..<20).map { dir.appendingPathComponent(String(format: "a%02d.txt", $0)).path })
        let outNames = try Self.records(try Data(contentsOf: out)).compactMap(Self.name)
        XCTAssertEqual(Set(outNames), Set(real.map { dir.appendingPathComponent("p_" + $0.lastPathComponent).path }))
    }

    /// Workers that cannot start (here a 1 MiB memory cap, too small for the process itself)
    /// stop the run at once with exit status 3 and say why, instead of starting one more worker
    /// for every document and blaming each document for its death.
    func testWorkersThatCannotStartFailTheRunClearly() throws {
        let dir = try temporaryDirectory()
        // more documents than the runner's window (128 per job, at most 256 documents) holds,
        // so that "reading stops" can show
        for i in 0..<600 { try Data("Roe v. Wade, 410 U.S. 113 (1973). \(i)".utf8).write(to: dir.appendingPathComponent("d\(i).txt")) }
        let started = Clock.now()
        let run = try pincite(["batch", dir.path, "--jobs", "2", "--memory-limit-mib", "1"], timeout: 120)
        XCTAssertEqual(run.status, 3, run.err)
        XCTAssertTrue(run.err.contains("stopped: worker processes cannot start"), run.err)
        XCTAssertTrue(run.err.contains("before it was ready"), run.err)
        XCTAssertLessThan(Clock.now() - started, 60)
        let records = try Self.records(run.out)
        XCTAssertFalse(records.isEmpty)
        XCTAssertLessThan(records.count, 600, "reading stops")
        for record in records {
            XCTAssertTrue((record["error"] as? String)?.hasPrefix("not parsed: worker processes cannot start") == true, "\(record)")
        }
    }

    func testJSONLinesOnStandardInput() throws {
        let texts = TestCorpus.texts.prefix(5)
        var lines: [String] = []
        for (i, url) in texts.enumerated() {
            let text = try String(contentsOf: url, encoding: .utf8)
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "op-\(i)", "text": text]), as: UTF8.self))
        }
        let run = try pincite(["batch", "-", "--keep-order", "--in-process"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        XCTAssertEqual(run.status, 0, run.err)
        let records = try Self.records(run.out)
        XCTAssertEqual(records.compactMap(Self.name), (0..<texts.count).map { "op-\($0)" })
        // every record has its citation list; 004 (a 2d Cir. order) cites nothing, the others do
        XCTAssertTrue(records.allSatisfy { $0["citations"] is [Any] })
        XCTAssertEqual(records.filter { !(($0["citations"] as? [Any]) ?? []).isEmpty }.count, texts.count - 1)
    }
}
