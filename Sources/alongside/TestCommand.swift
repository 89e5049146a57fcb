import ArgumentParser
import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Foundation
import Listening

/// `alongside test [PATH...]`: runs conversation testplans against their scripts.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run testplans: scripted conversations with the output they must show.",
        discussion: """
        For a script X.yaml, the plans are X.testplan and X.*.testplan beside it. Paths may be scripts, \
        testplans or directories (default: dialogues). The format is in docs/runtime.md. Exit status 1 on any failure.
        """
    )

    @Argument(help: ArgumentHelp("Scripts, testplans or directories.", valueName: "path"))
    var paths: [String] = ["dialogues"]

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let plans = try TestplanFiles.find(paths)
        if plans.isEmpty { throw AlongsideError.usage("alongside: no testplans found in \(paths.joined(separator: " ")).") }
        var failed = 0
        for plan in plans {
            let outcome = try Self.check(plan)
            if outcome.passed {
                print("ok    \(plan.plan)")
            } else {
                failed += 1
                print("FAIL  \(plan.plan)")
                for failure in outcome.failures { print(failure.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")) }
            }
        }
        print("\(plans.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(ExitStatus.checkFailed) }
    }

    /// Compiles the script and runs one plan against it with the real listening classifier.
    static func check(_ pair: TestplanFiles.Pair) throws -> (passed: Bool, failures: [String]) {
        let source = try ExerciseCatalog.readFile(pair.script)
        let compiled = ScriptCompiler.compile(yaml: source.text, file: pair.script)
        guard let script = compiled.script else {
            return (false, compiled.diagnostics.filter { $0.severity == .error }.map(\.formatted))
        }
        guard let text = try? String(contentsOfFile: pair.plan, encoding: .utf8) else {
            return (false, ["\(pair.plan): cannot read the testplan"])
        }
        let plan: Testplan
        do { plan = try Testplan.parse(text, file: pair.plan) } catch { return (false, ["\(error)"]) }
        let result = TestplanRunner.run(plan, script: script, environment: EngineEnvironment(seed: plan.seed ?? 0, classify: SkillClassifier.classify))
        return (result.passed, result.failures)
    }
}

/// The listening classifier as the engine's injected function.
enum SkillClassifier {
    static let shared = ListeningClassifier()

    @Sendable static func classify(_ text: String) -> (skill: String, confidence: Double) {
        let result = shared.classify(text)
        return (result.skill.rawValue, result.confidence)
    }
}

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
