import DialogueModel
import Foundation
import Testing
@testable import DialogueCompiler

let fullScript = """
id: sample-practice
title: "Sample"
kind: practice
version: 2
description: "Every feature once."
minutes: 7
start: welcome
variables: { cycles: 4, mood: calm, ready: true, tags: [a, b], nothing: null }
recall: [goal]
safety:
  - { id: script.sample.exam, category: self_harm, level: concern, phrases: ["want to disappear"] }
nodes:
  welcome:
    say: "Hello. Your goal was {goal}; {{braces}} stay."
    set: { cycle: "0", count: "cycles * 2" }
    next: rate
  rate:
    ask: "From 0 (calm) to 10 (the worst), how do you feel?"
    expect: { integer: [0, 10] }
    save: before
    rating: before
    retry: "A number from 0 to 10, please."
    next: pick
  pick:
    say: [First line., Second line.]
    prompt: "What next?"
    choices:
      - { label: "Breathe", next: breathe }
      - { label: "Talk", next: reply, value: talk }
    save: choice
  breathe:
    pause: { seconds: 4, label: "Breathe in" }
    set: { cycle: "cycle + 1" }
    remember: [cycle]
    next: check
  check:
    branch:
      - { if: "cycle < cycles and not (before == 0)", next: breathe }
      - { else: reply }
  reply:
    say: { one_of: ["I failed again.", "Nothing works."] }
    listen: "Your reply:"
    save: reply
    on_skill:
      reflection: done
      complex_reflection: done
      summary: done
      advice: check
      judgment: check
      default: done
  done:
    say: "Bye {reply}."
    end: true
"""

@Test func fullScriptCompilesToTheModel() throws {
    let result = compile(fullScript)
    // The sample declares values only to show the model; AL0038 (never read) is the only finding.
    #expect(result.diagnostics.allSatisfy { $0.code == .unusedVariable }, "\(result.diagnostics.map(\.formatted))")
    let script = try #require(result.script)
    #expect(script.id == "sample-practice")
    #expect(script.kind == .practice)
    #expect(script.version == 2 && script.minutes == 7)
    #expect(script.origin == "test.yaml")
    #expect(script.nodeOrder == ["welcome", "rate", "pick", "breathe", "check", "reply", "done"])
    #expect(script.variables == ["cycles": .int(4), "mood": .string("calm"), "ready": .bool(true),
                                 "tags": .list(["a", "b"]), "nothing": .null])
    #expect(script.recall == ["goal"])
    #expect(script.safetyRules.map(\.id) == ["script.sample.exam"])
    #expect(script.safetyRules.first?.phrases == ["want to disappear"])

    let welcome = try #require(script.nodes["welcome"])
    #expect(welcome.say?.lines.first?.parts == [.literal("Hello. Your goal was "), .variable("goal"),
                                                .literal("; {braces} stay.")])
    #expect(welcome.say?.lines.first?.location == SourceLocation(file: "test.yaml", line: 14, column: 10))
    #expect(welcome.set == [Assignment(variable: "cycle", expression: .literal(.int(0))),
                            Assignment(variable: "count", expression: .binary(.times, .variable("cycles"), .literal(.int(2))))])
    #expect(welcome.action == .next("rate"))
    #expect(welcome.location == SourceLocation(file: "test.yaml", line: 13, column: 3))

    guard case .ask(let ask) = script.nodes["rate"]?.action else { Issue.record("rate is not ask"); return }
    #expect(ask.expect == .integer(min: 0, max: 10))
    #expect(ask.save == "before" && ask.rating == "before" && ask.next == "pick")
    #expect(ask.retry?.raw == "A number from 0 to 10, please.")

    let pick = try #require(script.nodes["pick"])
    #expect(pick.say?.lines.map(\.raw) == ["First line.", "Second line."])
    guard case .choose(let choose) = pick.action else { Issue.record("pick is not choose"); return }
    #expect(choose.prompt.raw == "What next?" && choose.save == "choice")
    #expect(choose.options.map(\.label) == ["Breathe", "Talk"])
    #expect(choose.options.map(\.value) == ["Breathe", "talk"])
    #expect(choose.options.map(\.next) == ["breathe", "reply"])

    #expect(script.nodes["breathe"]?.action == .pause(Pause(seconds: 4, label: TextTemplate(
        raw: "Breathe in", parts: [.literal("Breathe in")], location: SourceLocation(file: "test.yaml", line: 32, column: 33)),
        next: "check")))
    #expect(script.nodes["breathe"]?.remember == ["cycle"])

    guard case .branch(let arms, let otherwise) = script.nodes["check"]?.action else { Issue.record("no branch"); return }
    #expect(otherwise == "reply")
    #expect(arms.first?.condition == .binary(.and, .binary(.less, .variable("cycle"), .variable("cycles")),
                                             .not(.binary(.equal, .variable("before"), .literal(.int(0))))))

    let reply = try #require(script.nodes["reply"])
    #expect(reply.say?.oneOf == true && reply.say?.lines.count == 2)
    guard case .listen(let listen) = reply.action else { Issue.record("reply is not listen"); return }
    #expect(listen.prompt?.raw == "Your reply:" && listen.save == "reply" && listen.otherwise == "done")
    #expect(listen.onSkill.map(\.skills) == [["reflection", "complex_reflection", "summary"], ["advice", "judgment"]])
    #expect(listen.onSkill.map(\.next) == ["done", "check"])
    #expect(script.nodes["done"]?.action == .end)
}

