/// Hands every token of one scan to two sinks, so a line is normalised once for the rules and the model.
///
/// Holds pointers to the two sinks (valid for the scan only), so neither is copied and their arrays stay
/// uniquely referenced while they grow.
struct TokenTee<First: TokenSink, Second: TokenSink>: TokenSink {
    let first: UnsafeMutablePointer<First>
    let second: UnsafeMutablePointer<Second>

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        first.pointee.token(bytes, punctuationBefore: punctuationBefore, joined: joined)
        second.pointee.token(bytes, punctuationBefore: punctuationBefore, joined: joined)
    }

    mutating func finish(punctuationAfter: Punctuation) {
        first.pointee.finish(punctuationAfter: punctuationAfter)
        second.pointee.finish(punctuationAfter: punctuationAfter)
    }

    /// Scans `text` once into both sinks.
    static func scan(_ text: LineText, into first: inout First, _ second: inout Second) {
        withUnsafeMutablePointer(to: &first) { a in
            withUnsafeMutablePointer(to: &second) { b in
                var both = TokenTee(first: a, second: b)
                text.scan(into: &both)
            }
        }
    }
}

/// A sink that keeps nothing (the second half of a tee when only one side is wanted).
struct IgnoredTokens: TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {}
    mutating func finish(punctuationAfter: Punctuation) {}
}
