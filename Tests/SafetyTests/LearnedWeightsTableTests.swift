import Testing
@testable import Safety

@Suite struct LearnedWeightsTableTests {
    @Test func theEmbeddedTableIsTheOneItsNumbersWereWrittenWith() {
        // Fails when learned.bin and LearnedWeights.swift come from different training runs (one of them edited,
        // copied or left behind): rerun scripts/safety-model/train, which writes both.
        let bytes = LearnedWeightsTable.embeddedBytes
        #expect(bytes.count == LearnedWeights.tableSize, "Sources/SafetyImage/learned.bin is stale: rerun scripts/safety-model/train")
        #expect(LearnedWeightsTable.checksum(bytes) == LearnedWeights.tableChecksum,
                "Sources/SafetyImage/learned.bin is stale: rerun scripts/safety-model/train")
        let table = LearnedWeightsTable.embedded
        #expect(table.bucketCount == FeatureHashing.bucketCount)
        #expect(table.nonZeroCount == LearnedWeights.nonZeroCount)
        // Every stored weight is reached once, and none of them is zero.
        #expect((0..<table.bucketCount).count { table[$0] != 0 } == LearnedWeights.nonZeroCount)
    }

    @Test func aBucketsWeightIsFoundByItsBitAndTheBitsBeforeIt() throws {
        // 128 buckets: weights at 0, 5, 63 (first word), 64 and 127 (second word).
        let set: [(bucket: Int, weight: Int8)] = [(0, 7), (5, -3), (63, 127), (64, -128), (127, 1)]
        let bytes = Self.table(buckets: 128, set)
        try bytes.withUnsafeBytes { raw in
            let table = try #require(LearnedWeightsTable(raw))
            #expect(table.bucketCount == 128 && table.nonZeroCount == 5)
            #expect(set.allSatisfy { table[$0.bucket] == $0.weight })
            #expect((0..<128).filter { table[$0] != 0 } == set.map(\.bucket))
        }
    }

    @Test func aTableOfAnotherFormatOrSizeIsRefused() {
        var bytes = Self.table(buckets: 64, [(3, 2)])
        bytes.withUnsafeBytes { #expect(LearnedWeightsTable(UnsafeRawBufferPointer(rebasing: $0[0..<($0.count - 1)])) == nil) }
        bytes[4] = 2   // format
        bytes.withUnsafeBytes { #expect(LearnedWeightsTable($0) == nil) }
        bytes[4] = 1
        bytes[0] = UInt8(ascii: "X")
        bytes.withUnsafeBytes { #expect(LearnedWeightsTable($0) == nil) }
    }

    /// A table in learned.bin's layout (as scripts/safety-model/train writes it).
    private static func table(buckets: Int, _ set: [(bucket: Int, weight: Int8)]) -> [UInt8] {
        var bits = [UInt64](repeating: 0, count: buckets / 64)
        for item in set { bits[item.bucket / 64] |= 1 << UInt64(item.bucket % 64) }
        var bytes = Array("ALW1".utf8)
        for value in [UInt32(1), UInt32(buckets), UInt32(set.count)] { bytes += withUnsafeBytes(of: value.littleEndian, Array.init) }
        for word in bits { bytes += withUnsafeBytes(of: word.littleEndian, Array.init) }
        var before: UInt32 = 0
        for word in bits {
            bytes += withUnsafeBytes(of: before.littleEndian, Array.init)
            before += UInt32(word.nonzeroBitCount)
        }
        return bytes + set.map { UInt8(bitPattern: $0.weight) }
    }
}
