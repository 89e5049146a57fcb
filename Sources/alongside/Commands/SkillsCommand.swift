import ArgumentParser
import Listening

/// `alongside skills`: the listening-skill classifier.
struct SkillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "Classify supporter utterances by listening skill.",
        subcommands: [Classify.self]
    )

    /// `alongside skills classify`: one JSON object per stdin line.
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read supporter utterances on stdin; print one JSON object per line: skill, confidence, text."
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let classifier = ListeningClassifier()
            StandardInputLines.filter { classifier.classify($0).jsonLine(text: $0) }
        }
    }
}
