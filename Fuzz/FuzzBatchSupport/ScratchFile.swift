// ScratchFile: hands fuzz bytes to the batch readers the way a user does — as a
// file with a name — since DocumentStream reads paths, not memory. One folder per
// fuzzing process (removed at exit), one file per name, rewritten for each input.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A per-process folder of input files for the fuzz targets.
public enum ScratchFile {
    /// The folder: under /dev/shm when there is one (no disk traffic), else /tmp.
    public static let folder: String = {
        var template = Array((access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp").utf8CString.dropLast())
            + Array("/pincite-fuzz-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp: \(String(cString: strerror(errno)))") }
        let path = String(cString: made)
        atexit { removeFolder() }
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

    private static func removeFolder() {
        guard let dir = opendir(folder) else { return }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { unlink(folder + "/" + name) }
        }
        closedir(dir)
        rmdir(folder)
    }
}
