import Testing
import Safety

/// A post's title run into its body ("...dieI'm") is read as two sentences, so the title's phrase is found;
/// short capitalised runs, links and codes stay as they are.
@Suite struct RunOnTitleTests {
    @Test func aTitleRunIntoTheBodyIsSplit() {
        #expect(TextNormaliser.normalise("I want to dieI'm so tired") == "i want to die im so tired")
        #expect(TextNormaliser.normalise("off the bridgeI’m done") == "off the bridge im done")
        #expect(TextNormaliser.normalise("I just want to end itI have nothing left") == "i just want to end it i have nothing left")
        #expect(TextNormaliser.normalise("nothing going for meI’m tired") == "nothing going for me im tired")
    }

    @Test func shortCapitalisedRunsStayWhole() {
        #expect(TextNormaliser.normalise("my iPhone, YouTube and McDonald's") == "my iphone youtube and mcdonalds")
        #expect(TextNormaliser.normalise("paid with PayPal, saw it on TikTok") == "paid with paypal saw it on tiktok")
    }

    @Test func linksAndCodesAreNotTitles() {
        let link = "https://open.example.com/track/18fjsdrUNSLlfp?si=q8AESdWkoTMqk"
        #expect(TextNormaliser.normalise(link) == TextNormaliser.normalise(link.lowercased()))
    }
}
