import XCTest
@testable import Pincite

// Shared helpers for the Pincite tests. Snippets in the test files are copied
// verbatim from /work/shared/corpus-dev/*.txt; each test names its source file.

/// Parses a UTF-8 string.
func parse(_ s: String) -> Document {
    Pincite.parse(bytes: Array(s.utf8), name: "test")
}

/// The citations of a UTF-8 string.
func cites(_ s: String) -> [Citation] {
    parse(s).citations
}

extension Document {
    /// The collapsed text of citation `i`.
    func text(of c: Citation) -> String { collapsedText(c.span) }

    /// The first citation whose text contains `needle`.
    func cite(containing needle: String) -> Citation? {
        citations.first { collapsedText($0.span).contains(needle) }
    }
}

/// The first citation of the given kind and (optionally) volume/reporter/page.
func first(_ cs: [Citation], _ kind: CitationKind, volume: String? = nil, page: String? = nil) -> Citation? {
    cs.first { $0.kind == kind && (volume == nil || $0.volume == volume) && (page == nil || $0.page == page) }
}
