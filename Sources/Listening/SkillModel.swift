import Foundation

/// The learned skill model: multinomial logistic regression over `SkillFeatures`, one weight row per skill,
/// trained at development time by `scripts/skills-model/train` on our own labelled utterances and compiled
/// in as `SkillWeights` (int8 weights, packed; decoded once, on first use).
///
/// `ListeningClassifier` asks it only where the rules are unsure (see `SkillModel.ruleConfidenceToKeep`).
struct SkillModel: Sendable {
    /// The model compiled into the binary, decoded on first use (Swift initialises statics lazily).
    static let shipped = SkillModel(biases: SkillWeights.biases, scale: SkillWeights.scale, packed: SkillWeights.packed)

    /// The skills in weight-row order.
    private static let skills = ListeningSkill.allCases
    /// Number of skills (weight rows).
    static let skillCount = ListeningSkill.allCases.count

    /// Weights by `bucket * skillCount + slot`, quantised: the real weight is `table[i] * scale`.
    private let table: [Int8]
    private let biases: [Float]
    private let scale: Float

    /// Decodes a packed table: base64 of rows, each a bucket number (two bytes, big-endian) followed by the int8
    /// weight of every skill in `ListeningSkill.allCases` order.
    init(biases: [Float], scale: Float, packed: StaticString) {
        self.biases = biases
        self.scale = scale
        let rowSize = 2 + Self.skillCount
        var table = [Int8](repeating: 0, count: SkillFeatures.bucketCount * Self.skillCount)
        let bytes = Self.unbase64(UnsafeBufferPointer(start: packed.utf8Start, count: packed.utf8CodeUnitCount))
        for rowStart in stride(from: 0, to: bytes.count - rowSize + 1, by: rowSize) {
            let bucket = Int(bytes[rowStart]) << 8 | Int(bytes[rowStart + 1])
            guard bucket < SkillFeatures.bucketCount else { continue }
            for slot in 0..<Self.skillCount {
                table[bucket * Self.skillCount + slot] = Int8(bitPattern: bytes[rowStart + 2 + slot])
            }
        }
        self.table = table
    }

    /// The most probable skill and its probability (softmax over the skills' scores).
    func predict(_ features: SkillFeatures) -> (skill: ListeningSkill, probability: Double) {
        guard !features.buckets.isEmpty else { return (.other, 0) }
        // A row's twelve weights are loaded as eight and four lanes and summed as vectors.
        assert(Self.skillCount == 12, "the vector loads below assume twelve skills")
        var first = SIMD8<Int32>(repeating: 0), last = SIMD4<Int32>(repeating: 0)
        table.withUnsafeBytes { weights in
            for bucket in features.buckets {
                let row = bucket * Self.skillCount
                first &+= SIMD8<Int32>(truncatingIfNeeded: weights.loadUnaligned(fromByteOffset: row, as: SIMD8<Int8>.self))
                last &+= SIMD4<Int32>(truncatingIfNeeded: weights.loadUnaligned(fromByteOffset: row + 8, as: SIMD4<Int8>.self))
            }
        }
        let norm = scale / Float(features.buckets.count).squareRoot()
        var logits = SIMD16<Float>(repeating: -.infinity)
        var best = 0
        for slot in 0..<Self.skillCount {
            logits[slot] = biases[slot] + Float(slot < 8 ? first[slot] : last[slot - 8]) * norm
            if logits[slot] > logits[best] { best = slot }
        }
        var total = 0.0
        for slot in 0..<Self.skillCount { total += exp(Double(logits[slot] - logits[best])) }
        return (Self.skills[best], 1 / total)
    }

    /// The 6-bit value of each base64 character (255 for anything else, such as padding).
    private static let sextets: [UInt8] = {
        var values = [UInt8](repeating: 255, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(character)] = UInt8(value)
        }
        return values
    }()

    /// Standard base64 to bytes, four characters to three bytes at a time; padding ends the data.
    private static func unbase64(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 4 * 3)
        var group: UInt32 = 0, filled = 0
        for character in text {
            let sextet = sextets[Int(character)]
            if sextet == 255 { break }
            group = group << 6 | UInt32(sextet)
            filled += 1
            if filled == 4 {
                bytes += [UInt8(group >> 16 & 0xFF), UInt8(group >> 8 & 0xFF), UInt8(group & 0xFF)]
                group = 0
                filled = 0
            }
        }
        if filled == 3 { bytes += [UInt8(group >> 10 & 0xFF), UInt8(group >> 2 & 0xFF)] }
        if filled == 2 { bytes.append(UInt8(group >> 4 & 0xFF)) }
        return bytes
    }
}
