// WordHash: allocation-free word lookups for the parser's hot paths. Looking a
// token up in a `Set<String>` means building a String for every capitalised
// word of an opinion; hashing the token's bytes in place (FNV-1a, 64 bit) and
// looking the hash up in a small open-addressing table costs a few instructions instead.
// Two flavours: the exact bytes ("See"), and a key of the ASCII letters and
// digits lower-cased ("Pl.’s" → "pls"), which is how document names compare.

/// A set of words compared by hash.
///
/// The hashes are kept in an open-addressing table probed by the word hash
/// itself: the parser asks these sets about most tokens it looks at, and a
/// `Set<UInt64>` hashed every question again with SipHash (~3% of a parse).
struct WordSet: Sendable {
    /// Power-of-two table of hashes; 0 marks an empty slot.
    private let slots: [UInt64]
    private let mask: Int
    /// Whether the word hash 0 (which cannot be stored as a slot) is in the set.
    private let hasZero: Bool
    let keyed: Bool

    /// Builds the set; `keyed` sets compare lower-cased letters and digits only.
    init<S: Sequence>(_ words: S, keyed: Bool = false) where S.Element == String {
        self.keyed = keyed
        let hashes = Set(words.map { keyed ? WordHash.key(Array($0.utf8)[...]) : WordHash.exact(Array($0.utf8)[...]) })
        var size = 8
        while size < hashes.count * 3 { size <<= 1 }   // at most one third full: short probes
        var slots = [UInt64](repeating: 0, count: size)
        for h in hashes where h != 0 {
            var i = WordHash.slot(h, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = h
        }
        self.slots = slots
        mask = size - 1
        hasZero = hashes.contains(0)
    }

    /// Whether the word spelled by `bytes` is in the set (keyed or exact, as the set was built).
    func contains<C: Collection>(bytes: C) -> Bool where C.Element == UInt8 {
        contains(hash: keyed ? WordHash.key(bytes) : WordHash.exact(bytes))
    }

    func contains(hash: UInt64) -> Bool {
        if hash == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { s in
            var i = WordHash.slot(hash, mask)
            while true {
                let v = s[i]
                if v == hash { return true }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}

/// A growable map from word hashes to citation indices, for the words the parser
/// learns while it reads (party names, defined names). Probed by the hash itself
/// like `WordSet`, because a `[UInt64: Int]` hashed every lookup again with SipHash
/// and the parser asks about most capitalised words.
struct WordHashMap: Sendable {
    /// Power-of-two tables; `keys[i] == 0` marks an empty slot.
    private var keys: [UInt64] = []
    private var values: [Int] = []
    private var zeroValue: Int? = nil   // the hash 0, which cannot be stored as a key
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    subscript(hash hash: UInt64) -> Int? {
        get {
            if hash == 0 { return zeroValue }
            guard count > 0 else { return nil }
            let mask = keys.count - 1
            var i = WordHash.slot(hash, mask)
            while true {
                let k = keys[i]
                if k == hash { return values[i] }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let v = newValue else { preconditionFailure("WordHashMap does not remove") }
            if hash == 0 {
                if zeroValue == nil { count += 1 }
                zeroValue = v
                return
            }
            if (count + 1) * 3 > keys.count { grow() }
            let mask = keys.count - 1
            var i = WordHash.slot(hash, mask)
            while keys[i] != 0 && keys[i] != hash { i = (i + 1) & mask }
            if keys[i] == 0 { keys[i] = hash; count += 1 }
            values[i] = v
        }
    }

    func contains(_ hash: UInt64) -> Bool { self[hash: hash] != nil }

    /// Doubles the table (at most one third full keeps probes short).
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = max(16, keys.count * 2)
        keys = [UInt64](repeating: 0, count: size)
        values = [Int](repeating: 0, count: size)
        let mask = size - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = WordHash.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }
}

enum WordHash {
    /// The first table slot probed for hash `h` (`WordSet`, `WordHashMap`; `mask` is size − 1).
    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (h ^ (h >> 32)) & UInt64(mask)) }

    static let offset: UInt64 = 0xcbf29ce484222325
    static let prime: UInt64 = 0x100000001b3

    @inline(__always) static func exact<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    @inline(__always) static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = offset
        for b in bytes {
            if let k = NameKey.keyByte(b) { h = (h ^ UInt64(k)) &* prime }
        }
        return h
    }
}

extension Parser {
    /// Hash of token `k`'s exact bytes.
    @inline(__always) func exactHash(_ k: Int) -> UInt64 {
        let t = tokens[k]
        var h = WordHash.offset
        var i = Int(t.start)
        let e = Int(t.end)
        while i < e { h = (h ^ UInt64(p[i])) &* WordHash.prime; i += 1 }
        return h
    }

    /// Hash of token `k`'s lower-cased letters and digits.
    @inline(__always) func keyHash(_ k: Int) -> UInt64 {
        let t = tokens[k]
        return WordHash.key(UnsafeBufferPointer(rebasing: p[Int(t.start)..<Int(t.end)]))
    }

    /// Token `k` is a word in `set`.
    @inline(__always) func isWord(_ k: Int, in set: WordSet) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        return set.contains(hash: set.keyed ? keyHash(k) : exactHash(k))
    }
}
