import PinciteBatch

// PendingBatch: the documents and error records a PostgresSink holds between two
// commits. Written rows are kept in memory and sent as one transaction of COPYs,
// which is what makes PostgreSQL fast here; this type keeps the sequential meaning of
// the calls exact all the same. For each id it remembers the writes whose hash
// differs from the one before (a write with the hash already pending is a no-op, as
// it would be against the database) and when each error record came, so that at
// commit time, knowing the hash the database holds, it can tell which writes take
// effect and which error records a later effective write deletes.

/// An error record waiting for the next commit.
struct PendingError: Sendable, Equatable {
    var id: String
    var origin: String
    var message: String
    /// Position of the call among the batch's calls.
    var tick: Int
}

/// Documents and errors not yet committed.
struct PendingBatch: Sendable {
    /// One document id's pending writes.
    struct Entry: Sendable {
        /// The latest rows written for the id.
        var rows: DocumentRows
        /// Hashes written, with the tick of each; consecutive equal hashes are kept once.
        var writes: [(tick: Int, sha256: String)]
    }

    private(set) var entries: [Entry] = []
    private var slot: [String: Int] = [:]
    private(set) var errors: [PendingError] = []
    private var tick = 0
    /// A rough size of the pending rows in bytes, to bound memory.
    private(set) var estimatedBytes = 0

    var isEmpty: Bool { entries.isEmpty && errors.isEmpty }
    var documentCount: Int { entries.count }

    /// The hash of the latest pending write of `id`, if any.
    func pendingHash(of id: String) -> String? {
        slot[id].map { entries[$0].rows.document.sha256 }
    }

    mutating func write(_ rows: DocumentRows) {
        tick += 1
        let id = rows.document.id
        if let i = slot[id] {
            guard entries[i].rows.document.sha256 != rows.document.sha256 else { return }
            entries[i].rows = rows
            entries[i].writes.append((tick, rows.document.sha256))
        } else {
            slot[id] = entries.count
            entries.append(Entry(rows: rows, writes: [(tick, rows.document.sha256)]))
        }
        estimatedBytes += Self.estimate(rows)
    }

    mutating func writeError(id: String, origin: String, message: String) {
        tick += 1
        errors.append(PendingError(id: id, origin: origin, message: message, tick: tick))
        estimatedBytes += 64 + origin.utf8.count + message.utf8.count
    }

    /// Every id the batch touches (documents and error records), each once.
    var ids: [String] {
        var seen: Set<String> = []
        return (entries.map(\.rows.document.id) + errors.map(\.id)).filter { seen.insert($0).inserted }
    }

    /// The batch cut into one batch per id, calls kept in order: what a commit falls back
    /// to when the server rejects the batch, so that one bad document costs only itself.
    func split() -> [PendingBatch] {
        var parts: [PendingBatch] = []
        var part: [String: Int] = [:]
        for id in ids { part[id] = parts.count; parts.append(PendingBatch()) }
        for entry in entries {
            let i = part[entry.rows.document.id]!
            parts[i].slot[entry.rows.document.id] = 0
            parts[i].entries = [entry]
        }
        for e in errors { parts[part[e.id]!].errors.append(e) }
        return parts
    }

    /// What a commit must do, given the hashes the database holds for the pending ids.
    func plan(stored: [String: String]) -> CommitPlan {
        var plan = CommitPlan()
        var lastEffective: [String: Int] = [:]
        for entry in entries {
            let id = entry.rows.document.id
            var current = stored[id]
            for w in entry.writes where w.sha256 != current {
                lastEffective[id] = w.tick
                current = w.sha256
            }
            if lastEffective[id] != nil { plan.documents.append(entry.rows) }
        }
        // an error record survives unless an effective write of its id came after it
        plan.errors = errors.filter { e in lastEffective[e.id].map { $0 < e.tick } ?? true }
        return plan
    }

    private static func estimate(_ rows: DocumentRows) -> Int {
        var n = 256 + (rows.document.diagnostics?.utf8.count ?? 0)
        for c in rows.citations { n += 160 + c.text.utf8.count + (c.parentheticals?.utf8.count ?? 0) }
        n += 96 * (rows.authorities.count + rows.edges.count + rows.aliases.count)
        return n
    }
}

/// The rows one commit sends: documents whose content changed, in write order, and
/// the error records still standing.
struct CommitPlan: Sendable {
    var documents: [DocumentRows] = []
    var errors: [PendingError] = []

    /// The COPY payloads of the plan. Authorities and aliases are deduplicated within
    /// the batch (first row wins, a later row fills a missing name) because one
    /// INSERT … ON CONFLICT may not touch the same row twice.
    func payloads() -> [(CopyTable, CopyText)] {
        var docs = CopyText(), cits = CopyText(), auths = CopyText(), aliases = CopyText(), edges = CopyText()
        var errs = CopyText()
        var authority: [String: Int] = [:]
        var authorityRows: [AuthorityRow] = []
        var aliasSeen: Set<String> = []
        for rows in documents {
            docs.add(rows.document)
            for c in rows.citations { cits.add(c) }
            for e in rows.edges { edges.add(e) }
            for a in rows.authorities {
                if let i = authority[a.key] {
                    if authorityRows[i].name == nil, a.name != nil { authorityRows[i].name = a.name }
                } else {
                    authority[a.key] = authorityRows.count
                    authorityRows.append(a)
                }
            }
            for a in rows.aliases where aliasSeen.insert(a.alias).inserted { aliases.add(a) }
        }
        for a in authorityRows { auths.add(a) }
        var errorSlot: [String: Int] = [:]
        var standing: [PendingError] = []
        for e in errors {  // the last record of an id wins, as repeated upserts would leave it
            if let i = errorSlot[e.id] { standing[i] = e } else { errorSlot[e.id] = standing.count; standing.append(e) }
        }
        for e in standing { errs.add(e) }
        return [(.documents, docs), (.authorities, auths), (.aliases, aliases), (.citations, cits), (.edges, edges),
                (.errors, errs)]
    }
}
