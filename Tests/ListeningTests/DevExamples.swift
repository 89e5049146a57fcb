import Listening

/// The tuning set for issue 17 (judgment, minimising, blaming "why" questions, affirmations, asking about
/// suicide): written for Alongside, and used to tune `cues.tsv`. Honest figures come from `FreshExamples`,
/// written after the tuning and never tuned on.
enum DevExamples {
    static let all: [(text: String, skill: ListeningSkill)] = [
        // judgment, including minimising and blaming "why" questions
        ("That's a silly way to think about it.", .judgment),
        ("Why would you do that?", .judgment),
        ("Is it really that bad though?", .judgment),
        ("It's been two years, you need to move on.", .judgment),
        ("Why on earth did you say yes?", .judgment),
        ("Why didn't you just tell him no?", .judgment),
        ("Honestly, it could be a lot worse.", .judgment),
        ("You're making too much of this.", .judgment),
        ("Other people cope with far worse.", .judgment),
        ("Surely it's not as bad as all that?", .judgment),
        ("You can't still be upset about that.", .judgment),
        ("Why can't you just let it go?", .judgment),
        ("That's a strange thing to get upset about.", .judgment),
        ("You really should be over it by now.", .judgment),
        ("What did you expect would happen?", .judgment),
        ("It's only an exam, it doesn't matter that much.", .judgment),
        ("Cheer up, it's not the end of the world.", .judgment),
        ("You're reading far too much into it.", .judgment),
        // affirmations
        ("It took real strength to get through that. You've done hard things before.", .affirmation),
        ("You've come through a lot already.", .affirmation),
        ("That shows how much you care about your kids.", .affirmation),
        ("You kept showing up even when it was hard.", .affirmation),
        ("Reaching out today was a brave step.", .affirmation),
        ("You've got a real knack for noticing what helps.", .affirmation),
        ("It says something good about you that you keep trying.", .affirmation),
        ("You were honest with me, and that isn't easy.", .affirmation),
        // asking directly about suicide: the skill stays a question
        ("Are you thinking about suicide?", .closedQuestion),
        ("Are you having thoughts of ending your life?", .closedQuestion),
        ("Have you thought about hurting yourself?", .closedQuestion),
        ("Are you safe right now?", .closedQuestion),
        // neutral neighbours that must stay what they are
        ("Why do you think that keeps happening?", .openQuestion),
        ("What was that like for you?", .openQuestion),
        ("Is it worse in the evenings?", .closedQuestion),
        ("It sounds like it has been really bad.", .reflection),
        ("You've been carrying this for two years.", .reflection),
        ("You need to look after yourself too.", .advice),
        ("Maybe try writing it down before bed.", .advice),
        ("Part of you wants to move on, and part of you isn't ready.", .complexReflection),
        ("Of course you're still grieving.", .validation),
        ("Anyone would find that hard.", .validation),
    ]
}
