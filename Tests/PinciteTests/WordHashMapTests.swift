import XCTest
@testable import Pincite

// WordHashMap: the parser's growable word-hash → citation map. Checked against a
// Dictionary over enough keys to make it grow several times, with colliding
// slots and the hash 0, which the table cannot store as a key.
final class WordHashMapTests: XCTestCase {
    func testAgreesWithADictionary() {
        var map = WordHashMap()
        var reference: [UInt64: Int] = [:]
        XCTAssertTrue(map.isEmpty)
        XCTAssertNil(map[hash: 42])
        // real word keys, keys that share their low bits (same first slot), and 0
        var keys = ["smith", "jones", "mylan", "pl", "duling", "act"].map { WordHash.key(Array($0.utf8)) }
        keys += (1...200).map { UInt64($0) << 40 }   // (h ^ h >> 32) & mask collides for small masks
        keys.append(0)
        for (n, k) in keys.enumerated() {
            map[hash: k] = n
            reference[k] = n
        }
        // overwriting keeps the count
        map[hash: keys[3]] = 999
        reference[keys[3]] = 999
        XCTAssertEqual(map.count, reference.count)
        for (k, v) in reference { XCTAssertEqual(map[hash: k], v, "key \(k)") }
        XCTAssertTrue(map.contains(0))
        XCTAssertFalse(map.contains(WordHash.key(Array("nobody".utf8))))
        XCTAssertNil(map[hash: 201 << 40])
    }
}
