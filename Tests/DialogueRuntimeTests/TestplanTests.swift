import DialogueModel
import Testing
@testable import DialogueRuntime

@Suite("Testplans")
struct TestplanTests {
    /// A short grounding exercise, like the bundled one.
    static let grounding = Build.script(
        Build.node("welcome", say: ["Let's try a short grounding exercise together."],
                   Build.ask("How distressed do you feel right now, from 0 to 10?", .integer(min: 0, max: 10),
                             save: "before", rating: "before", next: "see")),
        Build.node("see", say: ["Thank you."],
                   Build.ask("Name five things you can see.", .list(min: 5, max: 5), save: "seen", next: "more")),
        Build.node("more", Build.choose("Shall we go on?", [("Yes, continue", "yes", "close"), ("Stop here", "no", "close")],
                                        save: "go_on")),
        Build.node("close", say: ["You noticed {seen}. Well done."], .end))

    static let passingPlan = """
        # grounding.testplan: the happy path, with one reprompt
        seed: 1
        ? How distressed*            # the first question
        > seven-ish
        ~ doesn't look like a number
        ? How distressed*
        > 7
        = Thank you.
        ? Name five things*
        > lamp, desk, window, mug and plant
        = 2. Stop here
        > 2
        = You noticed lamp, desk, window, mug and plant. Well done.
        end: close
        var before = 7
        var seen = [lamp, desk, window, mug, plant]
        var go_on = "no"
        """

