import DialogueModel

/// AL0043: whether a script file has a testplan beside it. Pure: the caller lists the directory.
public enum TestplanPresence {
    /// A note when none of `siblings` (file names in the script's directory) is `X.testplan` or `X.*.testplan`
    /// for the script `X.yaml`; nil when a plan exists.
    public static func check(scriptPath: String, siblings: [String]) -> Diagnostic? {
        let name = scriptPath.split(separator: "/").last.map(String.init) ?? scriptPath
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let stem = String(name[..<dot])
        let hasPlan = siblings.contains { $0 == stem + ".testplan" || ($0.hasPrefix(stem + ".") && $0.hasSuffix(".testplan")) }
        guard !hasPlan else { return nil }
        return Diagnostic(code: .noTestplan, message: "there is no testplan beside this script; write \(stem).testplan "
                          + "(see docs/runtime.md) or use `alongside run \(name) --record \(stem).testplan`",
                          location: SourceLocation(file: scriptPath, line: 1, column: 1))
    }
}
