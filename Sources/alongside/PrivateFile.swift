import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files Alongside writes for the person (exports, reports): readable by them only.
enum PrivateFile {
    /// Writes `text` to `path` with mode 0600 (an existing file is replaced and tightened).
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw AlongsideError.usage("alongside: cannot write \(path): \(String(cString: strerror(errno))).")
        }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            guard n > 0 else { throw AlongsideError.storage("alongside: could not finish writing \(path).") }
            written += n
        }
    }
}
