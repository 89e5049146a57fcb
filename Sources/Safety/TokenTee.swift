/// Hands every token of one scan to two sinks, so a line is normalised once for the rules and the model.
struct TokenTee<First: TokenSink, Second: TokenSink>: TokenSink {
    var first: First
    var second: Second

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        first.token(bytes, punctuationBefore: punctuationBefore, joined: joined)
        second.token(bytes, punctuationBefore: punctuationBefore, joined: joined)
    }

    mutating func finish(punctuationAfter: Punctuation) {
        first.finish(punctuationAfter: punctuationAfter)
        second.finish(punctuationAfter: punctuationAfter)
    }
}

/// A sink that keeps nothing (the second half of a tee when only one side is wanted).
struct IgnoredTokens: TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {}
    mutating func finish(punctuationAfter: Punctuation) {}
}
