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

extension Array where Element == UInt8 {
    func repeated(_ n: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * n)
        for _ in 0..<n { out += self }
        return out
    }
}
