// ExcludedFiles: files a batch must never read as input — its own outputs (the JSON
// Lines file, the error records, the SQLite database and the journal files SQLite
// keeps beside it). An output inside a folder being read would otherwise be read
// back while it is written: every error record read becomes another error record
// appended to the same file, and the run never ends. Files are told apart by
// device and inode, so another spelling of the path or a symbolic link is caught too.

/// The identities of files not to read.
struct ExcludedFiles {
    private var identities: Set<[UInt64]> = []

    /// Suffixes of the files SQLite writes next to a database.
    static let sidecars = ["-wal", "-shm", "-journal"]

    /// Adds the files at `paths` (as they are now: a path that names nothing adds nothing).
    mutating func add(_ paths: [String]) {
        for path in paths {
            if let id = FileInfo.identity(path) { identities.insert(id) }
        }
    }

    /// Whether `path` is an excluded file or a SQLite sidecar of one.
    func contains(_ path: String) -> Bool {
        guard !identities.isEmpty else { return false }
        if let id = FileInfo.identity(path), identities.contains(id) { return true }
        for suffix in Self.sidecars where path.hasSuffix(suffix) {
            if let id = FileInfo.identity(String(path.dropLast(suffix.count))), identities.contains(id) { return true }
        }
        return false
    }
}
