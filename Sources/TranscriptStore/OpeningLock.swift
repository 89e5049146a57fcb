import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the database's folder, held while a process checks and migrates the
/// file, so two Alongside processes opening a new database at once do not both create the schema
/// (or one read the other's half-made file as damaged).
///
/// The folder, not the database file, is locked: closing any descriptor of the database file would
/// drop SQLite's own POSIX locks on it.
struct OpeningLock {
    private let fd: Int32

    /// Waits up to `timeout` seconds for the lock on the folder holding `path`; nil when the folder
    /// cannot be opened for locking (then opening proceeds unguarded, as before).
    static func acquire(path: String, timeout: TimeInterval) throws -> OpeningLock? {
        let fd = open(DatabaseFile.folder(of: path), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR {
                close(fd)
                return nil
            }
            if Date() >= deadline {
                close(fd)
                throw StoreError.locked(path: path)
            }
            usleep(10_000)
        }
        return OpeningLock(fd: fd)
    }

    /// Releases the lock.
    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
