// InputPaths: the paths a user gives, checked up front and walked lazily. A
// missing path or a pattern that matches nothing is a usage error before any
// document is read (the one thing DocumentStream throws for); a folder is walked
// only as the stream reaches it. The total size of the regular files is summed
// once, at the start, for progress and ETA; it is unknown with stdin or a pipe.

/// A path the user gave that names nothing.
public struct InputUsageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// One input to open: stdin, or a file with the name it is known by.
enum InputSource: Equatable {
    case stdin
    /// `path` as given or as found under a folder argument: also the document id of a file.
    case file(String)
}

/// The inputs of a batch, in order.
struct InputPaths {
    private enum Root { case stdin, file(String), folder(String) }
    private var roots: [Root] = []
    private var rootIndex = 0
    private var walker: DirectoryWalker?
    /// The sum of the regular files' sizes; nil when an input's size cannot be known.
    private(set) var totalBytes: Int?

    init(_ paths: [String]) throws {
        for path in paths {
            if path == "-" {
                roots.append(.stdin)
                continue
            }
            switch FileInfo.kind(path) {
            case .file, .other: roots.append(.file(path))
            case .directory: roots.append(.folder(path))
            case .missing:
                guard GlobPattern.isPattern(path) else { throw InputUsageError(message: "\(path): no such file or directory") }
                let matches = GlobPattern.expand(path)
                guard !matches.isEmpty else { throw InputUsageError(message: "\(path): no file matches this pattern") }
                for m in matches { roots.append(FileInfo.kind(m) == .directory ? .folder(m) : .file(m)) }
            }
        }
        totalBytes = Self.total(roots)
    }

    private static func total(_ roots: [Root]) -> Int? {
        var sum = 0
        for root in roots {
            switch root {
            case .stdin: return nil
            case .file(let p):
                guard let n = FileInfo.size(p) else { return nil }
                sum += n
            case .folder(let p):
                var walker = DirectoryWalker(root: p)
                while let f = walker.next() { sum += FileInfo.size(f) ?? 0 }
            }
        }
        return sum
    }

    /// The next input, or nil when all are done.
    mutating func next() -> InputSource? {
        while true {
            if walker != nil {
                if let f = walker!.next() { return .file(f) }
                walker = nil
            }
            guard rootIndex < roots.count else { return nil }
            let root = roots[rootIndex]
            rootIndex += 1
            switch root {
            case .stdin: return .stdin
            case .file(let p): return .file(p)
            case .folder(let p): walker = DirectoryWalker(root: p)
            }
        }
    }
}
