#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// DirectoryWalker: the regular files under a folder, depth first, each folder's
// entries in byte order of their names, so two runs over the same tree read the
// same documents in the same order. Hidden entries (names starting with ".") are
// skipped. Only one folder listing per level is held, never the whole tree, so a
// folder of millions of case files costs little; a symbolic link to a folder
// already being walked is not followed again (no cycles).

/// File-system facts the walker and the path expansion need.
enum FileInfo {
    enum Kind { case file, directory, other, missing }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The size of a regular file; nil for anything else.
    static func size(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    static func identity(_ path: String) -> [UInt64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [UInt64(st.st_dev), UInt64(st.st_ino)]
    }

    /// The names in a folder (not "." and ".."), sorted by bytes; empty when it cannot be read.
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// `base` and `name` joined with one slash.
    static func join(_ base: String, _ name: String) -> String {
        base.hasSuffix("/") ? base + name : base + "/" + name
    }
}

/// Iterates the regular files under one folder (see the file comment).
struct DirectoryWalker: IteratorProtocol {
    /// Each open level: the folder's path, its remaining entries (reversed, next last) and its identity.
    private var levels: [(path: String, names: [String], identity: [UInt64]?)] = []

    init(root: String) {
        levels = [(root, FileInfo.list(root).reversed(), FileInfo.identity(root))]
    }

    /// The next file's path (the root joined with the path under it).
    mutating func next() -> String? {
        while !levels.isEmpty {
            guard let name = levels[levels.count - 1].names.popLast() else {
                levels.removeLast()
                continue
            }
            if name.hasPrefix(".") { continue }
            let path = FileInfo.join(levels[levels.count - 1].path, name)
            switch FileInfo.kind(path) {
            case .file:
                return path
            case .directory:
                let id = FileInfo.identity(path)
                if id != nil && levels.contains(where: { $0.identity == id }) { continue }
                levels.append((path, FileInfo.list(path).reversed(), id))
            case .other, .missing:
                continue
            }
        }
        return nil
    }
}
