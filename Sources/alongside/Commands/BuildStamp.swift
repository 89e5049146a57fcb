import CBuildInfo

/// What `alongside --version` prints: the version and the git commit the binary was built from.
enum BuildStamp {
    /// The commit scripts/package stamped into this binary (`-dirty` when the tree had uncommitted changes);
    /// nil for everyday builds (`swift build`, `swift run`, `swift test`).
    static var commit: String? {
        let stamped = String(cString: alongside_build_commit())
        return stamped.isEmpty ? nil : stamped
    }

    /// `alongside 0.1.0 (commit 6076a3c1b2d4)`, or `... (commit unknown: not built by scripts/package)`.
    static func line(version: String, commit: String?) -> String {
        "alongside \(version) (commit \(commit ?? "unknown: not built by scripts/package"))"
    }
}
