import DialogueModel
import Testing
@testable import DialogueCompiler

/// One tiny input per diagnostic code; `‸` marks where the diagnostic must point.
struct CodeCase: CustomTestStringConvertible, Sendable {
    let code: DiagnosticCode
    let input: String
    var testDescription: String { code.rawValue }
}

let end = "a:\n  say: Hi\n  end: true"

let codeCases: [CodeCase] = [
    CodeCase(code: .yamlSyntax, input: "id: x\ntitle: ‸\"unterminated\n"),
    CodeCase(code: .duplicateKey, input: script("a:\n  say: Hi\n  end: true\n‸a:\n  end: true")),
    CodeCase(code: .wrongType, input: script(end, header: ["title": "title: ‸[not, text]"])),
    CodeCase(code: .unknownKey, input: script(end, extra: "‸descripton: typo\n")),
    CodeCase(code: .missingKey, input: "‸" + script(end, header: ["start": ""])),
    CodeCase(code: .invalidKind, input: script(end, header: ["kind": "kind: ‸grounds"])),
    CodeCase(code: .invalidName, input: script(end, header: ["id": "id: ‸Bad_ID"])),
    CodeCase(code: .missingStartNode, input: script(end, header: ["start": "start: ‸b"])),
    CodeCase(code: .unknownTarget, input: script("a:\n  next: ‸nowhere")),
    CodeCase(code: .unreachableNode, input: script(end + "\n‸lonely:\n  end: true")),
    CodeCase(code: .noAction, input: script("‸a:\n  say: Hi")),
    CodeCase(code: .multipleActions, input: script("a:\n  ask: Ready?\n  ‸end: true\n  next: a")),
    CodeCase(code: .undefinedVariable, input: script("a:\n  say: \"Hello {‸nmae}\"\n  end: true")),
    CodeCase(code: .expressionSyntax, input: script("a:\n  branch:\n    - { if: \"1 + ‸* 2\", next: a }\n    - { else: b }\nb:\n  end: true")),
    CodeCase(code: .templateSyntax, input: script("a:\n  say: 'Hi ‸{name'\n  end: true")),
    CodeCase(code: .invalidExpectation, input: script("a:\n  ask: How many?\n  expect: ‸number\n  next: b\nb:\n  end: true")),
    CodeCase(code: .emptyChoices, input: script("a:\n  choices: ‸[]")),
    CodeCase(code: .duplicateChoiceLabel, input: script("a:\n  choices:\n    Yes: b\n    ‸yes: b\nb:\n  end: true")),
    CodeCase(code: .unknownSkill, input: script("a:\n  listen: true\n  on_skill:\n    ‸reflektion: b\n    default: b\nb:\n  end: true")),
    CodeCase(code: .missingDefaultSkill, input: script("a:\n  listen: true\n  on_skill:\n    ‸reflection: b\nb:\n  end: true")),
    CodeCase(code: .pauseOutOfRange, input: script("a:\n  pause: ‸601\n  next: b\nb:\n  end: true")),
    CodeCase(code: .emptyText, input: script("a:\n  say: ‸\"\"\n  end: true")),
    CodeCase(code: .phoneNumberInText, input: script("a:\n  say: \"Please call ‸0800 123 456 now.\"\n  end: true")),
    CodeCase(code: .unknownSafetyCategory, input: script(end, extra: "safety:\n  - { id: script.t.a, category: ‸selfharm, level: concern, phrases: [x] }\n")),
    CodeCase(code: .unknownSafetyLevel, input: script(end, extra: "safety:\n  - { id: script.t.a, category: suicide, level: ‸high, phrases: [x] }\n")),
    CodeCase(code: .emptySafetyPhrases, input: script(end, extra: "safety:\n  - { id: script.t.a, category: suicide, level: urgent, phrases: ‸[] }\n")),
    CodeCase(code: .duplicateSafetyRule, input: script(end, extra: "safety:\n  - { id: script.t.a, category: suicide, level: urgent, phrases: [x] }\n  - { id: ‸script.t.a, category: suicide, level: urgent, phrases: [y] }\n")),
    CodeCase(code: .valueOutOfRange, input: script(end, header: ["minutes": "minutes: ‸0"])),
    CodeCase(code: .misplacedKey, input: script("a:\n  ‸expect: yes_no\n  next: b\nb:\n  end: true")),
    CodeCase(code: .duplicateSkill, input: script("a:\n  listen: true\n  on_skill:\n    reflection: b\n    [summary, ‸reflection]: b\n    default: b\nb:\n  end: true")),
    CodeCase(code: .noPathToEnd, input: script("a:\n  choices: { Stop: z, Loop: b }\n‸b:\n  next: c\n‸c:\n  next: b\nz:\n  end: true")),
    CodeCase(code: .noPathToEnd, input: script("a:\n  next: b\nb:\n  next: a", header: ["start": "start: ‸a"])),
    CodeCase(code: .documentSectionNotSaved, input: script(end, extra: "document:\n  kind: plan\n  title: Plan\n  sections:\n    - { key: ‸signs, title: Signs }\n")),
    CodeCase(code: .duplicateDocumentSection, input: script("a:\n  ask: Signs?\n  save: signs\n  next: b\nb:\n  end: true", extra: "document:\n  kind: plan\n  title: Plan\n  sections:\n    - { key: signs, title: Signs }\n    - { key: ‸signs, title: Again }\n")),
    CodeCase(code: .constantCondition, input: script("a:\n  branch:\n    - { if: ‸\"2 > 1 or x\", next: b }\n    - { else: b }\nb:\n  end: true", extra: "variables: { x: 1 }\n")),
    CodeCase(code: .unusedVariable, input: script("a:\n  set: { ‸spare: \"1 + 1\" }\n  end: true")),
    CodeCase(code: .readBeforeValue, input: script("a:\n  choices: { Ask: q, Skip: b }\nq:\n  ask: Name?\n  save: name\n  next: b\nb:\n  say: \"Bye {‸name}\"\n  end: true")),
    CodeCase(code: .typeMismatch, input: script("a:\n  ask: Three things?\n  expect: { list: 3 }\n  save: things\n  next: b\nb:\n  branch:\n    - { if: ‸\"things == 'tea'\", next: c }\n    - { else: c }\nc:\n  end: true")),
    CodeCase(code: .armNeverTaken, input: script("a:\n  branch:\n    - { if: \"true\", next: b }\n    - ‸{ if: \"x > 1\", next: b }\n    - { else: b }\nb:\n  end: true", extra: "variables: { x: 1 }\n")),
    CodeCase(code: .oldSkillForm, input: script("a:\n  listen: true\n  on_skill:\n    ‸[reflection, summary]: b\n    ‸\"advice, judgment\": b\n    default: b\nb:\n  end: true")),
    CodeCase(code: .invalidSafetyPhrase, input: script(end, extra: "safety:\n  - id: script.x\n    category: suicide\n    level: concern\n    phrases: [ok, ‸\"a | b\", ‸\"{x,y\"]\n")),
    CodeCase(code: .longText, input: script("a:\n  say: ‸\"" + String(repeating: "calm ", count: 81) + "\"\n  end: true")),
]

