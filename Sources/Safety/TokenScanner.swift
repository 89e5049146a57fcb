/// Punctuation seen between two tokens, as bit flags.
struct Punctuation: OptionSet, Sendable {
    let rawValue: UInt8
    /// `.`, `!`, `;` or a line break: the end of a sentence.
    static let sentence = Punctuation(rawValue: 1)
    /// `?`: the end of a question.
    static let question = Punctuation(rawValue: 2)
    /// `:`: a label such as "warning signs:".
    static let colon = Punctuation(rawValue: 4)
    /// `,` or a dash: a soft pause that still stops negation from reaching further.
    static let comma = Punctuation(rawValue: 8)
    /// Any clause-ending mark.
    static let clauseEnd: Punctuation = [.sentence, .question, .colon]
}

/// Receives the normalised tokens of one line, in order.
protocol TokenSink {
    /// One normalised token; `punctuationBefore` is what separated it from the previous token.
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool)
    /// The punctuation after the last token.
    mutating func finish(punctuationAfter: Punctuation)
}

/// Splits UTF-8 bytes into normalised tokens: case folding (ASCII), apostrophes dropped inside words,
/// spaced or dotted letters rejoined, leetspeak decoded, numbers turned into `#`, letter runs squeezed.
///
/// Non-ASCII text must first go through `TextNormaliser.foldUnicode`; bytes ≥ 0x80 are word bytes.
enum TokenScanner {
    private struct Raw {
        var start: Int
        var count: Int
        var gapCount: Int
        var gapByte: UInt8
        var punctuation: Punctuation
        /// Only letters and no run of three equal bytes: the token is emitted as it is, without `emit`'s checks.
        var plain: Bool
    }

    /// Scans `input` and feeds every token to `sink`.
    ///
    /// With `unlessRunOnTitle`, an ASCII line that holds a run-on title (`TextNormaliser.runOnTitleBreaks`) is left
    /// alone: nothing reaches the sink and the result is false, so the caller separates the title first. The byte
    /// loop notes whether a capital letter follows another word byte (a title's capital always does); only such a
    /// line ("YouTube", "I WANT") is checked for titles, in a pass of its own.
    @discardableResult
    static func scan<Sink: TokenSink>(_ input: UnsafeBufferPointer<UInt8>, into sink: inout Sink,
                                      unlessRunOnTitle: Bool = false) -> Bool {
        let n = input.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { bytes -> Bool in
            withUnsafeTemporaryAllocation(of: Raw.self, capacity: n / 2 + 2) { raws -> Bool in
                var byteCount = 0
                var rawCount = 0
                var inToken = false
                var gapCount = 0
                var gapByte: UInt8 = 0
                var punctuation: Punctuation = []
                var innerCapitals: UInt8 = 0   // 0x20 once a capital followed a word byte (the inner loop below)
                var i = 0
                while i < n {
                    let b = lower(input[i])
                    let next: UInt8 = i + 1 < n ? lower(input[i + 1]) : 0
                    var word = isWordByte(b)
                    if !word && inToken && (b == 39 || b == 96) && isLetterByte(next)
                        && !isElision(raws[rawCount - 1], bytes) {
                        i += 1  // apostrophe inside a word: "don't" -> "dont"
                        continue
                    }
                    if !word && isLeetSymbol(b) && isWordByte(next) && (inToken || b == 36 || b == 64) {
                        word = true
                    }
                    if word {
                        if !inToken {
                            raws[rawCount] = Raw(start: byteCount, count: 0, gapCount: gapCount, gapByte: gapByte,
                                                 punctuation: punctuation, plain: true)
                            rawCount += 1
                            inToken = true
                        }
                        let start = raws[rawCount - 1].start
                        var plain = raws[rawCount - 1].plain && isLetterByte(b)
                            && !(byteCount - start >= 2 && bytes[byteCount - 1] == b && bytes[byteCount - 2] == b)
                        bytes[byteCount] = b
                        byteCount += 1
                        i += 1
                        // The rest of a run of letters and digits needs none of the checks above. The token's last
                        // two bytes are kept in registers for the run check (0: none yet; no word byte is 0).
                        var last = b
                        var beforeLast: UInt8 = byteCount - start >= 2 ? bytes[byteCount - 2] : 0
                        var added = 1
                        while i < n {
                            let raw = input[i]
                            let c = lower(raw)
                            guard isWordByte(c) else { break }
                            innerCapitals |= raw ^ c
                            plain = plain && isLetterByte(c) && !(last == c && beforeLast == c)
                            bytes[byteCount] = c
                            beforeLast = last
                            last = c
                            byteCount &+= 1
                            added &+= 1
                            i &+= 1
                        }
                        raws[rawCount - 1].count += added
                        raws[rawCount - 1].plain = plain
                        continue
                    }
                    if inToken {
                        inToken = false
                        gapCount = 0
                        punctuation = []
                    }
                    gapCount += 1
                    gapByte = b
                    switch b {
                    case 46, 33, 59, 10, 13: punctuation.insert(.sentence)   // . ! ; newline
                    case 63: punctuation.insert(.question)                   // ?
                    case 58: punctuation.insert(.colon)                      // :
                    case 44: punctuation.insert(.comma)                      // ,
                    default: break
                    }
                    i += 1
                }
                // A title's capital follows two or more lower-case letters of its word, so the inner loop above reads it.
                if unlessRunOnTitle && innerCapitals != 0 && TextNormaliser.runOnTitleBreaks(input) != nil { return false }
                if inToken { punctuation = [] }
                let all = UnsafeBufferPointer(rebasing: bytes[0..<byteCount])
                let tokens = UnsafeBufferPointer(rebasing: raws[0..<rawCount])
                emitAll(tokens, bytes: all, into: &sink)
                sink.finish(punctuationAfter: punctuation)
                return true
            }
        }
    }

