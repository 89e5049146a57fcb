/// The SplitMix64 generator: tiny, fast and fully determined by its 64-bit state.
///
/// The state lives in `EngineState.rng`, so a saved conversation continues with the same choices;
/// the CLI's random walks (`alongside test --random`) use it too.
public struct SplitMix64: Sendable {
    /// The generator's state.
    public var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (`count` must be positive).
    public mutating func index(below count: Int) -> Int {
        let bound = UInt64(count)
        return Int(next().multipliedFullWidth(by: bound).high)
    }
}
