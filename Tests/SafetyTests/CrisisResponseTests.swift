import Testing
import Safety

@Suite struct CrisisResponseTests {
    let britain = HelpLineDirectory.help(for: "GB")
    let international = HelpLineDirectory.help(for: nil)

    @Test func noRiskSaysNothing() {
        #expect(CrisisResponse.message(level: .none, categories: [], help: britain, repeated: false) == [])
    }

    @Test func urgentPutsTheEmergencyNumberFirstThenOneCrisisLine() throws {
        let lines = CrisisResponse.message(level: .urgent, categories: [.suicide], help: britain, repeated: false)
        #expect(lines == [
            "I'm really glad you told me. What you're going through sounds very hard, and you deserve support right now.",
            "If you might act on this, or you're not safe, please call 999 or 112 now.",
            "Samaritans has real people to talk with: call 116 123, any time, day or night.",
            "I'm a practice tool, not a person and not a crisis service, so I can't give you the support a person can. The people on these lines are trained, and they want to hear from you.",
            "If there is anything nearby you could use to hurt yourself, could you put it out of reach or go somewhere else, near other people?",
            "Could you let someone you trust know how you are, or ask them to be with you?",
            "This feeling can pass, even if it doesn't seem that way right now. Help works.",
            "When you're ready, choose what you'd like to do next:",
        ])
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("SHOUT"))  // one or two numbers, not a wall
    }

    @Test func concernOffersOneLineAndChoicesWithoutTheEmergencyNumber() {
        let lines = CrisisResponse.message(level: .concern, categories: [.suicide], help: britain, repeated: false)
        #expect(lines.first == "It sounds like you're carrying something really heavy right now. Thank you for saying it.")
        #expect(lines.contains("Samaritans has real people to talk with: call 116 123, any time, day or night."))
        #expect(lines.contains("Feelings like this can change, and talking with someone really does help."))
        #expect(lines.last == "You can keep going, or type /pause to stop for now. It's your choice.")
        #expect(!lines.joined().contains("999"))
    }

    @Test func textLineIsOfferedAlongsideTheCallWhenTheServiceHasOne() {
        let lines = CrisisResponse.message(level: .concern, categories: [.selfHarm], help: HelpLineDirectory.help(for: "US"), repeated: false)
        #expect(lines.contains("988 Suicide & Crisis Lifeline has real people to talk with: call 988 or text 988, any time, day or night."))
    }

    @Test func everyFullMessageSaysThisIsAPracticeToolAndOffersATrustedPerson() {
        for level in [RiskLevel.concern, .urgent] {
            for category in RiskCategory.allCases where category != .medicalEmergency {
                let text = CrisisResponse.message(level: level, categories: [category], help: britain, repeated: false).joined(separator: "\n")
                #expect(text.contains("I'm a practice tool, not a person and not a crisis service"))
                #expect(text.contains("someone you trust"))
                #expect(text.contains("116 123"))
            }
        }
    }

    @Test func neverNamesMethodsOrUsesStigmatisingWords() {
        let forbidden = ["pill", "tablet", "rope", "bridge", "knife", "blade", "jump", "overdose", "cut",
                         "committed suicide", "failed attempt", "breath"]
        for region in ["GB", "US", "JP", "PL", nil] as [String?] {
            let help = HelpLineDirectory.help(for: region)
            for level in RiskLevel.allCases {
                for category in RiskCategory.allCases {
                    for repeated in [false, true] {
                        let text = CrisisResponse.message(level: level, categories: [category], help: help, repeated: repeated)
                            .joined(separator: " ").lowercased()
                        for word in forbidden {
                            #expect(!text.contains(word), "\(word) in \(level) \(category) \(region ?? "intl")")
                        }
                    }
                }
            }
        }
    }

    @Test func repeatedDetectionGivesAShortReminder() {
        #expect(CrisisResponse.message(level: .urgent, categories: [.suicide], help: britain, repeated: true) == [
            "A reminder: if you're in danger, call 999 or 112 now. To talk with a person: Samaritans, call 116 123.",
        ])
        #expect(CrisisResponse.message(level: .concern, categories: [.selfHarm], help: britain, repeated: true) == [
            "A reminder: Samaritans is there if you'd like to talk with a person: call 116 123, any time, day or night.",
        ])
        #expect(CrisisResponse.message(level: .concern, categories: [.medicalEmergency], help: britain, repeated: true) == [
            "A reminder: if you're in danger, call 999 or 112 now.",
        ])
    }

    @Test func medicalEmergencySaysCallNowFirstAndOffersNoExerciseInstead() {
        let lines = CrisisResponse.message(level: .urgent, categories: [.suicide, .medicalEmergency], help: britain, repeated: false)
        #expect(lines[0] == "This sounds like a medical emergency. Call 999 or 112 now.")
        #expect(lines[1] == "Please get medical help first: an exercise in this app is not a substitute for care.")
        let text = lines.joined(separator: " ").lowercased()
        #expect(!text.contains("grounding") && !text.contains("breath") && !text.contains("choose what"))
        let japan = CrisisResponse.message(level: .urgent, categories: [.medicalEmergency], help: HelpLineDirectory.help(for: "JP"), repeated: false)
        #expect(japan[0] == "This sounds like a medical emergency. Call 119 (ambulance) or 110 (police) now.")
    }

    @Test func abuseSaysYouDeserveToBeSafe() {
        let concern = CrisisResponse.message(level: .concern, categories: [.abuseOrViolence], help: britain, repeated: false)
        #expect(concern[0] == "Thank you for telling me. You deserve to be safe, and what is happening is not your fault.")
        #expect(concern[1] == "If you are in danger right now, call 999 or 112.")
        let urgent = CrisisResponse.message(level: .urgent, categories: [.abuseOrViolence], help: britain, repeated: false)
        #expect(urgent[1] == "If you are in danger now, call 999 or 112 now.")
    }

    @Test func harmToOthersSuggestsSteppingAway() {
        let urgent = CrisisResponse.message(level: .urgent, categories: [.harmToOthers], help: britain, repeated: false)
        #expect(urgent[1] == "If someone could be hurt, call 999 or 112 now.")
        #expect(urgent[2] == "Please step away from the other person, to a separate space, until you feel steadier.")
        #expect(urgent[3] == "Samaritans has real people to talk with: call 116 123, any time, day or night.")
        let concern = CrisisResponse.message(level: .concern, categories: [.harmToOthers], help: britain, repeated: false)
        #expect(concern[1] == "If you feel you might hurt someone, step away to a separate space and give yourself some distance.")
    }

    @Test func withoutARegionItPointsToTheDirectoryAndTheLocalNumber() {
        let lines = CrisisResponse.message(level: .urgent, categories: [.suicide], help: international, repeated: false)
        #expect(lines[1] == "If you might act on this, or you're not safe, please call your local emergency number"
                + " (from a mobile phone, 112 works across the EU and in many other countries; 911 in North America) now.")
        #expect(lines[2] == "To find a free, confidential help line where you are, visit findahelpline.com: it is a directory of lines run by people.")
    }

    @Test func withoutARegionAConcernStillGivesAWayToReachSomeone() {
        let lines = CrisisResponse.message(level: .concern, categories: [.suicide], help: international, repeated: false)
        #expect(lines.contains("To find a free, confidential help line where you are, visit findahelpline.com: it is a directory of lines run by people."))
        #expect(lines.contains { $0.hasPrefix("If you are in danger right now, call your local emergency number (from a mobile phone, 112") })
        #expect(!lines.joined().contains("real people to listen"))
        let reminder = CrisisResponse.message(level: .concern, categories: [.suicide], help: international, repeated: true)
        #expect(reminder == ["A reminder: you can talk with a person any time. To find a help line where you are, visit findahelpline.com."
                             + " If you're in danger, call \(RegionHelp.unknownEmergency)."])
        let checkIn = CrisisResponse.distressCheckIn(rating: 9, previous: nil, help: international) ?? []
        #expect(checkIn[2] == "To find a free, confidential help line where you are, visit findahelpline.com: it is a directory of lines run by people.")
        #expect(checkIn[3].hasPrefix("If you are in danger right now, call your local emergency number"))
    }

    @Test func urgentChoicesOfferPeopleFirst() {
        #expect(CrisisResponse.urgentChoices == [
            "Talk to someone now (show the numbers again)",
            "Try a short grounding exercise",
            "Look at my safety plan",
            "Continue the exercise",
        ])
    }

    @Test func distressCheckInOnlyWhenHighOrRising() {
        #expect(CrisisResponse.distressCheckIn(rating: 3, previous: nil, help: britain) == nil)
        #expect(CrisisResponse.distressCheckIn(rating: 6, previous: 5, help: britain) == nil)
        #expect(CrisisResponse.distressCheckIn(rating: 4, previous: 2, help: britain) == nil)
        #expect(CrisisResponse.distressCheckIn(rating: 3, previous: 8, help: britain) == nil)
        #expect(CrisisResponse.distressCheckIn(rating: 8, previous: nil, help: britain) == [
            "You rated your distress 8 out of 10. That sounds like a lot to hold right now.",
            "You don't have to get through this alone, and you don't have to be in crisis to talk to someone.",
            "Samaritans has real people to listen: call 116 123, any time, day or night.",
            "We can carry on at your pace. Type /pause to stop here for now, or /helplines to see who you can call.",
        ])
        #expect(CrisisResponse.distressCheckIn(rating: 6, previous: 4, help: britain)?.first
                == "Your distress went from 4 to 6 out of 10. Thank you for noticing and saying so.")
        #expect(CrisisResponse.distressCheckIn(rating: 12, previous: nil, help: britain)?.first
                == "You rated your distress 10 out of 10. That sounds like a lot to hold right now.")
    }
}

/// The check-in question of the `check` level: direct, kind, with a way to reach a person in view.
struct CheckInTests {
    let help = HelpLineDirectory.help(for: "GB")

    @Test func questionAsksDirectlyWithTheLineInView() throws {
        let lines = CrisisResponse.checkInQuestion(help: help)
        let primary = try #require(help.primaryLine)
        #expect(lines.last == "Are you thinking about suicide or hurting yourself right now? (yes / no)")
        #expect(lines.joined(separator: "\n").contains(primary.contact))
        #expect(CrisisResponse.message(level: .check, categories: [.suicide], help: help, repeated: false) == lines)
    }

    @Test func declinedIsOneShortLineWithTheService() throws {
        let lines = CrisisResponse.checkInDeclined(help: help)
        #expect(lines.count == 1)
        #expect(lines[0].contains(try #require(help.primaryLine).service))
    }
}
