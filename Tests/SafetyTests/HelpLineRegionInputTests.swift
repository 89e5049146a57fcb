import Testing
import Safety

@Suite struct HelpLineRegionInputTests {
    @Test func codesInAnyCaseAreRegions() {
        #expect(RegionInput.read("de") == .code("DE"))
        #expect(RegionInput.read(" GB ") == .code("GB"))
        #expect(RegionInput.read("th") == .code("TH"))
        #expect(RegionInput.read("International") == .international)
        #expect(RegionInput.read("de").problem == nil)
    }

    @Test func aCountryNameIsAnErrorThatNamesTheCode() {
        #expect(RegionInput.read("Germany").problem == """
            "Germany" is not a two-letter ISO 3166 region code. Did you mean DE (Germany)? \
            Use a code such as --region DE, or --region international for services that work in many countries.
            """)
        #expect(RegionInput.read("germany") == .unknown(typed: "germany", suggestions: [RegionCatalog.region(code: "DE")!]))
    }

    @Test func ukIsNotTheCodeForTheUnitedKingdom() {
        #expect(RegionInput.read("uk").problem?.hasPrefix(
            "\"uk\" is not a two-letter ISO 3166 region code. Did you mean GB (United Kingdom)?") == true)
    }

    @Test func commonNamesAndThreeLetterCodesAreSuggested() {
        func first(_ typed: String) -> String? {
            guard case .unknown(_, let suggestions) = RegionInput.read(typed) else { return nil }
            return suggestions.first?.code
        }
        #expect(first("USA") == "US")
        #expect(first("united states") == "US")
        #expect(first("Deutschland") == "DE")
        #expect(first("Holland") == "NL")
        #expect(first("brasil") == "BR")
        #expect(first("Germny") == "DE")
        #expect(first("new zeal") == "NZ")
        #expect(first("Türkiye") == "TR")
    }

    @Test func aValueWithNoGuessStillSaysWhatWorks() {
        #expect(RegionInput.read("ZZ").problem == """
            "ZZ" is not a two-letter ISO 3166 region code. \
            Use a code such as --region DE, or --region international for services that work in many countries.
            """)
        #expect(RegionInput.read("EU").problem != nil)
    }
}
