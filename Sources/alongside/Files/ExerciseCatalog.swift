import BundledDialogues
import DialogueCompiler
import DialogueModel
import Foundation
import Session

/// Finds exercises by id or path and compiles them.
struct ExerciseCatalog {
    let sources: [ExerciseSource]

    /// Bundled exercises plus `*.yaml` files in the user's `dialogues` directory. A user file is left out, with
    /// a warning on stderr, when it is not UTF-8 text or when its file name or its `id:` is a bundled id (so
    /// `run ID` never silently runs something other than what `list` shows).
    init(userDirectory: String) {
        var all = BundledDialogues.sources
        let known = Set(all.map(\.id))
        if let names = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let id = String(name.prefix(upTo: name.lastIndex(of: ".")!))
                let path = userDirectory + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.standardError("warning: cannot read \(path); it is not listed")
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    Console.standardError("warning: \(path) is not UTF-8 text, so it is not listed; save it as UTF-8")
                    continue
                }
                let declared = ScriptCompiler.compile(yaml: text, file: path).draft?.id ?? ""
                if let clash = [id, declared].first(where: known.contains) {
                    Console.standardError("warning: \(path) uses the id '\(clash)' of a bundled exercise, so it is not listed "
                                          + "and `run \(clash)` runs the bundled one; give it another id and file name "
                                          + "(or run it by path)")
                    continue
                }
                all.append(ExerciseSource(id: id, origin: path, text: text))
            }
        }
        sources = all
    }

    /// The source for an id or a path; an unknown id is a usage error naming close ids.
    func resolve(_ idOrPath: String) throws -> ExerciseSource {
        let looksLikePath = idOrPath.utf8.contains(UInt8(ascii: "/")) || idOrPath.hasSuffix(".yaml") || idOrPath.hasSuffix(".yml")
        if looksLikePath || FileManager.default.fileExists(atPath: idOrPath) && !sources.contains(where: { $0.id == idOrPath }) {
            return try Self.readFile(idOrPath)
        }
        if let found = sources.first(where: { $0.id == idOrPath }) { return found }
        let close = sources.map(\.id).filter { EditDistance.between($0, idOrPath) <= max(3, idOrPath.count / 3) || $0.contains(idOrPath) }
        var message = "alongside: no exercise called '\(idOrPath)'."
        if !close.isEmpty { message += " Did you mean: \(close.joined(separator: ", "))?" }
        message += " `alongside list` shows them all."
        throw AlongsideError.usage(message)
    }

    /// Reads a script file; unreadable or non-UTF-8 files are script errors (exit 3).
    static func readFile(_ path: String) throws -> ExerciseSource {
        guard FileManager.default.fileExists(atPath: path) else {
            throw AlongsideError.usage("alongside: no script file at \(path).")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AlongsideError.script("alongside: cannot read \(path).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AlongsideError.script("\(path):1:1: error: AL0001 the file is not valid UTF-8 text")
        }
        let name = (path as NSString).lastPathComponent
        let id = name.contains(".") ? String(name.prefix(upTo: name.lastIndex(of: ".")!)) : name
        return ExerciseSource(id: id, origin: path, text: text)
    }

    /// Compiles a source (a bundled one is read from its image when current); errors print their diagnostics
    /// and become exit 3.
    static func compile(_ source: ExerciseSource) throws -> DialogueScript {
        if let script = source.precompiled { return script }
        let result = ScriptCompiler.compile(yaml: source.text, file: source.origin)
        guard let script = result.script else {
            let lines = result.diagnostics.flatMap { SourceExcerpt.rendered($0, in: source.text) }.joined(separator: "\n")
            throw AlongsideError.script(lines.isEmpty ? "\(source.origin): the script could not be compiled" : lines)
        }
        return script
    }

    /// Every exercise that compiles, in catalogue order (broken user files are skipped with a warning).
    func compiledScripts() -> [DialogueScript] {
        sources.compactMap { source in
            if let script = source.precompiled ?? ScriptCompiler.compile(yaml: source.text, file: source.origin).script { return script }
            Console.standardError("warning: \(source.origin) has errors; run `alongside lint \(source.origin)`")
            return nil
        }
    }
}

extension ExerciseCatalog {
    /// The file's text, or nil when it is not UTF-8.
    static func readFileForLint(_ path: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AlongsideError.usage("alongside: cannot read \(path)")
        }
        return String(data: data, encoding: .utf8)
    }
}
