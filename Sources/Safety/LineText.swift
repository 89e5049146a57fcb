/// The text of the line being assessed, as the router reads it: a `String`, or the bytes of a plain ASCII line read
/// in place (`SafetyRouter.assessJSONLine(ascii:scratch:output:)`), for which no `String` is made unless a reading
/// needs one (evidence ids spelled out).
///
/// Valid while the line is being assessed: the bytes belong to the caller.
struct LineText {
    private let text: String?
    private let ascii: UnsafeBufferPointer<UInt8>

    /// A line given as a string.
    init(_ text: String) {
        self.text = text
        ascii = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A line given as bytes that are all below 0x80.
    init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        text = nil
        ascii = bytes
    }

    /// The text an assessment carries: the line itself, or empty for a line given as bytes (whose caller writes the
    /// bytes itself, as `assessJSONLine(ascii:scratch:output:)` does).
    var assessmentText: String { text ?? "" }

    /// Normalises the line into `sink` (`TextNormaliser.scan`).
    func scan<Sink: TokenSink>(into sink: inout Sink) {
        if let text {
            TextNormaliser.scan(text, into: &sink)
        } else {
            TextNormaliser.scan(ascii: ascii, into: &sink)
        }
    }
}