@Test(arguments: codeCases)
func diagnosticCodeAndLocation(_ testCase: CodeCase) {
    let (yaml, marks) = stripMarkers(testCase.input)
    let result = compile(yaml)
    let found = result.diagnostics.filter { $0.code == testCase.code }
    #expect(!found.isEmpty, "no \(testCase.code.rawValue) in \(summary(result))")
    for mark in marks {
        #expect(found.contains { $0.location.line == mark.line && $0.location.column == mark.column },
                "expected \(testCase.code.rawValue) at \(mark.line):\(mark.column), got \(summary(result))")
    }
    #expect(found.allSatisfy { $0.severity == testCase.code.defaultSeverity })
    if testCase.code.defaultSeverity == .error { #expect(result.script == nil) }
}

@Test func everyCodeIsCovered() {
    let covered = Set(codeCases.map(\.code)).union([.fileTooLarge, .nestingTooDeep, .documentTooLarge, .noTestplan])
    #expect(covered == Set(DiagnosticCode.allCases))
}

@Test func codesAreStableAndUnique() {
    #expect(DiagnosticCode.yamlSyntax.rawValue == "AL0001")
    #expect(DiagnosticCode.noPathToEnd.rawValue == "AL0034")
    #expect(Set(DiagnosticCode.allCases.map(\.rawValue)).count == DiagnosticCode.allCases.count)
    #expect(DiagnosticCode.allCases.allSatisfy { !$0.title.isEmpty })
}

