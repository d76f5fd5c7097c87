import XCTest
@testable import Pincite

// Shared helpers for the Pincite unit tests.
//
// Every snippet in these tests is copied verbatim from a file in
// /work/shared/corpus-dev/ (named in a comment next to it); where two passages
// of one opinion are joined, they are separated by "\n\n" and the comment says so.
// The expected values were decided by reading the snippet (Bluebook conventions),
// not copied from the parser's output.

/// Parses a UTF-8 string as one document.
func parse(_ s: String) -> Document {
    Pincite.parse(bytes: Array(s.utf8), name: "test")
}

/// The citations of a UTF-8 string.
func cites(_ s: String) -> [Citation] {
    parse(s).citations
}

extension Document {
    /// The whitespace-collapsed text of a citation's span.
    func text(_ c: Citation) -> String { collapsedText(c.span) }
}

extension Array where Element == Citation {
    /// The first citation with this volume and page (a reporter cite).
    func cite(volume: String, page: String? = nil) -> Citation? {
        first { $0.volume == volume && (page == nil || $0.page == page) }
    }

    /// The citations of one kind, in order.
    func of(_ kind: CitationKind) -> [Citation] { filter { $0.kind == kind } }
}

/// The document JSON as a Foundation object.
func jsonObject(_ doc: Document) throws -> [String: Any] {
    let data = Data(doc.jsonBytes())
    return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// Parses a document of `Corpus/constructed/<folder>/` (the heads written in courts' layouts),
/// with the Bluebook check when `bluebook` is set.
func parseConstructed(_ folder: String, _ name: String, bluebook: Bool = false) throws -> Document {
    let url = CAPHeadMatterTests.corpus.appendingPathComponent("constructed/\(folder)/" + name)
    return Pincite.parse(bytes: [UInt8](try Data(contentsOf: url)), name: name, bluebook: bluebook ? CheckOptions() : nil)
}
