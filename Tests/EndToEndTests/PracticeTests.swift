import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Foundation
import Listening
import Testing

/// End-to-end: trainee role-plays through the built binary, with piped replies.
@Suite struct PracticeTests {
    /// Mostly reflections, two open questions: Sam opens up; R:Q is 2 : 1.
    static let reflective = [
        "You sound exhausted by all of it.",
        "It makes sense that you read it five times when you are that tired.",
        "What is it like when you compare yourself to them?",
        "It sounds like you are carrying their hopes as well as your own.",
        "You have been so busy that you forgot to look after yourself.",
        "How did you get through last year?",
        "Part of you is wondering whether this is even the right path for you.",
    ]

    /// Four pieces of advice, a judgment and two questions: Sam stays guarded; no reflections, so R:Q is 0 : 1.
    static let fixing = [
        "You should try not to worry so much.",
        "Have you tried making a revision timetable?",
        "Did you talk to your tutor about it?",
        "Why don't you just tell your parents how you feel?",
        "You should eat proper meals and cut out the energy drinks.",
        "What are you going to do about it?",
        "You're overreacting, it was only one year.",
    ]

    static func roleplay(_ id: String, _ replies: [String], region: String = "US") throws -> AlongsideProcess.Result {
        let dir = try AlongsideProcess.temporaryDirectory()
        return try AlongsideProcess.run(["run", id, "--region", region, "--db", dir.appendingPathComponent("a.sqlite").path],
                                        input: replies.joined(separator: "\n") + "\n")
    }

    /// The output with line wrapping undone, so wrapped sentences can be searched.
    static func flat(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    @Test func reflectiveAndFixingRepliesMeetDifferentPersonaLines() throws {
        let warm = try Self.roleplay("roleplay-exam-stress", Self.reflective)
        let cold = try Self.roleplay("roleplay-exam-stress", Self.fixing)
        #expect(warm.status == 0, "\(warm.stderr)")
        #expect(cold.status == 0, "\(cold.stderr)")
        let warmText = Self.flat(warm.stdout), coldText = Self.flat(cold.stdout)
        #expect(warmText.contains("practice with a fictional person, not a real conversation"))
        #expect(warmText.contains("Can I tell you the real thing?"))
        #expect(warmText.contains("I don't even know if I want to study this"))
        #expect(warmText.contains("I feel a bit lighter"))
        #expect(!coldText.contains("Can I tell you the real thing?"))
        #expect(coldText.contains("I don't need a lecture"))
        #expect(coldText.contains("I'd better go"))
        #expect(warmText.contains("Reflections to questions: 2.0 : 1, good"), "\(warmText)")
        #expect(coldText.contains("Reflections to questions: 0.0 : 1, below"), "\(coldText)")
        #expect(coldText.contains("Advice or judgment: 5"), "\(coldText)")
    }

    @Test func feedbackQuotesTheBestReflectionAndRewritesAFixingMove() throws {
        let warm = Self.flat(try Self.roleplay("roleplay-exam-stress", Self.reflective).stdout)
        #expect(warm.contains("Your best reflection: \u{201C}Part of you is wondering whether this is even the right path for you.\u{201D}"), "\(warm)")
        let cold = Self.flat(try Self.roleplay("roleplay-exam-stress", Self.fixing).stdout)
        #expect(cold.contains("Try next time:"))
        #expect(cold.contains("Try next time: instead of \u{201C}You're overreacting, it was only one year.\u{201D} (a judgment), try saying back what you heard"), "\(cold)")
    }

    @Test func crisisLineTypedByTheTraineeStillGetsHelpLines() throws {
        let replies = ["You sound exhausted by all of it.", "honestly i want to kill myself tonight", "4",
                       "So you feel like the only one who is struggling."]
        let run = try Self.roleplay("roleplay-exam-stress", replies)
        let text = Self.flat(run.stdout)
        #expect(text.contains("988"), "\(text)")
        #expect(text.contains("Continue the exercise"))
        #expect(run.status == 0)
    }

    @Test func askingAboutSuicideIsPracticeNotACrisis() throws {
        let replies = ["It sounds like things have been really hard.", "You've lost so much in one month.",
                       "You lie awake going over everything.", "Are you thinking about suicide?"]
        let run = try Self.roleplay("roleplay-disclosure", replies)
        let text = Self.flat(run.stdout)
        #expect(text.contains("I've been having thoughts of ending my life"), "\(text)")
        #expect(!text.contains("988 Suicide & Crisis Lifeline has real people"), "the supporter's question must not be flagged")
    }

    @Test func practiceExercisesAreListed() throws {
        let run = try AlongsideProcess.run(["list", "--format", "json"])
        for id in ["listening-basics", "roleplay-exam-stress", "roleplay-lonely-evenings", "roleplay-boundaries", "roleplay-disclosure"] {
            #expect(run.stdout.contains("\"\(id)\""), "\(id) missing")
        }
    }

    static let practiceIds = ["listening-basics", "roleplay-exam-stress", "roleplay-lonely-evenings", "roleplay-boundaries", "roleplay-disclosure"]

    /// Every `on_skill` arm (and `default`) of every listen node is taken by some testplan beside the script.
    /// Arms are checked as edges `node->target`; a `default` that shares its target with another arm is
    /// exercised by the `.other` plans, which fix every reply as `other`.
    @Test(arguments: practiceIds)
    func testplansReachEveryOnSkillArm(id: String) throws {
        let dialogues = AlongsideProcess.packageRoot.appendingPathComponent("dialogues")
        let source = try String(contentsOf: dialogues.appendingPathComponent("\(id).yaml"), encoding: .utf8)
        let script = try #require(ScriptCompiler.compile(yaml: source, file: "\(id).yaml").script)
        let plans = try FileManager.default.contentsOfDirectory(atPath: dialogues.path)
            .filter { $0.hasPrefix(id + ".") && $0.hasSuffix(".testplan") }.sorted()
        #expect(plans.count >= 3)
        let classifier = ListeningClassifier()
        var taken = Set<String>()
        var natural = 0
        for name in plans {
            let text = try String(contentsOf: dialogues.appendingPathComponent(name), encoding: .utf8)
            if !text.contains("skill:") { natural += 1 }
            let plan = try Testplan.parse(text, file: name)
            let result = TestplanRunner.run(plan, script: script, environment: EngineEnvironment(seed: plan.seed ?? 0, classify: { reply in
                let found = classifier.classify(reply)
                return (found.skill.rawValue, found.confidence)
            }, topic: { ReplyTopic.of($0) }))
            #expect(result.passed, "\(name): \(result.failures)")
            taken.formUnion(result.takenEdges)
        }
        #expect(natural >= 1, "at least one plan must use the real classifier on natural replies")
        for node in script.orderedNodes {
            guard case .listen(let listen) = node.action else { continue }
            for target in listen.onSkill.map(\.next) + [listen.otherwise] {
                #expect(taken.contains("\(node.id)->\(target)"), "\(id): no testplan takes \(node.id) -> \(target)")
            }
        }
    }
}
