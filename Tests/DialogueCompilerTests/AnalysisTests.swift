import DialogueModel
import Testing
@testable import DialogueCompiler

@Test func noTestplanIsANoteAtTheFileStart() throws {
    let note = try #require(TestplanPresence.check(scriptPath: "dialogues/calm.yaml", siblings: ["calm.yaml", "other.testplan"]))
    #expect(note.code == .noTestplan)
    #expect(note.severity == .note)
    #expect(note.formatted.hasPrefix("dialogues/calm.yaml:1:1: note: AL0043 "))
    #expect(TestplanPresence.check(scriptPath: "dialogues/calm.yaml", siblings: ["calm.yaml", "calm.testplan"]) == nil)
    #expect(TestplanPresence.check(scriptPath: "calm.yaml", siblings: ["calm.sad-path.testplan"]) == nil)
}

@Test func loopsDoNotHideAValueGivenBeforeThem() {
    // `name` is saved before the loop, so reading it inside the loop is fine.
    let yaml = script("a:\n  ask: Name?\n  save: name\n  next: b\nb:\n  say: \"Hi {name}\"\n  choices: { Again: b, Stop: c }\nc:\n  end: true")
    #expect(!summary(compile(yaml)).contains { $0.hasSuffix("AL0039") })
}

@Test func aValueGivenOnEveryWayIsFine() {
    let yaml = script("a:\n  choices: { One: b, Two: c }\nb:\n  set: { pick: \"1\" }\n  next: d\nc:\n  set: { pick: \"2\" }\n  next: d\nd:\n  say: \"{pick}\"\n  end: true")
    #expect(summary(compile(yaml)).isEmpty)
}

@Test func aValueGivenOnOnlyOneOfTwoWaysIsReadTooEarly() {
    let yaml = script("a:\n  choices: { One: b, Two: c }\nb:\n  set: { pick: \"1\" }\n  next: d\nc:\n  say: \"Hm\"\n  next: d\nd:\n  say: \"{pick}\"\n  end: true")
    #expect(summary(compile(yaml)) == ["17:12 AL0039"])
}

@Test func aValueGivenOnTwoWaysButNotAroundALoopIsReadTooEarly() {
    // `x` is given in b and c, but d can also be reached from e, which comes before both.
    let yaml = script("a:\n  choices: { One: b, Two: c, Three: e }\nb:\n  set: { x: \"1\" }\n  next: d\nc:\n  set: { x: \"2\" }\n  next: d\nd:\n  say: \"{x}\"\n  choices: { Again: a, Stop: f }\ne:\n  next: d\nf:\n  end: true")
    #expect(summary(compile(yaml)) == ["17:12 AL0039"])
}

@Test func aNodeSetsWhatItReadsAfterSayingIt() {
    // The set runs before the action, so the condition may read it; the say comes first, so it may not.
    let yaml = script("a:\n  say: \"{n}\"\n  set: { n: \"1\" }\n  branch:\n    - { if: \"n > 0\", next: b }\n    - { else: b }\nb:\n  end: true")
    #expect(summary(compile(yaml)) == ["9:12 AL0039"])
}

@Test func listLengthAgainstANumberIsNotAMismatch() {
    let yaml = script("a:\n  ask: Things?\n  expect: { list: [1, 5] }\n  save: things\n  next: b\nb:\n  branch:\n    - { if: \"things >= 3\", next: c }\n    - { else: c }\nc:\n  end: true")
    #expect(summary(compile(yaml)).isEmpty)
}

@Test func yesNoAgainstANumberIsAMismatch() {
    let yaml = script("a:\n  ask: Ready?\n  expect: yes_no\n  save: ready\n  next: b\nb:\n  branch:\n    - { if: \"ready == 1\", next: c }\n    - { else: c }\nc:\n  end: true")
    let found = compile(yaml).diagnostics.filter { $0.code == .typeMismatch }
    #expect(found.map(\.message) == ["'ready == 1' compares a yes/no value with a number using '==', which is never true"])
}

@Test func tenMistakesGiveTenLocatedMessages() {
    let yaml = """
    id: ten-mistakes
    title: "Ten mistakes"
    kind: reflection
    description: "A script with ten mistakes."
    minutes: 3
    start: welcome
    colour: blue
    variables: { spare: 0 }
    nodes:
      welcome:
        say: "Hello {nmae}. Call 0800 123 456 if you need to."
        next: mood
      mood:
        ask: "How do you feel, from 0 to 10?"
        expect: { integer: [0, 10] }
        save: mood
        next: check
      check:
        branch:
          - { if: "1 < 2", next: low }
          - { if: "mood > 5", next: high }
          - { else: hgih }
      low:
        say: "You named {things} earlier."
        ask: "Name three good things."
        expect: { list: 3 }
        save: things
        next: compare
      compare:
        branch:
          - { if: "things == 'cake'", next: close }
          - { else: close }
      high:
        say: "\(String(repeating: "Far too long. ", count: 30))"
        next: close
      close:
        end: true
    """
    #expect(summary(compile(yaml)) == [
        "7:1 AL0007", "8:14 AL0038", "11:18 AL0016", "11:30 AL0026", "20:15 AL0037", "21:9 AL0041",
        "22:17 AL0012", "24:22 AL0039", "31:15 AL0040", "34:10 AL0042",
    ])
}
