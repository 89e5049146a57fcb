import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files Alongside writes for the person (exports, reports): readable by them only.
enum PrivateFile {
    /// Writes `text` to `path` with mode 0600 (an existing file is replaced and tightened).
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw AlongsideError.usage("alongside: cannot write \(path): \(String(cString: strerror(errno))).")
        }
        fchmod(fd, 0o600)
        // FileHandle writes every byte (retrying short writes) on Linux and macOS alike.
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw AlongsideError.storage("alongside: could not finish writing \(path): \(error.localizedDescription)")
        }
    }
}
