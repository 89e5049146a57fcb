import ArgumentParser
import Foundation
import Safety

/// `alongside safety`: the crisis-language router as a filter and its evaluation.
struct SafetyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "safety",
        abstract: "Check text with the safety router.",
        subcommands: [Scan.self, Eval.self, Features.self, Image.self]
    )

    /// `alongside safety scan`: one JSON object per input line.
    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scan",
            abstract: "Read lines on stdin; print one JSON object per line: level, categories, rules, text.",
            discussion: #"Example: echo "I want to die" | alongside safety scan  →  {"level":"concern","categories":["suicide"],...}"#
        )

        @Option(name: .long, help: "Output format (only jsonl).")
        var format: String = "jsonl"

        @Option(name: .long, help: ArgumentHelp("Extra rules file (lexicon TSV) added to the core rules.", valueName: "file"))
        var rules: [String] = []

        @Flag(name: .long, help: "Rules only: switch the learned layer off (for comparisons).")
        var noLearned = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if format != "jsonl" { throw ValidationError("--format must be jsonl.") }
        }

        func run() throws {
            let router = try SafetyCommand.router(app: AppEnvironment(options: global), files: rules, learned: !noLearned)
            var scratch = RouterScratch()
            // A plain ASCII line is read in place, without a `String` (most lines); any other as its decoded text.
            try StandardInputLines.filterLines { line, out in
                switch line {
                case .ascii(let bytes):
                    router.assessJSONLine(ascii: bytes, scratch: &scratch) { capacity, write in out.write(upTo: capacity, write) }
                case .text(let text):
                    router.assessJSONLine(text, scratch: &scratch) { capacity, write in out.write(upTo: capacity, write) }
                }
            }.check()
        }
    }

    /// `alongside safety eval FILE.tsv`: precision, recall and false positives on a labeled set.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score the router on a labeled file (`level<TAB>text`, or `level<TAB>source<TAB>text`); lists every miss.",
            discussion: "Exit status 1 when --min-recall or --max-fpr is given and not met."
        )

        @Argument(help: ArgumentHelp("Labeled TSV file.", valueName: "file"))
        var file: String

        @Option(name: .long, help: "Fail when overall risk recall is below this (0-1).")
        var minRecall: Double?

        @Option(name: .long, help: "Fail when the false-positive rate is above this (0-1).")
        var maxFpr: Double?

        @Flag(name: .long, help: "Rules only: switch the learned layer off (for before/after figures).")
        var noLearned = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw AlongsideError.usage("alongside: cannot read \(file) as UTF-8 text.")
            }
            let cases: [SafetyEvaluation.Case]
            do { cases = try SafetyEvaluation.parse(tsv: text) } catch { throw AlongsideError.usage("\(file): \(error)") }
            let router = try SafetyCommand.router(app: AppEnvironment(options: global), files: [], learned: !noLearned)
            let evaluation = SafetyEvaluation(cases: cases) { line in
                let result = router.assess(line)
                return (result.level, result.categories)
            }
            print(evaluation.report)
            if let minRecall, evaluation.anyRiskRecall < minRecall { throw ExitCode(ExitStatus.checkFailed) }
            if let maxFpr, evaluation.falsePositiveRate > maxFpr { throw ExitCode(ExitStatus.checkFailed) }
        }
    }

    /// `alongside safety features`: the learned layer's hashed features per line (what training reads).
    struct Features: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "features",
            abstract: "For model training: read lines on stdin, print each line's hashed feature buckets (sentences split by |).",
            discussion: "Used by scripts/safety-model/train so the model sees lines exactly as the app does."
        )

        func run() throws {
            StandardInputLines.filter { line in
                LearnedLayer.features(line).map { $0.map(String.init).joined(separator: " ") }.joined(separator: " | ")
            }
        }
    }

    /// `alongside safety image FILE`: writes the core router tables for embedding (scripts/gen-router-image).
    struct Image: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "image",
            abstract: "For development: write the router's compiled core tables to FILE (embedded at build time).",
            shouldDisplay: false
        )

        @Argument(help: ArgumentHelp("Where to write the image.", valueName: "file"))
        var file: String

        func run() throws {
            let bytes = SafetyTables.freshCoreImage()
            do { try Data(bytes).write(to: URL(fileURLWithPath: file)) } catch {
                throw AlongsideError.usage("alongside: cannot write \(file): \(error.localizedDescription)")
            }
            print("wrote \(bytes.count) bytes to \(file)")
        }
    }

    /// The core router plus the user's rule files and any given on the command line.
    static func router(app: AppEnvironment, files: [String], learned: Bool = true) throws -> SafetyRouter {
        var extra = try app.userSafetyRules()
        for path in files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw AlongsideError.usage("alongside: cannot read rules file \(path).")
            }
            do { extra += try SafetyLexicon.parse(text, origin: path) } catch { throw AlongsideError.usage("alongside: \(error)") }
        }
        do { return try SafetyRouter(extraRules: extra, learned: learned ? .shipped : nil) } catch { throw AlongsideError.usage("alongside: \(error)") }
    }
}
