// The `pincite` command-line tool: a thin shell over the Pincite library.
// Subcommands: `parse` (one document → JSON or a table) and `batch` (many
// documents → JSON Lines). Exit codes: 0 success, 1 I/O error (the message names
// the file), 64 usage error (from ArgumentParser). Text never causes an error.

import ArgumentParser
import Foundation
import Pincite

@main
struct PinciteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pincite",
        abstract: "Parse US court opinions and their citations into data.",
        version: Pincite.version,
        subcommands: [Parse.self, Batch.self, CheckCommand.self, GraphCommand.self, Worker.self]
    )
}

/// `--from`: the input format, or auto-detection.
enum InputChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, text, html
    case capXML = "cap-xml"
    case capJSON = "cap-json"
    var format: InputFormat? { self == .auto ? nil : InputFormat(rawValue: rawValue) }
}

/// Output formats of `pincite parse`.
enum ParseFormat: String, ExpressibleByArgument, CaseIterable {
    case json, xml, akn, table, csv, md, toa, html, outline, text
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse one opinion (a file, or - for standard input).")

    @Argument(help: "The opinion file to parse, or - for standard input.")
    var file: String = "-"

    @Option(name: .shortAndLong, help: "Output format: json (pincite/1 document), xml (pincite/1 XML), akn (Akoma Ntoso judgment), table (citation table; --style text|csv|md|html|json), csv, md (the citation table as CSV / Markdown), toa (Table of Authorities; --style text|md|html, --passim N), html (annotated report), outline (caption and sections) or text (the reading text: page furniture removed, lines joined, footnotes after their paragraph).")
    var format: ParseFormat = .json

    @Option(help: "Input format: auto (detect from the content), text, html, cap-xml or cap-json.")
    var from: InputChoice = .auto

    @Flag(help: "Citations (with pages and footnotes) only: no opinion tree. Faster.")
    var citationsOnly = false

    @Flag(help: "Skip the Bluebook check (`checks` stay empty, `verdict` null). Faster.")
    var noBluebook = false

    @Option(help: "Style of --format table: text, csv, md, html or json; of --format toa: text, md or html.")
    var style: String?

    @Option(help: "Table of Authorities: write \"passim\" from this many pages on (0: never).")
    var passim: Int = 5

    /// "md" is short for "markdown".
    static func expand(_ style: String) -> String { style == "md" ? "markdown" : style }

    /// The library exporter of `--format` with its options; nil for the views
    /// that are not exporters (outline, reading text).
    var exporter: DocumentExporter? {
        let toa = TOAOptions(style: TOAOptions.Style(rawValue: Self.expand(style ?? "text")) ?? .text, passimThreshold: passim)
        switch format {
        case .json: return JSONExporter()
        case .xml: return XMLExporter()
        case .akn: return AkomaNtosoExporter()
        case .table: return CitationTableExporter(style: CitationTableStyle(rawValue: Self.expand(style ?? "text")) ?? .text)
        case .csv: return CitationTableExporter(style: .csv)
        case .md: return CitationTableExporter(style: .markdown)
        case .toa: return TableOfAuthoritiesExporter(toa)
        case .html: return HTMLReportExporter(toa: TOAOptions(passimThreshold: passim))
        case .outline, .text: return nil
        }
    }

    func validate() throws {
        if let s = style.map(Self.expand), format == .toa, TOAOptions.Style(rawValue: s) == nil {
            throw ValidationError("--style for toa must be text, md or html")
        }
        if let s = style.map(Self.expand), format == .table, CitationTableStyle(rawValue: s) == nil {
            throw ValidationError("--style for table must be text, csv, md, html or json")
        }
        if passim < 0 { throw ValidationError("--passim must be 0 or more") }
    }

    func run() throws {
        let bytes = try InputReader.read(file)
        let doc = Pincite.parse(bytes: bytes, name: file, format: from.format, structure: !citationsOnly,
                                bluebook: noBluebook ? nil : CheckOptions())
        if let exporter = exporter {
            // streamed where the exporter streams (JSON, XML, AKN): a large document is never held whole
            exporter.write(doc) { Output.write($0) }
            if [.json, .xml, .akn].contains(format) { Output.write([0x0A]) }
            return
        }
        switch format {
        case .outline:
            Output.write(Array(doc.outline().utf8))
        case .text:
            Output.write(Array(doc.readingText().text.utf8))
            Output.write([0x0A])
        default:
            break   // every other format has an exporter
        }
    }
}

/// Reading input files with clear errors.
enum InputReader {
    struct ReadError: Error, CustomStringConvertible {
        let file: String
        let reason: String
        var description: String { "cannot read \(file): \(reason)" }
    }

    static func read(_ file: String) throws -> [UInt8] {
        if file == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else {
            throw ReadError(file: file, reason: "no such file")
        }
        if isDir.boolValue { throw ReadError(file: file, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReadError(file: file, reason: "permission denied or unreadable")
        }
        return [UInt8](data)
    }
}

/// Unbuffered-enough writes to standard output (documents arrive in ~64 KiB chunks).
enum Output {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    static func write(_ p: UnsafeRawBufferPointer) {
        guard let base = p.baseAddress else { return }
        var off = 0
        while off < p.count {
            let n = Foundation.write(1, base + off, p.count - off)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            off += n
        }
    }
}
