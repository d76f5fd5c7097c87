// `pincite check`: the Bluebook check of one opinion. Prints each citation that
// deviates from the chosen edition (page, text, rule, suggestion); `--fix`
// writes a corrected copy of a plain-text input and prints the unified diff.

import ArgumentParser
import Foundation
import Pincite

/// `--edition`: the Bluebook edition to check against.
enum EditionChoice: String, ExpressibleByArgument, CaseIterable {
    case e21 = "21", e22 = "22"
    var edition: BluebookEdition { self == .e22 ? .twentySecond : .twentyFirst }
}

/// Output formats of `pincite check`.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, table
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the citations of one opinion against The Bluebook.",
        discussion: "Verdicts are conforms, deviates, ambiguous or not checked; a deviation names the rule and, where it can, the corrected text. Opinions follow house styles, so nothing here is an error; the exit code is 0 unless the input cannot be read.")

    @Argument(help: "The opinion file to check, or - for standard input.")
    var file: String = "-"

    @Option(help: "Bluebook edition: 21 (default) or 22.")
    var edition: EditionChoice = .e21

    @Flag(help: "Strict reporter spacing: a closed-up reporter (\"F.Supp.2d\") deviates even where the Bluepages tolerate it.")
    var strict = false

    @Flag(help: "Write a corrected copy of a plain-text input (FILE.bluebook.txt, or --output) and print the unified diff.")
    var fix = false

    @Option(help: "With --fix: where to write the corrected copy.")
    var output: String?

    @Flag(help: "Also list info remarks (edition notes, tolerated house styles).")
    var info = false

    @Option(name: .shortAndLong, help: "Output: text (deviations), json (pincite/1 with checks and verdicts) or table (citations with a verdict column).")
    var format: CheckFormat = .text

    @Option(help: "Input format: auto (detect from the content), text, html, cap-xml or cap-json.")
    var from: InputChoice = .auto

    @Flag(help: ArgumentHelp("Print the time of parsing and of checking to standard error.", visibility: .hidden))
    var timing = false

    func validate() throws {
        if fix, file == "-", output == nil { throw ValidationError("--fix on standard input needs --output") }
    }

    func run() throws {
        let bytes = try InputReader.read(file)
        let options = CheckOptions(edition: edition.edition, strict: strict)
        if timing {
            // the checker's added cost: parse without it, then run it alone on the same citations
            let t0 = Date()
            var bare = Pincite.parse(bytes: bytes, name: file, format: from.format, bluebook: nil)
            let t1 = Date()
            var again = bare.citations
            BluebookChecker.check(&bare.citations, text: bare.source.text, options: options)
            let t2 = Date()
            BluebookChecker.check(&again, text: bare.source.text, options: options)   // tables already built
            let t3 = Date()
            let ms = { (a: Date, b: Date) in String(format: "%.1f", b.timeIntervalSince(a) * 1000) }
            FileHandle.standardError.write(Data("parse \(ms(t0, t1)) ms, check \(ms(t1, t2)) ms (of which tables \(String(format: "%.1f", (t2.timeIntervalSince(t1) - t3.timeIntervalSince(t2)) * 1000)) ms), \(bare.citations.count) citations\n".utf8))
        }
        let doc = Pincite.parse(bytes: bytes, name: file, format: from.format, bluebook: options)
        if fix {
            guard doc.format == .text else {
                throw ValidationError("--fix writes corrected copies of plain-text inputs only (this input is \(doc.format.rawValue))")
            }
            let corrected = doc.correctedText()
            let target = output ?? (file as NSString).deletingPathExtension + ".bluebook.txt"
            guard FileManager.default.createFile(atPath: target, contents: Data(corrected)) else {
                throw InputReader.ReadError(file: target, reason: "cannot write")
            }
            Output.write(Array(UnifiedDiff.make(old: doc.source.text, new: corrected, name: (file as NSString).lastPathComponent).utf8))
            FileHandle.standardError.write(Data("pincite: \(doc.bluebookFixes().count) corrections written to \(target)\n".utf8))
            return
        }
        switch format {
        case .text: Output.write(Array(doc.checkReport(includeInfo: info).utf8))
        case .json:
            doc.writeJSON { Output.write($0) }
            Output.write([0x0A])
        case .table: Output.write(Array(doc.citationTable().utf8))
        }
    }
}
