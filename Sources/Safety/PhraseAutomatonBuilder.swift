/// Builds the Aho-Corasick automaton over word ids that `PhraseMatcher` runs, and lays it out for an image.
///
/// States are numbered breadth first with each state's children consecutive and sorted by word id, so the
/// image needs no transition table: a state's children are `firstChild[s] ..< firstChild[s + 1]`, found by
/// binary search over their labels (the root's by a direct table indexed by word id).
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
        var firstChild: [Int32] = [], labels = [Int32](repeating: 0, count: count)
        var links: [Int32] = [], outputOffsets: [Int32] = [0], packed: [UInt32] = []
        var next: Int32 = 1
        for state in order {
            firstChild.append(next)
            for (id, child) in children[Int(state)] {
                labels[Int(renumbered[Int(child)])] = id
                if state == 0 && Int(id) < wordCount { root[Int(id)] = renumbered[Int(child)] }
            }
            next += Int32(children[Int(state)].count)
            links.append(renumbered[Int(failure[Int(state)])])
            for output in merged[Int(state)] {
                packed.append(PhraseAutomatonBuilder.pack(tag: output.tag, length: output.length))
            }
            outputOffsets.append(Int32(packed.count))
        }
        firstChild.append(next)
        writer.put(.rootChildren, root)
        writer.put(.firstChild, firstChild)
        writer.put(.labels, labels)
        writer.put(.failure, links)
        writer.put(.outputOffsets, outputOffsets)
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
