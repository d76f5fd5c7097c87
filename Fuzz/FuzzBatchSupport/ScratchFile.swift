// ScratchFile: hands fuzz bytes to the batch readers the way a user does — as a
// file with a name — since DocumentStream reads paths, not memory. One folder per
// fuzzing process, one file per name, rewritten for each input.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A per-process folder of input files for the fuzz targets.
public enum ScratchFile {
    /// The folder, `pincite-fuzz-<pid>` under /dev/shm when there is one (no disk traffic), else
    /// /tmp. libFuzzer often ends a process without running exit handlers (a crash, a timeout,
    /// the end of `-max_total_time`), so each new process first removes the folders of
    /// processes that are gone; its own is removed at a normal exit.
    public static let folder: String = {
        let parent = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        removeStaleFolders(in: parent)
        let path = "\(parent)/pincite-fuzz-\(getpid())"
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { fatalError("mkdir \(path): \(String(cString: strerror(errno)))") }
        atexit { removeFolder(folder) }
        return path
    }()

    /// Writes `bytes` to the file `name` in the folder (replacing it) and returns its path.
    public static func write<C: Collection>(_ bytes: C, name: String) -> String where C.Element == UInt8 {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(fd >= 0, "cannot create \(path)")
        let data = Array(bytes)
        var done = 0
        data.withUnsafeBytes { b in
            while done < b.count {
                let n = Glibc.write(fd, b.baseAddress! + done, b.count - done)
                precondition(n > 0 || errno == EINTR, "cannot write \(path)")
                if n > 0 { done += n }
            }
        }
        close(fd)
        return path
    }

    /// Removes `pincite-fuzz-<pid>` folders whose process no longer exists.
    private static func removeStaleFolders(in parent: String) {
        for name in entries(parent) where name.hasPrefix("pincite-fuzz-") {
            guard let pid = Int32(name.dropFirst("pincite-fuzz-".count)), kill(pid, 0) != 0 && errno == ESRCH else { continue }
            removeFolder(parent + "/" + name)
        }
    }

    private static func removeFolder(_ path: String) {
        for name in entries(path) { unlink(path + "/" + name) }
        rmdir(path)
    }

    /// The names in a folder, "." and ".." left out.
    private static func entries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