@Test func compiledScriptRoundTripsThroughJSON() throws {
    let script = try #require(compile(fullScript).script)
    let data = try JSONEncoder().encode(script)
    #expect(try JSONDecoder().decode(DialogueScript.self, from: data) == script)
}

@Test func tenMistakesGiveTenDiagnostics() {
    let (yaml, marks) = stripMarkers("""
    id: test-script
    title: Test
    kind: ‸grounds
    description: d
    minutes: 1
    start: a
    nodes:
      a:
        say: "Hi {‸nmae}"
        ask: Ready?
        expect: ‸maybe
        next: ‸bb
      b:
        pause: ‸0
        next: c
      c:
        branch:
          - { if: "x ‸= 1", next: a }
          - { else: a }
        ‸end: true
      d:
        choices: ‸[]
        ‸nxt: a
      ‸e:
        say: Nothing to do
    """)
    let result = compile(yaml)
    #expect(result.errors.count == 10, "\(summary(result))")
    let expected = marks.map { "\($0.line):\($0.column)" }
    #expect(result.errors.map { "\($0.location.line):\($0.location.column)" } == expected)
    #expect(result.errors.map(\.code) == [.invalidKind, .undefinedVariable, .invalidExpectation, .unknownTarget,
                                          .pauseOutOfRange, .expressionSyntax, .multipleActions, .emptyChoices,
                                          .unknownKey, .noAction])
    #expect(result.script == nil)
}

@Test func messagesSuggestTheClosestName() {
    let result = compile(script("a:\n  next: bb\nb:\n  end: true", extra: "descripton: x\n"))
    let messages = result.diagnostics.map(\.message)
    #expect(messages.contains("there is no node 'bb'; did you mean 'b'?"))
    #expect(messages.contains("unknown key 'descripton' in the script; did you mean 'description'?"))
}

@Test func formattedAndJSONOutput() {
    let result = compile(script("a:\n  next: \"nowhere\"", header: ["title": "title: \"Say \\\"hi\\\"\""]))
    #expect(result.diagnostics.map(\.formatted) == ["test.yaml:9:11: error: AL0012 there is no node 'nowhere'"])
    #expect(ScriptCompiler.renderJSON(result.diagnostics)
            == #"[{"file":"test.yaml","line":9,"column":11,"severity":"error","code":"AL0012","message":"there is no node 'nowhere'"}]"#)
    #expect(ScriptCompiler.jsonString("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
    #expect(ScriptCompiler.renderJSON([]) == "[]")
}

