/// The phrase automaton's states as bit-packed records of one fixed width, read in place from a `RouterImage`.
///
/// State `s` is the record at byte `s * stride`: from the low bit up, the word id on the edge into it (`label`),
/// its output list (0 = none; an index into `outputLists`), its first child and its failure link. Each field is
/// as wide as the image's largest value needs (`Shape`, stored in the image), and every field is read with one
/// unaligned 64-bit load from the byte it starts in. A sentinel record after the last state carries the end of
/// the last state's children. In the core image (format 3) a record is 13 + 14 + 21 + 21 bits (rounds 19 and 20), 9 bytes: the four
/// 32-bit arrays of format 2 took 16 bytes a state, in four places in memory.
struct PackedStates: @unchecked Sendable {
    /// Field widths in bits.
    struct Shape: Equatable {
        let labelBits: Int
        let listBits: Int
        let stateBits: Int

        /// Bits a field needs to hold every value in `0 ..< count`.
        static func bits(forCount count: Int) -> Int {
            count <= 2 ? 1 : Int.bitWidth - (count - 1).leadingZeroBitCount
        }

        /// Bytes per record.
        var stride: Int { (labelBits + listBits + 2 * stateBits + 7) / 8 }

        /// As stored in the image's `stateShape` section.
        var words: [UInt32] { [UInt32(labelBits), UInt32(listBits), UInt32(stateBits)] }
    }

    private let base: UnsafeRawPointer?
    private let stride: Int
    /// Number of states (the sentinel not counted).
    let count: Int
    private let labelMask: UInt64, listShift: Int, listMask: UInt64
    private let childShift: Int, failureShift: Int, stateMask: UInt64

    /// The states stored in `image` (inlined into the matcher's initialiser, which `scripts/link-order.txt` places
    /// with the code every start runs: on its own, a function new to the order costs a page fault at start).
    @inline(__always) init(_ image: RouterImage) {
        let shape = image.array(.stateShape, of: UInt32.self)
        let bytes = image.array(.states, of: UInt8.self)
        let layout = shape.count == 3
            ? Shape(labelBits: Int(shape[0]), listBits: Int(shape[1]), stateBits: Int(shape[2]))
            : Shape(labelBits: 1, listBits: 1, stateBits: 1)
        base = UnsafeRawPointer(bytes.baseAddress)
        stride = layout.stride
        count = bytes.count >= 8 ? (bytes.count - 8) / layout.stride - 1 : 0
        labelMask = (1 << UInt64(layout.labelBits)) - 1
        listShift = layout.labelBits
        listMask = (1 << UInt64(layout.listBits)) - 1
        childShift = layout.labelBits + layout.listBits
        failureShift = childShift + layout.stateBits
        stateMask = (1 << UInt64(layout.stateBits)) - 1
    }

    /// The word id on the edge into `state`.
    @inline(__always) func label(_ state: Int) -> Int32 { Int32(truncatingIfNeeded: field(state, 0, labelMask)) }

    /// The index of `state`'s output list (0 when it reports nothing).
    @inline(__always) func list(_ state: Int) -> Int { Int(truncatingIfNeeded: field(state, listShift, listMask)) }

    /// `state`'s first child; its children are `firstChild(state) ..< firstChild(state + 1)`, sorted by label.
    @inline(__always) func firstChild(_ state: Int) -> Int { Int(truncatingIfNeeded: field(state, childShift, stateMask)) }

    /// The state of the longest proper suffix of `state`'s path that is also a path from the root.
    @inline(__always) func failure(_ state: Int) -> Int { Int(truncatingIfNeeded: field(state, failureShift, stateMask)) }

    @inline(__always) private func field(_ state: Int, _ shift: Int, _ mask: UInt64) -> UInt64 {
        let word = base.unsafelyUnwrapped.loadUnaligned(fromByteOffset: state &* stride &+ shift >> 3, as: UInt64.self)
        return (word >> UInt64(shift & 7)) & mask
    }

    /// Packs records (`label`, `list`, `firstChild`, `failure` per state, then the sentinel's `firstChild`) into
    /// the bytes of a `states` section, with 8 bytes of padding for the last records' loads.
    static func pack(_ records: [(label: Int32, list: Int, firstChild: Int, failure: Int)], end: Int, shape: Shape) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: (records.count + 1) * shape.stride + 8)
        func put(_ value: Int, bits: Int, at bit: Int) {
            precondition(value >= 0 && (bits == Int.bitWidth || value >> bits == 0), "automaton field out of range")
            var value = UInt64(value) << UInt64(bit & 7), at = bit >> 3
            while value != 0 {
                bytes[at] |= UInt8(truncatingIfNeeded: value)
                value >>= 8
                at += 1
            }
        }
        let childShift = shape.labelBits + shape.listBits
        for (state, record) in records.enumerated() {
            let bit = state * shape.stride * 8
            put(Int(record.label), bits: shape.labelBits, at: bit)
            put(record.list, bits: shape.listBits, at: bit + shape.labelBits)
            put(record.firstChild, bits: shape.stateBits, at: bit + childShift)
            put(record.failure, bits: shape.stateBits, at: bit + childShift + shape.stateBits)
        }
        put(end, bits: shape.stateBits, at: records.count * shape.stride * 8 + childShift)
        return bytes
    }
}
