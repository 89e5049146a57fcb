import Foundation

/// The learned skill model: multinomial logistic regression over `SkillFeatures`, one weight row per skill,
/// trained at development time by `scripts/skills-model/train` on our own labelled utterances and compiled
/// in as `SkillWeights` (int8 weights, packed; decoded once, on first use).
///
/// `ListeningClassifier` asks it only where the rules are unsure (see `SkillModel.ruleConfidenceToKeep`).
struct SkillModel: Sendable {
    /// The model compiled into the binary, decoded on first use (Swift initialises statics lazily).
    static let shipped = SkillModel(biases: SkillWeights.biases, scale: SkillWeights.scale, packed: SkillWeights.packed)

    /// Number of skills (weight rows).
    static let skillCount = ListeningSkill.allCases.count

    /// Weights by `bucket * skillCount + slot`, quantised: the real weight is `table[i] * scale`.
    private let table: [Int8]
    private let biases: [Float]
    private let scale: Float

    /// Decodes a packed table: base64 of varint index gaps, each followed by an int8 weight.
    init(biases: [Float], scale: Float, packed: StaticString) {
        self.biases = biases
        self.scale = scale
        var table = [Int8](repeating: 0, count: SkillFeatures.bucketCount * Self.skillCount)
        let bytes = Self.base64(UnsafeBufferPointer(start: packed.utf8Start, count: packed.utf8CodeUnitCount))
        var index = 0, position = -1
        while index < bytes.count {
            var gap = 0, shift = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                gap |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { break }
            }
            position += gap
            guard index < bytes.count, position < table.count else { break }
            table[position] = Int8(bitPattern: bytes[index])
            index += 1
        }
        self.table = table
    }

    /// The probability of each skill (indexed by `ListeningSkill.slot`) for the utterance's features.
    func probabilities(_ features: SkillFeatures) -> [Double] {
        var sums = [Int](repeating: 0, count: Self.skillCount)
        table.withUnsafeBufferPointer { weights in
            for bucket in features.buckets {
                let row = bucket * Self.skillCount
                for slot in 0..<Self.skillCount { sums[slot] += Int(weights[row + slot]) }
            }
        }
        let norm = features.buckets.isEmpty ? 0 : scale / Float(features.buckets.count).squareRoot()
        let logits = (0..<Self.skillCount).map { Double(biases[$0] + Float(sums[$0]) * norm) }
        let top = logits.max() ?? 0
        let exps = logits.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// The most probable skill and its probability.
    func predict(_ features: SkillFeatures) -> (skill: ListeningSkill, probability: Double) {
        let p = probabilities(features)
        var best = 0
        for slot in p.indices where p[slot] > p[best] { best = slot }
        return (ListeningSkill.allCases[best], p[best])
    }

    /// A small standard base64 decoder (the table is stored as base64 text in Swift source).
    private static func base64(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var buffer: UInt32 = 0, bits = 0
        for byte in input {
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}
