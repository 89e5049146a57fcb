/// An Aho-Corasick automaton over word ids: finds every phrase in one pass over a line, at a cost
/// that does not grow with the number of phrases.
struct PhraseMatcher: Sendable {
    /// One phrase occurrence: the pattern's tag and the half-open token range it covers.
    struct Match: Sendable, Equatable {
        let tag: Int32
        let start: Int
        let end: Int
    }

    private struct Output: Sendable {
        let tag: Int32
        let length: Int32
    }

    private var transitions = HashIndex(capacity: 1024)
    private var failure: [Int32] = [0]
    private var outputs: [[Output]] = [[]]

    /// Number of automaton states (for tests and diagnostics).
    var stateCount: Int { failure.count }

    /// Builds the automaton from id sequences, each with a tag returned on a match.
    init(patterns: [(ids: [Int32], tag: Int32)]) {
        var children: [[(Int32, Int32)]] = [[]]
        for pattern in patterns where !pattern.ids.isEmpty {
            var state: Int32 = 0
            for id in pattern.ids {
                if let next = transitions.value(for: PhraseMatcher.key(state, id)) {
                    state = next
                } else {
                    let next = Int32(failure.count)
                    failure.append(0)
                    outputs.append([])
                    children.append([])
                    transitions.set(next, for: PhraseMatcher.key(state, id))
                    children[Int(state)].append((id, next))
                    state = next
                }
            }
            let output = Output(tag: pattern.tag, length: Int32(pattern.ids.count))
            if !outputs[Int(state)].contains(where: { $0.tag == output.tag && $0.length == output.length }) {
                outputs[Int(state)].append(output)
            }
        }
        var queue: [Int32] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (id, child) in children[Int(state)] {
                var f = failure[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = transitions.value(for: PhraseMatcher.key(f, id)), next != child {
                        target = next
                        break
                    }
                    if f == 0 { break }
                    f = failure[Int(f)]
                }
                failure[Int(child)] = target
                outputs[Int(child)].append(contentsOf: outputs[Int(target)])
                queue.append(child)
            }
        }
    }

    /// Every phrase occurrence in `ids`, in order of where each ends.
    func matches(in ids: [Int32]) -> [Match] {
        var found: [Match] = []
        var state: Int32 = 0
        for (index, id) in ids.enumerated() {
            if id == Vocabulary.unknown {
                state = 0
                continue
            }
            while true {
                if let next = transitions.value(for: PhraseMatcher.key(state, id)) {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            for output in outputs[Int(state)] {
                found.append(Match(tag: output.tag, start: index + 1 - Int(output.length), end: index + 1))
            }
        }
        return found
    }

    @inline(__always) private static func key(_ state: Int32, _ id: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: state)) << 32) | UInt64(UInt32(bitPattern: id))
    }
}
