import Testing
@testable import Safety

@Suite struct HelpLineDirectoryTests {
    @Test func directoryCoversTwentyOneRegions() {
        let expected = ["AU", "BE", "BR", "CA", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IN", "IT", "JP",
                        "MX", "NL", "NO", "NZ", "SE", "US", "ZA"]
        #expect(HelpLineDirectory.regions == expected)
    }

    @Test func unitedKingdomShowsSamaritansAndShout() {
        let help = HelpLineDirectory.help(for: "gb")
        #expect(help.region == "GB")
        #expect(help.regionName == "United Kingdom")
        #expect(help.emergency == "999 or 112")
        #expect(help.isFallback == false)
        #expect(help.lines.map(\.service) == ["Samaritans", "Shout"])
        #expect(help.lines[0].phone == "116 123")
        #expect(help.lines[0].kind == .crisisLine)
        #expect(help.lines[1].text == "SHOUT to 85258")
        #expect(help.lines[1].kind == .textLine)
        #expect(help.primaryLine?.service == "Samaritans")
    }

    @Test func unitedStatesLifelineTakesCallsAndTexts() {
        let help = HelpLineDirectory.help(for: "US")
        #expect(help.emergency == "911")
        let lifeline = help.lines[0]
        #expect(lifeline.service == "988 Suicide & Crisis Lifeline")
        #expect(lifeline.phone == "988")
        #expect(lifeline.text == "988")
        #expect(lifeline.languages == ["en", "es"])
        #expect(lifeline.allContacts == "call 988 or text 988")
        #expect(help.lines[1].contact == "text HOME to 741741")
    }

    @Test func sharedShortNumberMeansDifferentThingsByRegion() {
        let netherlands = HelpLineDirectory.help(for: "NL")
        let norway = HelpLineDirectory.help(for: "NO")
        #expect(netherlands.lines[0].phone == "113")
        #expect(netherlands.emergency == "112")
        #expect(norway.emergency == "113 (medical) or 112")
        #expect(!norway.lines.contains { $0.phone == "113" })
    }

    @Test func entriesNotVerifiedSayWhyForMaintainers() {
        let all = HelpLineDirectory.regions.flatMap { code in HelpLineDirectory.help(for: code).lines.map { (code, $0) } }
        #expect(all.filter { $0.1.status == .disputed }.map(\.0) == ["DK"])
        for (_, line) in all where line.status != .verified {
            #expect(line.checkNote?.isEmpty == false, "\(line.service) needs a check note")
        }
        #expect(HelpLineDirectory.help(for: "DK").lines[0].checkNote?.contains("Hours unclear") == true)
    }

