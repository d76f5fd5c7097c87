// Input readers: the structured forms court opinions are published in — HTML,
// Caselaw Access Project (CAP) casebody XML (bare or METS-wrapped), CAP case JSON
// and CourtListener opinion JSON — turned into the plain working text the rest of
// the pipeline reads, laid out like web text (paragraphs separated by blank lines,
// star pages "*553" inline, footnote marks "[1]", footnotes after a line of 20
// dashes), plus the map from every working byte back to its byte in the ORIGINAL
// input and the structure the markup states outright (parties, docket, court,
// opinions with type and author, pages, footnotes, paragraphs, block quotes).
//
// Readers never fail: odd or hostile input gives a best-effort text and
// diagnostics. XML is parsed without entity substitution, DTD loading or network
// access, and without XML_PARSE_HUGE, so external entities are never fetched and
// entity expansion bombs stop at libxml2's built-in limits.

/// The form an input comes in.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text (any encoding `SourceText` reads).
    case text
    /// HTML, including CAP's rendered casebody HTML and court web pages.
    case html
    /// CAP casebody XML, bare (`<casebody>`) or in the vendor METS wrapper (`<mets>`).
    case capXML = "cap-xml"
    /// CAP case JSON (`casebody.data` as XML/HTML, or `casebody.opinions` as text) or
    /// CourtListener opinion JSON (`html_with_citations`, `xml_harvard`, `plain_text`, …).
    case capJSON = "cap-json"
}

/// What a reader made of one input.
public struct ReaderOutput: Sendable {
    /// The form the input was read as.
    public var format: InputFormat
    /// The UTF-8 working text, no NUL bytes. The markup and JSON readers end it with one
    /// newline; `.text` gives what `SourceText(bytes:)` decodes, unchanged.
    public var text: [UInt8]
    /// `offsets[i]` is the byte offset in the original input that working byte `i`
    /// comes from: for characters of a text node, the offset of that character in the
    /// markup; for a character written as an entity or JSON escape, the offset of the
    /// `&` or `\`; for layout the reader adds (blank lines, indentation, "[" "]" around
    /// footnote marks, the footnote separator), the offset of nearby text.
    /// Always `offsets.count == text.count`.
    public var offsets: [Int32]
    /// Structure stated by the markup, with spans in the working text.
    public var hints: StructureHints
    /// Problems met while reading (the text is a best effort when there are any).
    public var diagnostics: [String]

    public init(format: InputFormat, text: [UInt8] = [], offsets: [Int32] = [], hints: StructureHints = StructureHints(),
                diagnostics: [String] = []) {
        self.format = format
        self.text = text
        self.offsets = offsets
        self.hints = hints
        self.diagnostics = diagnostics
    }
}

/// The structure an input's markup states, as read (not inferred from the text).
/// Strings are as written in the input, with runs of whitespace made single spaces and
/// star-page labels left out; spans are working-text byte offsets.
public struct StructureHints: Sendable, Equatable {
    /// One opinion (majority, concurrence, dissent, …) of the case.
    public struct Opinion: Sendable, Equatable {
        /// As the markup gives it: "majority", "dissent", "concurrence",
        /// "concurring-in-part-and-dissenting-in-part", CourtListener "combined", "lead", ….
        public var type: String
        /// The author line as written ("THOMPSON, Associate Judge:"), or CourtListener `author_str`.
        public var author: String?
        /// Span of the author line in the working text, when it is part of the text.
        public var authorSpan: Span?
        /// Span of the whole opinion, its footnotes included.
        public var span: Span
        public init(type: String, author: String? = nil, authorSpan: Span? = nil, span: Span) {
            self.type = type; self.author = author; self.authorSpan = authorSpan; self.span = span
        }

        /// `type` in the opinion tree's words: "majority", "concurrence", "dissent",
        /// "per_curiam" or "other" (a part-concurring, part-dissenting opinion is "dissent";
        /// CAP "unanimous" and CourtListener "lead"/"combined" are "majority").
        public var normalizedType: String {
            let t = type.lowercased().replacingOccurrences(of: "_", with: "-")
            if t.contains("dissent") { return "dissent" }
            if t.contains("concur") { return "concurrence" }
            if t.contains("per-curiam") || t.contains("percuriam") { return "per_curiam" }
            if ["majority", "unanimous", "lead", "combined", "opinion"].contains(t) { return "majority" }
            return "other"
        }
    }

    /// An inline page-number marker ("*484").
    public struct PageMarker: Sendable, Equatable {
        /// The page number as labelled ("484").
        public var label: String
        /// Working offset where the marker starts.
        public var offset: Int
        /// Span of the marker text ("*484"); empty when the marker has no text.
        public var span: Span
        /// Which reporter the page belongs to: the number of stars ("*484" → 1, the
        /// official or first reporter; "**76" → 2, a parallel reporter).
        public var reporter: Int
        public init(label: String, offset: Int, span: Span, reporter: Int = 1) {
            self.label = label; self.offset = offset; self.span = span; self.reporter = reporter
        }
    }

