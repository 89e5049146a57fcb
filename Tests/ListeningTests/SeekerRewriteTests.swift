import Listening
import Testing

/// Rewrites reflect the persona's own words and go after the line that most needs it.
struct SeekerRewriteTests {
    @Test func theStatementIsSaidBackInTheSecondPerson() {
        let statement = SeekerStatement("Alex: I lost my job last month, and then Chris moved out. It's been a lot at once.")
        #expect(statement.reflection == "It sounds like you lost your job last month, and then Chris moved out, and that's a lot to carry.")
        #expect(SeekerStatement("Ruth: I'm not sleeping. I feel so alone in the evenings.").reflection
            == "It sounds like you feel so alone in the evenings.")
        #expect(SeekerStatement("Sam: I'm exhausted and I was up till two.").reflection
            == "It sounds like you're exhausted and you were up till two.")
    }

    @Test func theStrongestJudgmentIsRewrittenFromWhatThePersonaSaid() {
        let feedback = PracticeFeedback(turns: [
            PracticeTurn(text: "Did you sleep?", skill: .closedQuestion, seeker: "Ruth: The evenings are the worst."),
            PracticeTurn(text: "Maybe try a hobby.", skill: .advice, seeker: "Ruth: The house is so quiet."),
            PracticeTurn(text: "Don't worry.", skill: .judgment, seeker: "Ruth: My daughter rings on Sundays."),
            PracticeTurn(text: "It's been two years, you need to move on.", skill: .judgment,
                         seeker: "Ruth: George and I used to do the crossword together. I feel lost without him."),
        ])
        #expect(feedback.rewrite == ReflectiveRewrite(
            original: "It's been two years, you need to move on.", skill: .judgment,
            suggestion: "It sounds like you feel lost without him."))
        #expect(feedback.judgments == ["Don't worry.", "It's been two years, you need to move on."])
        let lines = feedback.render()
        #expect(lines.contains { $0.hasPrefix("Judging or minimising: \u{201C}Don't worry.\u{201D}, \u{201C}It's been two years, you need to move on.\u{201D}.") })
    }

    @Test func aClosedQuestionWithoutAStatementShapeReflectsThePersona() {
        let feedback = PracticeFeedback(turns: [
            PracticeTurn(text: "Do you have family nearby?", skill: .closedQuestion,
                         seeker: "Alex: I lost my job last month, and then Chris moved out. It's been a lot at once."),
        ])
        #expect(feedback.rewrite?.suggestion == "It sounds like you lost your job last month, and then Chris moved out, and that's a lot to carry.")
    }

    @Test func withoutThePersonasLineTheStockSentenceRemains() {
        let feedback = PracticeFeedback(utterances: [("You should rest.", .advice)])
        #expect(feedback.rewrite?.suggestion == ReflectiveRewrite.fixingAlternative)
    }
}