    @Test func verifiedEntriesAreTheOnesCheckedOnTheServicesOwnPages() {
        let all = (HelpLineDirectory.regions + [nil]).flatMap { code in
            HelpLineDirectory.help(for: code).lines.map { (code ?? "international", $0) }
        }
        let verified = all.filter { $0.1.status == .verified }.map { "\($0.0) \($0.1.service)" }
        #expect(verified == ["BE Zelfmoordlijn 1813", "BE Centre de Prévention du Suicide",
                             "DE TelefonSeelsorge", "FI MIELI Crisis Helpline",
                             "FR 3114 - numéro national de prévention du suicide", "GB Samaritans", "GB Shout",
                             "IE Samaritans", "NL 113 Zelfmoordpreventie", "NO Kirkens SOS", "NZ Need to talk? 1737",
                             "US 988 Suicide & Crisis Lifeline", "US Crisis Text Line",
                             "ZA SADAG Suicide Crisis Helpline",
                             "international Find A Helpline", "international European emergency number"])
        #expect(HelpLineDirectory.help(for: "US").lines[0].source == "https://www.samhsa.gov/find-help/988/faqs")
        #expect(HelpLineDirectory.help(for: "NZ").lines[0].checked == "2019-03-17")
        #expect(HelpLineDirectory.help(for: "GB").lines[1].source == "https://giveusashout.org/about-us/faq")
        #expect(HelpLineDirectory.help(for: "GB").lines[1].checked == "2024-11-04")
        #expect(HelpLineDirectory.help(for: "DE").lines[0].checked == "2016-07-20")
    }

    @Test func southAfricaShowsTheNumbersSADAGsOwnSiteListsAsTwentyFourHour() {
        let line = HelpLineDirectory.help(for: "ZA").lines[0]
        #expect(line.phone == "0800 567 567 or 0800 456 789")
        #expect(line.text == "SMS 31393")
        #expect(line.chat == nil)
        #expect(line.source.hasPrefix("https://www.sadag.org/"))
        #expect(line.checkNote?.contains("Settles the earlier dispute") == true)
    }

    @Test func everyEntryNamesTheAddressCheckedAndADate() {
        let all = (HelpLineDirectory.regions + [nil]).flatMap { HelpLineDirectory.help(for: $0).lines }
        #expect(all.count >= 25)
        for line in all {
            #expect(line.source.hasPrefix("https://"), "\(line.service): \(line.source)")
            #expect(!line.hours.isEmpty)
            #expect(line.checked.count == 10 && line.checked.hasPrefix("20"))
            #expect(line.phone != nil || line.text != nil || line.chat != nil)
        }
    }

    @Test func personFacingNotesCarryNoProvenance() {
        let all = (HelpLineDirectory.regions + [nil]).flatMap { HelpLineDirectory.help(for: $0).lines }
        for note in all.compactMap(\.note) {
            for word in ["source", "verif", "replaced", "old ", "gathered", "disput", "check"] {
                #expect(!note.lowercased().contains(word), "\(note)")
            }
        }
    }

    @Test func knownRegionWithoutDirectoryFallsBackWithLocalEmergencyNumber() {
        let help = HelpLineDirectory.help(for: "PL")
        #expect(help.region == "PL")
        #expect(help.regionName == "Poland")
        #expect(help.emergency == "112")
        #expect(help.isFallback)
        #expect(help.lines.map(\.service) == ["Find A Helpline", "European emergency number"])
    }

    @Test func noRegionOrUnknownCodeGivesInternationalDirectory() {
        for region in [nil, "ZZ", "international", "USA", ""] as [String?] {
            let help = HelpLineDirectory.help(for: region)
            #expect(help.region == "international")
            #expect(help.regionName == "International")
            #expect(help.emergency == nil)
            #expect(help.isFallback)
            #expect(help.primaryLine?.chat == "findahelpline.com")
            #expect(help.regionIsUnknown)
            #expect(help.emergencyInWords.hasPrefix("your local emergency number (from a mobile phone, 112 works across the EU"))
            #expect(help.emergencyInWords.hasSuffix("911 in North America)"))
        }
    }

    @Test func emergencyTableCoversMoreThanFiftyRegionsIncludingEveryDirectoryRegion() {
        #expect(RegionCatalog.all.count >= 60)
        #expect(Set(RegionCatalog.all.map(\.code)).count == RegionCatalog.all.count)
        for code in HelpLineDirectory.regions {
            #expect(RegionCatalog.region(code: code) != nil, "no emergency number for \(code)")
        }
        #expect(RegionCatalog.region(code: "au")?.emergency == "000")
        #expect(RegionCatalog.region(code: "NZ")?.emergency == "111")
        #expect(RegionCatalog.region(code: "MX")?.emergency == "911")
        #expect(RegionCatalog.region(code: "XX") == nil)
    }

    @Test func tableErrorsNameTheLine() {
        let tsv = "# comment\nregion\tservice\nGB\tX\t1\t-\t-\t24/7\ten\thotline\t-\thttps://x.org\t2026-12-01\tunverified\t-\n"
        #expect(throws: HelpLineDirectory.TableError(line: 3, message: "unknown kind 'hotline'")) {
            try HelpLineDirectory.parse(tsv: tsv)
        }
        #expect(throws: HelpLineDirectory.TableError(line: 1, message: "expected 13 columns, found 3")) {
            try HelpLineDirectory.parse(tsv: "GB\tX\t1\n")
        }
        let badDate = "GB\tX\t1\t-\t-\t24/7\ten\tcrisis_line\t-\thttps://x.org\t2026-11\tunverified\t-\n"
        #expect(throws: HelpLineDirectory.TableError(line: 1, message: "checked date '2026-11' is not YYYY-MM-DD")) {
            try HelpLineDirectory.parse(tsv: badDate)
        }
    }
}

