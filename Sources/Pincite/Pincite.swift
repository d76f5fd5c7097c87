// The public entry point: bytes in, `Document` out. Runs the pipeline stages in
// order — Source → Lexer → Layout → Parser → Resolver — each a pure function of
// the one before (DESIGN.md). Text never makes this fail; problems become
// diagnostics on the document.

/// Pincite's library interface.
public enum Pincite {
    /// The JSON schema identifier of the documents Pincite writes.
    public static let schema = "pincite/1"
    /// Library version.
    public static let version = "0.1.0"

    /// Parses one opinion.
    /// - Parameters:
    ///   - bytes: the input exactly as read (any encoding; see `SourceText`).
    ///   - name: a name for the input, echoed in the output ("-" for stdin).
    /// - Returns: the parsed document; never throws.
    public static func parse(bytes: [UInt8], name: String = "-") -> Document {
        let source = SourceText(bytes: bytes)
        let tokens = Lexer.tokenize(source.text)
        let layout = PageLayout.detect(text: source.text, tokens: tokens)
        var citations: [Citation] = source.text.withUnsafeBufferPointer { buf in
            var parser = Parser(text: buf, tokens: tokens, tables: ReferenceTables.shared)
            parser.blankLinesSeparateParagraphs = !layout.doubleSpaced
            parser.parseCitations(from: 0, to: tokens.count)
            return parser.citations
        }
        let tree = StructureParser.parse(text: source.text, lines: TextLines.scan(source.text), layout: layout)
        let sectionStarts = tree.sections.map(\.span.start)
        for i in citations.indices {
            citations[i].location.page = layout.page(at: citations[i].span.start)
            citations[i].location.footnote = layout.footnote(at: citations[i].span.start)
            citations[i].location.section = sectionStarts.isEmpty ? nil : Pincite.lastIndex(in: sectionStarts, atOrBefore: citations[i].span.start)
        }
        Resolver.resolve(&citations)
        var diagnostics: [String] = []
        if bytes.isEmpty { diagnostics.append("empty input") }
        if source.encoding == .windows1252 { diagnostics.append("input is not valid UTF-8; decoded as Windows-1252") }
        if looksBinary(bytes) { diagnostics.append("input looks like binary data, not text; parsed best-effort") }
        return Document(name: name, source: source, tokens: tokens, citations: citations, layout: layout, tree: tree,
                        diagnostics: diagnostics)
    }

    /// The index of the last element of sorted `starts` that is ≤ `offset`.
    static func lastIndex(in starts: [Int], atOrBefore offset: Int) -> Int? {
        var lo = 0, hi = starts.count - 1, best: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }

    /// Heuristic: many control bytes in the first 4 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        guard !head.isEmpty else { return false }
        var control = 0
        for b in head where b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        return control * 10 > head.count
    }
}
