import Foundation
import Listening
import Testing

struct PracticeFeedbackTests {
    static let session: [(text: String, skill: ListeningSkill)] = [
        ("Hi, I'm Sam.", .other),
        ("What's been happening?", .openQuestion),
        ("It sounds like work has been busy.", .reflection),
        ("Part of you wants to quit.", .complexReflection),
        ("Did you tell your boss?", .closedQuestion),
        ("You should just quit.", .advice),
        ("That makes sense.", .validation),
    ]

    @Test func figures() {
        let f = PracticeFeedback(utterances: Self.session)
        #expect(f.total == 7)
        #expect(f.count(.reflection) == 1)
        #expect(f.questions == 2)
        #expect(f.reflectionToQuestionRatio == 1.0)
        #expect(f.percentOpenQuestions == 0.5)
        #expect(f.percentComplexReflections == 0.5)
        #expect(f.fixingMoves == 1)
        #expect(f.examples[.advice] == "You should just quit.")
    }

    @Test func renderQuotesWhatWentWellAndAFixingMove() {
        let lines = PracticeFeedback(utterances: Self.session).render()
        #expect(lines == [
            "This session: 7 responses, 2 reflections (1 complex), 2 questions (1 open), 1 affirmation or validation.",
            "Reflections to questions: 1.0 : 1, fair (1 : 1 is fair, 2 : 1 good). Reflecting more than asking helps the other person feel heard rather than interviewed.",
            "Open questions: 50% of your questions, fair (50% is fair, 70% good). Open questions invite the other person to tell their story in their own words.",
            "Complex reflections: 50% of your reflections, good (50% or more). Naming the feeling or meaning under the words shows you are really listening.",
            "Advice or judgment: 1. The urge to fix is natural; people usually find their own answers once they feel heard.",
            "Your best reflection: \u{201C}Part of you wants to quit.\u{201D}: it named what sat under the words.",
            "Try next time: instead of \u{201C}You should just quit.\u{201D} (advice), try saying back what you heard, for example \u{201C}It sounds like this has been weighing on you, and you've been trying hard to work it out.\u{201D}",
        ])
    }

    @Test func questionHeavySessionSuggestsAReflection() {
        let f = PracticeFeedback(utterances: [
            ("Did you go out?", .closedQuestion), ("Was it fun?", .closedQuestion), ("Are you tired?", .closedQuestion),
        ])
        let lines = f.render()
        #expect(lines[1].hasPrefix("Reflections to questions: 0.0 : 1, below the fair level of 1 : 1."))
        #expect(lines[2].hasPrefix("Open questions: 0% of your questions, below the fair level of 50%."))
        #expect(lines.last == "Try next time: instead of \u{201C}Was it fun?\u{201D} (a yes-or-no question), try saying back what you heard, for example \u{201C}It sounds like it was fun.\u{201D}")
        #expect(!lines.joined().contains("Complex reflections"))
    }

    @Test func noQuestionsMeansNoRatio() {
        let f = PracticeFeedback(utterances: [("It sounds hard.", .reflection), ("You're tired.", .reflection)])
        #expect(f.reflectionToQuestionRatio == nil)
        #expect(f.percentOpenQuestions == nil)
        #expect(f.render()[1] == "You asked no questions this time, so there is no reflections-to-questions ratio.")
        #expect(f.render().last?.hasPrefix("Try next time: take a reflection like \u{201C}It sounds hard.\u{201D}") == true)
    }

    @Test func emptySession() {
        #expect(PracticeFeedback(utterances: []).render() == ["No responses were recorded in this session, so there is no feedback yet."])
    }

    @Test func classifiesTextsAndRoundTripsThroughJSON() throws {
        let f = PracticeFeedback(texts: ["What's on your mind?", "It sounds like a lot.", "Calm down."])
        #expect(f.count(.openQuestion) == 1)
        #expect(f.count(.judgment) == 1)
        #expect(f.render().last?.hasPrefix("Try next time: instead of \u{201C}Calm down.\u{201D} (a judgment), try saying back") == true)
        let data = try JSONEncoder().encode(f)
        #expect(String(decoding: data, as: UTF8.self).contains("\"open_question\":1"))
        #expect(try JSONDecoder().decode(PracticeFeedback.self, from: data) == f)
    }

    @Test func bestReflectionPrefersComplexThenFullest() {
        let f = PracticeFeedback(utterances: [
            ("You're tired.", .reflection), ("You sound worn out.", .complexReflection),
            ("Part of you wants to rest, and part of you feels you can't.", .complexReflection),
            ("So you have been working every weekend since March.", .reflection),
        ])
        #expect(f.bestReflection == "Part of you wants to rest, and part of you feels you can't.")
        #expect(PracticeFeedback(utterances: [("You're tired.", .reflection), ("So work has been nonstop lately.", .reflection)]).bestReflection
            == "So work has been nonstop lately.")
        #expect(PracticeFeedback(utterances: [("Did you sleep?", .closedQuestion)]).bestReflection == nil)
    }

    @Test func judgmentComesBeforeAdviceAndClosedQuestionsInTheRewrite() {
        let f = PracticeFeedback(utterances: [("Are you worried?", .closedQuestion), ("You should rest.", .advice), ("That's silly.", .judgment)])
        #expect(f.rewrite?.original == "That's silly.")
        #expect(f.rewrite?.skill == .judgment)
        let g = PracticeFeedback(utterances: [("Did you go?", .closedQuestion), ("Are you worried about the exam?", .closedQuestion)])
        #expect(g.rewrite == ReflectiveRewrite(original: "Are you worried about the exam?", skill: .closedQuestion,
                                               suggestion: "It sounds like you're worried about the exam."))
    }

    @Test(arguments: [
        ("Are you worried about your mum?", "It sounds like you're worried about your mum."),
        ("Do you feel like nobody listens?", "It sounds like you feel like nobody listens."),
        ("Is it the evenings that are hardest?", "It sounds like it's the evenings that are hardest."),
        ("Were you scared?", "It sounds like you were scared."),
        ("Do you want to talk about it", "It sounds like you want to talk about it."),
    ])
    func closedQuestionsTurnIntoReflections(question: String, reflection: String) {
        #expect(ReflectiveRewrite.reflect(closedQuestion: question) == reflection)
    }

    @Test func questionsWithoutAFaithfulStatementAreLeftAlone() {
        #expect(ReflectiveRewrite.reflect(closedQuestion: "Did you tell anyone?") == nil)
        #expect(ReflectiveRewrite.reflect(closedQuestion: "Are you...?") == nil)
        #expect(ReflectiveRewrite.reflect(closedQuestion: "Do you have anyone to call?") == nil)
        #expect(ReflectiveRewrite.reflect(closedQuestion: "Do you have family nearby?") == nil)
    }
}
