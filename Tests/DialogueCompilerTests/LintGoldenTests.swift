import DialogueModel
import Foundation
import Testing
@testable import DialogueCompiler

/// A twelve-node script with ten different mistakes, as a new trainer might write it: ten messages, each at the
/// right place with its source line, and no consequences of them. `ten-mistakes.lint` is what `alongside lint`
/// prints on stdout.
@Test func tenDifferentMistakesGiveTenMessagesAndNoKnockOns() throws {
    let yaml = try String(contentsOf: goldenDirectory.appendingPathComponent("ten-mistakes.yaml"), encoding: .utf8)
    let result = ScriptCompiler.compile(yaml: yaml, file: "ten-mistakes.yaml")
    #expect(result.diagnostics.count == 10, "\(summary(result))")
    #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    #expect(Set(result.diagnostics.map(\.message)).count == 10)
    let text = result.diagnostics.flatMap { SourceExcerpt.rendered($0, in: yaml) }.joined(separator: "\n") + "\n"
    try expectGolden(text, "ten-mistakes.lint")
}

@Test func oneMisspelledNextIsOneMessage() {
    let nodes = (1...10).map { "n\($0):\n  say: Step \($0)\n  next: n\($0 + 1)" }.joined(separator: "\n")
    let result = compile(script("a:\n  nxet: n1\n" + nodes + "\nn11:\n  end: true"))
    #expect(summary(result) == ["9:5 AL0007"], "\(result.diagnostics.map(\.message))")
    let linked = compile(script("a:\n  next: n01\n" + nodes + "\nn11:\n  end: true"))
    #expect(summary(linked) == ["9:11 AL0012"], "\(linked.diagnostics.map(\.message))")
}

@Test func aRepeatedNodeIdComesFirstAndHidesNoLinks() {
    let result = compile(script("a:\n  next: b\nb:\n  next: c\nb:\n  next: d\nc:\n  end: true\nd:\n  end: true"))
    #expect(summary(result) == ["12:3 AL0005"], "\(result.diagnostics.map(\.message))")
}

@Test func shortKeysAndExpectTypesGetSuggestions() {
    let messages = compile(script("a:\n  sya: Hi\n  ask: How many?\n  expect: integer\n  save: n\n  nxt: b\nb:\n  end: true",
                                  header: ["title": "tilte: T", "start": "strat: a"])).diagnostics.map(\.message)
    #expect(messages.contains("unknown key 'tilte' in the script; did you mean 'title'?"))
    #expect(messages.contains("unknown key 'strat' in the script; did you mean 'start'?"))
    #expect(messages.contains("unknown key 'sya' in node 'a'; did you mean 'say'?"))
    #expect(messages.contains("unknown key 'nxt' in node 'a'; did you mean 'next'?"))
    #expect(messages.contains("expect 'integer' is not known; did you mean '{ integer: [min, max] }', e.g. expect: { integer: [0, 10] }?"))
    #expect(messages.count == 5, "\(messages)")
}

@Test func textAndNumberComparisonsAreErrors() {
    let result = compile(script("a:\n  choices: { One: b, Two: b }\n  save: choice\nb:\n  ask: Tension?\n  expect: { integer: [0, 10] }\n"
                                + "  save: tension\n  next: c\nc:\n  branch:\n    - { if: \"choice > 3\", next: d }\n"
                                + "    - { if: \"tension == 'high'\", next: d }\n    - { if: \"tension == '7'\", next: d }\n    - { else: d }\nd:\n  end: true"))
    #expect(summary(result) == ["18:15 AL0040", "19:15 AL0040"], "\(result.diagnostics.map(\.message))")
    #expect(result.errors.count == 2)
}

@Test func aBrokenExpectGivesNoFalseTypeOrLoopWarnings() {
    let result = compile(script("a:\n  ask: Tension?\n  expect: { integr: [0, 10] }\n  save: tension\n  next: c\nc:\n  branch:\n"
                                + "    - { if: \"tension >= 5\", next: d }\n    - { else: d }\nd:\n  ask: More?\nz:\n  end: true"))
    #expect(result.diagnostics.map(\.code) == [.invalidExpectation, .missingKey, .unreachableNode],
            "\(result.diagnostics.map(\.formatted))")
}

@Test func ratingsMustFitTheStoredScale() {
    let result = compile(script("a:\n  ask: Rate it\n  expect: { integer: [1, 100] }\n  rating: after\n  next: b\nb:\n  end: true"))
    #expect(summary(result) == ["10:13 AL0031"])
}

@Test func hugeNumbersAreReportedNotTrapped() {
    let result = compile(script("a:\n  ask: n?\n  expect: { list: [99999999999999999999, 99999999999999999999] }\n  save: n\n  next: b\nb:\n  say: \"{n} {big}\"\n  end: true",
                                extra: "variables: { big: 99999999999999999999 }\n"))
    #expect(result.diagnostics.map(\.code) == [.valueOutOfRange, .invalidExpectation], "\(summary(result))")
}

@Test func scriptSafetyRulesBecomeRouterRulesWithoutRuleFileText() throws {
    let yaml = script("a:\n  end: true", extra: "safety:\n  - id: script.exam-dread\n    category: suicide\n    level: urgent\n    phrases: [\"{final,last} exam{,s} ended me\"]\n")
    let compiled = try #require(compile(yaml).script)
    let rules = ScriptSafetyRules.rules(for: compiled)
    #expect(rules.map(\.id) == ["script.exam-dread"])
    #expect(rules.first?.level.rawValue == "urgent")
    #expect(rules.first?.expandedPhrases.count == 4)
    #expect(rules.first?.invalidPhrases == [])
}
