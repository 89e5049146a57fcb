import Listening

/// A second hand-written set, labelled before the classifier ever saw it and never used for tuning:
/// an honest estimate of accuracy on new phrasings (see docs/listening.md).
enum HeldOutExamples {
    static let all: [(text: String, skill: ListeningSkill)] = [
        ("What's the hardest part of your day?", .openQuestion),
        ("How do you usually unwind?", .openQuestion),
        ("Talk to me about your new job.", .openQuestion),
        ("Did your mum call back?", .closedQuestion),
        ("Is this the first time you've felt like this?", .closedQuestion),
        ("Would you like to keep going?", .closedQuestion),
        ("You've had a long week.", .reflection),
        ("It sounds like the new flat is noisy.", .reflection),
        ("So you're thinking of switching courses.", .reflection),
        ("It's almost as if you're waiting for permission to rest.", .complexReflection),
        ("Part of you still hopes she'll call.", .complexReflection),
        ("You sound really hurt by what he said.", .complexReflection),
        ("So far you've told me about the move, the job and missing your friends.", .summary),
        ("To recap: the exam is Friday, you're behind, and you're scared of letting your dad down.", .summary),
        ("Let me see if I understand: the nights are hardest, and weekends are a bit better.", .summary),
        ("It took a lot of strength to leave that job.", .affirmation),
        ("You've been really thoughtful about this.", .affirmation),
        ("I appreciate you trusting me with that.", .affirmation),
        ("Of course you feel let down.", .validation),
        ("That makes total sense to me.", .validation),
        ("Anyone in your shoes would be worried.", .validation),
        ("You should get some fresh air.", .advice),
        ("Why not ask your teacher for help?", .advice),
        ("Maybe you could try going to bed earlier.", .advice),
        ("A lot of people find journaling useful.", .information),
        ("The service is free and runs every evening.", .information),
        ("Studies suggest sleep affects mood a lot.", .information),
        ("You're making a big deal out of nothing.", .judgment),
        ("That's a silly thing to worry about.", .judgment),
        ("Don't be so hard on yourself, it's not that bad.", .judgment),
        ("I went through something similar at uni.", .selfDisclosure),
        ("My brother had the same thing happen.", .selfDisclosure),
        ("I've struggled with that too.", .selfDisclosure),
        ("Good morning, thanks for joining.", .other),
        ("Mm, okay.", .other),
        ("We'll stop there for today.", .other),
    ]
}
