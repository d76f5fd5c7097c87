import Foundation
@testable import Pincite

// Builders for the adversarial shapes of Corpus/adversarial/README.md. The big
// inputs are generated at a size the test asks for instead of being committed
// (the full-size shapes run in Benchmarks/complexity.py, built by
// scripts/adversarial.py the same way).

enum Adversarial {
    /// 003_doctor_moctapp_jagels_v_state.txt
    static let wooldridge = "Wooldridge v. State, 239 S.W.3d 151, 153–54 (Mo. App. E.D. 2007)."

    /// The directory of the committed adversarial seeds.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/adversarial")

    /// A committed seed file's bytes.
    static func seed(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// `count` short reporter cites back to back on one line ("1 U.S. 1; 2 U.S. 2; …"),
    /// each with its own page so that none is a repeat of another.
    static func manyCitations(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * 16)
        for k in 1...count { out += Array("\(k % 999 + 1) U.S. \(k); ".utf8) }
        return out
    }

    /// `depth` citing-parentheticals inside each other, each with a citation:
    /// "A v. B, 1 U.S. 1 (citing A v. B, 2 U.S. 2 (citing …))".
    static func nestedParentheticals(_ depth: Int) -> String {
        var s = ""
        for k in 1...depth { s += "Smith v. Jones, \(k) U.S. \(k) (citing " }
        s += "Doe v. Roe, 999 U.S. 999"
        s += String(repeating: ")", count: depth)
        return s
    }

    /// `count` copies of `unit` joined to one line.
    static func repeated(_ unit: String, _ count: Int) -> String { String(repeating: unit, count: count) }

    /// HTML whose body nests `depth` elements named `tag`, a paragraph with a
    /// citation after them.
    static func nestedHTML(_ depth: Int, tag: String = "div") -> [UInt8] {
        var s = "<html><body>"
        s += String(repeating: "<\(tag)>", count: depth) + "Deep text." + String(repeating: "</\(tag)>", count: depth)
        s += "<p>" + wooldridge + "</p></body></html>"
        return Array(s.utf8)
    }
}
