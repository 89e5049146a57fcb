import Foundation
import Listening
import Testing

/// The coach and the feedback never disagree: what the disclosure role-play's coach recommends is credited.
struct CrisisSkillFeedbackTests {
    /// `dialogues/roleplay-disclosure.yaml`, read from the package.
    static let scriptURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogues/roleplay-disclosure.yaml")

    /// Every answer the coach recommends in quotes (`\"...\"` inside a `Coach:` line), help line filled in.
    static func coachAnswers() throws -> [String] {
        let yaml = try String(contentsOf: scriptURL, encoding: .utf8)
        var answers: [String] = []
        for line in yaml.split(separator: "\n") where line.contains("Coach:") {
            let parts = line.components(separatedBy: "\\\"")
            for index in stride(from: 1, to: parts.count - 1, by: 2) {
                answers.append(parts[index].replacingOccurrences(of: "{helpline.crisis}", with: "Samaritans 116 123"))
            }
        }
        return answers
    }

    @Test func theCoachRecommendsAskingDirectlyAndSharingAHelpLine() throws {
        let answers = try Self.coachAnswers()
        #expect(answers.contains("Are you thinking about suicide?"))
        #expect(answers.contains { $0.contains("Samaritans 116 123") })
    }

    @Test func feedbackCreditsEveryAnswerTheCoachRecommends() throws {
        let answers = try Self.coachAnswers()
        let session = ["It sounds like everything landed at once.", "You're exhausted, and part of you feels you should be coping better."]
            + answers + ["You're not sure you'll call, and part of you wants to."]
        let feedback = PracticeFeedback(texts: session)
        #expect(feedback.directRiskQuestions >= 1)
        #expect(feedback.helpLineOffers >= 1)
        #expect(feedback.rewrite == nil, "the feedback must not rewrite a recommended answer: \(String(describing: feedback.rewrite))")
        let text = feedback.render().joined(separator: "\n")
        #expect(text.contains("You asked directly about suicide: \u{201C}Are you thinking about suicide?\u{201D}. That is the core skill"))
        #expect(text.contains("You shared a help line once"))
        #expect(!text.contains("below the fair level"))
        for answer in answers { #expect(!text.contains("instead of \u{201C}\(answer)")) }
    }

    @Test(arguments: [
        "Are you thinking about suicide?", "Are you having thoughts of ending your life?", "Do you want to die?",
        "Have you thought about hurting yourself?", "Are you thinking of killing yourself?", "Are you safe right now?",
        "When you say everyone would be better off, are you thinking of suicide?",
    ])
    func directQuestionsAboutRiskAreRecognised(question: String) {
        let verdict = ListeningClassifier().classify(question)
        #expect(verdict.isDirectRiskQuestion)
        #expect(verdict.skill.isQuestion, "asking about risk is still a question for `skills classify`")
    }

    @Test(arguments: ["Are you thinking about the exam?", "Did you sleep?", "It sounds like you feel unsafe at home.", "Do you have a plan for Friday?"])
    func ordinaryLinesAreNotRiskQuestions(line: String) {
        #expect(RiskInquiry.of(line) == nil)
    }

    @Test func askingDirectlyNeverLowersTheQuestionFigures() {
        let feedback = PracticeFeedback(utterances: [
            ("What's been happening?", .openQuestion), ("Are you thinking about suicide?", .closedQuestion),
            ("It sounds like it's been a lot.", .reflection), ("You feel like a burden.", .complexReflection),
        ])
        #expect(feedback.questions == 1)
        #expect(feedback.percentOpenQuestions == 1)
        #expect(feedback.reflectionToQuestionRatio == 2)
    }
}
