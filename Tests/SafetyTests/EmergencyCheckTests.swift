import Foundation
import Testing
@testable import Safety

@Suite struct EmergencyCheckTests {
    @Test func verifiedNumbersAreTheOnesAnOfficialPageShowed() {
        let verified = RegionCatalog.all.filter { $0.check.status == .verified }.map(\.code)
        #expect(verified == ["AT", "AU", "BE", "BG", "CA", "CH", "CO", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
                             "FR", "GB", "GE", "GR", "HK", "HR", "HU", "IE", "IN", "IS", "IT", "JP", "LI", "LT", "LU",
                             "LV", "MD", "MT", "MX", "NL", "NO", "NZ", "PL", "PT", "RO", "SE", "SG", "SI", "SK", "TR",
                             "TW", "US"])
        #expect(RegionCatalog.region(code: "DE")?.check.source == "https://www.112.hu/en/112_in_the_EU")
        #expect(RegionCatalog.region(code: "AU")?.check.source == "https://www.triplezero.gov.au/triple-zero/other-emergency-numbers")
    }

    @Test func everyCheckSaysWhatWasFoundAndVerifiedOnesNameAnAddressAndADate() {
        for region in RegionCatalog.all {
            #expect(!region.check.note.isEmpty, "\(region.code)")
            if region.check.status == .verified {
                #expect(region.check.source?.hasPrefix("https://") == true, "\(region.code)")
                #expect(region.check.checked?.count == 10, "\(region.code)")
            }
            if let source = region.check.source { #expect(source.hasPrefix("https://"), "\(region.code)") }
        }
        #expect(RegionCatalog.all.allSatisfy { $0.check != .notChecked })
        #expect(RegionCatalog.region(code: "QA")?.check.status == .unverified)
        #expect(RegionCatalog.region(code: "JP")?.check.status == .verified)
        #expect(RegionCatalog.region(code: "TR")?.check.checked == "2021-11-10")
    }

    @Test func saudiArabiaOffersTheAmbulanceNumberThatWorksOutsideTheUnified911Regions() {
        #expect(RegionCatalog.region(code: "SA")?.emergency == "997 (ambulance) or 911")
        #expect(RegionCatalog.region(code: "SA")?.check.note.contains("Riyadh, Makkah and the Eastern Province") == true)
    }

    @Test func numbersThatDoNotReachEveryoneAreBackedByOnesThatDo() {
        #expect(RegionCatalog.region(code: "RS")?.emergency == "194 (ambulance) or 192 (police)")
        #expect(RegionCatalog.region(code: "ID")?.emergency == "110 (police) or 112")
        #expect(RegionCatalog.region(code: "ID")?.check.note.contains("city by city") == true)
    }

    @Test func jsonCarriesTheEmergencyCheckAndTextNeverDoes() throws {
        for code in RegionCatalog.all.map(\.code) {
            let help = HelpLineDirectory.help(for: code)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(HelpLineDirectory.renderJSON(help).utf8)) as? [String: Any])
            #expect(object["emergency_status"] as? String == help.emergencyCheck?.status.rawValue, "\(code)")
            #expect(object["emergency_check_note"] as? String == help.emergencyCheck?.note, "\(code)")
            let text = HelpLineDirectory.renderText(help)
            for word in ["verified", "http", "official page", "checked"] {
                #expect(!text.contains(word), "\(code): \(word)")
            }
        }
    }

    @Test func unknownRegionHasNoEmergencyCheckInJSON() throws {
        for code in [nil, "TH"] {
            let json = HelpLineDirectory.renderJSON(HelpLineDirectory.help(for: code))
            #expect(json.contains(#""emergency":null,"emergency_source":null,"emergency_checked":null,"#
                + #""emergency_status":null,"emergency_check_note":null"#))
        }
    }
}
