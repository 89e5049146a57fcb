import ArgumentParser
import Foundation
import ProgressReview
import TranscriptStore

/// `alongside report`: a review page to keep, print or share with a trainer.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make a review page (one HTML file with charts): distress check-ins, listening practice, goals.",
        discussion: """
        Without --from the report covers your own transcripts. A trainer can combine several trainees' \
        exports: alongside report --from ana.jsonl --from ben.jsonl --out group.html. The page has no \
        scripts and loads nothing from the internet.
        """)
    @Option(name: .long, help: ArgumentHelp("Write the page here (readable by you only) instead of standard output.", valueName: "file")) var out: String?
    @Option(name: .long, help: ArgumentHelp("Build from this export instead of your transcripts (repeatable).", valueName: "export.jsonl")) var from: [String] = []
    @OptionGroup var global: GlobalOptions

    func run() throws {
        var inputs: [ReportInput] = []
        if from.isEmpty {
            let store = try AppEnvironment(options: global).openStore()
            inputs.append(try guardStore { try ReportInput.load(from: store, label: "You") })
        }
        for file in from {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw AlongsideError.usage("alongside: cannot read \(file). Check the name and try again.")
            }
            let store = try guardStore { try TranscriptStore.inMemory() }
            _ = try guardQuery { try store.importArchive(String(decoding: data, as: UTF8.self)) }
            let label = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            inputs.append(try guardStore { try ReportInput.load(from: store, label: label) })
        }
        let html = ReportDocument(inputs: inputs, generatedAt: Date(), help: AppEnvironment(options: global).help).html
        guard let out else { print(html, terminator: ""); return }
        try PrivateFile.write(html, to: out)
        Console.standardError("Wrote the report to \(out). Open it in any browser; it works offline.")
    }
}
