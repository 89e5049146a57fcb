import Foundation
import Testing
import Safety

@Suite struct HelpLineRenderingTests {
    @Test func textForUnitedKingdom() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "GB"))
        #expect(text == """
            Help lines for United Kingdom (GB)
            These are trained listeners at independent services, not this app.
            Alongside is a practice tool, not a crisis service.

            In danger right now? Call 999 or 112.

            Samaritans - crisis line
              Call       116 123
              Hours      24/7
              Languages  English

            Shout - text line
              Text       SHOUT to 85258
              Hours      24/7
              Languages  English

            """)
    }

    @Test func noProvenanceInTheTextAPersonReads() {
        let codes: [String?] = HelpLineDirectory.regions.map { $0 } + ["PL", "ZZ", nil]
        for code in codes {
            let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: code)).lowercased()
            for word in ["unverified", "verified", "gathered", "disputed", "check at", "secondary", "source",
                         "replaced", "08457", "1850 60", "0900-0113", "2026-", "https://"] {
                #expect(!text.contains(word), "\(code ?? "nil"): \(word)")
            }
        }
    }

    @Test func helpfulNotesStay() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "US"))
        #expect(text.contains("  Note       Press 1 for the Veterans Crisis Line, 2 for Spanish.\n"))
        #expect(text.contains("In danger right now? Call 911.\n"))
    }

    @Test func southAfricaShowsBothTwentyFourHourNumbersAndNoChat() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "ZA"))
        #expect(text.contains("  Call       0800 567 567 or 0800 456 789\n  Text       SMS 31393\n  Hours      24/7\n"))
        #expect(!text.contains("sadag.org"))
        #expect(text.contains("In danger right now? Call 10177 (ambulance), 10111 (police) or 112 from a mobile.\n"))
    }

    @Test func disputedEntryShowsOnlyHowToReachIt() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "DK"))
        #expect(text.contains("  Call       70 20 12 01\n"))
        #expect(!text.contains("disputed") && !text.contains("Hours unclear"))
    }

    @Test func fallbackSaysWhyTheDirectoryIsShown() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "PL"))
        #expect(text.hasPrefix("Help lines for Poland (PL)\nAlongside has no help lines for Poland yet.\nThe directory below lists them.\n"))
        #expect(text.contains("In danger right now? Call 112.\n"))
        #expect(text.contains("Find A Helpline - directory of help lines\n  Visit      findahelpline.com\n"))
        #expect(!text.contains("ALONGSIDE_REGION"))  // the region is set; it just has no list yet
    }

    @Test func aRealCodeWithoutAnEntryGetsTheGuidanceAndTheDirectory() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "TH"))
        #expect(text.hasPrefix("Help lines for TH\nAlongside has no help lines for TH yet.\nThe directory below lists them.\n"))
        #expect(text.contains("From a mobile phone,\n112 reaches emergency services"))
        #expect(text.contains("  Visit      findahelpline.com\n"))
        #expect(!text.contains("ALONGSIDE_REGION"))
    }

    @Test func unknownRegionGivesTrueEmergencyGuidanceTheDirectoryAndHowToSetTheRegion() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: nil))
        #expect(text == """
            Help lines (international)
            Alongside does not know your country, so it cannot show local help lines.
            Alongside is a practice tool, not a crisis service.

            In danger right now? Call your local emergency number. From a mobile phone,
            112 reaches emergency services across the EU and in many other countries;
            in North America, call 911.

            Find A Helpline - directory of help lines
              Visit      findahelpline.com
              What       free, confidential help lines in your country, run by people

            To see help lines for your country, add --region CC (a two-letter code
            such as US, GB or DE) or set ALONGSIDE_REGION=CC.

            """)
        #expect(!text.contains("real people to listen"))
        #expect(HelpLineDirectory.renderText(HelpLineDirectory.help(for: "ZZ")) == text)
    }

    @Test func everyLineFitsAnEightyColumnTerminalWhereTheWordingIsOurs() {
        let codes: [String?] = HelpLineDirectory.regions.map { $0 } + ["PL", nil]
        for code in codes {
            for line in HelpLineDirectory.renderText(HelpLineDirectory.help(for: code)).split(separator: "\n")
            where !line.hasPrefix("In danger right now? Call 1") {  // some regions list three numbers
                #expect(line.count < 80, "\(code ?? "nil"): \(line)")
            }
        }
    }

    @Test func jsonForUnitedKingdomCarriesSourceAndCheckedDate() {
        let json = HelpLineDirectory.renderJSON(HelpLineDirectory.help(for: "GB"))
        let emergency: String = #""emergency":"999 or 112","#
            + #""emergency_source":"https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers","#
            + #""emergency_checked":"2026-12-01","emergency_status":"verified","#
            + #""emergency_check_note":"GOV.UK: 999 and 112 are the UK's national emergency numbers; 112 can be used in the UK.","#
        let samaritans: String = #"{"service":"Samaritans","phone":"116 123","text":null,"chat":null,"hours":"24/7","#
            + #""languages":["en"],"kind":"crisis_line","note":null,"#
            + #""source":"https://www.samaritans.org/how-we-can-help/contact-samaritan/","#
            + #""checked":"2026-12-01","status":"verified","check_note":"116 123, free from landlines"#
        let prefix = #"{"region":"GB","name":"United Kingdom","# + emergency + #""lines":["# + samaritans
        #expect(json.hasPrefix(prefix))
        #expect(json.contains(#""source":"https://giveusashout.org/about-us/faq","checked":"2024-11-04","status":"verified""#))
        #expect(json.hasSuffix(#"}],"fallback":false}"#))
    }

    @Test func jsonKeepsTheReasonAnEntryIsNotVerified() throws {
        let json = HelpLineDirectory.renderJSON(HelpLineDirectory.help(for: "CA"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines[1]["service"] as? String == "Kids Help Phone")
        #expect(lines[1]["status"] as? String == "unverified")
        #expect(lines[1]["source"] as? String == "https://kidshelpphone.ca/text-about-it/")
        #expect(lines[1]["checked"] as? String == "2026-12-01")
        #expect((lines[1]["check_note"] as? String)?.contains("No stored page of kidshelpphone.ca shows the phone number") == true)
        let us = try #require(try JSONSerialization.jsonObject(
            with: Data(HelpLineDirectory.renderJSON(HelpLineDirectory.help(for: "US")).utf8)) as? [String: Any])
        let usLines = try #require(us["lines"] as? [[String: Any]])
        #expect(usLines[0]["status"] as? String == "verified")
        #expect((usLines[0]["check_note"] as? String)?.contains("https://988lifeline.org/get-help/what-to-expect") == true)
        #expect(usLines[0]["note"] as? String == "Press 1 for the Veterans Crisis Line, 2 for Spanish.")
        #expect(usLines[1]["source"] as? String == "https://www.crisistextline.org/faq")
    }

    @Test func jsonIsValidForEveryRegion() throws {
        for code in HelpLineDirectory.regions + ["PL", "ZZ"] {
            let help = HelpLineDirectory.help(for: code)
            let json = HelpLineDirectory.renderJSON(help)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["region"] as? String == help.region)
            #expect(object["name"] as? String == help.regionName)
            #expect(object["fallback"] as? Bool == help.isFallback)
            #expect((object["lines"] as? [[String: Any]])?.count == help.lines.count)
        }
    }

    @Test func jsonEscapesQuotesAndKeepsAccents() throws {
        let line = HelpLine(service: "Say \"hi\"\tnow", phone: "3114", hours: "24/7", languages: ["fr"],
                            kind: .crisisLine, source: "https://3114.fr", checked: "2026-12-01", status: .unverified,
                            note: "numéro national")
        let help = RegionHelp(region: "FR", regionName: "France", emergency: nil, lines: [line], isFallback: false)
        let json = HelpLineDirectory.renderJSON(help)
        #expect(json.contains(#""service":"Say \"hi\"\tnow""#))
        #expect(json.contains(#""emergency":null"#))
        #expect(json.contains(#""note":"numéro national""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines[0]["service"] as? String == "Say \"hi\"\tnow")
    }
}