    /// A footnote: its body (moved after the opinion that holds it) and its mark in the text.
    public struct Footnote: Sendable, Equatable {
        public var label: String
        /// Span of the footnote paragraph, "[1] " prefix included.
        public var span: Span
        /// Span of the first mark that refers to it ("[1]"), if one was found.
        public var markSpan: Span?
        /// Spans of every mark that refers to it.
        public var markSpans: [Span]
        /// Index into `opinions` of the opinion holding it.
        public var opinion: Int?
        public init(label: String, span: Span, markSpan: Span? = nil, markSpans: [Span] = [], opinion: Int? = nil) {
            self.label = label; self.span = span; self.markSpan = markSpan; self.markSpans = markSpans; self.opinion = opinion
        }
    }

    /// A footnote mark in the text ("[1]"), whether or not its footnote was found.
    public struct FootnoteMark: Sendable, Equatable {
        /// The mark's text without the brackets ("1").
        public var label: String
        /// Span of the mark, brackets included.
        public var span: Span
        /// Index into `footnotes` of the footnote it refers to.
        public var footnote: Int?
        public init(label: String, span: Span, footnote: Int? = nil) { self.label = label; self.span = span; self.footnote = footnote }
    }

    /// A head-matter block (CAP `<parties>`, `<docketnumber>`, …; HTML `p.parties`, …).
    public struct HeadMatter: Sendable, Equatable {
        /// parties, docketnumber, court, decisiondate, otherdate, attorneys, judges,
        /// syllabus, summary, disposition, history, headnotes, seealso, citation, correction.
        public var kind: String
        public var text: String
        public var span: Span
        public init(kind: String, text: String, span: Span) { self.kind = kind; self.text = text; self.span = span }
    }

    /// Full case name from metadata (CAP `name`, CourtListener `case_name`, METS `<name>`).
    public var caseName: String?
    /// Abbreviated case name from metadata (`name_abbreviation`, `case_name_short`).
    public var caseNameShort: String?
    /// The parties blocks, as written.
    public var parties: [String] = []
    /// Docket numbers, as written ("No. ED 83155.").
    public var docketNumbers: [String] = []
    /// Court as written in the head matter, else its name from metadata.
    public var court: String?
    /// The court's name from the publisher's metadata (CAP's `court.name`, the METS case
    /// record), whatever the head matter prints ("Fifth District", "En Banc.", "Suffolk.").
    public var registryCourt: String?
    /// Court abbreviation from metadata ("Mo. Ct. App.").
    public var courtAbbreviation: String?
    /// Jurisdiction from metadata ("Missouri").
    public var jurisdiction: String?
    /// The decision-date block as written ("March 23, 2004.", "Argued Feb. 7, 2014. Decided Sept. 18, 2014.").
    public var decisionDate: String?
    /// ISO date of the decision, from metadata or read from `decisionDate`.
    public var decisionDateISO: String?
    /// Other dates as written (rehearing denied, …).
    public var otherDates: [String] = []
    /// Judges blocks as written (panel lines and "X, J., concurs." lines).
    public var judges: [String] = []
    /// Attorneys blocks as written.
    public var attorneys: [String] = []
    /// Citations of the case itself from metadata ("134 S.W.3d 673").
    public var citations: [String] = []
    /// First and last page of the case in its reporter, from the markup or metadata.
    public var firstPage: String?
    public var lastPage: String?
    /// The input has headnotes / a syllabus or summary.
    public var hasHeadnotes = false
    public var hasSummary = false
    /// Head-matter blocks in text order.
    public var headMatter: [HeadMatter] = []
    public var opinions: [Opinion] = []
    public var pageMarkers: [PageMarker] = []
    public var footnotes: [Footnote] = []
    /// Every footnote mark written as "[n]", in text order.
    public var footnoteMarks: [FootnoteMark] = []
    /// Body paragraphs (innermost text blocks outside the footnotes), in text order.
    public var paragraphs: [Span] = []
    /// Block quotations outside the footnotes.
    public var blockQuotes: [Span] = []

    public init() {}
}

/// Detects and reads the structured input formats.
public enum FormatReader {
    /// Guesses the format from the content: a JSON object with `casebody` or
    /// CourtListener text fields → `.capJSON`; `<?xml`, `<mets`, `<casebody`, `<case`
    /// (also Fastcase's `<Case>`), `<opinion` → `.capXML` (XHTML → `.html`);
    /// `<!DOCTYPE html`, `<html`, `<div`, `<p`, or another leading tag → `.html`;
    /// binary data and anything else → `.text`.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        FormatDetector.detect(bytes)
    }

    /// Reads `bytes` as `format`. Never fails; problems become diagnostics.
    /// For `.text` the output is what `SourceText(bytes:)` decodes, with no hints.
    public static func read(_ bytes: [UInt8], as format: InputFormat) -> ReaderOutput {
        var out: ReaderOutput
        switch format {
        case .text:
            out = PlainReader.read(bytes)
        case .html, .capXML:
            out = MarkupReader.read(bytes, mode: format == .html ? .html : .xml)
        case .capJSON:
            out = JSONCaseReader.read(bytes)
        }
        out.format = format
        if FormatDetector.looksBinary(bytes) {
            out.diagnostics.append("input looks like binary data, not \(format.rawValue); read best-effort")
        }
        ReaderSupport.finish(&out)
        return out
    }

    /// Detects the format, then reads.
    public static func read(_ bytes: [UInt8]) -> ReaderOutput {
        read(bytes, as: detect(bytes))
    }
}

