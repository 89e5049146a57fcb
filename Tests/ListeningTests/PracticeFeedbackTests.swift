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
            "Reflections to questions: 1.0 : 1, good (the target is 1 : 1, and 2 : 1 is very good). Reflecting more than asking helps the other person feel heard rather than interviewed.",
            "Open questions: 50% of your questions, right on target (50% or more). Open questions invite the other person to tell their story in their own words.",
            "Complex reflections: 50% of your reflections, on target (40% or more). Naming the feeling or meaning under the words shows you are really listening.",
            "Fixing moves (advice or judgment): 1. The urge to fix is natural; people usually find their own answers once they feel heard.",
            "Done well: \u{201C}Part of you wants to quit.\u{201D}: a complex reflection that named what sat under the words.",
            "Try next time: before a suggestion like \u{201C}You should just quit.\u{201D}, reflect what you heard, for example \u{201C}It sounds like you've been carrying this on your own.\u{201D}, then ask what they have already thought of.",
        ])
    }

    @Test func questionHeavySessionSuggestsAReflection() {
        let f = PracticeFeedback(utterances: [
            ("Did you go out?", .closedQuestion), ("Was it fun?", .closedQuestion), ("Are you tired?", .closedQuestion),
        ])
        let lines = f.render()
        #expect(lines[1].hasPrefix("Reflections to questions: 0.0 : 1, below the 1 : 1 target."))
        #expect(lines[2].hasPrefix("Open questions: 0% of your questions, the target is 50% or more."))
        #expect(lines.last == "Try next time: swap a question like \u{201C}Did you go out?\u{201D} for a reflection of what you just heard, for example \u{201C}So things have been piling up.\u{201D}")
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
        #expect(f.render().last?.hasPrefix("Try next time: instead of \u{201C}Calm down.\u{201D}, try validating first") == true)
        let data = try JSONEncoder().encode(f)
        #expect(String(decoding: data, as: UTF8.self).contains("\"open_question\":1"))
        #expect(try JSONDecoder().decode(PracticeFeedback.self, from: data) == f)
    }
}
