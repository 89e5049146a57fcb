import Testing
import Safety

@Suite struct SafetyEvaluationTests {
    @Test func parsesLevelsTextAndLineNumbers() throws {
        let tsv = "# a comment\n\nnone\tthis traffic is killing me\r\nconcern\tI don't want to live anymore\n  # indented comment\nurgent\tgoodbye forever\n"
        let cases = try SafetyEvaluation.parse(tsv: tsv)
        #expect(cases == [
            SafetyEvaluation.Case(level: .none, text: "this traffic is killing me", line: 3),
            SafetyEvaluation.Case(level: .concern, text: "I don't want to live anymore", line: 4),
            SafetyEvaluation.Case(level: .urgent, text: "goodbye forever", line: 6),
        ])
    }

    @Test func parsesOptionalCategoryColumn() throws {
        let cases = try SafetyEvaluation.parse(tsv: "urgent\tsuicide,medical_emergency\tI took all my pills\nnone\t-\thello\n")
        #expect(cases[0].categories == [.suicide, .medicalEmergency])
        #expect(cases[0].text == "I took all my pills")
        #expect(cases[1].categories == [])
    }

    @Test func badLinesReportTheirNumber() {
        #expect(throws: SafetyEvaluation.ParseError.unknownLevel(line: 2, value: "high")) {
            try SafetyEvaluation.parse(tsv: "none\thello\nhigh\tI want to die\n")
        }
        #expect(throws: SafetyEvaluation.ParseError.missingText(line: 1)) {
            try SafetyEvaluation.parse(tsv: "concern I want to die\n")
        }
        #expect(throws: SafetyEvaluation.ParseError.missingText(line: 1)) {
            try SafetyEvaluation.parse(tsv: "concern\t\n")
        }
        #expect(throws: SafetyEvaluation.ParseError.unknownCategory(line: 1, value: "suicde")) {
            try SafetyEvaluation.parse(tsv: "concern\tsuicde\tI want to die\n")
        }
        #expect(SafetyEvaluation.ParseError.unknownLevel(line: 12, value: "high").description
                == "line 12: unknown level 'high' (expected none, check, concern or urgent)")
    }

    /// Five none, three concern, two urgent; the fake predictor misses one concern, downgrades one urgent and flags one none.
    private func sample() throws -> SafetyEvaluation {
        let tsv = """
            none\tmy phone died
            none\tI killed it at the gym
            none\tare you thinking about suicide?
            none\treasons for living: my kids
            none\tthis traffic is killing me
            concern\tI don't want to live anymore
            concern\tmy dad hits me
            concern\tmy friend said she wants to die
            urgent\tgoodbye forever
            urgent\tI took all my pills
            """
        let answers: [String: RiskLevel] = [
            "this traffic is killing me": .concern,
            "I don't want to live anymore": .concern,
            "my dad hits me": .urgent,
            "goodbye forever": .urgent,
            "I took all my pills": .concern,
        ]
        return SafetyEvaluation(cases: try SafetyEvaluation.parse(tsv: tsv)) { text in
            (answers[text] ?? .none, [])
        }
    }

    @Test func headlineFigures() throws {
        let evaluation = try sample()
        #expect(evaluation.anyRiskRecall == 4.0 / 5.0)
        #expect(evaluation.urgentRecall == 0.5)
        #expect(evaluation.falsePositiveRate == 0.2)
    }

    @Test func reportShowsFiguresMatrixAndEveryMiss() throws {
        let report = try sample().report
        #expect(report == """
            Safety evaluation: 10 cases
              labeled none: 5
              labeled check: 0
              labeled concern: 3
              labeled urgent: 2

            level     precision         recall            false positives
            check     n/a (0/0)         n/a (0/0)         0.000 (0/10)
            concern   0.333 (1/3)       0.333 (1/3)       0.286 (2/7)
            urgent    0.500 (1/2)       0.500 (1/2)       0.125 (1/8)
            any risk  0.800 (4/5)       0.800 (4/5)       0.200 (1/5)

            Confusion matrix (rows: expected, columns: predicted)
                      none     check    concern  urgent   
            none      4        0        1        0        
            check     0        0        0        0        
            concern   1        0        1        1        
            urgent    0        0        1        1        

            Misses (4)
            line 5: expected none got concern: this traffic is killing me
            line 7: expected concern got urgent: my dad hits me
            line 8: expected concern got none: my friend said she wants to die
            line 10: expected urgent got concern: I took all my pills

            """)
    }

    @Test func sourcesGiveFiguresPerGroup() throws {
        let cases = try SafetyEvaluation.parse(tsv: """
            concern\treddit:sw:row1\tnobody would notice if I was gone
            concern\treddit:sw:row2\tI want to die
            none\treddit:teen:row3\tmy phone died
            """)
        #expect(cases.map(\.sourceGroup) == ["reddit:sw", "reddit:sw", "reddit:teen"])
        #expect(cases[0].categories == nil)
        let evaluation = SafetyEvaluation(cases: cases) { text in
            text == "I want to die" ? (.concern, [.suicide]) : text.hasPrefix("nobody") ? (.check, [.suicide]) : (.none, [])
        }
        #expect(evaluation.anyRiskRecall == 1)
        #expect(evaluation.sourceLines.contains("reddit:sw                     concern   1.000 (2/2)       0.000 (0/2)       0.500 (1/2)"))
        #expect(evaluation.sourceLines.contains("reddit:teen                   none      0.000 (0/1)       0.000 (0/1)       0.000 (0/1)"))
    }

    @Test func categoryFiguresWhenLabeled() throws {
        let cases = try SafetyEvaluation.parse(tsv: """
            urgent\tsuicide,medical_emergency\tI took all my pills
            concern\tabuse_or_violence\tmy dad hits me
            none\t-\tmy phone died
            """)
        let evaluation = SafetyEvaluation(cases: cases) { text in
            text == "my dad hits me" ? (.concern, [.abuseOrViolence]) : text == "my phone died" ? (.none, []) : (.urgent, [.suicide])
        }
        let report = evaluation.report
        #expect(report.contains("Categories (3 lines labeled)\n"))
        #expect(report.contains("suicide             1.000 (1/1)       1.000 (1/1)       0.000 (0/2)\n"))
        #expect(report.contains("medical_emergency   n/a (0/0)         0.000 (0/1)       0.000 (0/2)\n"))
        #expect(report.contains("harm_to_others      n/a (0/0)         n/a (0/0)         0.000 (0/3)\n"))
        #expect(evaluation.missLines == [
            "line 1: expected categories medical_emergency,suicide got suicide: I took all my pills",
        ])
        #expect(report.hasSuffix("Misses (1)\nline 1: expected categories medical_emergency,suicide got suicide: I took all my pills\n"))
    }

    @Test func emptySetHasNeutralFigures() {
        let evaluation = SafetyEvaluation(cases: []) { _ in (.none, []) }
        #expect(evaluation.anyRiskRecall == 1)
        #expect(evaluation.urgentRecall == 1)
        #expect(evaluation.falsePositiveRate == 0)
        #expect(evaluation.report.hasSuffix("No misses.\n"))
    }
}
