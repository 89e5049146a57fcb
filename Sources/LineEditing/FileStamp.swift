import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's identity and last change (inode, size, modification time), to notice saves, including editors
/// that write a new file and rename it over the old one.
public final class FileStamp {
    /// The file watched.
    public let path: String
    private var last: [AnyHashable]

    /// Remembers the file's current stamp.
    public init(path: String) {
        self.path = path
        last = Self.read(path)
    }

    /// True once per change; waits until two looks a moment apart agree, so a half-written save is not read.
    public func hasChanged() -> Bool {
        var now = Self.read(path)
        guard now != last else { return false }
        while true {
            usleep(100_000)
            let again = Self.read(path)
            if again == now { break }
            now = again
        }
        last = now
        return true
    }

    /// The stamp of `path` now (inode, size, modification time), or `missing`.
    static func read(_ path: String) -> [AnyHashable] {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return ["missing"] }
        return [attributes[.systemFileNumber] as? Int ?? 0, attributes[.size] as? Int ?? 0,
                (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0]
    }
}
