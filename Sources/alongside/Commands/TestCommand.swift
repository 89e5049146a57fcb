import ArgumentParser
import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Foundation
import Listening
import Safety
import Session

extension TestReport.Format: ExpressibleByArgument {}

/// `alongside test [PATH...]`: runs conversation testplans against their scripts, and optionally walks
/// every script with crisis phrases or random answers.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run testplans: scripted conversations with the output they must show.",
        discussion: """
        For a script X.yaml, the plans are X.testplan and X.*.testplan beside it. Paths may be scripts, \
        testplans or directories (default: ./dialogues when it exists, else your own scripts' folder, \
        CONFIG/alongside/dialogues). The format is in docs/runtime.md. \
        --crisis-fuzz types disguised crisis phrases at every free-text prompt and checks the region's help \
        line is shown; --random N walks each script N times with random valid answers. \
        Exit status 1 on any failure.
        """
    )

    @Argument(help: ArgumentHelp("Scripts, testplans or directories (default: ./dialogues, else your scripts' folder).", valueName: "path"))
    var givenPaths: [String] = []

    /// The given paths, or the default folder: ./dialogues in a checkout, else the user's scripts folder.
    var paths: [String] {
        if !givenPaths.isEmpty { return givenPaths }
        if FileManager.default.fileExists(atPath: "dialogues") { return ["dialogues"] }
        return [AppEnvironment(options: global).configDirectory + "/dialogues"]
    }

    @Flag(name: .long, help: "Report branch coverage per script: edges taken by the plans, and the ones never taken.")
    var coverage = false

    @Option(name: .long, help: "Output format: text, junit (XML for CI) or json.")
    var format: TestReport.Format = .text

    @Flag(name: .long, help: "At every free-text prompt, type disguised crisis phrases and check help lines appear.")
    var crisisFuzz = false

    @Option(name: .long, help: ArgumentHelp("Random walks per script with valid random answers.", valueName: "n"))
    var random: Int?

    @Option(name: .long, help: ArgumentHelp("Seed for --random.", valueName: "s"))
    var seed: UInt64 = 1

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let random, random < 1 || random > 100_000 { throw ValidationError("--random takes a number from 1 to 100000.") }
    }

    func run() throws {
        let paths = self.paths
        if givenPaths.isEmpty, !FileManager.default.fileExists(atPath: paths[0]) {
            throw AlongsideError.usage("alongside: nothing to test here: there is no ./dialogues folder and no scripts in \(paths[0]); "
                                       + "give the scripts or testplans to run, e.g. `alongside test my-script.yaml`.")
        }
        let plans = try TestplanFiles.find(paths)
        let walking = crisisFuzz || random != nil
        if plans.isEmpty && !walking { throw AlongsideError.usage("alongside: no testplans found in \(paths.joined(separator: " ")).") }
        var cases: [TestCaseOutcome] = []
        var taken: [String: Set<String>] = [:]
        for plan in plans {
            let began = Date()
            let outcome = try Self.check(plan)
            taken[plan.script, default: []].formUnion(outcome.takenEdges)
            cases.append(TestCaseOutcome(suite: plan.script, name: plan.plan, failures: outcome.failures,
                                         seconds: Date().timeIntervalSince(began)))
        }
        if walking { cases += try walks() }
        let covered = coverage ? try coverageReport(taken) : []
        switch format {
        case .text: print(TestReport.text(cases, coverage: covered), terminator: "")
        case .json: print(TestReport.json(cases, coverage: covered), terminator: "")
        case .junit: print(TestReport.junit(cases), terminator: "")
        }
        if cases.contains(where: { !$0.passed }) { throw ExitCode(ExitStatus.checkFailed) }
    }

    /// Crisis fuzz and random walks for every script in the paths.
    func walks() throws -> [TestCaseOutcome] {
        let app = AppEnvironment(options: global)
        var cases: [TestCaseOutcome] = []
        for file in try Self.scripts(paths) {
            let source = try ExerciseCatalog.readFile(file)
            let compiled = ScriptCompiler.compile(yaml: source.text, file: file)
            guard let script = compiled.script else {
                cases.append(TestCaseOutcome(suite: file, name: "compile \(file)", failures: compiled.errors.map(\.formatted)))
                continue
            }
            let environment = EngineEnvironment(seed: 1, builtins: TestEnvironment.builtins(app.help), classify: SkillClassifier.classify, topic: { ReplyTopic.of($0) })
            if crisisFuzz {
                let began = Date()
                let router = try SafetyGate.router(for: script)
                let fuzz = CrisisFuzz.run(script: script, router: router, help: app.help, environment: environment)
                cases.append(TestCaseOutcome(suite: file, name: "crisis-fuzz \(file)", failures: fuzz.failures,
                                             detail: "\(fuzz.prompts.count) free-text prompt\(fuzz.prompts.count == 1 ? "" : "s") × \(CrisisFuzz.phrases.count) phrases, region \(app.help.region)",
                                             seconds: Date().timeIntervalSince(began)))
            }
            if let random {
                let began = Date()
                let failures = RandomWalker(script: script, environment: environment).run(walks: random, seed: seed)
                cases.append(TestCaseOutcome(suite: file, name: "random \(file)", failures: failures,
                                             detail: "\(random) walk\(random == 1 ? "" : "s"), seed \(seed)",
                                             seconds: Date().timeIntervalSince(began)))
            }
        }
        return cases
    }

    /// Every link of each script that has plans, against the links the plans took.
    func coverageReport(_ taken: [String: Set<String>]) throws -> [ScriptCoverage] {
        try taken.keys.sorted().compactMap { file in
            guard let script = ScriptCompiler.compile(yaml: try ExerciseCatalog.readFile(file).text, file: file).script else { return nil }
            var edges: [String] = []
            for node in script.orderedNodes {
                for next in node.successors where script.nodes[next] != nil && !edges.contains("\(node.id)->\(next)") {
                    edges.append("\(node.id)->\(next)")
                }
            }
            return ScriptCoverage(script: file, edges: edges, taken: taken[file] ?? [])
        }
    }

    /// Script files among the paths (a testplan path stands for its script).
    static func scripts(_ paths: [String]) throws -> [String] {
        var seen = Set<String>()
        return try ScriptFiles.expand(paths, extensions: ["yaml", "yml", "testplan"])
            .map { $0.hasSuffix(".testplan") ? TestplanFiles.scriptPath(for: $0) : $0 }
            .filter { seen.insert($0).inserted }
    }

    /// Compiles the script and runs one plan against it with the real listening classifier.
    static func check(_ pair: TestplanFiles.Pair) throws -> (passed: Bool, failures: [String], takenEdges: Set<String>) {
        let source = try ExerciseCatalog.readFile(pair.script)
        let compiled = ScriptCompiler.compile(yaml: source.text, file: pair.script)
        guard let script = compiled.script else {
            return (false, compiled.diagnostics.filter { $0.severity == .error }.map(\.formatted), [])
        }
        guard let text = try? String(contentsOfFile: pair.plan, encoding: .utf8) else {
            return (false, ["\(pair.plan): cannot read the testplan"], [])
        }
        let plan: Testplan
        do { plan = try Testplan.parse(text, file: pair.plan) } catch { return (false, ["\(error)"], []) }
        let result = TestplanRunner.run(plan, script: script, environment: EngineEnvironment(seed: plan.seed ?? 0, classify: SkillClassifier.classify, topic: { ReplyTopic.of($0) }))
        return (result.passed, result.failures, result.takenEdges)
    }
}
