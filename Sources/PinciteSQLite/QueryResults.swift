// QueryResults: the plain values the queries of `PinciteDatabase` return, so
// that a caller needs no GRDB import to use them.

/// A document citing an authority (an answer of `PinciteDatabase.citing(authority:)`).
public struct CitingDocument: Sendable, Equatable {
    /// The citing document's id.
    public var document: String
    /// How many citations of the authority the document has (short forms and *Id.* included).
    public var depth: Int
    /// The distinct pincites, separated by "; "; nil when none.
    public var pincites: String?
}

/// An authority a document cites (an answer of `PinciteDatabase.cited(by:)`).
public struct CitedAuthority: Sendable, Equatable {
    /// The authority key ("532 U.S. 234"), resolved through the aliases.
    public var authority: String
    /// case, journal, statute, regulation, rule or constitution.
    public var kind: String?
    /// The case name, when known.
    public var name: String?
    public var depth: Int
    public var pincites: String?
}

/// One line of the most-cited ranking (`PinciteDatabase.mostCited(limit:)`).
public struct AuthorityCount: Sendable, Equatable {
    public var authority: String
    public var kind: String?
    public var name: String?
    /// Documents citing the authority.
    public var citingDocuments: Int
    /// Citations of the authority in all documents (the sum of the edges' depth).
    public var totalDepth: Int
}

/// A citation found by full-text search (`PinciteDatabase.search(_:)`).
public struct CitationHit: Sendable, Equatable {
    public var document: String
    public var seq: Int
    public var text: String
    public var plaintiff: String?
    public var defendant: String?
    /// The authority the citation counts for, when it has one.
    public var authority: String?
}

/// An authority found by full-text search of the names (`PinciteDatabase.searchAuthorities(_:)`).
public struct AuthorityHit: Sendable, Equatable {
    public var authority: String
    public var kind: String?
    public var name: String?
}

/// How `PinciteDatabase.search(_:syntax:)` reads its query.
public enum SearchSyntax: Sendable {
    /// The words of the query, in this order ("Easley v. Cromartie" finds the case name
    /// whatever the punctuation).
    case phrase
    /// The words of the query, in any order and place.
    case words
    /// SQLite FTS5 query syntax as given (`easley NEAR cromartie`, `"equal protection" OR scrutiny`).
    case fts5
}