    /// Rejoins spelled-out letters and emits every token.
    private static func emitAll<Sink: TokenSink>(_ raws: UnsafeBufferPointer<Raw>, bytes all: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        // A line made mostly of single letters ("w a n t  t o  d i e") is spelled out: join shorter runs too.
        var singles = 0
        for raw in raws where raw.count == 1 { singles += 1 }
        let minimumRun = singles >= 4 && singles * 10 >= raws.count * 6 ? 2 : 3
        var r = 0
        while r < raws.count {
            let run = singles >= 2 ? spacedRunLength(raws, from: r, bytes: all, minimum: minimumRun) : 0
            if run >= minimumRun {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run) { joined in
                    for k in 0..<run { joined[k] = all[raws[r + k].start] }
                    emit(UnsafeBufferPointer(joined), punctuation: raws[r].punctuation, joined: true, into: &sink)
                }
                r += run
            } else {
                let raw = raws[r]
                let slice = UnsafeBufferPointer(rebasing: all[raw.start..<(raw.start + raw.count)])
                if raw.plain {
                    sink.token(slice, punctuationBefore: raw.punctuation, joined: false)   // what `emit` would pass on
                } else {
                    emit(slice, punctuation: raw.punctuation, joined: false, into: &sink)
                }
                r += 1
            }
        }
    }

    /// A French elision before an apostrophe (`j'`, `d'`, `l'`, `qu'`...): the apostrophe separates words.
    private static func isElision(_ raw: Raw, _ bytes: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        if raw.count == 1 {
            switch bytes[raw.start] {
            case 99, 100, 106, 108, 109, 110, 115, 116: return true   // c d j l m n s t
            default: return false
            }
        }
        return raw.count == 2 && bytes[raw.start] == 113 && bytes[raw.start + 1] == 117   // qu
    }

    /// Length of a run of single characters separated by one joinable separator ("k i l l", "k.i.l.l").
    private static func spacedRunLength(_ raws: UnsafeBufferPointer<Raw>, from start: Int, bytes: UnsafeBufferPointer<UInt8>, minimum: Int) -> Int {
        guard raws[start].count == 1 else { return 0 }
        var end = start + 1
        var letters = isLetterByte(bytes[raws[start].start]) ? 1 : 0
        while end < raws.count, raws[end].count == 1, raws[end].gapCount == 1, isJoinableGap(raws[end].gapByte) {
            if isLetterByte(bytes[raws[end].start]) { letters += 1 }
            end += 1
        }
        let run = end - start
        return run >= minimum && letters >= 2 ? run : 0
    }

    /// Decodes one raw token and passes the result (one or two tokens) to the sink.
    private static func emit<Sink: TokenSink>(_ raw: UnsafeBufferPointer<UInt8>, punctuation: Punctuation, joined: Bool, into sink: inout Sink) {
        var letters = 0, digits = 0, leadingDigits = 0
        var seenOther = false
        for b in raw {
            if isDigitByte(b) {
                digits += 1
                if !seenOther { leadingDigits += 1 }
            } else {
                seenOther = true
                if isLetterByte(b) { letters += 1 }
            }
        }
        if letters == 0 {
            emitNumber(digits: digits, punctuation: punctuation, joined: joined, into: &sink)
            return
        }
        if leadingDigits > 0 && digits == leadingDigits {
            let suffix = UnsafeBufferPointer(rebasing: raw[leadingDigits...])
            if leadingDigits >= 2 || isUnit(suffix) {
                emitNumber(digits: leadingDigits, punctuation: punctuation, joined: joined, into: &sink)
                sink.token(suffix, punctuationBefore: [], joined: false)
                return
            }
        }
        let needsWork = digits > 0 || raw.count != letters && raw.contains(where: isLeetSymbol) || hasRun(raw)
        if !needsWork {
            sink.token(raw, punctuationBefore: punctuation, joined: joined)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
            var count = 0
            for (k, b) in raw.enumerated() {
                var c = b
                if b == 49 {   // "1": "11" reads as "ll", a lone 1 as "i"
                    let pairs = (k > 0 && raw[k - 1] == 49) || (k + 1 < raw.count && raw[k + 1] == 49)
                    c = pairs ? 108 : 105
                } else {
                    c = leet(b)
                }
                if count >= 2 && buffer[count - 1] == c && buffer[count - 2] == c && isLetterByte(c) { continue }
                buffer[count] = c
                count += 1
            }
            sink.token(UnsafeBufferPointer(rebasing: buffer[0..<count]), punctuationBefore: punctuation, joined: joined)
        }
    }

    /// A number becomes `#` (one digit) or `##` (two or more), so rules can tell "2 tablets" from "40 tablets".
    private static func emitNumber<Sink: TokenSink>(digits: Int, punctuation: Punctuation, joined: Bool, into sink: inout Sink) {
        let marks: (UInt8, UInt8) = (35, 35)
        withUnsafeBytes(of: marks) { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let count = digits >= 2 ? 2 : 1
            sink.token(UnsafeBufferPointer(rebasing: all[0..<count]), punctuationBefore: punctuation, joined: joined)
        }
    }

    private static func hasRun(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.count >= 3 else { return false }
        for k in 2..<raw.count where raw[k] == raw[k - 1] && raw[k] == raw[k - 2] { return true }
        return false
    }

    private static func isUnit(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        switch s.count {
        case 1: return s[0] == 103 || s[0] == 120 || s[0] == 107 || s[0] == 104 || s[0] == 115 || s[0] == 109 // g x k h s m
        case 2:
            let a = s[0], b = s[1]
            return (a == 109 && (b == 103 || b == 108)) || (a == 115 && b == 116)
                || (a == 114 && b == 100) || (a == 116 && b == 104) || ((a == 97 || a == 112) && b == 109)
                || (a == 107 && b == 103) || (a == 108 && b == 98)
        default:
            return false
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 0x80 }
    @inline(__always) static func isDigitByte(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isLetterByte(b) || isDigitByte(b) }
    @inline(__always) static func isLeetSymbol(_ b: UInt8) -> Bool { b == 64 || b == 36 || b == 33 || b == 124 || b == 42 }
    @inline(__always) static func isJoinableGap(_ b: UInt8) -> Bool {
        b == 32 || b == 46 || b == 45 || b == 95 || b == 42 || b == 47 || b == 43 || b == 126
    }

    /// Maps one leetspeak byte to the letter it stands for (`3`→e, `$`→s, `@`→a, ...).
    @inline(__always) static func leet(_ b: UInt8) -> UInt8 {
        switch b {
        case 48: return 111   // 0 -> o
        case 49: return 105   // 1 -> i
        case 51: return 101   // 3 -> e
        case 52: return 97    // 4 -> a
        case 53: return 115   // 5 -> s
        case 55: return 116   // 7 -> t
        case 57: return 103   // 9 -> g
        case 64: return 97    // @ -> a
        case 36: return 115   // $ -> s
        case 33: return 105   // ! -> i
        case 124: return 108  // | -> l
        default: return b
        }
    }
}