@Test func warningsDoNotBlockTheScript() {
    let result = compile(script("a:\n  say: \"\"\n  end: true\nb:\n  end: true"))
    #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
    #expect(result.script != nil)
}

@Test func emptyAndNonMappingDocuments() {
    #expect(summary(compile("")) == ["1:1 AL0006"])
    #expect(summary(compile("- a\n- b\n")) == ["1:1 AL0006"])
}

@Test func duplicateNodeIdsAreAllReportedAndCompilingContinues() {
    let (yaml, marks) = stripMarkers(script("a:\n  next: b\nb:\n  end: true\n‸a:\n  end: true\n‸b:\n  end: true\nc:\n  next: ‸zz"))
    let result = compile(yaml)
    #expect(summary(result).filter { !$0.hasSuffix("AL0013") }
            == marks.map { "\($0.line):\($0.column)" }.enumerated().map { $0.offset < 2 ? "\($0.element) AL0005" : "\($0.element) AL0012" })
}

@Test func builtinVariablesAreAlwaysDefined() {
    let result = compile(script("a:\n  say: \"{helpline.crisis} {helpline.emergency} {helpline.text} {helpline.name} {region} {today} {session.count}\"\n  end: true"))
    #expect(result.diagnostics.isEmpty, "\(summary(result))")
    #expect(BuiltinVariable.names.count == 7)
}

@Test func bundledGroundingExerciseCompilesCleanly() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("dialogues/grounding-54321.yaml")
    let yaml = try String(contentsOf: url, encoding: .utf8)
    let result = ScriptCompiler.compile(yaml: yaml, file: "dialogues/grounding-54321.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let script = try #require(result.script)
    #expect(script.id == "grounding-54321" && script.kind == .grounding)
    guard case .ask(let before) = script.nodes[script.start].flatMap({ script.nodes[$0.successors[0]] })?.action else {
        Issue.record("the second node should ask for a rating"); return
    }
    #expect(before.rating == "before" && before.expect == .integer(min: 0, max: 10))
    #expect(before.prompt.raw.contains("0 (calm) to 10"))
    let lists = script.orderedNodes.compactMap { node -> Int? in
        if case .ask(let ask) = node.action, case .list(let n, _) = ask.expect { return n }
        return nil
    }
    #expect(lists == [5, 4, 3, 2, 1])
    let texts = script.orderedNodes.flatMap { $0.say?.lines.map(\.raw) ?? [] }.joined(separator: " ")
    #expect(texts.contains("not therapy") && texts.contains("/helplines") && texts.contains("{helpline.crisis}"))
}

@Test func documentedExampleCompilesCleanly() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/script-format.md")
    let doc = try String(contentsOf: url, encoding: .utf8)
    let start = try #require(doc.range(of: "```yaml\n"))
    let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
    let result = ScriptCompiler.compile(yaml: String(doc[start.upperBound..<end.lowerBound]), file: "example.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
    #expect(result.script?.kind == .breathing)
}

@Test func manyDuplicateKeysAreEachReportedOnce() {
    let (yaml, marks) = stripMarkers(script("a:\n  end: true\n‸'a':\n  end: true\n‸\"a\": {end: true}"))
    #expect(summary(compile(yaml)) == marks.map { "\($0.line):\($0.column) AL0005" })
    let many = compile("id: x\n" + String(repeating: "k: 1\n", count: 300))
    #expect(many.diagnostics.filter { $0.code == .duplicateKey }.count == YAMLLoader.maxRecoveries + 1)
    #expect(Set(many.diagnostics.map(\.location.line)).count == many.diagnostics.count)
}

@Test func lastSkillIsDefinedOnceAScriptListens() {
    let result = compile(script("a:\n  listen: \"Your reply:\"\n  next: b\nb:\n  say: \"You used {last_skill}.\"\n  end: true"))
    #expect(result.diagnostics.isEmpty, "\(summary(result))")
    let without = compile(script("a:\n  say: \"You used {last_skill}.\"\n  end: true"))
    #expect(summary(without).contains { $0.hasSuffix("AL0016") })
}
