import DialogueModel
import Testing
@testable import DialogueRuntime

@Suite("Engine actions")
struct EngineActionTests {
    let environment = EngineEnvironment()

    @Test("next and end: lines are said in order, then the conversation ends")
    func nextAndEnd() {
        let script = Build.script(
            Build.node("hello", say: ["Hi.", "Let's begin."], .next("bye")),
            Build.node("bye", say: ["Take care."], .end))
        let (state, events) = DialogueEngine(script: script, environment: environment).start()
        #expect(events == [.say("Hi.", node: "hello"), .say("Let's begin.", node: "hello"),
                           .say("Take care.", node: "bye"), .ended(node: "bye")])
        #expect(state.finished)
        #expect(state.node == "bye")
        #expect(state.steps == 2)
        #expect(state.awaiting == nil)
    }

    @Test("ask: prompt, a bad answer is reprompted, a good one is saved and rated")
    func askWithRating() {
        let script = Build.script(
            Build.node("suds", Build.ask("How distressed are you, 0 to 10?", .integer(min: 0, max: 10),
                                         save: "before", rating: "before", next: "thanks")),
            Build.node("thanks", say: ["Thank you. You said {before}."], .end))
        let engine = DialogueEngine(script: script, environment: environment)
        let (started, opening) = engine.start()
        let spec = PromptSpec(node: "suds", text: "How distressed are you, 0 to 10?", kind: .integer(min: 0, max: 10))
        #expect(opening == [.prompt(spec)])
        #expect(started.awaiting == spec)

        let (same, reprompt) = engine.receive("very", in: started)
        #expect(reprompt == [.reprompt(
            "That doesn't look like a number from 0 to 10. Any whole number in that range is fine.", spec)])
        #expect(same == started)

        let (done, events) = engine.receive(" 7 ", in: same)
        #expect(events == [.saved(variable: "before", value: .int(7)), .rating(name: "before", value: 7, node: "suds"),
                           .say("Thank you. You said 7.", node: "thanks"), .ended(node: "thanks")])
        #expect(done.variables["before"] == .int(7))
    }

    @Test("ask: the script's retry words replace the default, with interpolation")
    func askRetry() {
        let script = Build.script(
            variables: ["name": .string("Sam")],
            Build.node("q", Build.ask("Ready?", .yesNo, save: "ready", retry: "No rush, {name}: yes or no?", next: "e")),
            Build.node("e", .end))
        let engine = DialogueEngine(script: script, environment: environment)
        let (state, _) = engine.start()
        let (_, events) = engine.receive("hmm", in: state)
        #expect(events == [.reprompt("No rush, Sam: yes or no?", PromptSpec(node: "q", text: "Ready?", kind: .yesNo))])
        let (final, saved) = engine.receive("yep", in: state)
        #expect(saved.first == .saved(variable: "ready", value: .bool(true)))
        #expect(final.finished)
    }

    @Test("choose: numbered labels, answer by number or name, the option's value is saved")
    func choose() {
        let script = Build.script(
            Build.node("pick", Build.choose("What would help right now?", [
                ("Slow breathing", "breathing", "breathe"), ("Name five things", "grounding", "ground"),
            ], save: "tool")),
            Build.node("breathe", say: ["Let's breathe."], .end),
            Build.node("ground", say: ["Let's look around."], .end))
        let engine = DialogueEngine(script: script, environment: environment)
        let (state, opening) = engine.start()
        let spec = PromptSpec(node: "pick", text: "What would help right now?",
                              kind: .choice(["Slow breathing", "Name five things"]))
        #expect(opening == [.prompt(spec)])
        #expect(engine.receive("3", in: state).events == [.reprompt(
            "Please pick one of the options by its number (1 to 2) or by its name.", spec)])
        let (byNumber, events) = engine.receive("2", in: state)
        #expect(events == [.saved(variable: "tool", value: .string("grounding")),
                           .say("Let's look around.", node: "ground"), .ended(node: "ground")])
        #expect(byNumber.variables["tool"] == .string("grounding"))
        #expect(Build.said(engine.receive("slow", in: state).events) == ["Let's breathe."])
    }

    @Test("branch: the first true arm wins, else otherwise")
    func branch() {
        func run(_ level: Int) -> String {
            let script = Build.script(
                variables: ["level": .int(level)],
                Build.node("check", Build.branch([
                    (Build.op(Build.variable("level"), .greaterOrEqual, Build.int(8)), "high"),
                    (Build.op(Build.variable("level"), .greaterOrEqual, Build.int(4)), "middle"),
                ], otherwise: "low")),
                Build.node("high", say: ["high"], .end), Build.node("middle", say: ["middle"], .end),
                Build.node("low", say: ["low"], .end))
            return Build.said(DialogueEngine(script: script, environment: environment).start().events).joined()
        }
        #expect(run(9) == "high")
        #expect(run(8) == "high")
        #expect(run(5) == "middle")
        #expect(run(1) == "low")
    }

    @Test("pause: emitted with its rendered label, then the engine goes on")
    func pause() {
        let script = Build.script(
            variables: ["count": .int(4)],
            Build.node("in", Build.pause(4, "Breathe in for {count}", next: "hold")),
            Build.node("hold", Build.pause(2, next: "done")),
            Build.node("done", .end))
        let (_, events) = DialogueEngine(script: script, environment: environment).start()
        #expect(events == [.pause(seconds: 4, label: "Breathe in for 4", node: "in"),
                           .pause(seconds: 2, label: nil, node: "hold"), .ended(node: "done")])
    }

    @Test("listen: the reply is classified, saved, sets last_skill and picks the arm")
    func listen() {
        let classify: @Sendable (String) -> (skill: String, confidence: Double) = { text in
            text.hasSuffix("?") ? ("open_question", 0.9) : (text.contains("should") ? ("advice", 0.8) : ("other", 0.2))
        }
        let script = Build.script(
            Build.node("turn", say: ["Alex: I just can't face the exam."],
                       Build.listen(save: "reply", [(["open_question", "reflection"], "opens"), (["advice"], "closes")],
                                    otherwise: "neutral")),
            Build.node("opens", say: ["Alex: Well... it's the pressure, mostly."], .end),
            Build.node("closes", say: ["Alex: Yeah, everyone says that."], .end),
            Build.node("neutral", say: ["Alex: Hm."], .end))
        let engine = DialogueEngine(script: script, environment: EngineEnvironment(classify: classify))
        let (state, opening) = engine.start()
        #expect(opening.last == .prompt(PromptSpec(node: "turn", text: "", kind: .listen)))
        #expect(engine.receive("  ", in: state).events == [.reprompt(
            "Take your time. Type what you would say to them, in your own words.",
            PromptSpec(node: "turn", text: "", kind: .listen))])

        let (opened, events) = engine.receive("What feels hardest about it?", in: state)
        #expect(events == [
            .skill(name: "open_question", confidence: 0.9, text: "What feels hardest about it?", node: "turn"),
            .saved(variable: "reply", value: .string("What feels hardest about it?")),
            .say("Alex: Well... it's the pressure, mostly.", node: "opens"), .ended(node: "opens"),
        ])
        #expect(opened.variables["last_skill"] == .string("open_question"))
        #expect(Build.said(engine.receive("You should study more", in: state).events) == ["Alex: Yeah, everyone says that."])
        #expect(Build.said(engine.receive("ok", in: state).events) == ["Alex: Hm."])
    }

    @Test("remember, recall and built-ins")
    func rememberRecallBuiltins() {
        let script = Build.script(
            variables: ["region": .string("script value")],
            recall: ["name", "favourite_tool"],
            Build.node("a", say: ["Welcome back, {name}. Last time: {favourite_tool}.", "Help line: {helpline.crisis} ({region})"],
                       set: [("tool", .literal(.string("breathing")))], remember: ["tool"], .end))
        let environment = EngineEnvironment(builtins: ["helpline.crisis": .string("116 123"), "region": .string("GB")])
        let (state, events) = DialogueEngine(script: script, environment: environment).start(recalled: ["name": .string("Kim")])
        #expect(events == [
            .say("Welcome back, Kim. Last time: .", node: "a"),
            .say("Help line: 116 123 (GB)", node: "a"),
            .remember(key: "tool", value: .string("breathing")),
            .ended(node: "a"),
        ])
        #expect(state.variables["favourite_tool"] == .null)
        #expect(state.variables["helpline.crisis"] == nil)
    }

    @Test("a missing node fails with a message naming both nodes")
    func missingNode() {
        let script = Build.script(Build.node("a", .next("nowhere")))
        let (state, events) = DialogueEngine(script: script, environment: environment).start()
        #expect(events == [.failed(.missingNode("nowhere", from: "a"))])
        #expect(RuntimeFailure.missingNode("nowhere", from: "a").description
                == "node 'a' leads to 'nowhere', which does not exist")
        #expect(state.finished)
    }

    @Test("a loop without input stops after the step limit")
    func stepLimit() {
        let script = Build.script(Build.node("a", .next("b")), Build.node("b", .next("a")))
        let (state, events) = DialogueEngine(script: script, environment: environment).start()
        #expect(events == [.failed(.stepLimitExceeded(node: "a", limit: 10_000))])
        #expect(state.steps == 10_000)
        #expect(state.finished)
        let small = DialogueEngine(script: script, environment: EngineEnvironment(stepLimit: 3)).start()
        #expect(small.events == [.failed(.stepLimitExceeded(node: "b", limit: 3))])
    }

    @Test("input after the end gives no events and keeps the state")
    func afterEnd() {
        let engine = DialogueEngine(script: Build.script(Build.node("a", .end)), environment: environment)
        let (state, _) = engine.start()
        let after = engine.receive("hello?", in: state)
        #expect(after.events.isEmpty)
        #expect(after.state == state)
    }
}
