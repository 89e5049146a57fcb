import Listening

/// Round two: written on 1 Dec 2026 after the second round of issue-17 tuning and labelled before the classifier
/// saw them. Measured once (exact 0.763, coarse 0.868; judgment 2 of 10), then its judgment misses led to the
/// structural rules of `MinimisingPatterns`, so it no longer counts as unseen: `FreshExamples3` is the honest one.
enum FreshExamples2 {
    static let all: [(text: String, skill: ListeningSkill)] = [
        // open questions
        ("What's a normal evening like at the moment?", .openQuestion),
        ("How are you feeling about going back?", .openQuestion),
        ("What happened after you left the party?", .openQuestion),
        ("Could you tell me a bit more about your nan?", .openQuestion),
        ("What helps, even a little, on the bad days?", .openQuestion),
        ("How did your friends react?", .openQuestion),
        ("Where does that worry come from, do you think?", .openQuestion),
        ("What's stopping you from telling them?", .openQuestion),
        // closed questions
        ("Is anyone with you right now?", .closedQuestion),
        ("Did the doctor give you anything?", .closedQuestion),
        ("Have you spoken to her since?", .closedQuestion),
        ("Do you want me to go through the options?", .closedQuestion),
        ("Are you thinking about ending your life?", .closedQuestion),
        ("Was this the first time it happened?", .closedQuestion),
        ("Are you still at your mum's?", .closedQuestion),
        ("Can you get to the appointment on your own?", .closedQuestion),
        // simple reflections
        ("You've had a rough few weeks.", .reflection),
        ("So you've been off work since March.", .reflection),
        ("It sounds like the house is very quiet now.", .reflection),
        ("You're worried about the results.", .reflection),
        ("You don't feel like yourself lately.", .reflection),
        ("So your sister is the one you talk to.", .reflection),
        ("You're fed up with being asked.", .reflection),
        // complex reflections
        ("It's as if you've been running on empty for months.", .complexReflection),
        ("Part of you wants help, and part of you is afraid of being a bother.", .complexReflection),
        ("You feel like you have to hold it all together for the kids.", .complexReflection),
        ("It sounds like underneath the anger there's a lot of hurt.", .complexReflection),
        ("Maybe it's less about the exam and more about feeling you're not enough.", .complexReflection),
        ("You're carrying this on your own, and it's wearing you down.", .complexReflection),
        // summaries
        ("So far you've mentioned the debt, the arguments at home and feeling cut off from your friends.", .summary),
        ("Let me recap: you've lost your job, you're behind on rent, and you're barely sleeping.", .summary),
        ("Putting it all together, the move, the breakup and the new job all landed in one month.", .summary),
        ("So there's the worry about your dad, the stress at work, and on top of that you're not sleeping.", .summary),
        // affirmations
        ("You've done really well to keep going to lectures.", .affirmation),
        ("It says a lot about you that you're thinking of your sister.", .affirmation),
        ("You were brave to walk away from that.", .affirmation),
        ("I'm struck by how hard you've been trying.", .affirmation),
        ("You've looked after your mum through all of this.", .affirmation),
        ("Thank you for trusting me with something so personal.", .affirmation),
        // validation
        ("That would knock anyone sideways.", .validation),
        ("It's completely understandable to feel that way.", .validation),
        ("Of course it hurts, she mattered to you.", .validation),
        ("It makes sense that you'd want to hide away for a bit.", .validation),
        ("It's normal to feel wobbly after a shock like that.", .validation),
        ("That sounds really frightening.", .validation),
        // advice
        ("You could try a sleep app.", .advice),
        ("Why not speak to your manager about it?", .advice),
        ("I'd suggest writing to the landlord.", .advice),
        ("Have you thought about going back to the group?", .advice),
        ("You should cut down on the energy drinks.", .advice),
        ("Make sure you eat something before bed.", .advice),
        ("It might be worth talking to student support.", .advice),
        // information
        ("The text line is free from most networks.", .information),
        ("Many people feel numb in the first weeks after a loss.", .information),
        ("Panic attacks peak and then pass, usually within ten minutes.", .information),
        ("Your GP can refer you to talking therapies.", .information),
        ("Some libraries run free groups for people who want company.", .information),
        // judgment, minimising, blaming why
        ("Why didn't you just say something at the time?", .judgment),
        ("You're overthinking it.", .judgment),
        ("Is it honestly that big a deal?", .judgment),
        ("Plenty of people go through breakups and they're fine.", .judgment),
        ("It's been months, you have to let it go.", .judgment),
        ("Why would you go back to him?", .judgment),
        ("That's a ridiculous thing to be scared of.", .judgment),
        ("At least you've still got your job.", .judgment),
        ("You'll laugh about this one day.", .judgment),
        ("Stop feeling sorry for yourself.", .judgment),
        // self-disclosure
        ("I remember feeling just like that after my divorce.", .selfDisclosure),
        ("My own exams were a nightmare, honestly.", .selfDisclosure),
        ("I get anxious before big days too.", .selfDisclosure),
        ("I had a friend who went through the same thing.", .selfDisclosure),
        // other
        ("Hello, you're through to the listening line.", .other),
        ("Right, okay.", .other),
        ("Let's pick this up next time.", .other),
        ("Can you hear me all right?", .closedQuestion),
        ("Thanks for waiting.", .other),
    ]
}
