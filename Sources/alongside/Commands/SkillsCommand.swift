import ArgumentParser
import Listening

/// `alongside skills`: the listening-skill classifier.
struct SkillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: "Classify supporter utterances by listening skill.",
        subcommands: [Classify.self, Features.self]
    )

    /// `alongside skills classify`: one JSON object per stdin line.
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classify",
            abstract: "Read supporter utterances on stdin; print one JSON object per line: skill, confidence, text."
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let classifier = ListeningClassifier()
            try StandardInputLines.filter { classifier.classify($0).jsonLine(text: $0) }.check()
        }
    }

    /// `alongside skills features`: the rules' verdict and the learned model's hashed features per line.
    struct Features: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "features",
            abstract: "For model training: read utterances on stdin, print the rules' skill and confidence, then the hashed feature buckets.",
            discussion: "Used by scripts/skills-model/train so the model sees utterances exactly as the app does."
        )

        func run() throws {
            StandardInputLines.filter { ListeningClassifier.trainingFeatures($0) }
        }
    }
}
