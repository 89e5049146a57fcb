/// Builds the Aho-Corasick automaton over word ids that `PhraseMatcher` runs, and lays it out for an image.
///
/// States are numbered breadth first with each state's children consecutive and sorted by word id, so the
/// image needs no transition table: a state's children are `firstChild(s) ..< firstChild(s + 1)`, found by
/// binary search over their labels (the root's by a direct table indexed by word id). Each state is one
/// bit-packed record (`PackedStates`); its outputs (its own phrases, then those of its failure chain) are a list
/// shared by every state with the same outputs.
struct PhraseAutomatonBuilder {
    private var transitions = HashIndex(capacity: 1024)
    private var children: [[(id: Int32, state: Int32)]] = [[]]
    private var outputs: [[(tag: Int32, length: Int32)]] = [[]]

    /// Adds one phrase (a sequence of word ids) reported with `tag`.
    mutating func add(_ ids: [Int32], tag: Int32) {
        guard !ids.isEmpty else { return }
        var state: Int32 = 0
        for id in ids {
            if let next = transitions.value(for: PhraseAutomatonBuilder.key(state, id)) {
                state = next
            } else {
                let next = Int32(outputs.count)
                outputs.append([])
                children.append([])
                transitions.set(next, for: PhraseAutomatonBuilder.key(state, id))
                children[Int(state)].append((id, next))
                state = next
            }
        }
        if !outputs[Int(state)].contains(where: { $0.tag == tag && $0.length == Int32(ids.count) }) {
            outputs[Int(state)].append((tag, Int32(ids.count)))
        }
    }

    /// Computes failure links, renumbers the states breadth first and writes the automaton's sections.
    func write(into writer: inout RouterImageWriter, wordCount: Int) {
        let count = outputs.count
        var failure = [Int32](repeating: 0, count: count)
        var merged = outputs
        var order: [Int32] = [0]   // breadth-first order; a state's children follow in id order
        var renumbered = [Int32](repeating: 0, count: count)
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for (id, child) in children[Int(state)].sorted(by: { $0.id < $1.id }) {
                renumbered[Int(child)] = Int32(order.count)
                order.append(child)
                guard state != 0 else { continue }
                var f = failure[Int(state)]
                while true {
                    if let next = transitions.value(for: PhraseAutomatonBuilder.key(f, id)) {
                        failure[Int(child)] = next
                        break
                    }
                    if f == 0 { break }
                    f = failure[Int(f)]
                }
                merged[Int(child)].append(contentsOf: merged[Int(failure[Int(child)])])
            }
        }
        var root = [Int32](repeating: 0, count: wordCount)
        var labels = [Int32](repeating: 0, count: count)
        var records: [(label: Int32, list: Int, firstChild: Int, failure: Int)] = []
        records.reserveCapacity(count)
        // Identical output lists are stored once (format 3): 6,747 distinct lists among 409,000 states in the core.
        // Keyed by a hash of the list (a `Dictionary` keyed by arrays cost a million instructions of conformance
        // lookups at start when extra rules are compiled); a list whose hash is taken by another is stored again.
        var listIDs = HashIndex(capacity: 1024)
        var listOffsets: [UInt32] = [0, 0], packed: [UInt32] = []
        var next = 1
        for state in order {
            for (id, child) in children[Int(state)] {
                labels[Int(renumbered[Int(child)])] = id
                if state == 0 && Int(id) < wordCount { root[Int(id)] = renumbered[Int(child)] }
            }
            var listID = 0
            if !merged[Int(state)].isEmpty {
                let list = merged[Int(state)].map { PhraseAutomatonBuilder.pack(tag: $0.tag, length: $0.length) }
                var key: UInt64 = 0xcbf2_9ce4_8422_2325
                for output in list { key = (key ^ UInt64(output)) &* 0x100_0000_01b3 }
                if let known = listIDs.value(for: key),
                   packed[Int(listOffsets[Int(known)])..<Int(listOffsets[Int(known) + 1])].elementsEqual(list) {
                    listID = Int(known)
                } else {
                    listID = listOffsets.count - 1
                    if listIDs.value(for: key) == nil { listIDs.set(Int32(listID), for: key) }
                    packed.append(contentsOf: list)
                    listOffsets.append(UInt32(packed.count))
                }
            }
            records.append((labels[records.count], listID, next, Int(renumbered[Int(failure[Int(state)])])))
            next += children[Int(state)].count
        }
        let shape = PackedStates.Shape(labelBits: PackedStates.Shape.bits(forCount: max(wordCount, Int(labels.max() ?? 0) + 1)),
                                       listBits: PackedStates.Shape.bits(forCount: listOffsets.count - 1),
                                       stateBits: PackedStates.Shape.bits(forCount: count + 1))
        writer.put(.rootChildren, root)
        writer.put(.stateShape, shape.words)
        writer.put(.states, PackedStates.pack(records, end: next, shape: shape))
        writer.put(.outputLists, listOffsets)
        writer.put(.outputs, packed)
    }

    /// One output as a single word: the rule's tag in the high 24 bits, the phrase's length in words in the low 8
    /// (format 2; format 1 kept them in two arrays of 32-bit words, three quarters of a megabyte more).
    static func pack(tag: Int32, length: Int32) -> UInt32 {
        precondition(tag >= 0 && tag < 1 << 24 && length > 0 && length < 256, "phrase output out of range")
        return UInt32(tag) << 8 | UInt32(length)
    }

    /// The tag and the length in words of an output written by `pack`.
    @inline(__always) static func unpack(_ packed: UInt32) -> (tag: Int32, length: Int) {
        (Int32(packed >> 8), Int(packed & 0xFF))
    }

    @inline(__always) private static func key(_ state: Int32, _ id: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: state)) << 32) | UInt64(UInt32(bitPattern: id))
    }
}
