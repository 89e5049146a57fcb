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
            var output: [UInt8] = []
            StandardInputLines.forEach { line in
                output.append(contentsOf: classifier.classify(line).jsonLine(text: line).utf8)
                output.append(10)
                if output.count >= 1 << 16 {
                    StandardInputLines.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            StandardInputLines.write(output)
        }
    }
}
