import ArgumentParser
import Foundation
import Pincite
import PinciteBatch
import PincitePostgres
import PinciteSQLite

// `pincite batch`: many opinions in, JSON Lines and/or database rows out. The
// command only wires options to the library — inputs (PinciteBatch.DocumentStream),
// the parallel runner (BatchRunner, worker processes by default), the sinks
// (SQLite, PostgreSQL) — and reports progress. `pincite worker` is the hidden
// child the runner starts once per job.

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse many opinions: JSON Lines, an SQLite database or PostgreSQL.",
        discussion: """
        Inputs are streamed: files, folders (recursive), glob patterns and - (stdin); JSON Lines \
        ({id, text|html|xml} per line, CAP cases, CourtListener opinions), CourtListener bulk CSV, \
        CAP volumes and casebody XML; gzip, bzip2 and zstd are decompressed on the fly.
        Every input document gives exactly one output line or error record; a document that cannot \
        be read, crashes the parser or runs past --time-limit becomes an error record and the run \
        goes on. Ctrl-C stops reading, finishes the documents in flight and commits the database.
        The exit status is 0 when the run completed (errors are in the records; --fail-on-error \
        makes them exit 1), 2 for a usage or output error, 3 when the worker processes cannot \
        start, 130 after Ctrl-C.
        """)

    @Argument(help: "Inputs: files, folders, glob patterns, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(help: "Input kind: auto (by name and content), files, jsonl, cl-csv or cap.")
    var input: InputKind = .auto

    @Option(help: "How CourtListener CSV fields escape a quote: auto, doubled (\"\") or backslash (\\\").")
    var csvEscape: CSVEscape = .auto

    @Option(help: "Input format of each document when the container does not say: auto, text, html, cap-xml or cap-json.")
    var from: InputChoice = .auto

    @Option(name: .shortAndLong, help: "Write JSON Lines (one pincite/1 document per line): the default without --db/--postgres.")
    var format: BatchFormat?

    @Option(name: .shortAndLong, help: "Write the JSON Lines to this file instead of standard output.")
    var output: String?

    @Option(help: "Store documents, citations, authorities and edges in this SQLite database (created if missing).")
    var db: String?

    @Option(help: "Store them in PostgreSQL (postgres://user:password@host:port/database).")
    var postgres: String?

    @Option(help: "Write error records (JSON Lines) to this file; without it they go to the JSON Lines output.")
    var errors: String?

    @Option(name: .shortAndLong, help: "Documents parsed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write results in input order (otherwise as they finish).")
    var keepOrder = false

    @Option(help: "Seconds one document may take before it becomes an error record (0: no limit).")
    var timeLimit: Double = 120

    @Flag(help: "Skip documents the database already holds with the same content.")
    var resume = false

    @Flag(help: "Parse in threads of this process instead of worker processes (faster start; a parser crash then ends the run, and --time-limit does not apply).")
    var inProcess = false

    @Flag(help: "Run the Bluebook check on every document (adds ~40%).")
    var bluebook = false

    @Flag(help: "Citations only, no opinion tree (faster).")
    var citationsOnly = false

    @Option(help: "A document larger than this many MiB becomes an error record.")
    var maxDocumentMib: Int = 64

    @Option(help: "Memory one worker process may use, in MiB; a document that needs more becomes an error record (0: no limit).")
    var memoryLimitMib: Int = 8192

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: when it is a terminal).")
    var progress: Bool = isatty(2) == 1

    @Flag(help: "Exit 1 when any document became an error record.")
    var failOnError = false

    enum BatchFormat: String, ExpressibleByArgument { case jsonl }

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if timeLimit < 0 { throw ValidationError("--time-limit must be 0 or more") }
        if resume && db == nil && postgres == nil { throw ValidationError("--resume needs --db or --postgres") }
        if maxDocumentMib < 1 { throw ValidationError("--max-document-mib must be 1 or more") }
    }

    var writesJSON: Bool { format != nil || (db == nil && postgres == nil) }

    func run() throws {
        MemoryTuning.keepFreedMemoryForTheNextDocument()
        signal(SIGPIPE, SIG_IGN)
        let stop = StopFlag.installOnInterrupt()
        var options = InputOptions()
        options.kind = input
        options.csvEscape = csvEscape
        options.maxDocumentBytes = maxDocumentMib << 20
        let stream: DocumentStream
        do { stream = try DocumentStream(paths: paths, options: options) } catch {
            throw ValidationError("\(error)")
        }
        let sinks = try openSinks()
        let out = try output.map { try OutputFile(path: $0) } ?? OutputFile.standardOutput
        let errorFile = try errors.map { try OutputFile(path: $0) }
        // the outputs may lie inside an input folder: never read them back
        stream.skipFiles([output, errors, db].compactMap { $0 })
        let job = BatchJobOptions(json: writesJSON, rows: !sinks.isEmpty, structure: !citationsOnly, bluebook: bluebook)
        let isolation: BatchIsolation = inProcess ? .threads
            : .processes(executable: Self.executablePath, arguments: ["worker"] + job.workerArguments
                         + (memoryLimitMib > 0 ? ["--memory-limit-mib", "\(memoryLimitMib)"] : []))
        let runner = BatchRunner(BatchRunOptions(jobs: jobs, job: job, isolation: isolation, keepOrder: keepOrder,
                                                 timeLimit: timeLimit > 0 ? timeLimit : nil))
        var stats = BatchStats()
        let meter = ProgressMeter(enabled: progress)
        let forced = from.format
        var outputFailure: String?
        runner.run(
            next: {
                guard var doc = stream.next() else { return nil }
                if doc.format == nil { doc.format = forced }
                return doc
            },
            skip: { doc in
                resume && sinks.contains { (try? $0.contains(id: doc.id, sha256: SHA256.hex(doc.bytes))) == true }
            },
            shouldStop: { stop.isSet },
            deliver: { result in
                stats.add(result)
                do {
                    try Self.record(result, json: writesJSON ? out : nil, errors: errorFile, sinks: sinks)
                } catch {
                    // an output that cannot be written ends the run: stop reading, keep what was written
                    if outputFailure == nil { outputFailure = "\(error)" }
                    stop.set()
                }
                meter.update(stats, bytesRead: stream.bytesRead, totalBytes: stream.totalBytes)
            })
        meter.finish()
        var closeFailure: String?
        for sink in sinks {
            do { try sink.close() } catch { closeFailure = "\(error)" }
        }
        FileHandle.standardError.write(Data((stats.summary(interrupted: stop.interrupted) + "\n").utf8))
        if let failure = outputFailure ?? closeFailure {
            FileHandle.standardError.write(Data("pincite: \(failure)\n".utf8))
            throw ExitCode(2)
        }
        if let failure = runner.failure {
            FileHandle.standardError.write(Data(("pincite batch: stopped: \(failure); the documents read so far are error "
                + "records. A sanitizer build needs --memory-limit-mib 0; --in-process parses without workers.\n").utf8))
            throw ExitCode(3)
        }
        if stop.interrupted { throw ExitCode(130) }
        if failOnError && stats.errors > 0 { throw ExitCode(1) }
    }

    func openSinks() throws -> [BatchSink] {
        var sinks: [BatchSink] = []
        do {
            if let path = db { sinks.append(try SQLiteSink(path: path)) }
            if let url = postgres { sinks.append(try PostgresSink(url: url)) }
        } catch {
            FileHandle.standardError.write(Data("pincite: \(error)\n".utf8))
            throw ExitCode(2)
        }
        return sinks
    }

    /// Writes one result: the JSON line or the error record, and the database rows.
    static func record(_ r: BatchResult, json: OutputFile?, errors: OutputFile?, sinks: [BatchSink]) throws {
        if r.skipped { return }
        if let message = r.error {
            FileHandle.standardError.write(Data("pincite: \(r.origin): \(message)\n".utf8))
            let line = errorRecord(r)
            if let e = errors { try e.write(line) } else if let j = json { try j.write(line) }
            for sink in sinks { try sink.writeError(id: r.id, origin: r.origin, message: message) }
            return
        }
        if let j = json, var bytes = r.json {
            bytes.append(0x0A)
            try j.write(bytes)
        }
        if let rows = r.rows { for sink in sinks { try sink.write(rows) } }
    }

    /// {"schema": "pincite/1", "source": {"name": id, "origin": …}, "error": message}
    static func errorRecord(_ r: BatchResult) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("schema"); w.string(Pincite.schema)
        w.key("source"); w.beginObject()
        w.key("name"); w.string(r.id)
        w.key("origin"); w.string(r.origin)
        w.endObject()
        w.key("error"); w.string(r.error ?? "")
        w.endObject()
        var line = w.bytes
        line.append(0x0A)
        return line
    }

    /// This program, for starting worker processes.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

extension InputKind: ExpressibleByArgument {}
extension CSVEscape: ExpressibleByArgument {}
