import Listening

/// Round four of the never-tuned sets: written on 1 Dec 2026 after the last issue-17 change to the classifier
/// (`StrengthPatterns`, round-4 cues), labelled before the classifier saw them, and never tuned on. The figures
/// in docs/listening.md come from here. Do not change the classifier to fix its misses; write a newer set instead.
enum FreshExamples4 {
    static let all: [(text: String, skill: ListeningSkill)] = [
        // open questions
        ("What's been keeping you up at night?", .openQuestion),
        ("How did it feel to finally say it?", .openQuestion),
        ("What do you need most from the people around you?", .openQuestion),
        ("Could you tell me how the week has gone?", .openQuestion),
        ("What would your best friend say about this?", .openQuestion),
        ("How do you usually get through a bad patch?", .openQuestion),
        ("What changed after the move?", .openQuestion),
        ("Tell me about the people you work with.", .openQuestion),
        // closed questions
        ("Have you had any thoughts of suicide?", .closedQuestion),
        ("Is your partner at home with you?", .closedQuestion),
        ("Did you go to the group on Monday?", .closedQuestion),
        ("Are you eating at all?", .closedQuestion),
        ("Would you like the number for the text line?", .closedQuestion),
        ("Is it the mornings or the evenings that are worse?", .closedQuestion),
        ("Have you been back to the doctor?", .closedQuestion),
        ("Do you live on your own?", .closedQuestion),
        // simple reflections
        ("You haven't been out much this week.", .reflection),
        ("So your shifts changed in October.", .reflection),
        ("It sounds like the baby isn't sleeping.", .reflection),
        ("You're anxious about the interview.", .reflection),
        ("You've been crying a lot.", .reflection),
        ("So you're thinking about leaving the course.", .reflection),
        ("You're not sure who to talk to.", .reflection),
        // complex reflections
        ("It's as though you've lost a bit of yourself along with the job.", .complexReflection),
        ("Part of you knows it wasn't your fault, but another part keeps going over it.", .complexReflection),
        ("You sound worn out from trying to keep everyone happy.", .complexReflection),
        ("Maybe the loneliness is sharper because it used to be so full.", .complexReflection),
        ("It's like the ground has shifted under you.", .complexReflection),
        ("You'd rather struggle alone than risk being a burden.", .complexReflection),
        // summaries
        ("So to recap, the flat is too quiet, your friends are busy, and the weekends drag.", .summary),
        ("Let me check I've understood: the panic, the missed lectures and the worry about money.", .summary),
        ("From what you've said, work is stressful, home is tense and you've nowhere to unwind.", .summary),
        ("So you've lost your grandad, changed schools and stopped playing football, all this year.", .summary),
        // affirmations
        ("You've been really patient with yourself today.", .affirmation),
        ("That was a wise decision.", .affirmation),
        ("You clearly put a lot of thought into this.", .affirmation),
        ("It took a lot of strength to ask for help.", .affirmation),
        ("You've stuck with it even when it felt pointless.", .affirmation),
        ("I can see how much effort you're putting in.", .affirmation),
        // validation
        ("It's no surprise you feel drained.", .validation),
        ("Anyone going through that would feel lost.", .validation),
        ("Your reaction makes a lot of sense.", .validation),
        ("It's fine to feel angry about it.", .validation),
        ("That sounds like a really lonely place to be.", .validation),
        ("Of course you miss her.", .validation),
        // advice
        ("You should go to bed at the same time each night.", .advice),
        ("Why not give the lunch club another go?", .advice),
        ("Have you tried breathing exercises?", .advice),
        ("Talk to your landlord before the rent is due.", .advice),
        ("I think you should tell your tutor tomorrow.", .advice),
        ("Perhaps you could ring your brother.", .advice),
        ("It would be a good idea to take a day off.", .advice),
        // information
        ("The text service replies within a few minutes.", .information),
        ("Lots of new parents feel isolated in the first months.", .information),
        ("Alcohol tends to make low moods worse the next day.", .information),
        ("The library has a free knitting group on Thursdays.", .information),
        ("Exam boards can give extra time for health reasons.", .information),
        // judgment, minimising, blaming why
        ("Why do you always assume the worst?", .judgment),
        ("It's hardly the end of the world.", .judgment),
        ("You're letting it get to you too much.", .judgment),
        ("Some people would be grateful to have a job at all.", .judgment),
        ("Just think positive and you'll be fine.", .judgment),
        ("Is that really worth crying over?", .judgment),
        ("That was a stupid thing to do.", .judgment),
        ("You brought a lot of this on yourself.", .judgment),
        ("Don't be such a baby about it.", .judgment),
        ("You can't keep blaming your parents.", .judgment),
        // self-disclosure
        ("I had a panic attack on a bus once, so I know how scary it is.", .selfDisclosure),
        ("My grandad died when I was your age.", .selfDisclosure),
        ("I've been lonely in a new city too.", .selfDisclosure),
        ("When my son was born I hardly slept for months.", .selfDisclosure),
        // other
        ("Hello, thanks for calling.", .other),
        ("Mm.", .other),
        ("Let's take a breath before we go on.", .other),
        ("I'm going to have to wrap up in a few minutes.", .other),
        ("Sorry, I missed that.", .other),
    ]
}
