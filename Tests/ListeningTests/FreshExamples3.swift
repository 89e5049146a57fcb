import Listening

/// Round three: written on 1 Dec 2026 after `MinimisingPatterns` and labelled before the classifier saw them.
/// Measured once (exact 0.724, coarse 0.803; affirmation 1 of 6, judgment 5 of 10), then its misses led to
/// `StrengthPatterns` and the round-4 cues, so it no longer counts as unseen: `FreshExamples4` is the honest one.
enum FreshExamples3 {
    static let all: [(text: String, skill: ListeningSkill)] = [
        // open questions
        ("What's on your mind tonight?", .openQuestion),
        ("How has your sleep been this week?", .openQuestion),
        ("What did you make of his message?", .openQuestion),
        ("Can you say a bit more about the arguments?", .openQuestion),
        ("How would you like things to be by the summer?", .openQuestion),
        ("What was the hardest moment today?", .openQuestion),
        ("Who have you been able to lean on?", .openQuestion),
        ("How are you managing with the baby?", .openQuestion),
        // closed questions
        ("Are you somewhere safe right now?", .closedQuestion),
        ("Did you manage to sleep at all?", .closedQuestion),
        ("Is your dad still in hospital?", .closedQuestion),
        ("Have you felt like this before?", .closedQuestion),
        ("Would it help to talk about the funeral?", .closedQuestion),
        ("Do you have thoughts of hurting yourself?", .closedQuestion),
        ("Is the new job full time?", .closedQuestion),
        ("Did you get my last message?", .closedQuestion),
        // simple reflections
        ("You've been on your own a lot lately.", .reflection),
        ("So the exam is on Thursday.", .reflection),
        ("It sounds like money has been tight.", .reflection),
        ("You're finding it hard to concentrate.", .reflection),
        ("You had a row with your brother.", .reflection),
        ("So your mum doesn't know yet.", .reflection),
        ("You're tired of pretending you're fine.", .reflection),
        // complex reflections
        ("It's like you're waiting for the other shoe to drop.", .complexReflection),
        ("Part of you is relieved, and part of you feels guilty for being relieved.", .complexReflection),
        ("You've given so much to this job that it's hard to imagine who you are without it.", .complexReflection),
        ("It sounds as though you're grieving the friendship as much as the person.", .complexReflection),
        ("Maybe the anger is a way of keeping the sadness at bay.", .complexReflection),
        ("You want to be there for her, but you're running out of strength.", .complexReflection),
        // summaries
        ("So far I've heard about the breakup, the new flat and the long shifts.", .summary),
        ("To sum up, you're exhausted, you're worried about money and you miss your friends.", .summary),
        ("Let me see if I've got this: the panic started in March, it's worse on the train, and you've stopped going out.", .summary),
        ("So there's your health, your mum's illness and the pressure at work, all at the same time.", .summary),
        // affirmations
        ("You've shown a lot of patience with her.", .affirmation),
        ("It took guts to tell your boss.", .affirmation),
        ("You really care about doing right by your kids.", .affirmation),
        ("You've been incredibly resilient this year.", .affirmation),
        ("I admire how honest you've been tonight.", .affirmation),
        ("You got yourself to the appointment, and that matters.", .affirmation),
        // validation
        ("It's understandable that you're on edge.", .validation),
        ("Anyone would struggle with that much on their plate.", .validation),
        ("Of course you're nervous, it's a big change.", .validation),
        ("It's okay not to have it all figured out.", .validation),
        ("That sounds so painful.", .validation),
        ("It makes sense you'd want some space.", .validation),
        // advice
        ("You should try to get some sleep.", .advice),
        ("Why don't you write him a letter?", .advice),
        ("Have you considered talking to a counsellor?", .advice),
        ("Try to get outside for ten minutes each day.", .advice),
        ("I'd recommend telling your parents.", .advice),
        ("You need to eat something.", .advice),
        ("Maybe ask your tutor for an extension.", .advice),
        // information
        ("The helpline is open 24 hours a day.", .information),
        ("It's common to feel flat after a big exam.", .information),
        ("Student services can help with hardship funds.", .information),
        ("Caffeine can make anxiety worse for some people.", .information),
        ("Your workplace may have a confidential support line.", .information),
        // judgment, minimising, blaming why
        ("Why did you let him treat you like that?", .judgment),
        ("You're blowing this out of proportion.", .judgment),
        ("At least it wasn't anything serious.", .judgment),
        ("Everyone has bad days, you just have to get on with it.", .judgment),
        ("Stop worrying about what people think.", .judgment),
        ("Is it really such a big problem?", .judgment),
        ("That's a bit of an overreaction, isn't it?", .judgment),
        ("You're too old to be scared of that.", .judgment),
        ("Why on earth would you text her back?", .judgment),
        ("Cheer up, things could be a lot worse.", .judgment),
        // self-disclosure
        ("I went through a breakup like that in my twenties.", .selfDisclosure),
        ("My dad was ill for a long time too.", .selfDisclosure),
        ("I know from my own experience how lonely that gets.", .selfDisclosure),
        ("I used to panic on trains as well.", .selfDisclosure),
        // other
        ("Hi there, how can I help tonight?", .openQuestion),
        ("Okay.", .other),
        ("I'll be here until ten.", .other),
        ("Sorry, go on.", .other),
        ("Good to hear from you again.", .other),
    ]
}
