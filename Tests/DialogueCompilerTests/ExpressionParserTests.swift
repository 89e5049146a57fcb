import DialogueModel
import Testing
@testable import DialogueCompiler

private func parse(_ source: String) -> Expression? {
    if case .success(let parsed) = ExpressionParser.parse(source) { return parsed.expression }
    return nil
}

private func error(_ source: String) -> ExpressionError? {
    if case .failure(let error) = ExpressionParser.parse(source) { return error }
    return nil
}

@Test func multiplicationBindsTighterThanAddition() {
    #expect(parse("1 + 2 * 3") == .binary(.plus, .literal(.int(1)), .binary(.times, .literal(.int(2)), .literal(.int(3)))))
    #expect(parse("(1 + 2) * 3") == .binary(.times, .binary(.plus, .literal(.int(1)), .literal(.int(2))), .literal(.int(3))))
}

@Test func subtractionIsLeftAssociative() {
    #expect(parse("10 - 3 - 2")?.evaluate([:]) == .int(5))
    #expect(parse("20 / 2 / 5")?.evaluate([:]) == .int(2))
}

@Test func comparisonBindsTighterThanAndWhichBindsTighterThanOr() {
    let e = parse("a < 1 or b >= 2 and not c")
    #expect(e == .binary(.or,
                         .binary(.less, .variable("a"), .literal(.int(1))),
                         .binary(.and, .binary(.greaterOrEqual, .variable("b"), .literal(.int(2))), .not(.variable("c")))))
}

@Test func arithmeticInsideComparison() {
    let e = parse("before - after >= 2")
    #expect(e == .binary(.greaterOrEqual, .binary(.minus, .variable("before"), .variable("after")), .literal(.int(2))))
    #expect(e?.evaluate(["before": .int(7), "after": .int(4)]) == .bool(true))
    #expect(e?.evaluate(["before": .int(5), "after": .int(4)]) == .bool(false))
}

@Test func literalsAndDottedNames() {
    #expect(parse("\"calm\"") == .literal(.string("calm")))
    #expect(parse("'it\\'s'") == .literal(.string("it's")))
    #expect(parse("true") == .literal(.bool(true)))
    #expect(parse("null") == .literal(.null))
    #expect(parse("-3") == .literal(.int(-3)))
    #expect(parse("-x") == .negate(.variable("x")))
    #expect(parse("session.count == 1") == .binary(.equal, .variable("session.count"), .literal(.int(1))))
}

@Test func variablesAreReportedWithOffsets() throws {
    let parsed = try ExpressionParser.parse("cycle + 1 > limit").get()
    #expect(parsed.variables.map(\.name) == ["cycle", "limit"])
    #expect(parsed.variables.map(\.offset) == [0, 12])
}

@Test func errorsPointInsideTheText() {
    #expect(error("") == ExpressionError(message: "expected an expression", offset: 0))
    #expect(error("1 +")?.offset == 3)
    #expect(error("(a > 1")?.message == "expected ')' to close '(', found end of expression")
    #expect(error("a = 1") == ExpressionError(message: "use '==' to compare", offset: 2))
    #expect(error("a && b")?.message == "use 'and' instead of '&&'")
    #expect(error("!a")?.message == "use 'not' instead of '!'")
    #expect(error("1 < 2 < 3")?.message == "comparisons cannot be chained; join them with 'and'")
    #expect(error("\"open")?.offset == 0)
    #expect(error("a b")?.offset == 2)
    #expect(error("3x")?.message == "a number cannot run into letters")
    #expect(error("a.")?.offset == 0)
    #expect(error("a # b")?.message == "unexpected character '#'")
}

@Test func templatesSplitPlaceholdersAndEscapes() {
    let parsed = TemplateParser.parse("Hi {name}, {{literal}} {helpline.crisis}")
    #expect(parsed.parts == [.literal("Hi "), .variable("name"), .literal(", {literal} "), .variable("helpline.crisis")])
    #expect(parsed.variables.map(\.offset) == [4, 24])
    #expect(parsed.errors.isEmpty)
    #expect(TemplateParser.parse("a } b").errors.map(\.offset) == [2])
    #expect(TemplateParser.parse("{1x}").errors.first?.message.contains("not a variable name") == true)
}

@Test func phoneNumbersAreFoundButNotRatingsOrExerciseNames() {
    #expect(PhoneNumberDetector.firstMatch(in: "Call 0800 123 456") == 5)
    #expect(PhoneNumberDetector.firstMatch(in: "ring +44 20 7946 0000") == 5)
    #expect(PhoneNumberDetector.firstMatch(in: "You can call 988.") == 13)
    #expect(PhoneNumberDetector.firstMatch(in: "From 0 (calm) to 10 (the worst)") == nil)
    #expect(PhoneNumberDetector.firstMatch(in: "5-4-3-2-1 grounding") == nil)
    #expect(PhoneNumberDetector.firstMatch(in: "Breathe for 4 seconds, 4 times") == nil)
}
