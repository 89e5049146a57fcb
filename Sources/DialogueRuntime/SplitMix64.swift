/// The SplitMix64 generator: tiny, fast and fully determined by its 64-bit state.
///
/// The state lives in `EngineState.rng`, so a saved conversation continues with the same choices.
struct SplitMix64: Sendable {
    /// The generator's state.
    var state: UInt64

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (`count` must be positive).
    mutating func index(below count: Int) -> Int {
        let bound = UInt64(count)
        return Int(next().multipliedFullWidth(by: bound).high)
    }
}
