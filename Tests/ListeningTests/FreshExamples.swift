import Listening

/// Round one of the never-tuned sets: written on 1 Dec 2026 after the first issue-17 tuning and labelled before
/// the classifier saw them. Measured once (exact 0.805, coarse 0.844, see docs/listening.md), then used for a
/// second round of tuning, so it no longer counts as unseen: `FreshExamples2` holds the honest estimate.
enum FreshExamples {
    static let all: [(text: String, skill: ListeningSkill)] = [
        // open questions
        ("What's been weighing on you most?", .openQuestion),
        ("How did the weekend go?", .openQuestion),
        ("What do you think would make the mornings easier?", .openQuestion),
        ("Tell me what happened when you got home.", .openQuestion),
        ("How have things been with your brother?", .openQuestion),
        ("What goes through your mind when you can't sleep?", .openQuestion),
        ("Why do you think it matters so much to you?", .openQuestion),
        ("What would you like to get out of today?", .openQuestion),
        // closed questions
        ("Did anyone notice you were upset?", .closedQuestion),
        ("Have you eaten today?", .closedQuestion),
        ("Is your flatmate home tonight?", .closedQuestion),
        ("Do you still see your old friends?", .closedQuestion),
        ("Was that before or after the funeral?", .closedQuestion),
        ("Are you back at work next week?", .closedQuestion),
        ("Are you having thoughts of killing yourself?", .closedQuestion),
        ("Does your GP know about this?", .closedQuestion),
        // simple reflections
        ("You've been feeling low since the move.", .reflection),
        ("So the nights are the hardest.", .reflection),
        ("It sounds like your manager has been on at you.", .reflection),
        ("You're not sleeping much.", .reflection),
        ("You miss your dad.", .reflection),
        ("So you've stopped going to training.", .reflection),
        ("You feel let down by your friends.", .reflection),
        // complex reflections
        ("It's like you're holding your breath until the results come.", .complexReflection),
        ("Part of you wants to forgive him, and part of you can't yet.", .complexReflection),
        ("You've been strong for everyone else for so long that nobody sees how tired you are.", .complexReflection),
        ("It sounds as though the quiet reminds you of what's missing.", .complexReflection),
        ("Almost as if saying it out loud would make it real.", .complexReflection),
        ("You're worried that if you stop, everything falls apart.", .complexReflection),
        // summaries
        ("So, to pull it together: the job went, the relationship ended, and now you're not sleeping.", .summary),
        ("Let me sum up what I've heard: you're tired, you feel behind, and you don't want to let your mum down.", .summary),
        ("You've told me about the move, the new school and how lonely the evenings are.", .summary),
        ("If I've got it right, the money, the arguments and the lack of sleep are all piling up at once.", .summary),
        // affirmations
        ("You've kept going through a really hard year.", .affirmation),
        ("It took courage to message tonight.", .affirmation),
        ("You clearly love your kids very much.", .affirmation),
        ("You've handled a lot on your own.", .affirmation),
        ("That was a brave thing to tell me.", .affirmation),
        ("You've shown real determination to get this far.", .affirmation),
        ("Well done for getting out of bed and coming here.", .affirmation),
        // validation
        ("It makes complete sense that you're exhausted.", .validation),
        ("Anybody would be shaken after that.", .validation),
        ("Of course you're angry, that was unfair.", .validation),
        ("It's okay to cry about this.", .validation),
        ("No wonder you feel on edge.", .validation),
        ("That sounds incredibly hard.", .validation),
        // advice
        ("You should tell your tutor.", .advice),
        ("Have you tried going for a walk when it builds up?", .advice),
        ("Why don't you call your sister tonight?", .advice),
        ("Try writing down three things each evening.", .advice),
        ("I think you need to take a break from revising.", .advice),
        ("Maybe you could join a club to meet people.", .advice),
        ("You ought to see a doctor about the sleep.", .advice),
        // information
        ("The crisis line is open all night and it's free.", .information),
        ("A lot of students feel this way around exams.", .information),
        ("Grief often comes in waves rather than getting steadily better.", .information),
        ("The counselling service at uni has drop-in sessions on Tuesdays.", .information),
        ("Lack of sleep can make everything feel worse.", .information),
        // judgment, minimising, blaming why
        ("Why did you even bother going?", .judgment),
        ("Come on, it's not that serious.", .judgment),
        ("You're being a bit dramatic.", .judgment),
        ("Lots of people have it harder than you.", .judgment),
        ("It's just a job, you'll find another one.", .judgment),
        ("Why would anyone put up with that?", .judgment),
        ("Is it really worth getting so upset about?", .judgment),
        ("You need to stop dwelling on the past.", .judgment),
        ("That's a daft thing to say about yourself.", .judgment),
        ("Honestly, you should be over him by now.", .judgment),
        // self-disclosure
        ("I lost my mum a few years ago, so I know a bit of how that feels.", .selfDisclosure),
        ("When I was at uni I barely slept before exams too.", .selfDisclosure),
        ("I've had nights like that myself.", .selfDisclosure),
        ("My partner went through something similar last year.", .selfDisclosure),
        // other
        ("Hi, thanks for getting in touch.", .other),
        ("Mm-hmm.", .other),
        ("Okay, take your time.", .other),
        ("We've got about ten minutes left.", .other),
        ("Sorry, my connection dropped for a second.", .other),
    ]
}
