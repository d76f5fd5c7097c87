import CLibXML2

// CAP's page map. Vendor METS files (and casebody XML cut from them) carry no
// <page-number> elements: each paragraph says which page images it lies on,
// `pgmap="663"` or, for a paragraph that crosses a page, `pgmap="18(180) 19(415)"`
// (characters on each page). The numbers are the volume's image ORDER; the METS
// structure map labels each with its printed page (`ORDER="15" ORDERLABEL="19"`).
// The counts are words: `pgmap="15(21) 16(32)"` puts the paragraph's first 21 words on
// image 15 ("The manner of entering … jnris­diction.") and the next 32 on image 16.
// Without a map, the casebody's `firstpage` labels the first ORDER a `pgmap` names
// and the pages count on from there: CAP's API JSON (`firstpage="126"`, the first
// paragraph `pgmap="156"`) drops the structure map. Where the two agree the offset
// is zero.

extension MarkupRenderer {
    /// ORDER → ORDERLABEL of every element that has both (the METS structMap's pages).
    func readPageOrderLabels(_ doc: xmlDocPtr) -> [String: String] {
        var out: [String: String] = [:]
        visitElements(doc) { n in
            if let order = attribute(n, "order"), let label = attribute(n, "orderlabel"), !label.isEmpty { out[order] = label }
            return false
        }
        return out
    }

    /// The pages of a `pgmap` value with the words on each ("18(180) 19(415)";
    /// a single "663" has no count).
    static func mappedPages(_ map: String) -> [(order: String, words: Int?)] {
        map.split(separator: " ").compactMap { part in
            guard let open = part.firstIndex(of: "(") else { return part.isEmpty ? nil : (String(part), nil) }
            let count = Int(part[part.index(after: open)...].prefix { $0 != ")" })
            return (String(part[..<open]), count)
        }
    }

    /// The printed page of an image ORDER.
    func mappedLabel(_ order: String) -> String {
        if let label = pageOrderLabels[order] { return label }
        guard pageOrderOffset != 0, let n = Int(order) else { return order }
        return String(n + pageOrderOffset)
    }

    /// `firstpage` of the casebody minus the first ORDER its `pgmap`s name; 0 when either
    /// is missing or the result would make a page below 1.
    func firstPageOffset(_ doc: xmlDocPtr, casebody: xmlNodePtr) -> Int {
        guard let first = attribute(casebody, "firstpage").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return 0 }
        var order: Int? = nil
        visitElements(doc) { n in
            if let map = attribute(n, "pgmap"), let o = Self.mappedPages(map).first.flatMap({ Int($0.order) }) { order = o; return true }
            return false
        }
        guard let o = order, o > 0, first > 0 else { return 0 }
        return first - o
    }

    /// At a paragraph's start: its first page, when it is not the page already open.
    func openMappedPages(_ map: String) {
        guard let first = Self.mappedPages(map).first else { return }
        let label = mappedLabel(first.order)
        guard label != lastMappedPage, Int(label) != nil else { return }
        lastMappedPage = label
        let r = sinks[0].open(.page(label, reporter: nil))
        sinks[0].close(r)
    }

    /// At a paragraph's end: the pages that begin inside it, placed after the words the
    /// map gives the pages before them.
    func placeLaterMappedPages(_ map: String, in block: Int) {
        let pages = Self.mappedPages(map)
        guard pages.count > 1, block < sinks[0].records.count else { return }
        let start = sinks[0].records[block].start, end = sinks[0].records[block].end
        guard start >= 0 else { return }
        var words = 0
        for (k, page) in pages.enumerated().dropFirst() {
            words += pages[k - 1].words ?? 0
            // the start of word number `words` (0-based) of the written paragraph
            var seen = 0, at = start
            while at < end, sinks[0].bytes[at] == 0x20 || sinks[0].bytes[at] == 0x0A { at += 1 }
            while at < end, seen < words {
                while at < end, sinks[0].bytes[at] != 0x20, sinks[0].bytes[at] != 0x0A { at += 1 }
                while at < end, sinks[0].bytes[at] == 0x20 || sinks[0].bytes[at] == 0x0A { at += 1 }
                seen += 1
            }
            let label = mappedLabel(page.order)
            guard at < end, label != lastMappedPage, Int(label) != nil else { continue }
            lastMappedPage = label
            sinks[0].addRecord(.page(label, reporter: nil), start: at, end: at)
        }
    }
}
