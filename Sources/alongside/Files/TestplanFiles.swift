import Foundation

/// Finds testplans and the scripts they belong to.
enum TestplanFiles {
    /// A testplan and the script beside it.
    struct Pair: Equatable {
        let plan: String
        let script: String
    }

    static func find(_ paths: [String]) throws -> [Pair] {
        var pairs: [Pair] = []
        for file in try ScriptFiles.expand(paths, extensions: ["testplan", "yaml", "yml"]) {
            if file.hasSuffix(".testplan") {
                pairs.append(Pair(plan: file, script: scriptPath(for: file)))
            } else {
                let directory = (file as NSString).deletingLastPathComponent
                let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
                for name in names.sorted() where name == stem + ".testplan" || (name.hasPrefix(stem + ".") && name.hasSuffix(".testplan")) {
                    pairs.append(Pair(plan: directory.isEmpty ? name : directory + "/" + name, script: file))
                }
            }
        }
        var seen = Set<String>()
        return pairs.filter { seen.insert($0.plan).inserted }
    }

    /// `dir/X.testplan` and `dir/X.case.testplan` belong to `dir/X.yaml`.
    static func scriptPath(for plan: String) -> String {
        let directory = (plan as NSString).deletingLastPathComponent
        let name = (plan as NSString).lastPathComponent
        let stem = String(name.prefix(while: { $0 != "." }))
        return (directory.isEmpty ? "" : directory + "/") + stem + ".yaml"
    }
}
