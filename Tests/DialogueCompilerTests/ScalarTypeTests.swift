import DialogueModel
import Foundation
import Testing
import Yams
@testable import DialogueCompiler

/// What Yams' resolver (the loader's rules, with regular expressions) calls `text` as a plain scalar.
private func yamsType(_ text: String) -> Yams.Tag.Name {
    YAMLLoader.resolver.resolveTag(of: .scalar(.init(text, .implicit, .plain)))
}

/// Every string up to three characters long over an alphabet of the characters the rules look at, and
/// every three pieces of number-like text joined: the hand-written matchers type each exactly as the regular
/// expressions do.
@Test func plainScalarsAreTypedExactlyAsTheResolverTypesThem() {
    let alphabet = Array("0179_:.+-eEbxoaAfinNlsTYu~ \n\r")
    var texts = [""]
    var layer = [""]
    for _ in 1...3 {
        layer = layer.flatMap { prefix in alphabet.map { prefix + String($0) } }
        texts += layer
    }
    let pieces = ["0", "1", "7", "9", "_", ":", ":5", ":59", ":60", ".", "e", "E+", "e-", "0x", "0b", "0o", "+", "-",
                  ".inf", ".NaN", "true", "No", "null", "~", "\n", "\r\n", "\u{2028}", "\u{85}", "a", "F"]
    for a in pieces { for b in pieces { for c in pieces { texts.append(a + b + c) } } }
    texts += ["1_000", "0o17", "0x_Ff", "190:20:30", "190:20:30.15", "6.8523015e+5", "685.230_15e+03", "-.inf", ".5e+3",
              "yes\n", "12\r\n", "1:60", "1:123", "08", "0.", "0_8", "-0b1", "+0x1f", "1e5", "._", "NULL", "Off", "on "]
    var mismatches: [String] = []
    for text in texts where PlainScalarType.resolve(text) != yamsType(text) {
        mismatches.append("\(text.debugDescription): \(PlainScalarType.resolve(text).rawValue) vs \(yamsType(text).rawValue)")
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
}

/// Every bundled script, and copies with one line removed (so many kinds of mistake are read), compiles to
/// the same script and the same diagnostics on the plain-rules path and on the resolver path (a comment
/// holding `!` forces the latter).
@Test func bothTypingPathsReadEveryBundledScriptAlike() throws {
    let folder = goldenDirectory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogues")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.count >= 20)
    var compared = 0
    for file in files {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let variants = [text] + stride(from: 0, to: lines.count, by: 4).map { skip in
            lines.enumerated().filter { $0.offset != skip }.map(\.element).joined(separator: "\n")
        }
        for variant in variants {
            #expect(!ScalarTyping.mayHoldTags(variant))
            let fast = ScriptCompiler.compile(yaml: variant, file: file)
            let slow = ScriptCompiler.compile(yaml: variant + "\n# !", file: file)
            #expect(fast.diagnostics == slow.diagnostics, "\(file)")
            #expect(fast.draft == slow.draft, "\(file)")
            compared += 1
        }
    }
    #expect(compared > 200)
}

@Test func quotedAndTaggedScalarsKeepTheirTypes() {
    let result = compile(script("a:\n  say: hi\n  end: true", extra: "variables: { a: \"1\", b: !!str 2, c: 3, d: 'true', e: yes, f: ~ }\n"))
    #expect(result.script?.variables == ["a": .string("1"), "b": .string("2"), "c": .int(3), "d": .string("true"),
                                         "e": .bool(true), "f": .null], "\(result.diagnostics.map(\.message))")
}

@Test func aQuotedKeyAndThePlainNumberAreTwoKeys() {
    // Without the resolver's types, "1" and 1 would look like one key repeated.
    let result = compile(script("a:\n  say: hi\n  end: true", extra: "variables: { \"1\": 1, 1: 2 }\n"))
    #expect(summary(result).filter { $0.hasSuffix("AL0005") }.isEmpty, "\(result.diagnostics.map(\.message))")
}

/// Short words ending in an accented letter whose last UTF-8 byte is 0xA8 or 0xA9 ("né", "1è") are text: only
/// the three bytes of U+2028 / U+2029 count as a final line break (a `case` with two patterns once checked that
/// only for U+2029, so "né" was typed null).
@Test func accentedShortWordsAreText() {
    for text in ["né", "1è", "dé", "é", "è", "1\u{2028}", "~\u{2029}", "null\u{2028}"] {
        #expect(PlainScalarType.resolve(text) == yamsType(text), "\(text.debugDescription)")
    }
    #expect(PlainScalarType.resolve("né") == .str)
}