@Suite struct RegionChoiceTests {
    private func region(_ explicit: String? = nil, _ environment: [String: String] = [:]) -> String? {
        HelpLineDirectory.region(explicit: explicit, environment: environment)
    }

    @Test func explicitCodeWinsOverEverything() {
        #expect(region("gb", ["ALONGSIDE_REGION": "DE", "LANG": "fr_FR.UTF-8"]) == "GB")
        #expect(region(" nz ") == "NZ")
        #expect(region("th") == "TH")  // a real code without an entry: the international directory is shown
    }

    @Test func anExplicitValueThatIsNotACodeNeverBecomesARegion() {
        #expect(region("uk", ["LANG": "en_GB.UTF-8"]) == nil)  // the executable stops with a message first
        #expect(region("Germany") == nil)
    }

    @Test func configuredRegionIsReadLeniently() {
        #expect(region(nil, ["ALONGSIDE_REGION": "uk"]) == "GB")
        #expect(region(nil, ["ALONGSIDE_REGION": "Germany", "LANG": "de_DE.UTF-8"]) == "DE")
        #expect(region(nil, ["ALONGSIDE_REGION": "international", "LANG": "de_DE.UTF-8"]) == nil)
    }

    @Test func explicitInternationalIgnoresTheLocale() {
        #expect(region("international", ["LANG": "en_GB.UTF-8"]) == nil)
    }

    @Test func configuredRegionComesBeforeTheLocale() {
        #expect(region(nil, ["ALONGSIDE_REGION": "de", "LANG": "en_GB.UTF-8"]) == "DE")
        #expect(region("", ["ALONGSIDE_REGION": "se"]) == "SE")
    }

    @Test func localeGivesTheCountry() {
        #expect(region(nil, ["LANG": "en_GB.UTF-8"]) == "GB")
        #expect(region(nil, ["LANG": "de_DE"]) == "DE")
        #expect(region(nil, ["LANG": "de_DE@euro"]) == "DE")
        #expect(region(nil, ["LANG": "pt_BR.utf8"]) == "BR")
        #expect(region(nil, ["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]) == "FR")
    }

    @Test func localeWithoutCountryGivesNone() {
        #expect(region(nil, ["LANG": "C"]) == nil)
        #expect(region(nil, ["LANG": "POSIX"]) == nil)
        #expect(region(nil, ["LANG": "C.UTF-8"]) == nil)
        #expect(region(nil, ["LANG": "en"]) == nil)
        #expect(region(nil, [:]) == nil)
    }

    @Test func scriptsSettingLCAllToCDoNotHideTheUsersLanguage() {
        #expect(region(nil, ["LC_ALL": "C", "LANG": "es_ES.UTF-8"]) == "ES")
    }

    @Test func codesAreCleaned() {
        #expect(HelpLineDirectory.normalisedRegionCode("us") == "US")
        #expect(HelpLineDirectory.normalisedRegionCode("USA") == nil)
        #expect(HelpLineDirectory.normalisedRegionCode("1A") == nil)
        #expect(HelpLineDirectory.regionCode(fromLocale: "en_IE.ISO-8859-1") == "IE")
    }
}

@Suite struct HelpLineTableTests {
    @Test func windowsLineEndingsAreAccepted() throws {
        let tsv = "region\tservice\r\nGB\tSamaritans\t116 123\t-\t-\t24/7\ten\tcrisis_line\t-\thttps://samaritans.org\t2026-12-01\tunverified\t-\r\n"
        let entries = try HelpLineDirectory.parse(tsv: tsv)
        #expect(entries["GB"]?.first?.service == "Samaritans")
        #expect(entries["GB"]?.first?.note == nil)
    }
}
