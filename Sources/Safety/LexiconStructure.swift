#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextEncoding

extension SafetyLexicon {
    /// The core rules without their phrases and examples (id, category, level, effect, line), read in place from the
    /// embedded lexicon: all a router needs when the embedded image already holds the compiled phrases. No copy of
    /// the 500 KB text and no phrase strings are made at start (`core` makes both).
    static let coreStructure: [SafetyRule] = structure(of: EmbeddedText.core("lexicon.tsv"), origin: "core")

    /// The structure of rule lines given as UTF-8 bytes; a line `parse` would reject stops the program, so this is
    /// only for the core lexicon, which `LexiconTests` checks in full.
    static func structure(of bytes: UnsafeBufferPointer<UInt8>, origin: String) -> [SafetyRule] {
        guard let base = bytes.baseAddress else { return [] }
        var rules: [SafetyRule] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            let end = memchr(base + start, 10, bytes.count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
            defer { start = end + 1 }
            var line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            guard let first = line.first, first != 35, line.contains(where: { $0 != 32 && $0 != 9 }) else { continue }
            // The first three tab-separated columns: id, category, level.
            var columns: [String] = []
            var from = 0
            for index in line.indices where line[index] == 9 && columns.count < 3 {
                columns.append(trimmed(line, from..<index))
                from = index + 1
            }
            guard columns.count == 3, let category = RiskCategory(rawValue: columns[1]),
                  let meaning = levelAndEffect(columns[2]) else {
                preconditionFailure("\(origin) lexicon line \(lineNumber) is invalid")
            }
            rules.append(SafetyRule(id: columns[0], category: category, level: meaning.0, effect: meaning.1, phrases: [],
                                    origin: origin, line: lineNumber))
        }
        return rules
    }

    /// The bytes of `range` in `line` without leading and trailing spaces, as a string.
    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var low = range.lowerBound, high = range.upperBound
        while low < high && line[low] == 32 { low += 1 }
        while high > low && line[high - 1] == 32 { high -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: line[low..<high]), as: UTF8.self)
    }
}
