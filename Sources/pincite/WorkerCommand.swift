import ArgumentParser
import Foundation
import PinciteBatch

// `pincite worker`: the hidden child process `pincite batch` starts once per job
// (see PinciteBatch/Runner/WorkerProcess.swift). Binary frames on stdin/stdout.

/// `pincite worker`: the child process of `pincite batch` (frames on stdin/stdout).
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Internal: the worker process `pincite batch` starts (binary frames on stdin/stdout).",
        shouldDisplay: false)

    @Flag var json = false
    @Flag var rows = false
    @Flag var citationsOnly = false
    @Flag var bluebook = false
    @Option var memoryLimitMib: Int?

    func run() throws {
        MemoryTuning.keepFreedMemoryForTheNextDocument()
        signal(SIGPIPE, SIG_IGN)
        if let mib = memoryLimitMib, !WorkerLoop.limitMemory(mib: mib) {
            FileHandle.standardError.write(Data("pincite worker: cannot set the memory limit\n".utf8))
        }
        let status = WorkerLoop.run(BatchJobOptions(json: json, rows: rows, structure: !citationsOnly, bluebook: bluebook))
        if status != 0 { throw ExitCode(status) }
    }
}

extension BatchJobOptions {
    /// The `pincite worker` flags that reproduce these options.
    var workerArguments: [String] {
        (json ? ["--json"] : []) + (rows ? ["--rows"] : []) + (structure ? [] : ["--citations-only"])
            + (bluebook ? ["--bluebook"] : [])
    }
}

