import Foundation
@testable import Listening
import Testing

struct ListeningClassifierTests {
    let classifier = ListeningClassifier()

    @Test(arguments: [
        ("What's that been like for you?", ListeningSkill.openQuestion),
        ("tell me more about your brother", .openQuestion),
        ("do you have someone to talk to", .closedQuestion),
        ("It sounds like the move was tough.", .reflection),
        ("Part of you misses the old place.", .complexReflection),
        ("To sum up, sleep, money and your mum are the big three.", .summary),
        ("Have you tried a sleep app?", .advice),
        ("Calm down.", .judgment),
        ("No wonder you're worn out.", .validation),
        ("It took courage to come here.", .affirmation),
        ("Me too.", .selfDisclosure),
        ("Research shows talking helps.", .information),
        ("Mm-hmm.", .other),
    ])
    func classifiesTheBriefsCues(text: String, skill: ListeningSkill) {
        #expect(classifier.classify(text).skill == skill)
    }

    @Test func reflectionFollowedByQuestionIsTheQuestion() {
        // Decision: the last question sets what the help-seeker answers, so it is the main behaviour.
        let result = classifier.classify("It sounds like you've had a rough week. What's that like?")
        #expect(result.skill == .openQuestion)
        #expect(result.cues.contains("wh-question (what's)"))
    }

    @Test func adviceStaysAdviceWhenFollowedByAQuestion() {
        #expect(classifier.classify("You should call her. What do you think?").skill == .advice)
    }

    @Test func questionWithoutQuestionMarkAndTrailingBackchannel() {
        #expect(classifier.classify("Are you sleeping okay").skill == .closedQuestion)
        #expect(classifier.classify("What happened next? Okay.").skill == .openQuestion)
    }

    @Test func feelingWordTheSeekerUsedKeepsReflectionSimple() {
        let text = "You're feeling lonely in the evenings."
        #expect(classifier.classify(text, replyingTo: "The evenings are the worst").skill == .complexReflection)
        #expect(classifier.classify(text, replyingTo: "I feel so lonely in the evenings").skill == .reflection)
    }

    @Test func disfluenciesAndCurlyApostrophesAreHandled() {
        #expect(classifier.classify("Um, what-what’s been hardest?").skill == .openQuestion)
        #expect(classifier.classify("It’s understandable.").skill == .validation)
    }

    @Test func emptyInputIsOther() {
        let result = classifier.classify("   ")
        #expect(result.skill == .other)
        #expect(result.confidence == 1)
    }

    @Test func confidenceIsHighForDecisiveCuesAndLowerForWeakOnes() {
        let strong = classifier.classify("Tell me more about that.")
        let weak = classifier.classify("The weather was odd")
        #expect(strong.confidence >= 0.9)
        #expect(weak.confidence < strong.confidence)
        for (text, _) in SkillExamples.all {
            let c = classifier.classify(text).confidence
            #expect((0...1).contains(c))
        }
    }

    @Test func jsonLineHasContractKeysInOrderAndEscapesText() throws {
        let text = "He said \"stop\"\tand\\left\n"
        let line = classifier.classify(text).jsonLine(text: text)
        #expect(line.hasPrefix("{\"skill\":\""))
        #expect(line.contains(",\"confidence\":"))
        #expect(line.hasSuffix(",\"text\":\"He said \\\"stop\\\"\\tand\\\\left\\n\"}"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["text"] as? String == text)
    }

    @Test func jsonLineExample() {
        let c = SkillClassification(skill: .openQuestion, confidence: 0.9)
        #expect(c.jsonLine(text: "What's up?") == #"{"skill":"open_question","confidence":0.9,"text":"What's up?"}"#)
        #expect(SkillClassification(skill: .other, confidence: 0.123456).confidence == 0.12)
        #expect(SkillClassification(skill: .other, confidence: 0.05).jsonLine(text: "\u{1}") ==
            #"{"skill":"other","confidence":0.05,"text":"\u0001"}"#)
    }

    @Test func shippedLexiconHasNoMalformedLines() {
        let cues = SkillLexicon.parse(String(decoding: PackageResources.cues_tsv, as: UTF8.self))
        #expect(cues.count > 400)
        #expect(cues.allSatisfy { $0 != nil })
    }

    @Test func skillPropertiesAndRawValues() {
        #expect(ListeningSkill.allCases.map(\.rawValue) == [
            "open_question", "closed_question", "reflection", "complex_reflection", "summary", "affirmation",
            "validation", "advice", "information", "judgment", "self_disclosure", "other",
        ])
        #expect(ListeningSkill.allCases.filter(\.isQuestion) == [.openQuestion, .closedQuestion])
        #expect(ListeningSkill.allCases.filter(\.isReflection) == [.reflection, .complexReflection, .summary])
        #expect(ListeningSkill.allCases.filter(\.isFixing) == [.advice, .judgment])
        #expect(ListeningSkill.selfDisclosure.displayName == "self-disclosure")
    }

    @Test func classifiesThousandsOfUtterancesQuickly() {
        let texts = SkillExamples.all.map(\.text)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<20 { for t in texts { _ = classifier.classify(t) } }
        }
        let perUtterance = elapsed / (20 * texts.count)
        print("classify: \(perUtterance) per utterance")
        #if !DEBUG
        // Timing is asserted only in release builds (speed lives in scripts/bench; debug timing is noise).
        #expect(perUtterance < .milliseconds(1))
        #endif
    }
}
