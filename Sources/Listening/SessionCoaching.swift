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
        for (skill, why) in Self.strengths {
            if let text = feedback.examples[skill] {
                return "Done well: \u{201C}\(text)\u{201D}: \(why)."
            }
        }
        return "Done well: you stayed with the conversation to the end; that matters more than any technique."
    }

    /// One thing to try next time: a quoted fixing move, closed question or simple reflection, with an
    /// alternative to try.
    func tryNext() -> String {
        if let text = feedback.examples[.judgment] {
            return "Try next time: instead of \u{201C}\(text)\u{201D}, try validating first, for example "
                + "\u{201C}It makes sense that this hit you hard.\u{201D}"
        }
        if let text = feedback.examples[.advice] {
            return "Try next time: before a suggestion like \u{201C}\(text)\u{201D}, reflect what you heard, "
                + "for example \u{201C}It sounds like you've been carrying this on your own.\u{201D}, "
                + "then ask what they have already thought of."
        }
        if let ratio = feedback.reflectionToQuestionRatio, ratio < 1, let text = feedback.examples[.closedQuestion] ?? feedback.examples[.openQuestion] {
            return "Try next time: swap a question like \u{201C}\(text)\u{201D} for a reflection of what you "
                + "just heard, for example \u{201C}So things have been piling up.\u{201D}"
        }
        if let open = feedback.percentOpenQuestions, open < 0.5, let text = feedback.examples[.closedQuestion] {
            return "Try next time: open up a question like \u{201C}\(text)\u{201D}, for example "
                + "\u{201C}What has that been like for you?\u{201D}"
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
