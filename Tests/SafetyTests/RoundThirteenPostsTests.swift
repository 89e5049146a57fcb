import Testing
import Safety

/// Round 13 (docs/safety.md, "Round 13, real posts (helper)"): an attempt or preparatory act told beside present
/// ideation in one post is urgent (C-SSRS), ideation in new words from real posts, and everyday words the
/// misspelling matcher had read as risk. All lines are our own words. Levels are what `safety scan` prints.
@Suite struct RoundThirteenPostsTests {
    let router: SafetyRouter
    init() throws { router = try SafetyRouter() }

    /// A planned insulin overdose with a stated time is urgent; taking one's insulin as usual is not a plan.
    @Test func aPlannedInsulinOverdoseTonightIsUrgent() {
        let line = "I'm going to take a few hundred units of insulin before bed tonight"
        #expect(router.assess(line).level == .urgent, "\(router.assess(line).jsonLine)")
        #expect(router.assess("I have to take my insulin tonight").level < .concern)
    }

    /// An actual, interrupted or aborted attempt, and present ideation in another sentence that is not told as past.
    @Test(arguments: [
        "I tried to kill myself last spring. I still want to die.",
        "they found me before I could do it. I want to die.",
        "I chickened out of ending it at the last minute. I still think about killing myself.",
    ])
    func anAttemptBesidePresentIdeationIsUrgent(line: String) {
        let assessment = router.assess(line)
        #expect(assessment.level == .urgent, "\(assessment.jsonLine)")
        #expect(assessment.rules.contains("post.attempt-with-ideation"), "\(assessment.jsonLine)")
    }

    /// A past attempt alone, ideation told as past, and someone else's attempt stay concern.
    @Test(arguments: [
        "I tried to kill myself two years ago.",
        "I tried to kill myself two years ago and I wanted to die back then.",
        "my friend tried to kill herself. she says she wants to die.",
    ])
    func anAttemptWithoutPresentIdeationStaysConcern(line: String) {
        #expect(router.assess(line).level == .concern, "\(router.assess(line).jsonLine)")
    }

    /// A supporter's question about someone else's attempt is never urgent.
    @Test func aQuestionToSomeoneElseIsNotUrgent() {
        let line = "you tried to end your life last year. do you still want to die?"
        #expect(router.assess(line).level < .concern, "\(router.assess(line).jsonLine)")
    }

    @Test(arguments: [
        "I wish a car would just hit me",
        "sometimes I feel like ending it",
        "I can't live with myself anymore",
        "I really thought about putting an end to it",
        "I'm not brave enough to end it",
        "I keep staring at the pill bottles and thinking about killing myself",
        "I'm really close to another attempt",
        "on the platform I keep thinking about just jumping in front of the train",
    ])
    func ideationInNewWordsIsAtLeastConcern(line: String) {
        #expect(router.assess(line).level >= .concern, "\(router.assess(line).jsonLine)")
    }

    /// Fighting an urge to self-harm right now, with a gun of one's own in the same post, is urgent (means).
    @Test func anUrgeBesideAGunIsUrgent() {
        let line = "right now I am fighting the urge to cut. I carry a gun everywhere."
        #expect(router.assess(line).level == .urgent, "\(router.assess(line).jsonLine)")
    }

    /// Everyday twins: the misspelling matcher read "putting" as "cutting" and "motherfucking" as a parent; a
    /// relationship is ended "with" someone.
    @Test(arguments: [
        "I keep putting myself down",
        "I was putting it off all week",
        "cut myself some slack after exams",
        "I'm scared of my motherfucking maths exam",
        "we need to put an end to this drama",
        "I feel like ending it with my boyfriend",
        "I'm too scared to end it with her",
    ])
    func theEverydayTwinIsNotConcern(line: String) {
        #expect(router.assess(line).level < .concern, "\(router.assess(line).jsonLine)")
    }

    /// A long everyday post whose only rule words sit in an exempt clause may get the model's question, never
    /// `urgent` from a cue in that clause.
    @Test func aLongEverydayPostWithAnIdiomIsNotUrgent() {
        let line = "This exam is killing me. I studied all week. My friends are tired too. I'm heading to the gym right now. Then pizza tonight."
        #expect(router.assess(line).level < .concern, "\(router.assess(line).jsonLine)")
    }
}
