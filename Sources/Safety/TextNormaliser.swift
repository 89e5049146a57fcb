import Foundation

/// Turns raw text into the canonical form the rules are matched against.
///
/// Steps, in order: invisible characters removed; NFKC, case folding and accents removed;
/// confusable letters mapped to Latin; then, per word: apostrophes dropped, spaced or dotted
/// letters rejoined, leetspeak decoded, numbers turned into `#`, runs of 3+ letters cut to 2.
/// Plain ASCII lines skip the Unicode steps.
public enum TextNormaliser {
    /// The whole pipeline: the normalised words joined by single spaces.
    public static func normalise(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The whole pipeline, as a list of normalised words.
    public static func tokens(_ text: String) -> [String] {
        var sink = StringSink()
        scan(text, into: &sink)
        return sink.words
    }

    /// Runs the Unicode steps when needed, then the byte scanner.
    static func scan<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        // The common case, an ASCII line in contiguous storage with no run-on title, is scanned in place; the
        // scanner looks for titles only in a line with a capital inside a word (and hands nothing on if it finds one).
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isASCII(bytes) else { return false }
            return TokenScanner.scan(bytes, into: &sink, unlessRunOnTitle: true)
        }
        if scanned == true { return }
        var text = separatingRunOnTitle(text)
        if !isASCII(text) { text = foldUnicode(text) }
        _ = text.withUTF8 { TokenScanner.scan($0, into: &sink) }
    }

    /// Same for a line's bytes that are all ASCII, read in place (`safety scan`): what `scan(_:into:)` does with
    /// the string they spell, without the string unless the line holds a run-on title.
    static func scan<Sink: TokenSink>(ascii bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        if TokenScanner.scan(bytes, into: &sink, unlessRunOnTitle: true) { return }
        var text = separatingRunOnTitle(String(decoding: bytes, as: UTF8.self))
        _ = text.withUTF8 { TokenScanner.scan($0, into: &sink) }
    }

    /// A post's title run into its body ("I want to dieI'm so tired", "off the bridgeI") read as two sentences:
    /// a capital letter right after three or more lower-case ASCII letters starts a new sentence, and so does the
    /// pronoun "I" after two ("end itI have"). Shorter runs ("iPhone", "YouTube", "McDonald's", "PayPal") are left as
    /// they are.
    static func separatingRunOnTitle(_ text: String) -> String {
        var text = text
        guard let breaks = text.withUTF8({ runOnTitleBreaks($0) }) else { return text }
        var bytes = Array(text.utf8)
        for index in breaks.reversed() { bytes.insert(contentsOf: [46, 32], at: index) }   // ". "
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte offsets where a run-on title ends, or nil when there is none (the common case: no allocation).
    /// Links and codes are not titles: a chunk between spaces that holds a digit or one of `/=?&_#%@:` is skipped,
    /// and so is a capital followed by another capital ("sdrUNSL").
    static func runOnTitleBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var breaks: [Int]? = nil
        var lowerRun = 0
        var coded = false
        for (index, b) in bytes.enumerated() {
            if b >= 97 && b <= 122 {
                lowerRun += 1
                continue
            }
            if b == 32 || b == 9 || b == 10 || b == 13 {
                coded = false
            } else if isCodeByte(b) {
                coded = true
            } else if b >= 65 && b <= 90 && lowerRun >= 2 && !coded && !isCodedChunk(bytes, from: index) {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                // After two letters only the pronoun "I" opens a body ("end itI have", "help meI'm"): "PayPal" stays.
                let pronoun = b == 73 && (next == 32 || next == 39 || next == 0xE2 || next == 0)
                if !(next >= 65 && next <= 90) && (lowerRun >= 3 || pronoun) { breaks = (breaks ?? []) + [index] }
            }
            lowerRun = 0
        }
        return breaks
    }

    /// A digit or one of `/=?&_#%@:`.
    @inline(__always) private static func isCodeByte(_ b: UInt8) -> Bool {
        switch b {
        case 48...57, 47, 61, 63, 38, 95, 35, 37, 64, 58: return true
        default: return false
        }
    }

    /// True when the rest of the chunk (up to the next space) holds a digit or a link character.
    private static func isCodedChunk(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] != 32, bytes[index] != 9, bytes[index] != 10, bytes[index] != 13 {
            if isCodeByte(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// True when every byte is ASCII, so the Unicode steps can be skipped.
    public static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isASCII($0) }
    }

    @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var acc: UInt8 = 0
        for b in bytes { acc |= b }
        return acc < 0x80
    }

    /// All Unicode steps: invisible characters, compatibility folding, confusables, punctuation.
    public static func foldUnicode(_ text: String) -> String {
        let folded = mapConfusables(foldCompatibility(removeInvisible(text)))
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                out.append(scalar)
            default:
                out.append(asciiPunctuation(scalar))
            }
        }
        return String(out)
    }

    /// Step 1: removes zero-width and other invisible characters (format controls, joiners,
    /// variation selectors, soft hyphens, byte-order marks).
    public static func removeInvisible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .format { continue }
            if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || v == 0x034F
                || v == 0x115F || v == 0x1160 || v == 0x3164 || v == 0xFFA0 || v == 0x2800 { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// Step 2: NFKC compatibility folding (fullwidth, ligatures, styled letters), lower case,
    /// accents removed, and `ß`/`æ`/`œ`/`ø`/`ł` spelled in plain Latin.
    public static func foldCompatibility(_ text: String) -> String {
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out = String.UnicodeScalarView()
        for scalar in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                continue
            default:
                switch scalar {
                case "ß": out.append(contentsOf: "ss".unicodeScalars)
                case "æ": out.append(contentsOf: "ae".unicodeScalars)
                case "œ": out.append(contentsOf: "oe".unicodeScalars)
                case "ø": out.append("o")
                case "ł": out.append("l")
                case "đ": out.append("d")
                case "ı": out.append("i")
                default: out.append(scalar)
                }
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Step 3: maps Cyrillic and Greek look-alike letters to the Latin letters they imitate.
    public static func mapConfusables(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x250, let latin = confusables[scalar] {
                out.append(latin)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Step 4 (per word): decodes leetspeak, e.g. `k1ll` → `kill`, `$uicide` → `suicide`, `d!e` → `die`.
    public static func decodeLeetspeak(_ word: String) -> String {
        tokens(word).joined(separator: " ")
    }

    /// Step 5: cuts runs of three or more equal letters to two (`diiiie` → `diie`, `killlll` → `kill`);
    /// the matcher also tries each word with every double letter squeezed to one.
    public static func squeezeRuns(_ word: String) -> String {
        var out: [Character] = []
        for c in word {
            if out.count >= 2, out[out.count - 1] == c, out[out.count - 2] == c, c.isLetter { continue }
            out.append(c)
        }
        return String(out)
    }

    /// Every run of equal letters cut to one (`kill` → `kil`, `diie` → `die`), the form used for a second lookup.
    public static func squeezeAll(_ word: String) -> String {
        var out: [Character] = []
        for c in word where out.last != c || !c.isLetter { out.append(c) }
        return String(out)
    }

    private static func asciiPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x00B4, 0x2032: return "'"
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2026, 0x3002, 0xFF61: return "."
        case 0x00BF, 0x00A1: return " "
        default: return " "
        }
    }

    /// Look-alike letters (after lower-casing) and the Latin letter each imitates.
    static let confusables: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("а", "a"), ("в", "b"), ("е", "e"), ("ё", "e"), ("һ", "h"), ("н", "h"), ("і", "i"), ("ї", "i"),
            ("ј", "j"), ("к", "k"), ("м", "m"), ("о", "o"), ("р", "p"), ("с", "c"), ("т", "t"), ("у", "y"),
            ("х", "x"), ("ѕ", "s"), ("ԁ", "d"), ("ӏ", "l"), ("ԛ", "q"), ("ԝ", "w"), ("ь", "b"), ("п", "n"),
            ("г", "r"), ("и", "u"), ("ц", "u"), ("ɡ", "g"),
            // Greek
            ("α", "a"), ("β", "b"), ("γ", "y"), ("ε", "e"), ("η", "n"), ("ι", "i"), ("κ", "k"), ("μ", "u"),
            ("ν", "v"), ("ο", "o"), ("ρ", "p"), ("τ", "t"), ("υ", "u"), ("χ", "x"), ("ω", "w"), ("ς", "s"),
            ("σ", "o"), ("ϲ", "c"), ("ϳ", "j"), ("ɩ", "i"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs { map[from.unicodeScalars.first!] = to.unicodeScalars.first! }
        return map
    }()
}

/// Collects scanner output as strings (used by `TextNormaliser.tokens`).
struct StringSink: TokenSink {
    var words: [String] = []

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        words.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func finish(punctuationAfter: Punctuation) {}
}
