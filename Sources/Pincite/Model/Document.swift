// Document: everything Pincite learned about one input, the value the public
// API returns and every exporter reads.

/// A parsed opinion.
public struct Document: Sendable {
    /// A name for the input (file path or "-").
    public var name: String
    /// The decoded input and the map back to original bytes.
    public let source: SourceText
    /// The tokens of the working text.
    public let tokens: [Token]
    /// All citations in reading order.
    public var citations: [Citation]
    /// Page layout of the text (pages, footnote zones).
    public var layout: PageLayout
    /// Caption, sections, paragraphs, block quotes, footnotes, signature.
    public var tree: OpinionTree
    /// Document-level diagnostics (decoding fallbacks, unparsed remnants).
    public var diagnostics: [String]
    /// The input format the document was read as.
    public var format: InputFormat = .text
    /// The reading order of the text (page furniture out, footnotes after the
    /// paragraph they interrupt); nil for documents not made by `Pincite.parse`.
    var flow: TextFlow? = nil
}
