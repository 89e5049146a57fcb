/// Chooses the quoted "done well" and "try next time" lines of a session's feedback.
struct SessionCoaching {
    let feedback: PracticeFeedback

    /// Listening moves worth praising, best first, with why they help.
    private static let strengths: [(ListeningSkill, String)] = [
        (.complexReflection, "a complex reflection that named what sat under the words"),
        (.summary, "a summary that pulled the threads together"),
        (.reflection, "a reflection that showed you were following"),
        (.validation, "you let them know their reaction makes sense"),
        (.affirmation, "you noticed a real strength"),
        (.openQuestion, "an open question that left room for their story"),
    ]

    /// One thing done well, quoting the supporter's own words.
    func doneWell() -> String {
        if let best = feedback.bestReflection {
            let complex = feedback.examples[.complexReflection] != nil || feedback.examples[.summary] != nil
            return "Your best reflection: \u{201C}\(best)\u{201D}: "
                + (complex ? "it named what sat under the words." : "it showed you were following.")
        }
        for (skill, why) in Self.strengths {
            if let text = feedback.examples[skill] {
                return "Done well: \u{201C}\(text)\u{201D}: \(why)."
            }
        }
        return "Done well: you stayed with the conversation to the end; that matters more than any technique."
    }

    /// One thing to try next time: the feedback's rewrite (a quoted judgment, advice or closed question with a
    /// reflective alternative), else an open question when questions outnumber reflections, else a simple reflection.
    func tryNext() -> String {
        if let rewrite = feedback.rewrite {
            let kind = rewrite.skill == .closedQuestion ? "a yes-or-no question" : rewrite.skill == .judgment ? "a judgment" : "advice"
            return "Try next time: instead of \u{201C}\(rewrite.original)\u{201D} (\(kind)), try saying back what you heard, "
                + "for example \u{201C}\(rewrite.suggestion)\u{201D}"
        }
        if let ratio = feedback.reflectionToQuestionRatio, ratio < 1, let text = feedback.examples[.openQuestion] {
            return "Try next time: swap a question like \u{201C}\(text)\u{201D} for a reflection of what you "
                + "just heard, for example \u{201C}So things have been piling up.\u{201D}"
        }
        if let complex = feedback.percentComplexReflections, complex < 0.4, let text = feedback.examples[.reflection] {
            return "Try next time: take a reflection like \u{201C}\(text)\u{201D} one step further by naming "
                + "the feeling or what it means to them, for example \u{201C}...and part of you is worn out by it.\u{201D}"
        }
        if feedback.reflections == 0 {
            return "Try next time: after they share something, say back what you heard in a sentence, "
                + "for example \u{201C}It sounds like this week has been a lot.\u{201D}"
        }
        return "Try next time: keep the same balance, and end with a short summary of what they told you."
    }
}