extension SourceText {
    /// The source of a reader's output: its working text, with the map back to `original`,
    /// the bytes the reader was given.
    public init(_ output: ReaderOutput, original: [UInt8]) {
        if output.format == .text {
            self.init(bytes: original)
        } else {
            self.init(transcoded: output.text, offsets: output.offsets, original: original, encoding: .markup)
        }
    }
}

/// `.text`: what `SourceText` makes of the bytes, with an explicit offset map.
enum PlainReader {
    static func read(_ bytes: [UInt8]) -> ReaderOutput {
        let source = SourceText(bytes: bytes)
        var offsets = [Int32](repeating: 0, count: source.text.count)
        for i in 0..<source.text.count { offsets[i] = Int32(truncatingIfNeeded: source.original(i)) }
        return ReaderOutput(format: .text, text: source.text, offsets: offsets)
    }
}

enum FormatDetector {
    /// `Pincite.looksBinary`, on the decoded head for UTF-16 input.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Pincite.looksBinary(Transcoder.utf16(Array(bytes.prefix(8192)), littleEndian: bytes[0] == 0xFF).0)
        }
        return Pincite.looksBinary(bytes)
    }

    static func detect(_ bytes: [UInt8]) -> InputFormat {
        // Look at a UTF-8 view of the head (UTF-16 input is transcoded first).
        var head: [UInt8]
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            head = Transcoder.utf16(Array(bytes.prefix(1 << 16)), littleEndian: bytes[0] == 0xFF).0
        } else {
            head = Array(bytes.prefix(1 << 16))
        }
        var i = 0
        if head.count >= 3, head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF { i = 3 }
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x0C { i += 1 }
        guard i < head.count else { return .text }
        if looksBinary(bytes) { return .text }
        let first = head[i]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            // search the whole input: "casebody" may follow a long cites_to list
            let keys = ["\"casebody\"", "\"html_with_citations\"", "\"html_lawbox\"", "\"html_columbia\"",
                        "\"html_anon_2020\"", "\"xml_harvard\"", "\"plain_text\"", "\"opinion_text\"", "\"head_matter\""]
            for k in keys where ByteSearch.contains(bytes, Array(k.utf8)) { return .capJSON }
            return .text
        }
        guard first == UInt8(ascii: "<") else { return .text }
        let rest = Array(head[i...].prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func starts(_ s: String) -> Bool { rest.starts(with: Array(s.utf8)) }
        func has(_ s: String) -> Bool { ByteSearch.contains(rest, Array(s.utf8)) }
        if starts("<?xml") {
            if has("<html") || has("<!doctype html") { return .html }
            return .capXML
        }
        for tag in ["<mets", "<casebody", "<case", "<opinion"] where starts(tag) {
            let next = rest.count > tag.utf8.count ? rest[tag.utf8.count] : 0x3E
            if next == 0x3E || next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 || next == 0x2F { return .capXML }
        }
        // any other leading tag, comment or doctype: HTML (libxml2's HTML parser copes with soup)
        if rest.count > 1, (rest[1] >= 0x61 && rest[1] <= 0x7A) || rest[1] == 0x21 { return .html }
        return .text
    }
}

enum ByteSearch {
    static func find(_ hay: [UInt8], _ needle: [UInt8], from: Int = 0) -> Int? {
        hay.withUnsafeBufferPointer { find($0, needle, from: from) }
    }

    /// The first occurrence of `needle` at or after `from`, by Horspool's skip table: it
    /// looks at about one byte in the needle's length where the needle's last byte is rare.
    static func find(_ h: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int = 0) -> Int? {
        let m = needle.count
        let start = max(0, from)
        guard m > 0, start + m <= h.count else { return nil }
        var skip = [Int](repeating: m, count: 256)
        for k in 0..<(m - 1) { skip[Int(needle[k])] = m - 1 - k }
        var i = start
        while i + m <= h.count {
            let last = h[i + m - 1]
            if last == needle[m - 1] {
                var k = 0
                while k < m - 1, h[i + k] == needle[k] { k += 1 }
                if k == m - 1 { return i }
            }
            i += skip[Int(last)]
        }
        return nil
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool { find(hay, needle) != nil }
}
