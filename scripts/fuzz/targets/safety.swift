import Safety

/// The router built once, as the app does.
let router = try! SafetyRouter()

/// libFuzzer entry: any bytes, as text, through the normaliser and the router in every role, one
/// line at a time and as a conversation window; never crash or hang, and the level is stable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafety(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = TextNormaliser.normalise(text)
    _ = TextNormaliser.tokens(text)
    var window = ConversationWindow()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        for role in [InputRole.person, .supporter, .safetyPlanEntry] {
            let alone = router.assess(String(line), role: role)
            let again = router.assess(String(line), role: role)
            if alone.level != again.level { fatalError("router not deterministic for \(line.debugDescription)") }
        }
        _ = router.assess(String(line), role: .person, window: &window)
    }
    return 0
}