@Test func unterminatedQuoteIsReportedWhereItOpens() {
    let result = compile("id: x\ntitle: \"unterminated\n")
    #expect(result.script == nil)
    #expect(result.diagnostics.map(\.formatted)
            == ["test.yaml:2:8: error: AL0001 this quoted text is never closed: add the closing \" at its end"])
}

/// Syntax errors in plain words, at the line and column where the broken construct began.
@Test(arguments: [
    ("a:\n  say: hi\n ‸next: b", "this line is indented by 3 spaces, which matches none of the keys above it"),
    ("a:\n  say: hi\n    ‸next: b", "this line is indented more than the key above it"),
    ("a:\n  say: ‸[one, two\n  next: b", "the [ opened here is never closed with ]"),
    ("a:\n  say: ‸{one\n  next: b", "the { opened here is never closed with }"),
    ("a:\n  say: ‸'it's fine'\n  next: b", "the text goes on after its closing quote"),
    ("a:\n  say: ‸hi: there\n  next: b", "this text contains ': '"),
    ("a:\n‸\tsay: hi\n  next: b", "a tab is used to indent this line"),
    ("a:\n  say: ‸\"unclosed\n  next: \"b\"", "this quoted text is not closed on its line"),
])
func syntaxErrorsInPlainWords(_ nodes: String, _ start: String) {
    let (yaml, marks) = stripMarkers(script(nodes + "\nb:\n  end: true"))
    let result = compile(yaml)
    #expect(result.diagnostics.count == 1, "\(summary(result))")
    let found = result.diagnostics.first
    #expect(found?.code == .yamlSyntax)
    #expect(found?.message.hasPrefix(start) == true, "\(found?.message ?? "")")
    #expect(found.map { [$0.location.line, $0.location.column] } == marks.first.map { [$0.line, $0.column] })
}

@Test func fileOverOneMegabyteIsRejected() {
    let big = "id: x\n" + String(repeating: "# padding line for size\n", count: 50_000)
    let result = compile(big)
    #expect(summary(result) == ["1:1 AL0002"])
}

@Test func deepNestingIsRejectedBeforeParsing() {
    let result = compile("a: " + String(repeating: "[", count: 10_000))
    #expect(summary(result) == ["1:1 AL0003"])
    let blocks = compile(String(repeating: "- ", count: 5_000) + "x")
    #expect(summary(blocks) == ["1:1 AL0003"])
}

@Test func nestingPastSixtyFourLevelsIsRejectedAtTheNode() {
    let yaml = "x: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
    // Root mapping is level 1, so the 64th bracket opens level 65.
    #expect(summary(compile(yaml)) == ["1:\(3 + 64) AL0003"])
}

@Test func aliasBombIsStopped() {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for (name, previous) in [("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e")] {
        yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
    }
    let result = compile(yaml)
    #expect(result.diagnostics.map(\.code) == [.documentTooLarge])
    #expect(result.script == nil)
}
