import SafetyImage

/// The learned layer's quantised weights, read in place from the binary (Sources/SafetyImage/learned.bin).
///
/// Written by `scripts/safety-model/train` (little-endian): a 16-byte header ("ALW1", format 1, bucket count,
/// non-zero count), one bit per bucket (64-bit words, set where the weight is not zero), each word's count of set
/// bits before it (32-bit), then the non-zero weights in bucket order. A bucket's weight is one bit test and one
/// popcount away, so nothing is decoded or copied at start: a run maps the 104 KB it reads, where the dense table
/// decoded from base64 text took 256 KB of heap and the text's 150 KB of pages.
struct LearnedWeightsTable: @unchecked Sendable {
    private let bits: UnsafePointer<UInt64>
    private let before: UnsafePointer<UInt32>
    private let weights: UnsafePointer<Int8>
    /// How many buckets the table covers (`FeatureHashing.bucketCount` for the shipped model).
    let bucketCount: Int
    /// How many buckets have a weight other than zero.
    let nonZeroCount: Int

    static let headerSize = 16
    static let magic: [UInt8] = Array("ALW1".utf8)
    static let format: UInt32 = 1

    /// Reads the table in `bytes`, which must outlive it (the embedded table lives as long as the process);
    /// nil when the header or the size does not fit.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= Self.headerSize, let base = bytes.baseAddress, Array(bytes[0..<4]) == Self.magic,
              bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self) == Self.format,
              Int(bitPattern: base) % 8 == 0 else { return nil }
        let buckets = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        let nonZero = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        guard buckets > 0, buckets % 64 == 0, nonZero <= buckets,
              bytes.count == Self.headerSize + buckets / 8 + buckets / 64 * 4 + nonZero else { return nil }
        let words = buckets / 64
        bits = (base + Self.headerSize).assumingMemoryBound(to: UInt64.self)
        before = (base + Self.headerSize + words * 8).assumingMemoryBound(to: UInt32.self)
        weights = (base + Self.headerSize + words * 12).assumingMemoryBound(to: Int8.self)
        bucketCount = buckets
        nonZeroCount = nonZero
    }

    /// The table embedded in the binary.
    static let embedded: LearnedWeightsTable = {
        guard let table = LearnedWeightsTable(embeddedBytes) else {
            fatalError("Sources/SafetyImage/learned.bin is malformed: rerun scripts/safety-model/train")
        }
        return table
    }()

    /// The bytes of the embedded table.
    static var embeddedBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: alongside_learned_weights(), count: alongside_learned_weights_size())
    }

    /// The weight of `bucket` (0 for most), which must be below `bucketCount`.
    @inline(__always)
    subscript(bucket: Int) -> Int8 {
        let word = bits[bucket &>> 6]
        let bit = UInt64(1) &<< UInt64(bucket & 63)
        guard word & bit != 0 else { return 0 }
        return weights[Int(before[bucket &>> 6]) + (word & (bit &- 1)).nonzeroBitCount]
    }

    /// 64-bit FNV-1a of `bytes` (the checksum `scripts/safety-model/train` writes beside the table).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        HashIndex.hash(bytes.assumingMemoryBound(to: UInt8.self))
    }
}
