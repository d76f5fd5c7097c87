import Foundation
import XCTest
@testable import Pincite

/// The byte-level string helpers stand in for the standard library and Foundation
/// in the hot passes; each must give the same answer as what it replaces.
final class StringSearchTests: XCTestCase {
    /// ASCII, accents, ß (upper-cases to "SS"), Greek with a final sigma, Turkish
    /// dotted İ (lower-cases to two scalars), a combining accent, typographic
    /// quotes and dashes, an empty string.
    static let samples = [
        "Seattle Times Co. v. RHINEHART", "no change", "MUÑOZ v. Østergaard", "Straße", "ΟΔΥΣΣΕΥΣ", "İstanbul",
        "cafe\u{301} “Quoted” — Dash", "", "§ 1983 ¶ 12", "ǅ titlecase", "WORKERS’ Compensation © × ÷ † ‰", "5 µm ª º",
    ]

    func testCaseMappingMatchesTheStandardLibrary() {
        for s in Self.samples {
            XCTAssertEqual(s.fastLowercased(), s.lowercased(), s)
            XCTAssertEqual(s.fastUppercased(), s.uppercased(), s)
            let sub = s.dropFirst()
            XCTAssertEqual(sub.fastLowercased(), sub.lowercased(), "substring of \(s)")
        }
    }

    func testByteSearchesMatchFoundation() {
        let hay = "Smith v. Jones, et al., Plaintiffs v. Doe — Dated: May 1, 2020 v. "
        for needle: StaticString in [" v. ", "et al.", "Dated:", ", ", "absent", "v"] {
            let n = needle.description
            let byBytes = hay.rangeOfBytes(needle).map { hay.distance(from: hay.startIndex, to: $0.lowerBound) }
            let byFoundation = hay.range(of: n).map { hay.distance(from: hay.startIndex, to: $0.lowerBound) }
            XCTAssertEqual(byBytes, byFoundation, n)
            XCTAssertEqual(hay.componentsBytes(separatedBy: needle), hay.components(separatedBy: n), n)
        }
        XCTAssertEqual("".componentsBytes(separatedBy: ", "), "".components(separatedBy: ", "))
        XCTAssertEqual(" v. ".componentsBytes(separatedBy: " v. "), ["", ""])
    }

    func testPrefixAndSuffixOnBytes() {
        XCTAssertTrue("quoting Smith".hasPrefixBytes("quoting"))
        XCTAssertFalse("quot".hasPrefixBytes("quoting"))
        XCTAssertTrue("Smith, j., concurring".hasSuffixBytes("j., concurring"))
        XCTAssertFalse("concurring".hasSuffixBytes("j., concurring"))
        XCTAssertTrue("anything".hasPrefixBytes(""))
    }
}
