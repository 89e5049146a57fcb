import ArgumentParser
import BundledDialogues
import Foundation

/// Tab completion for an exercise id (`alongside run gro<TAB>`): the bundled ids and the names of the person's own
/// scripts in the config folder's `dialogues/`. Nothing is compiled and nothing is printed, so it stays quick and quiet.
enum ExerciseCompletion {
    /// The completion the shells ask the binary for.
    static let kind = CompletionKind.custom { _, _, prefix in
        let folder = (try? GlobalOptions.parse([])).map { AppEnvironment(options: $0).configDirectory + "/dialogues" }
        return ids(userDirectory: folder ?? "").filter { $0.hasPrefix(prefix) }
    }

    /// Bundled ids, then user script names (file names without `.yaml`/`.yml`), each once, in that order.
    static func ids(userDirectory: String) -> [String] {
        var ids = BundledDialogues.sources.map(\.id)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: userDirectory)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let id = String(name.prefix(upTo: name.lastIndex(of: ".")!))
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
