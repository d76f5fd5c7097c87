#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// GlobPattern: shell-style patterns for input paths, for when the shell did not
// expand them (quoted, or too many files for a command line). `*`, `?` and
// `[...]` within a path component go through glob(3); `**` as a whole component
// matches any number of folders (glob(3) has no such thing): the part before it
// is globbed, and the files under each match are walked and matched component by
// component with fnmatch(3). Results are sorted by bytes, hidden names are not
// matched by wildcards.

enum GlobPattern {
    /// True when `path` has wildcard characters.
    static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// The paths matching `pattern` (files or folders; files only under `**`), sorted.
    static func expand(_ pattern: String) -> [String] {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let star = parts.firstIndex(of: "**") else { return sorted(glob(pattern)) }
        let rest = Array(parts[star...])   // from the `**` on
        let prefix = parts[..<star].joined(separator: "/")
        let roots: [String]
        if star == 0 {
            roots = ["."]
        } else if isPattern(prefix) {
            roots = glob(prefix)
        } else {
            roots = [prefix.isEmpty ? "/" : prefix]
        }
        var found: [String] = []
        for root in roots where FileInfo.kind(root) == .directory {
            var walker = DirectoryWalker(root: root)
            let cut = root.hasSuffix("/") ? root.utf8.count : root.utf8.count + 1
            while let path = walker.next() {
                let relative = String(decoding: path.utf8.dropFirst(cut), as: UTF8.self)
                let names = relative.split(separator: "/").map(String.init)
                if matches(rest[...], names[...]) { found.append(star == 0 ? relative : path) }
            }
        }
        return sorted(found)
    }

    /// glob(3) without sorting (the caller sorts by bytes, whatever the locale).
    private static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, GLOB_NOSORT, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }
    }

    /// Pattern components against path components; `**` takes zero or more components.
    private static func matches(_ pattern: ArraySlice<String>, _ names: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        if first == "**" {
            return (0...names.count).contains { matches(pattern.dropFirst(), names.dropFirst($0)) }
        }
        guard let name = names.first, fnmatch(first, name, FNM_PERIOD) == 0 else { return false }
        return matches(pattern.dropFirst(), names.dropFirst())
    }

    private static func sorted(_ paths: [String]) -> [String] {
        paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
