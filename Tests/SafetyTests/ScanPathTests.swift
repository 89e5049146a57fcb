import Testing
@testable import Safety

/// `safety scan`'s fast paths give what the ordinary ones give: a plain ASCII line read as bytes writes the same
/// JSON line as the same text read as a string, and rule ids are checked byte by byte as before.
struct ScanPathTests {
    /// The JSON line `assessJSONLine(ascii:)` writes for `line`.
    private func asciiJSONLine(_ router: SafetyRouter, _ line: String, scratch: inout RouterScratch) -> String {
        let bytes = Array(line.utf8)
        var written = ""
        bytes.withUnsafeBufferPointer { buffer in
            router.assessJSONLine(ascii: buffer, scratch: &scratch) { capacity, write in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
                    let count = write(out.baseAddress!)
                    written = String(decoding: UnsafeBufferPointer(rebasing: out[0..<count]), as: UTF8.self)
                }
            }
        }
        return written
    }

    @Test func asciiLinesWriteWhatTheirStringsWrite() throws {
        let lines = [
            "hello there", "I want to die", "this exam is killing me", "i want to kill myself tonight",
            "I want to dieI am so tired of everything", "YouTube was fun", "k i l l  m y s e l f", "k1ll my$elf",
            "I took 40 pills", "\"quoted\" \\ back\u{1}slash\ttab", "",
            "Nothing helps. I'm so tired of all of it. Everyone would be lighter. I keep thinking about it.",
            "I can't do this anymore. Nobody would notice. I've been giving my things away.",
            "café au lait", "I\u{2019}m done",
        ]
        let extra = try SafetyLexicon.parse("bench.one\tsuicide\tconcern\tamber birch\n", origin: "test")
        for router in [try SafetyRouter(), try SafetyRouter(learned: nil), try SafetyRouter(extraRules: extra)] {
            var scratch = RouterScratch()
            for line in lines + ["we saw amber birch trees"] {
                #expect(asciiJSONLine(router, line, scratch: &scratch) == router.assess(line).jsonLine, "\(line)")
            }
        }
    }

    @Test func ruleIDsNeedTwoDottedSegmentsOfPlainBytes() {
        for id in ["suicide.intent", "a.b.c", "self_harm.cut-2", "x.y"] { #expect(SafetyLexicon.isValidID(id), "\(id)") }
        for id in ["", "suicide", ".a", "a.", "a..b", "A.b", "a.b c", "a.é", "a.b\u{301}", "a/b.c", "a.\u{301}b"] {
            #expect(!SafetyLexicon.isValidID(id), "\(id)")
        }
    }
}
