import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The small settings file `$XDG_CONFIG_HOME/alongside/config`: `key = value` lines, mode 0600.
///
/// Known keys are listed in `ConfigFile.keys`; unknown lines are kept as they are.
struct ConfigFile {
    /// A setting the person may change.
    struct Key: Sendable {
        let name: String
        let help: String
        let validate: @Sendable (String) -> String?
    }

    /// The settings Alongside knows.
    static let keys: [Key] = [
        Key(name: "retention-days",
            help: "Delete sessions older than this many days, at the start of any command that stores (0 or unset: keep everything).",
            validate: { value in
                guard let days = Int(value), days >= 0, days <= 36_500 else {
                    return "retention-days is a whole number of days between 0 and 36500, e.g. 30."
                }
                return nil
            })
    ]

    /// Where the file lives.
    let path: String

    init(directory: String) { path = directory + "/config" }

    /// The settings in the file, in file order (empty when there is no file).
    func values() -> [(key: String, value: String)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            return key.isEmpty ? nil : (key, value)
        }
    }

    /// The value of one setting, if set.
    func value(_ key: String) -> String? { values().last { $0.key == key }?.value }

    /// Sets (or with nil, removes) a setting, writing the file with mode 0600 in a 0700 folder.
    func set(_ key: String, to value: String?) throws {
        var lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
            .filter { line in
                let name = line.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces)
                return name != key
            }
        if let value { lines.append("\(key) = \(value)") }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw AlongsideError.storage("alongside: cannot create the settings folder \(folder): \(error.localizedDescription)")
        }
        let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw AlongsideError.storage("alongside: cannot write the settings file \(path): \(String(cString: strerror(errno))).")
        }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw AlongsideError.storage("alongside: cannot write the settings file \(path).")
        }
    }
}
