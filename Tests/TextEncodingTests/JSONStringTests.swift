import Foundation
import Testing
import TextEncoding

@Suite struct JSONStringTests {
    @Test func plainTextIsQuotedAsItIs() {
        #expect(JSONString.quoted("I want to talk") == #""I want to talk""#)
        #expect(JSONString.quoted("café ☕️") == "\"café ☕️\"")
    }

    @Test func quotesBackslashesAndLineBreaksAreEscaped() {
        #expect(JSONString.quoted("a\"b\\c\nd\re\tf") == #""a\"b\\c\nd\re\tf""#)
    }

    @Test func controlsAndBidiOverridesNeverComeOutRaw() {
        let typed = "x\u{1B}[2Jy\u{7F}\u{9B}\u{202E}z\u{2066}\u{200F}\u{061C}\u{2028}"
        #expect(JSONString.quoted(typed) == #""x\u001b[2Jy\u007f\u009b\u202ez\u2066\u200f\u061c\u2028""#)
    }

    @Test func theEscapedTextParsesBackToTheOriginal() throws {
        let typed = "line\u{0}with\u{1B}]0;title\u{07} and \u{202E}bidi, \"quotes\" and ünïcödé"
        let parsed = try JSONSerialization.jsonObject(with: Data(("[" + JSONString.quoted(typed) + "]").utf8)) as? [String]
        #expect(parsed == [typed])
    }
}
