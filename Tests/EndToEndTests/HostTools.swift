import Foundation

/// What the machine running the tests has; tests that need a tool are marked `.enabled(if:)` with these,
/// so a missing tool shows as a skip, never as a silent pass. `.ci/run` installs them.
enum HostTools {
    /// Whether `name` is on the PATH.
    static func has(_ name: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    static let python3 = has("python3")
    static let sqlite3 = has("sqlite3")
    static let strace = has("strace")
    static let stty = has("stty")
    /// Running as root (needed to mount small or read-only file systems).
    static let root = getuid() == 0
}
