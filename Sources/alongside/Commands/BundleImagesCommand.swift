import ArgumentParser
import BundledDialogues
import DialogueCompiler
import Foundation

/// `alongside bundle-images DIR`: writes each bundled script's compiled image (run by scripts/gen-bundled).
struct BundleImagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle-images",
        abstract: "For development: compile every bundled script from its YAML and write DIR/ID.json (embedded at build time).",
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("The folder to write the images to (dialogues/compiled).", valueName: "dir"))
    var directory: String

    func run() throws {
        for source in BundledDialogues.sources {
            guard let script = ScriptCompiler.compile(yaml: source.text, file: source.origin).script else {
                throw AlongsideError.script("alongside: bundled script \(source.id) does not compile; run `alongside lint dialogues/\(source.id).yaml`")
            }
            let path = directory + "/" + source.id + ".json"
            do { try Data(ScriptImage.encode(script, source: source.text)).write(to: URL(fileURLWithPath: path)) } catch {
                throw AlongsideError.usage("alongside: cannot write \(path): \(error.localizedDescription)")
            }
        }
        print("wrote \(BundledDialogues.sources.count) images to \(directory)")
    }
}
