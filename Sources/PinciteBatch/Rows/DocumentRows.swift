import Pincite

// DocumentRows: the relational view of one parsed document — the rows every
// database sink stores (SQLite, PostgreSQL) and the graph exporter reads. Built
// once from the `Document`, so that both databases hold the same facts with the
// same keys. Authorities are the document-independent things cited (cases by
// their first full cite "532 U.S. 234", statutes "28 U.S.C. § 636", …); internal
// references and record cites name parts of the document itself and stay out of
// the authorities and the edges.

/// The `documents` row of one parsed document.
public struct DocumentRow: Sendable, Equatable {
    public var id: String
    public var name: String
    /// SHA-256 of the input bytes (hex); with `id`, what `--resume` compares.
    public var sha256: String
    public var bytes: Int
    public var format: String
    public var court: String?
    public var docket: String?
    /// ISO date of the decision when the caption gives one.
    public var date: String?
    /// "Plaintiff v. Defendant" from the caption, when known.
    public var caseName: String?
    public var citationCount: Int
    /// The document's diagnostics, one per line; nil when there are none.
    public var diagnostics: String?
}

/// One `citations` row: one occurrence of a citation in a document.
public struct CitationRow: Sendable, Equatable {
    public var document: String
    /// The citation's `id` within its document (reading order).
    public var seq: Int
    public var kind: String
    public var text: String
    /// Byte span in the original input.
    public var start: Int
    public var end: Int
    public var page: Int?
    public var footnote: String?
    public var signal: String?
    public var plaintiff: String?
    public var defendant: String?
    public var volume: String?
    public var reporter: String?
    /// The first page in the reporter ("234"), or the section for statutes.
    public var firstPage: String?
    public var pincite: String?
    public var court: String?
    public var year: Int?
    /// Explanatory parentheticals, one per line.
    public var parentheticals: String?
    /// `seq` of the citation a short form refers to.
    public var antecedent: Int?
    /// The authority key this occurrence counts for (see `AuthorityRow`).
    public var authority: String?
    /// The Bluebook verdict when the check ran.
    public var verdict: String?
}

/// One `authorities` row: a thing cited, keyed independently of the citing document.
public struct AuthorityRow: Sendable, Equatable {
    /// Normalized key: "532 U.S. 234" for a case (its first full cite's volume,
    /// reporter and page), "28 U.S.C. § 636" for a statute.
    public var key: String
    /// case, journal, statute, regulation, rule or constitution.
    public var kind: String
    /// "Easley v. Cromartie" for cases; nil where there is no name.
    public var name: String?
    public var volume: String?
    public var reporter: String?
    public var firstPage: String?
    public var court: String?
    public var year: Int?
}

/// One `edges` row: document → authority, with how often and where it is cited.
public struct EdgeRow: Sendable, Equatable {
    public var document: String
    public var authority: String
    /// Citations of the authority in the document, short forms and Id. included
    /// (CourtListener's `depth`).
    public var depth: Int
    /// The distinct pincites, in reading order, separated by "; "; nil when none.
    public var pincites: String?
}

/// A parallel citation of an authority ("121 S. Ct. 1452" for "532 U.S. 234").
public struct AliasRow: Sendable, Equatable {
    public var alias: String
    public var authority: String
}

/// All rows of one document.
public struct DocumentRows: Sendable, Equatable {
    public var document: DocumentRow
    public var citations: [CitationRow]
    public var authorities: [AuthorityRow]
    public var edges: [EdgeRow]
    public var aliases: [AliasRow]

    public init(document: DocumentRow, citations: [CitationRow] = [], authorities: [AuthorityRow] = [],
                edges: [EdgeRow] = [], aliases: [AliasRow] = []) {
        self.document = document
        self.citations = citations
        self.authorities = authorities
        self.edges = edges
        self.aliases = aliases
    }
}

extension DocumentRows {
    /// Whether citations of kind `k` have authority keys naming something outside the
    /// document (a switch: a `Set` lookup hashed the kind for every citation).
    static func namesOutsideDocument(_ k: CitationKind) -> Bool {
        switch k {
        case .fullCase, .journal, .book, .legislative, .statute, .regulation, .rule, .constitution: return true
        default: return false
        }
    }

    /// `a` and `b` joined by `separator`, or whichever of them there is ("" for neither).
    static func joined(_ a: String?, _ b: String?, separator: String) -> String {
        switch (a, b) {
        case let (x?, y?): return x + separator + y
        case let (x?, nil): return x
        case let (nil, y?): return y
        case (nil, nil): return ""
        }
    }

