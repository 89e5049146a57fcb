#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextEncoding

/// Reads rule files: the core lexicon compiled into the binary, and extension files.
///
/// Line format (tab-separated): `id  category  level  phrases  [examples]`.
/// - `category`: `suicide`, `self_harm`, `harm_to_others`, `abuse_or_violence`, `medical_emergency`.
/// - `level`: `urgent`, `concern`, `intent`, `means`, `time`, `exempt`, `readback`, `place`, `scene`, `topic`, `wish`, `act`, `plan`, `amount` or `medicine` (see `SafetyRule.Effect`).
/// - `phrases`: separated by `|`; `{a,b,}` alternatives, `word*` stems, `#` for a number.
/// - `examples`: optional, separated by `|`.
/// Blank lines and lines starting with `#` are ignored.
public enum SafetyLexicon {
    /// The built-in rules; they are always active and cannot be removed.
    public static let core: [SafetyRule] = {
        let text = String(decoding: EmbeddedText.core("lexicon.tsv"), as: UTF8.self)
        do {
            // The core is checked in full by LexiconTests; at start-up only its structure is read, so the
            // phrases are expanded and normalised once (by the compiler), not twice.
            return try parse(text, origin: "core", checkingPhrases: false)
        } catch {
            preconditionFailure("core lexicon is invalid: \(error)")
        }
    }()

    /// Parses rule lines; throws a `LexiconError` naming the line of the first problem.
    ///
    /// `checkingPhrases: false` skips expanding every phrase to check its braces and that none is empty
    /// (used for the core lexicon, which `LexiconTests` checks in full).
    public static func parse(_ text: String, origin: String, checkingPhrases: Bool = true) throws -> [SafetyRule] {
        var rules: [SafetyRule] = []
        var seen: Set<String> = []
        var wordCache: [Substring: [PhraseWord]] = [:]   // each written word is normalised once per file
        var lineNumber = 0
        // Split on UTF-8 bytes, not Characters: the lines are long and this runs at every start.
        for rawLine in Substring(text).splitOnByte(10) {
            lineNumber += 1
            let line = rawLine.utf8.last == 13 ? rawLine.dropLast() : rawLine
            if line.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) || line.utf8.first == 35 { continue }
            func fail(_ reason: LexiconError.Reason) -> LexiconError {
                LexiconError(origin: origin, line: lineNumber, reason: reason)
            }
            let columns = line.splitOnByte(9).map { $0.trimmingSpaces() }
            guard columns.count == 4 || columns.count == 5 else { throw fail(.wrongColumnCount(columns.count)) }
            let id = columns[0]
            guard isValidID(id) else { throw fail(.invalidID(id)) }
            guard let category = RiskCategory(rawValue: columns[1]) else { throw fail(.unknownCategory(columns[1])) }
            guard let meaning = levelAndEffect(columns[2]) else { throw fail(.unknownLevel(columns[2])) }
            let (level, effect) = meaning
            let phrases = Substring(columns[3]).splitOnByte(124).map { $0.trimmingSpaces() }
            for phrase in phrases where checkingPhrases {
                let expanded: [String]
                do { expanded = try PhrasePattern.expand(phrase) } catch { throw fail(.badPattern(phrase)) }
                if phrase.isEmpty || expanded.contains(where: { PhraseCompiler.words(of: $0, cache: &wordCache).isEmpty }) {
                    throw fail(.emptyPhrase)
                }
            }
            let examples = columns.count == 5 && !columns[4].isEmpty
                ? Substring(columns[4]).splitOnByte(124).filter { !$0.isEmpty }.map { $0.trimmingSpaces() } : []
            guard seen.insert(id).inserted else { throw fail(.duplicateID(id)) }
            rules.append(SafetyRule(id: id, category: category, level: level, effect: effect,
                                    phrases: phrases, examples: examples, origin: origin, line: lineNumber))
        }
        return rules
    }

    /// A level column's meaning: the level a rule raises to and what it does; nil for an unknown word.
    static func levelAndEffect(_ column: String) -> (RiskLevel, SafetyRule.Effect)? {
        switch column {
        case "urgent": (.urgent, .raise)
        case "concern": (.concern, .raise)
        case "check": (.check, .raise)
        case "intent": (.concern, .intent)
        case "means": (.none, .means)
        case "time": (.none, .time)
        case "clock": (.none, .clock)
        case "past": (.none, .past)
        case "exempt": (.none, .exempt)
        case "readback": (.none, .readback)
        case "place": (.urgent, .place)
        case "scene": (.none, .scene)
        case "farewell": (.urgent, .farewell)
        case "trip": (.none, .trip)
        case "topic": (.concern, .topic)
        case "wish": (.none, .wish)
        case "act": (.urgent, .act)
        case "plan": (.concern, .act)
        case "amount": (.none, .amount)
        case "medicine": (.none, .medicine)
        default: nil
        }
    }

    /// Lowercase dotted segments of letters, digits, `-` and `_`, at least two segments.
    /// Read byte by byte (splitting the id into `Character` segments cost about 13,000 instructions an id, 18 M at
    /// every start): a dot ends a segment, and every other byte must be one a segment may hold.
    static func isValidID(_ id: String) -> Bool {
        var segments = 1
        var length = 0
        for b in id.utf8 {
            if b == 46 {
                guard length > 0 else { return false }
                segments += 1
                length = 0
            } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 45 || b == 95 {
                length += 1
            } else {
                return false
            }
        }
        return segments >= 2 && length > 0
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var low = utf8.startIndex, high = utf8.endIndex
        while low < high && utf8[low] == 32 { low = utf8.index(after: low) }
        while high > low && utf8[utf8.index(before: high)] == 32 { high = utf8.index(before: high) }
        return String(self[low..<high])
    }

    /// The pieces between occurrences of an ASCII byte (empty pieces kept), found on the UTF-8 view.
    func splitOnByte(_ byte: UInt8) -> [Substring] {
        var pieces: [Substring] = []
        // Read in place where the text is contiguous (it always is for the lexicons): stepping the view's indices
        // cost about fifty instructions a byte, a sixth of a `safety scan`'s start-up.
        let view = utf8
        // The byte is found with `memchr` (a byte loop here was about fifteen instructions a byte: 15 M at every start).
        let done: Void? = view.withContiguousStorageIfAvailable { bytes in
            var start = 0
            if let base = bytes.baseAddress {
                while start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) {
                    let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                    pieces.append(self[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: offset)])
                    start = offset + 1
                }
            }
            pieces.append(self[view.index(view.startIndex, offsetBy: start)..<endIndex])
        }
        if done != nil { return pieces }
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == byte {
                pieces.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(self[start..<endIndex])
        return pieces
    }
}