    @Test("a plan that matches passes and reports coverage")
    func passingPlanPasses() throws {
        let plan = try Testplan.parse(Self.passingPlan, file: "grounding.testplan")
        #expect(plan.seed == 1)
        #expect(plan.steps.first == .prompt("How distressed*", line: 3))
        #expect(plan.steps[1] == .input("seven-ish", skill: nil, line: 4))
        let result = TestplanRunner.run(plan, script: Self.grounding, environment: EngineEnvironment())
        #expect(result.failures == [])
        #expect(result.passed)
        #expect(result.visitedNodes == ["welcome", "see", "more", "close"])
        #expect(result.takenEdges == ["welcome->see", "see->more", "more->close"])
        #expect(result.transcript.prefix(3) == [
            "= Let's try a short grounding exercise together.",
            "? How distressed do you feel right now, from 0 to 10?",
            "> seven-ish",
        ])
    }

    @Test("a failing plan gives expected vs got with the plan line and the transcript around it")
    func failingPlanDiff() throws {
        let text = """
            > 7
            = Thanks so much.
            > a, b, c
            end: close
            var before = "7"
            """
        let plan = try Testplan.parse(text, file: "bad.testplan")
        let result = TestplanRunner.run(plan, script: Self.grounding, environment: EngineEnvironment())
        #expect(!result.passed)
        #expect(result.failures == [
            """
            bad.testplan:2: expected the line "Thanks so much." after line 1 (> 7)
              but got:
                = Thank you.
                ? Name five things you can see.
            """,
            """
            bad.testplan:4: expected the conversation to end at 'close', but it is still waiting at 'see' \
            for an answer to "Name five things you can see."
            """,
            "bad.testplan:5: expected variable before = \"7\", but it is 7 (number, expected text)",
        ])
        #expect(result.transcript.contains(
            "= I caught 3 things there, and I'm asking for 5 things. Separate them with commas, like: first, second, third."))
    }

    @Test("typing after the end and a different end node are reported")
    func endMismatch() throws {
        let plan = try Testplan.parse("> 3\n> a,b,c,d,e\n> 1\n> one more\nend: welcome\n", file: "p.testplan")
        let result = TestplanRunner.run(plan, script: Self.grounding, environment: EngineEnvironment())
        #expect(result.failures == [
            "p.testplan:4: the plan types \"one more\", but the conversation had already ended at 'close'",
            "p.testplan:5: expected the conversation to end at 'welcome', but it ended at 'close'",
        ])
    }

    @Test("a run-time failure fails the plan")
    func runtimeFailure() throws {
        let script = Build.script(Build.node("a", say: ["Hi."], .next("gone")))
        let result = TestplanRunner.run(try Testplan.parse("= Hi.", file: "f.testplan"), script: script,
                                        environment: EngineEnvironment())
        #expect(result.failures == [
            "f.testplan: the script failed at run time: node 'a' leads to 'gone', which does not exist\n  last shown:\n"
                + "    = Hi.\n    (failed: node 'a' leads to 'gone', which does not exist)",
        ])
    }

    @Test("skill:, recall and builtin lines steer a role-play run")
    func skillRecallBuiltin() throws {
        let script = Build.script(
            recall: ["name"],
            Build.node("turn", say: ["Hi {name}. Call {helpline.crisis} any time."],
                       Build.listen([(["reflection"], "warm")], otherwise: "cool")),
            Build.node("warm", say: ["Alex: Yes, exactly."], .end),
            Build.node("cool", say: ["Alex: Okay."], .end))
        let text = """
            recall name = Kim
            builtin helpline.crisis = "116 123"
            = Hi Kim. Call 116 123 any time.
            skill: reflection
            > It sounds like the evenings are the hardest.
            = Alex: Yes, exactly.
            var last_skill = reflection
            end: warm
            """
        let result = TestplanRunner.run(try Testplan.parse(text, file: "r.testplan"), script: script,
                                        environment: EngineEnvironment())
        #expect(result.failures == [])
    }

    @Test("parse errors carry the file, the line and a hint")
    func parseErrors() {
        func error(_ text: String) -> String {
            do {
                _ = try Testplan.parse(text, file: "x.testplan")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("> hi\nhello there") == "x.testplan:2: error: unknown line 'hello there': a plan line starts "
                + "with >, ?, =, ~, 'seed:', 'end:', 'skill:', 'var', 'recall' or 'builtin'")
        #expect(error("seed: minus one") == "x.testplan:1: error: 'seed:' needs a whole number ≥ 0, got 'minus one'")
        #expect(error("seed: 1\nseed: 2") == "x.testplan:2: error: the seed is already set; a plan has one 'seed:' line")
        #expect(error("\n\nvar before 7") == "x.testplan:3: error: 'var' needs 'name = value', e.g. 'var before = 7'")
        #expect(error("var x = \"open") == "x.testplan:1: error: cannot read the value '\"open': write 7, -2, true, "
                + "false, null, \"text\", [a, b] or plain text")
        #expect(error("=   # nothing") == "x.testplan:1: error: '=' needs the text to look for, e.g. '= Thank you.'")
        #expect(error("> a\nskill: advice") == "x.testplan:2: error: 'skill:' must come before the '>' input it classifies")
        #expect(error("end:") == "x.testplan:1: error: 'end:' needs a node id, e.g. 'end: close'")
    }

    @Test("comments, escaped #, empty input and value literals")
    func lineDetails() throws {
        let plan = try Testplan.parse("""
            # a comment line
            >
            > I'm \\#1 today   # trailing comment
            = Item#2 stays
            var a = [x, "y, z"]
            var b = no
            var c = -4
            var d = null
            var e = plain words
            """, file: "d.testplan")
        #expect(plan.steps == [.input("", skill: nil, line: 2), .input("I'm #1 today", skill: nil, line: 3),
                               .exact("Item#2 stays", line: 4)])
        #expect(plan.variables.map(\.value) == [.list(["x", "y, z"]), .bool(false), .int(-4), .null,
                                                .string("plain words")])
    }

    @Test("glob patterns")
    func globs() {
        #expect(Glob("How distressed*").matches("How distressed do you feel?"))
        #expect(Glob("*0 to 10?").matches("From 0 to 10?"))
        #expect(Glob("Name ? things*").matches("Name 5 things you see"))
        #expect(!Glob("Name ? things").matches("Name 10 things"))
        #expect(Glob("*").matches(""))
        #expect(!Glob("abc").matches("abcd"))
    }
}
