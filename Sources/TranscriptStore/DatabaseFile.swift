import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database file on disk: private folders and permissions, and the header check that keeps
/// SQLite away from files that are not databases.
struct DatabaseFile {
    /// The database file's path.
    let path: String

    /// The 16 bytes every SQLite 3 database file starts with.
    static let header = Array("SQLite format 3\0".utf8)

    /// What `prepare()` found and did.
    struct Preparation {
        /// Whether the file was created just now (empty; SQLite fills it on first write).
        var created = false
        /// Permission repairs the person should hear about.
        var warnings: [String] = []
    }

    /// Creates missing folders (0700) and the file (0600), or checks an existing file's header
    /// and tightens its permissions. Never writes to an existing file.
    func prepare() throws -> Preparation {
        guard !path.isEmpty else { throw StoreError.invalid("The database path is empty. Pass --db PATH.") }
        var result = Preparation()
        let folder = Self.folder(of: path)
        let createdFolder = try makeFolders(folder)
        if !createdFolder, let warning = tightenFolder(folder) {
            result.warnings.append(warning)
        }
        var info = stat()
        if stat(path, &info) != 0 {
            guard errno == ENOENT else { throw unwritable(errno) }
            if try create() {
                result.created = true
                return result
            }
            // Another process created it a moment ago: treat it as an existing file.
            guard stat(path, &info) == 0 else { throw unwritable(errno) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StoreError.unwritable(path: path, reason: "it is a folder, not a file")
        default: throw StoreError.unwritable(path: path, reason: "it is not a regular file")
        }
        if info.st_size > 0 {
            try checkHeader(size: Int64(info.st_size))
        }
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] {
            if let warning = Self.tightenFile(file) { result.warnings.append(warning) }
        }
        return result
    }

    /// Makes the side files SQLite created (`-wal`, `-shm`) private; SQLite already copies the main
    /// file's mode, so this only matters for files made by other tools.
    func tightenSideFiles() -> [String] {
        [path + "-wal", path + "-shm"].compactMap(Self.tightenFile)
    }

    /// Removes a file this run created (and its side files) after a failed first open.
    func removeCreated() {
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] {
            unlink(file)
        }
    }

    // MARK: - Steps

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Creates each missing folder on the way with mode 0700; returns whether the last one was created.
    private func makeFolders(_ folder: String) throws -> Bool {
        var prefix = folder.hasPrefix("/") ? "/" : ""
        var createdLast = false
        for component in folder.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw StoreError.unwritable(path: path, reason: "\(prefix) is a file, not a folder")
                }
                createdLast = false
                continue
            }
            guard errno == ENOENT else { throw unwritable(errno, at: prefix) }
            guard mkdir(prefix, 0o700) == 0 || errno == EEXIST else { throw unwritable(errno, at: prefix) }
            chmod(prefix, 0o700)
            createdLast = true
        }
        return createdLast
    }

    /// Makes the folder private when it holds nothing but this database (Alongside's own folder);
    /// shared folders (e.g. /tmp or a project folder given with --db) are left alone, and so is any
    /// folder with the sticky bit (mode 1777 and the like): that mode means "shared" on purpose.
    private func tightenFolder(_ folder: String) -> String? {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & 0o077 != 0, info.st_mode & S_ISVTX == 0, info.st_uid == getuid(),
            let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return nil }
        let name = (path as NSString).lastPathComponent
        let ours = Set(["", "-wal", "-shm", "-journal"].map { name + $0 })
        guard entries.allSatisfy(ours.contains) else { return nil }
        let old = Self.octal(info.st_mode)
        guard chmod(folder, 0o700) == 0 else {
            return "The folder \(folder) can be opened by other users (mode \(old)) and could not be made private."
        }
        return "Made the folder \(folder) private: it was mode \(old), now 0700."
    }

    /// Creates the empty file; false when another process created it first.
    private func create() throws -> Bool {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return false }
            throw unwritable(errno)
        }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw unwritable(errno) }
        return true
    }

    /// Whether the file system holding `path` has (almost) no room left: SQLite sometimes reports
    /// a full disk as a plain I/O error (e.g. when the WAL index cannot grow).
    static func diskIsFull(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder(of: path), &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    private func checkHeader(size: Int64) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw unwritable(errno) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: Self.header.count)
        let count = read(fd, &bytes, bytes.count)
        guard size >= 100, count == bytes.count, bytes == Self.header else {
            throw StoreError.corrupt(path: path)
        }
    }

    /// Removes group and other permissions from an existing file; returns what it did, if anything.
    static func tightenFile(_ file: String) -> String? {
        var info = stat()
        guard stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 != 0 else {
            return nil
        }
        let old = octal(info.st_mode)
        guard chmod(file, 0o600) == 0 else {
            return "The file \(file) can be read by other users (mode \(old)) and could not be made private."
        }
        return "Made \(file) private: it was mode \(old), now 0600."
    }

    static func octal(_ mode: mode_t) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func unwritable(_ code: Int32, at place: String? = nil) -> StoreError {
        let reason = String(cString: strerror(code)).lowercased()
        if let place, place != path {
            return .unwritable(path: path, reason: "\(place): \(reason)")
        }
        return .unwritable(path: path, reason: reason)
    }
}
