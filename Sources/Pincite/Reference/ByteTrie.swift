// ByteTrie: longest-match lookup of table spellings (reporters, codes) directly
// in the working text. Keys are stored with their whitespace removed, and the
// text is walked skipping whitespace, so "F. Supp. 2d", "F.Supp.2d" and
// "F. Supp.\n2d" all find the same entry without building any string.
//
// Layout: the root has a 256-entry table (most lookups end there); deeper nodes
// keep their edges in one flat sorted array, searched linearly (they have few
// children). Built once per process from the embedded tables, without
// per-node dictionaries (see `init`), so that start-up stays cheap.

/// A byte trie over whitespace-free keys with longest-match search in text.
public struct ByteTrie: Sendable {
    private var rootEdges = [Int32](repeating: -1, count: 256)
    private var edgeStart: [Int32] = [0]   // per node: index into edgeBytes/edgeTargets
    private var edgeCount: [Int32] = [0]
    private var value: [Int32] = [-1]      // per node: payload index or -1
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []

    /// Builds the trie from (key, payload) pairs. Keys are normalised by removing whitespace.
    /// When a key repeats, the first payload wins.
    public init(_ entries: [(key: String, payload: Int)]) {
        // Built as first-child / next-sibling lists with each sibling list kept
        // sorted by byte (a per-node Dictionary cost more than all the lookups of
        // a typical run), then flattened. Node ids follow insertion order.
        // All key bytes in one array first: iterating `String.utf8` byte by byte
        // is several times slower than indexing an array.
        var bytes: [UInt8] = []
        var keyEnds: [Int] = []
        keyEnds.reserveCapacity(entries.count)
        for e in entries { bytes.append(contentsOf: e.key.utf8); keyEnds.append(bytes.count) }
        var label: [UInt8] = [0]          // byte on the edge into the node
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var payload: [Int32] = [-1]
        label.reserveCapacity(bytes.count + 1); firstChild.reserveCapacity(bytes.count + 1)
        nextSibling.reserveCapacity(bytes.count + 1); payload.reserveCapacity(bytes.count + 1)
        var rootChild = [Int32](repeating: -1, count: 256)   // the root has many children
        var keyStart = 0
        for (k, (_, p)) in entries.enumerated() {
            var node: Int32 = 0
            for i in keyStart..<keyEnds[k] {
                let b = bytes[i]
                if ByteTrie.isSpace(b) { continue }
                if node == 0 {
                    if rootChild[Int(b)] >= 0 { node = rootChild[Int(b)]; continue }
                    let id = Int32(label.count)
                    label.append(b); firstChild.append(-1); nextSibling.append(-1); payload.append(-1)
                    rootChild[Int(b)] = id
                    node = id
                    continue
                }
                var prev: Int32 = -1
                var c = firstChild[Int(node)]
                while c >= 0 && label[Int(c)] < b { prev = c; c = nextSibling[Int(c)] }
                if c >= 0 && label[Int(c)] == b { node = c; continue }
                let id = Int32(label.count)
                label.append(b); firstChild.append(-1); nextSibling.append(c); payload.append(-1)
                if prev < 0 { firstChild[Int(node)] = id } else { nextSibling[Int(prev)] = id }
                node = id
            }
            keyStart = keyEnds[k]
            if node != 0 && payload[Int(node)] < 0 { payload[Int(node)] = Int32(p) }
        }
        let nodes = label.count
        value = payload
        edgeStart = []; edgeCount = []
        edgeStart.reserveCapacity(nodes); edgeCount.reserveCapacity(nodes)
        edgeBytes.reserveCapacity(nodes - 1); edgeTargets.reserveCapacity(nodes - 1)
        edgeStart.append(0)
        for b in 0..<256 where rootChild[b] >= 0 {
            edgeBytes.append(UInt8(b)); edgeTargets.append(rootChild[b])
        }
        edgeCount.append(Int32(edgeBytes.count))
        rootEdges = rootChild
        for n in 1..<nodes {
            let first = edgeBytes.count
            edgeStart.append(Int32(first))
            var c = firstChild[n]
            while c >= 0 { edgeBytes.append(label[Int(c)]); edgeTargets.append(c); c = nextSibling[Int(c)] }
            edgeCount.append(Int32(edgeBytes.count - first))
        }
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C
    }

    /// Whether any key starts with byte `b` (a cheap pre-check).
    @inline(__always) public func canStart(with b: UInt8) -> Bool { rootEdges[Int(b)] >= 0 }

    /// The longest key that matches the text at `start`, skipping whitespace inside
    /// the text (at most one line break in a row). A match only counts where the
    /// next byte cannot continue a word (so "U.S." does not match inside "U.S.C.").
    /// Returns the payload and the end offset (exclusive, before trailing whitespace).
    public func longestMatch(in p: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int = 64,
                             furniture: [Span] = []) -> (payload: Int, end: Int)? {
        let n = p.count
        guard start < n else { return nil }
        var node = rootEdges[Int(p[start])]
        guard node >= 0 else { return nil }
        var i = start + 1
        var best: (Int, Int)? = nil
        var stop = min(n, start + limit)
        while true {
            if value[Int(node)] >= 0 && ByteTrie.endsWord(p, i) {
                best = (Int(value[Int(node)]), i)
            }
            // skip whitespace (but not a blank line)
            var j = i
            var breaks = 0
            var crossedPage = false
            while j < stop, ByteTrie.isSpace(p[j]) { if p[j] == 0x0A { breaks += 1 }; j += 1 }
            // a page's furniture after a line break ("82 F.⏎⏎   8⏎\fSupp. 3d 362": the folio and the
            // page break inside the reporter's name) is skipped with the blank lines around it
            if breaks > 0, !furniture.isEmpty {
                var hops = 0
                while j < p.count, hops < 4, let e = ByteTrie.furnitureEnd(furniture, at: j) {
                    j = e
                    while j < p.count, ByteTrie.isSpace(p[j]) { j += 1 }
                    crossedPage = true
                    hops += 1
                }
            }
            if crossedPage { stop = min(n, j + limit) }
            if (breaks > 2 && !crossedPage) || j >= stop { break }  // double-spaced text puts a blank line inside a cite
            guard let next = child(node, p[j]) else { break }
            node = next
            i = j + 1
        }
        return best.map { (payload: $0.0, end: $0.1) }
    }

    /// The end of the span of `furniture` (sorted, disjoint) that holds byte `o`, if one does.
    static func furnitureEnd(_ furniture: [Span], at o: Int) -> Int? {
        var lo = 0, hi = furniture.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if o < furniture[mid].start { hi = mid - 1 } else if o >= furniture[mid].end { lo = mid + 1 } else { return furniture[mid].end }
        }
        return nil
    }

    @inline(__always) private func child(_ node: Int32, _ b: UInt8) -> Int32? {
        let s = Int(edgeStart[Int(node)]), c = Int(edgeCount[Int(node)])
        var k = s
        while k < s + c {
            let e = edgeBytes[k]
            if e == b { return edgeTargets[k] }
            if e > b { return nil }
            k += 1
        }
        return nil
    }

    /// True if offset `i` is not in the middle of a word (end of text, or the byte
    /// there is not an ASCII letter or digit, or the previous byte was punctuation
    /// and the next is a space).
    @inline(__always) static func endsWord(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if i >= p.count { return true }
        let b = p[i]
        let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        if !isAlnum { return true }
        // "F.Supp.2d" style: after a period, a digit may follow directly only for
        // keys like "2d"; we do not accept a match that is followed by a letter or digit.
        return false
    }
}