    /// The rows of `doc`, stored under `id` with the hash of its input bytes.
    public init(_ doc: Document, id: String, sha256: String) {
        let caption = doc.tree.caption
        var caseName: String? = nil
        if let p = caption.plaintiffs.first, let d = caption.defendants.first { caseName = "\(p) v. \(d)" }
        let row = DocumentRow(id: id, name: doc.name, sha256: sha256, bytes: doc.source.originalCount,
                              format: doc.format.rawValue, court: caption.court, docket: caption.docket,
                              date: caption.date, caseName: caseName, citationCount: doc.citations.count,
                              diagnostics: doc.diagnostics.isEmpty ? nil : doc.diagnostics.joined(separator: "\n"))
        self.init(document: row)
        citations.reserveCapacity(doc.citations.count)
        var authorityIndex: [String: Int] = [:]
        var edgeIndex: [String: Int] = [:]
        var pincitesSeen: [String: Set<String>] = [:]
        var aliasSeen: Set<String> = []
        for c in doc.citations {
            citations.append(CitationRow(
                document: id, seq: c.id, kind: c.kind.rawValue, text: doc.collapsedText(c.span),
                start: doc.source.original(c.span.start), end: doc.source.originalEnd(c.span.end, start: c.span.start),
                page: c.location.page, footnote: c.location.footnote, signal: c.signal,
                plaintiff: c.caseName?.plaintiff, defendant: c.caseName?.defendant,
                volume: c.volume, reporter: c.reporter, firstPage: c.page ?? c.section, pincite: c.pincite,
                court: c.court, year: c.year,
                parentheticals: c.parentheticals.isEmpty ? nil : c.parentheticals.map(\.text).joined(separator: "\n"),
                antecedent: c.antecedent, authority: c.authority, verdict: c.verdict?.rawValue))
            // an authority is born at a full cite (or statute, rule …) of its own key
            // (a bare "§ 1" names no code, so it is no authority outside its document)
            let named = c.kind == .fullCase || c.kind == .journal || c.kind == .book || !(c.reporter ?? "").isEmpty
            if let key = c.authority, Self.namesOutsideDocument(c.kind), named, authorityIndex[key] == nil {
                let name = c.kind == .book ? Self.joined(c.author, c.title, separator: ", ") : c.caseName.map { n -> String in
                    if let p = n.procedural { return Self.joined(p, n.plaintiff, separator: " ") }
                    return Self.joined(n.plaintiff, n.defendant, separator: " v. ")
                }
                authorityIndex[key] = authorities.count
                authorities.append(AuthorityRow(key: key, kind: c.kind.rawValue, name: name?.isEmpty == false ? name : nil,
                                                volume: c.volume, reporter: c.reporter, firstPage: c.page ?? c.section,
                                                court: c.court, year: c.year))
            }
            // "Id. § 1985(3)" after "42 U.S.C. § 1983" is the first cite of § 1985
            if let key = c.authority, authorityIndex[key] == nil, let (t, section) = Resolver.idSection(c, doc.citations) {
                let statute = doc.citations[t]
                authorityIndex[key] = authorities.count
                authorities.append(AuthorityRow(key: key, kind: statute.kind.rawValue, name: nil, volume: statute.volume,
                                                reporter: statute.reporter, firstPage: section, court: nil, year: nil))
            }
            // a parallel cite is another name of the group's authority
            if c.kind == .fullCase, let key = c.authority, let v = c.volume, let r = c.reporter, let p = c.page {
                let own = v + " " + r + " " + p
                if own != key, aliasSeen.insert(own).inserted { aliases.append(AliasRow(alias: own, authority: key)) }
            }
        }
        // every citation counting for a known authority (short forms and Id. too) is an edge
        // occurrence (fields read in place: a `for c in` loop copied every citation)
        for i in doc.citations.indices {
            guard let key = doc.citations[i].authority else { continue }
            let e: Int
            if let known = edgeIndex[key] {
                e = known
                edges[e].depth += 1
            } else {
                guard authorityIndex[key] != nil else { continue }
                e = edges.count
                edgeIndex[key] = e
                edges.append(EdgeRow(document: id, authority: key, depth: 1, pincites: nil))
            }
            if let pin = doc.citations[i].pincite, pincitesSeen[key, default: []].insert(pin).inserted {
                edges[e].pincites = edges[e].pincites.map { $0 + "; " + pin } ?? pin
            }
        }
    }
}
