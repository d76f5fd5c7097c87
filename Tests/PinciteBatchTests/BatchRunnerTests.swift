import XCTest
import Pincite
@testable import PinciteBatch

/// The parallel runner on real opinions: one result per document, order kept when
/// asked, the same JSON whatever the job count or isolation, and a document that
/// runs past the time limit or exhausts a worker's memory costs that document only.
final class BatchRunnerTests: XCTestCase {
    /// The opinions committed under Corpus/ (see `TestCorpus`).
    static let corpus: [BatchDocument] = TestCorpus.files.map { url in
        let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
        return BatchDocument(id: url.lastPathComponent, bytes: bytes, origin: url.path)
    }

    /// The `pincite` CLI built next to the test bundle, for worker processes.
    static var pinciteBinary: String? {
        let here = Bundle(for: BatchRunnerTests.self).bundleURL
        return [here, here.deletingLastPathComponent()].map { $0.appendingPathComponent("pincite").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(_ docs: [BatchDocument], _ options: BatchRunOptions) -> [BatchResult] {
        var queue = docs[...]
        var results: [BatchResult] = []
        BatchRunner(options).run(next: { queue.popFirst() }, deliver: { results.append($0) })
        return results
    }

    func processes(_ extra: [String] = []) throws -> BatchIsolation {
        guard let bin = Self.pinciteBinary else { throw XCTSkip("pincite is not built next to the tests") }
        return .processes(executable: bin, arguments: ["worker", "--json"] + extra)
    }

    func testKeepOrderGivesOneResultPerDocumentInInputOrder() throws {
        var docs = Self.corpus
        XCTAssertGreaterThanOrEqual(docs.count, 12)
        docs.insert(BatchDocument(id: "unreadable", bytes: [], origin: "x.gz", error: "truncated gzip stream"), at: 5)
        let results = run(docs, BatchRunOptions(jobs: 3, keepOrder: true))
        XCTAssertEqual(results.map(\.id), docs.map(\.id))
        XCTAssertEqual(results[5].error, "truncated gzip stream")
        XCTAssertNil(results[5].json)
        // every other document parsed, with exactly the library's JSON
        for (doc, result) in zip(docs, results) where doc.error == nil {
            XCTAssertNil(result.error, doc.id)
            XCTAssertEqual(result.json, Pincite.parse(bytes: doc.bytes, name: doc.id, bluebook: nil).jsonBytes(), doc.id)
        }
    }

    func testWithoutKeepOrderEveryDocumentStillArrivesOnce() {
        let results = run(Self.corpus, BatchRunOptions(jobs: 2, keepOrder: false, window: 3))
        XCTAssertEqual(results.map(\.id).sorted(), Self.corpus.map(\.id).sorted())
    }

    /// The byte side of the window: with a 1 MiB budget, documents larger than the whole
    /// budget still pass (alone), smaller ones share it, and every document arrives once, in
    /// order, with its own result; nothing waits forever for bytes that never come back.
    func testByteBudgetLetsLargeDocumentsThroughInOrder() {
        let big = Array(repeating: UInt8(ascii: "x"), count: 3 << 20)   // 3 MiB: more than the budget
        var docs: [BatchDocument] = []
        for (n, d) in Self.corpus.prefix(6).enumerated() {
            docs.append(d)
            docs.append(BatchDocument(id: "big-\(n)", bytes: big + Array(" Roe v. Wade, 410 U.S. 113 (1973).".utf8), origin: "big"))
        }
        let results = run(docs, BatchRunOptions(jobs: 2, keepOrder: true, windowBytes: 1 << 20))
        XCTAssertEqual(results.map(\.id), docs.map(\.id))
        XCTAssertEqual(results.filter { $0.id.hasPrefix("big-") }.map(\.citations), Array(repeating: 1, count: 6))
        XCTAssertTrue(results.allSatisfy { $0.error == nil })
    }

    func testSameJSONForOneAndTwoJobsInThreadsAndProcesses() throws {
        let one = run(Self.corpus, BatchRunOptions(jobs: 1, keepOrder: true)).map(\.json)
        let two = run(Self.corpus, BatchRunOptions(jobs: 2, keepOrder: true)).map(\.json)
        XCTAssertTrue(one == two, "threads: 1 job and 2 jobs differ")
        let isolated = run(Self.corpus, BatchRunOptions(jobs: 2, isolation: try processes(), keepOrder: true)).map(\.json)
        XCTAssertTrue(one == isolated, "worker processes differ from in-process parsing")
    }

    func testRowsCrossTheWorkerPipeIntact() throws {
        let job = BatchJobOptions(json: false, rows: true)
        let docs = Self.corpus
        let local = run(docs, BatchRunOptions(jobs: 1, job: job, keepOrder: true))
        let remote = run(docs, BatchRunOptions(jobs: 2, job: job, isolation: .processes(
            executable: try XCTUnwrap(Self.pinciteBinary), arguments: ["worker", "--rows"]), keepOrder: true))
        XCTAssertEqual(local.map(\.rows), remote.map(\.rows))
        XCTAssertTrue(remote.allSatisfy { $0.rows != nil && $0.json == nil })
        XCTAssertGreaterThan(remote.map { $0.rows?.citations.count ?? 0 }.reduce(0, +), 100)
    }

    /// A document far too big to parse within the limit: its worker is killed, the
    /// documents around it are parsed by a fresh worker.
    func testTimeLimitCostsOneDocument() throws {
        let small = Array(Self.corpus.prefix(3))
        let big = BatchDocument(id: "big", bytes: Array(small.map(\.bytes).joined().prefix(200_000)).repeated(60), origin: "big")
        let docs = [small[0], big, small[1], small[2]]
        let results = run(docs, BatchRunOptions(jobs: 1, isolation: try processes(), keepOrder: true, timeLimit: 1))
        XCTAssertEqual(results.map(\.id), docs.map(\.id))
        XCTAssertTrue(results[1].error?.hasPrefix("time limit") == true, results[1].error ?? "no error")
        for i in [0, 2, 3] { XCTAssertNil(results[i].error, docs[i].id) }
    }

    /// A worker whose memory cap the document exceeds dies; that document becomes an
    /// error record and the next one is parsed by a new worker.
    func testWorkerDeathCostsOneDocument() throws {
        if ProcessInfo.processInfo.environment["PINCITE_TEST_MEMORY_LIMIT_MIB"] == "0" {
            throw XCTSkip("PINCITE_TEST_MEMORY_LIMIT_MIB=0 (a sanitizer build): its shadow memory counts against the 96 MiB cap, so the worker cannot start at all")
        }
        let small = Array(Self.corpus.prefix(2))
        // 60 MB: the frame and its decoded copy alone are more than the worker's 96 MiB
        let big = BatchDocument(id: "big", bytes: Array(small.map(\.bytes).joined().prefix(200_000)).repeated(300), origin: "big")
        let docs = [small[0], big, small[1]]
        let results = run(docs, BatchRunOptions(jobs: 1, isolation: try processes(["--memory-limit-mib", "96"]), keepOrder: true))
        XCTAssertEqual(results.map(\.id), docs.map(\.id))
        XCTAssertTrue(results[1].error?.hasPrefix("parser fault") == true, results[1].error ?? "no error")
        XCTAssertNil(results[0].error)
        XCTAssertNil(results[2].error)
    }
}

extension BatchRunnerTests {
    /// Workers that die before they are ready — here a shell that counts its starts and exits
    /// 66, as a thread-sanitizer build of pincite does under a memory cap — are retried a few
    /// times per job, then the run stops: every document read gets an error record saying the
    /// workers cannot start (not a parser fault of its own), reading stops, and `failure` says
    /// why. Before, each document started one more worker and was blamed for its death.
    func testWorkersThatCannotStartStopTheRun() throws {
        let counter = FileManager.default.temporaryDirectory.appendingPathComponent("pincite-starts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: counter) }
        // twice the runner's window, so that "reading stops" means stopping before the end
        let count = 2 * BatchRunOptions(jobs: 2).window
        let docs = (0..<count).map { BatchDocument(id: "d\($0)", bytes: Array("Roe v. Wade, 410 U.S. 113 (1973).".utf8), origin: "d\($0)") }
        var queue = docs[...]
        var results: [BatchResult] = []
        let runner = BatchRunner(BatchRunOptions(jobs: 2, isolation: .processes(
            executable: "/bin/sh", arguments: ["-c", "echo start >> '\(counter.path)'; exit 66"]), keepOrder: true))
        let started = Clock.now()
        runner.run(next: { queue.popFirst() }, deliver: { results.append($0) })
        XCTAssertLessThan(Clock.now() - started, 30)
        let failure = try XCTUnwrap(runner.failure)
        XCTAssertTrue(failure.contains("worker exited with status 66 before it was ready"), failure)
        let starts = try String(contentsOf: counter, encoding: .utf8).split(separator: "\n").count
        XCTAssertLessThanOrEqual(starts, 2 * WorkerHealth.attempts, "no worker per document")
        XCTAssertFalse(results.isEmpty)
        XCTAssertLessThan(results.count, docs.count, "reading stops")
        XCTAssertEqual(results.map(\.id), docs.prefix(results.count).map(\.id), "each document read is delivered once")
        for r in results { XCTAssertTrue(r.error?.hasPrefix("not parsed: worker processes cannot start") == true, r.error ?? "no error") }
    }

    /// A worker that starts is unaffected: the ready frame comes first, then the documents.
    func testHealthyWorkersLeaveNoFailure() throws {
        let runner = BatchRunner(BatchRunOptions(jobs: 2, isolation: try processes(), keepOrder: true))
        var queue = Self.corpus.prefix(3)
        var results: [BatchResult] = []
        runner.run(next: { queue.popFirst() }, deliver: { results.append($0) })
        XCTAssertNil(runner.failure)
        XCTAssertEqual(results.count, 3)
        XCTAssertTrue(results.allSatisfy { $0.error == nil && $0.json != nil })
    }
}

extension Array where Element == UInt8 {
    func repeated(_ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * n)
        for _ in 0..<n { out += self }
        return out
    }
}
