// `pincite graph`: the citation graph of a Pincite SQLite database (written by
// `pincite batch --db`) as an edge CSV, GraphML or a most-cited table. The
// export itself is `GraphExport` in PinciteSQLite; this only reads options and
// picks the output.

import ArgumentParser
import Foundation
import PinciteSQLite

/// Output formats of `pincite graph`.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, graphml, top
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the citation graph of a Pincite SQLite database.",
        discussion: """
            csv: one line per citing document and cited authority with CourtListener's OpinionsCited \
            columns id,depth,cited_opinion_id,citing_opinion_id — but cited_opinion_id is Pincite's \
            authority key ("532 U.S. 234", "28 U.S.C. § 636") and citing_opinion_id the document id \
            given to `pincite batch`, not CourtListener's numeric ids. depth counts every citation of \
            the authority in the document, short forms and Id. included.
            graphml: a directed GraphML graph; nodes are documents and authorities (data keys kind, \
            key, name), edges carry depth and pincites.
            top: the --top N authorities cited by the most documents.
            Authorities cited under a parallel cite are merged into one (the database's aliases).
            """)

    @Argument(help: "The Pincite SQLite database (from pincite batch --db).")
    var database: String

    @Option(name: .shortAndLong, help: "Output format: csv (edge list), graphml or top (most-cited table).")
    var format: GraphFormat = .csv

    @Option(help: "With --format top: how many authorities.")
    var top: Int = 20

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: database) else {
            FileHandle.standardError.write(Data("pincite: \(database): no such database\n".utf8))
            throw ExitCode(1)
        }
        let db: PinciteDatabase
        do {
            db = try PinciteDatabase(path: database)
        } catch {
            FileHandle.standardError.write(Data("pincite: \(database): \(error)\n".utf8))
            throw ExitCode(1)
        }
        var file: UnsafeMutablePointer<FILE>? = nil
        if let output {
            file = fopen(output, "wb")
            if file == nil {
                FileHandle.standardError.write(Data("pincite: \(output): cannot write\n".utf8))
                throw ExitCode(1)
            }
        }
        defer { if let file { fclose(file) } }
        let out: GraphExport.Output = { bytes in
            if let file { fwrite(bytes.baseAddress, 1, bytes.count, file) } else { Output.write(bytes) }
        }
        let export = GraphExport(db)
        do {
            switch format {
            case .csv: try export.writeCSV(to: out)
            case .graphml: try export.writeGraphML(to: out)
            case .top: try export.writeTop(top, to: out)
            }
        } catch {
            FileHandle.standardError.write(Data("pincite: \(database): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
