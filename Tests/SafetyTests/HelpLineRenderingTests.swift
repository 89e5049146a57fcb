import Foundation
import Testing
import Safety

@Suite struct HelpLineRenderingTests {
    @Test func textForUnitedKingdom() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "GB"))
        #expect(text == """
            Help lines for United Kingdom (GB)
            The people on these lines are trained listeners at independent services, not this app.
            Alongside is a practice tool, not a crisis service.

            In danger right now? Call 999 or 112.

            Samaritans - crisis line
              Call       116 123
              Hours      24/7
              Languages  English
              Note       Free to call. Replaced the old 08457 90 90 90 number.
              Check at   samaritans.org (unverified, gathered 2026-11)

            Shout - text line
              Text       SHOUT to 85258
              Hours      24/7
              Languages  English
              Check at   giveusashout.org (unverified, gathered 2026-11)

            These details were gathered from secondary sources and have not all been confirmed with
            each service. Please check the service's own site before relying on them.

            """)
    }

    @Test func disputedEntryIsMarked() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "ZA"))
        #expect(text.contains("  Disputed   Older sources list 0800 567 567; check the site.\n"))
        #expect(text.contains("  Check at   sadag.org (disputed, gathered 2026-11)\n"))
        #expect(text.contains("In danger right now? Call 10177 (ambulance), 10111 (police) or 112 from a mobile.\n"))
    }

    @Test func fallbackSaysWhyInternationalServicesAreShown() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: "PL"))
        #expect(text.hasPrefix("Help lines for Poland (PL)\nThere is no full directory for Poland yet, so international services are shown.\n"))
        #expect(text.contains("In danger right now? Call 112.\n"))
        #expect(text.contains("  Visit      findahelpline.com\n"))
    }

    @Test func internationalWithoutEmergencyNumber() {
        let text = HelpLineDirectory.renderText(HelpLineDirectory.help(for: nil))
        #expect(text.hasPrefix("Help lines (international)\nThe people on these lines"))
        #expect(text.contains("In danger right now? Call your local emergency number (112 in the EU).\n"))
    }

    @Test func jsonForUnitedKingdomIsStable() {
        let json = HelpLineDirectory.renderJSON(HelpLineDirectory.help(for: "GB"))
        #expect(json == #"{"region":"GB","name":"United Kingdom","emergency":"999 or 112","lines":["#
            + #"{"service":"Samaritans","phone":"116 123","text":null,"chat":null,"hours":"24/7","languages":["en"],"#
            + #""kind":"crisis_line","source":"samaritans.org","verified":"2026-11","status":"unverified","#
            + #""note":"Free to call. Replaced the old 08457 90 90 90 number."},"#
            + #"{"service":"Shout","phone":null,"text":"SHOUT to 85258","chat":null,"hours":"24/7","languages":["en"],"#
            + #""kind":"text_line","source":"giveusashout.org","verified":"2026-11","status":"unverified","note":null}],"#
            + #""fallback":false}"#)
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
                            kind: .crisisLine, source: "3114.fr", verified: "2026-11", status: .unverified,
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
