import Testing
@testable import Safety

@Suite struct NormaliserTests {
    @Test func removesInvisibleCharacters() {
        #expect(TextNormaliser.removeInvisible("ki\u{200B}ll my\u{200D}self\u{FEFF}") == "kill myself")
        #expect(TextNormaliser.removeInvisible("su\u{00AD}i\u{2060}cide\u{FE0F}") == "suicide")
        #expect(TextNormaliser.normalise("d\u{200C}i\u{200B}e") == "die")
    }

    @Test func foldsCompatibilityCaseAndAccents() {
        #expect(TextNormaliser.foldCompatibility("ＫＩＬＬ") == "kill")
        #expect(TextNormaliser.foldCompatibility("𝐤𝐢𝐥𝐥") == "kill")
        #expect(TextNormaliser.foldCompatibility("Ⓚⓘⓛⓛ") == "kill")
        #expect(TextNormaliser.foldCompatibility("Je Veux Mourir, ÉTÉ") == "je veux mourir, ete")
        #expect(TextNormaliser.foldCompatibility("Selbstmörder Straße") == "selbstmorder strasse")
        #expect(TextNormaliser.foldCompatibility("ﬁnal") == "final")
    }

    @Test func mapsConfusablesToLatin() {
        #expect(TextNormaliser.mapConfusables("kіll") == "kill")            // Cyrillic і
        #expect(TextNormaliser.mapConfusables("ѕuісіdе") == "suicide")      // Cyrillic ѕ і с е
        #expect(TextNormaliser.mapConfusables("κιλλ") == "kiλλ")            // Greek κ ι; λ has no look-alike
        #expect(TextNormaliser.mapConfusables("dοwn") == "down")            // Greek ο
        #expect(TextNormaliser.normalise("Ι wаnt tο dіe") == "i want to die")
    }

    @Test func decodesLeetspeak() {
        #expect(TextNormaliser.decodeLeetspeak("k1ll") == "kill")
        #expect(TextNormaliser.decodeLeetspeak("ki11") == "kill")
        #expect(TextNormaliser.decodeLeetspeak("d!e") == "die")
        #expect(TextNormaliser.decodeLeetspeak("$uicide") == "suicide")
        #expect(TextNormaliser.decodeLeetspeak("d13") == "die")
        #expect(TextNormaliser.decodeLeetspeak("h0p3l3ss") == "hopeless")
        #expect(TextNormaliser.decodeLeetspeak("@ll") == "all")
        #expect(TextNormaliser.decodeLeetspeak("5ad") == "sad")
        #expect(TextNormaliser.decodeLeetspeak("7onight") == "tonight")
        #expect(TextNormaliser.decodeLeetspeak("w4nt") == "want")
    }

    @Test func leavesNumbersAndQuantitiesAsNumbers() {
        #expect(TextNormaliser.normalise("I took 40 tablets") == "i took ## tablets")
        #expect(TextNormaliser.normalise("took 2 pills") == "took # pills")
        #expect(TextNormaliser.normalise("500mg") == "## mg")
        #expect(TextNormaliser.normalise("5mg") == "# mg")
        #expect(TextNormaliser.normalise("die!") == "die")
        #expect(TextNormaliser.normalise("$5") == "#")
    }

    @Test func cutsRunsOfRepeatedLetters() {
        #expect(TextNormaliser.squeezeRuns("diiiiie") == "diie")
        #expect(TextNormaliser.squeezeRuns("killlll") == "kill")
        #expect(TextNormaliser.squeezeRuns("sleep") == "sleep")
        #expect(TextNormaliser.squeezeAll("diie") == "die")
        #expect(TextNormaliser.squeezeAll("kill") == "kil")
        #expect(TextNormaliser.normalise("diiiiie nooooow") == "diie noow")
    }

    @Test func rejoinsSpacedAndDottedLetters() {
        #expect(TextNormaliser.normalise("k i l l myself") == "kill myself")
        #expect(TextNormaliser.normalise("k.i.l.l myself") == "kill myself")
        #expect(TextNormaliser.normalise("k-i-l-l myself") == "kill myself")
        #expect(TextNormaliser.normalise("s_u_i_c_i_d_e") == "suicide")
        #expect(TextNormaliser.normalise("w a n t  t o  d i e") == "want to die")
        #expect(TextNormaliser.normalise("I am a b") == "i am a b")
    }

    @Test func dropsApostrophesButSplitsFrenchElisions() {
        #expect(TextNormaliser.normalise("I'm can't don’t") == "im cant dont")
        #expect(TextNormaliser.normalise("j'ai envie d'en finir") == "j ai envie d en finir")
        #expect(TextNormaliser.normalise("qu'il") == "qu il")
    }

    @Test func splitsOnPunctuationAndKeepsWordsOfOtherScripts() {
        #expect(TextNormaliser.tokens("Hello, world... ¿Qué?") == ["hello", "world", "que"])
        #expect(TextNormaliser.tokens("ok 🙂 fine") == ["ok", "fine"])
        #expect(TextNormaliser.tokens("") == [])
    }

    @Test func asciiFastPathMatchesFullPath() {
        for text in ["I want to DIE", "k1ll myself!!", "goodbye  forever"] {
            #expect(TextNormaliser.isASCII(text))
            #expect(TextNormaliser.normalise(text) == TextNormaliser.normalise(text + "\u{200B}"))
        }
        #expect(!TextNormaliser.isASCII("café"))
    }

    @Test func editDistanceCountsSwapsAsOne() {
        #expect(DamerauLevenshtein.distance("myslef", "myself") == 1)
        #expect(DamerauLevenshtein.distance("suicde", "suicide") == 1)
        #expect(DamerauLevenshtein.distance("sucide", "suicide") == 1)
        #expect(DamerauLevenshtein.distance("kitten", "sitting", limit: 5) == 3)
        #expect(DamerauLevenshtein.distance("abc", "abc") == 0)
    }
}
