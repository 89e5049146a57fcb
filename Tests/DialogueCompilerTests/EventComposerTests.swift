import Foundation
import Testing
import Yams
@testable import DialogueCompiler

/// Every difference between two trees that the reader could see: kind, text, tag as read, style, mark, shape.
private func differences(_ a: Node, _ b: Node, at path: String = "root") -> [String] {
    func same<T: Equatable>(_ what: String, _ x: T, _ y: T) -> [String] { x == y ? [] : ["\(path) \(what): \(x) vs \(y)"] }
    let marks = same("mark", a.mark.map { "\($0.line):\($0.column)" }, b.mark.map { "\($0.line):\($0.column)" })
        + same("tag", a.tag.description, b.tag.description)
    switch (a, b) {
    case let (.scalar(x), .scalar(y)):
        return marks + same("text", x.string, y.string) + same("style", x.style, y.style)
    case let (.sequence(x), .sequence(y)):
        let own = marks + same("style", x.style, y.style) + same("count", x.count, y.count)
        return own + zip(x, y).enumerated().flatMap { differences($1.0, $1.1, at: "\(path)[\($0)]") }
    case let (.mapping(x), .mapping(y)):
        var own = marks + same("style", x.style, y.style) + same("count", x.count, y.count)
        for index in 0..<min(x.count, y.count) {
            let (keyA, valueA) = x[x.startIndex + index]
            let (keyB, valueB) = y[y.startIndex + index]
            let name = keyA.scalar?.string ?? "?"
            own += differences(keyA, keyB, at: "\(path).key(\(name))") + differences(valueA, valueB, at: "\(path).\(name)")
        }
        return own
    default:
        return ["\(path): \(a) vs \(b)"]
    }
}

/// How many values a tree holds and how deep it goes, counted as `TreeBudget` counts them.
private func size(_ node: Node, level: Int = 1) -> (count: Int, depth: Int) {
    var count = 1, depth = level
    let children: [Node]
    switch node {
    case .mapping(let mapping): children = mapping.flatMap { [$0.key, $0.value] }
    case .sequence(let sequence): children = Array(sequence)
    default: children = []
    }
    for child in children {
        let inner = size(child, level: level + 1)
        count += inner.count
        depth = max(depth, inner.depth)
    }
    return (count, depth)
}

/// The texts the composer is checked on: every bundled script and a few written here. (The golden scripts
/// are left to Yams: one has a list as a key, the other a repeated key.)
private func sampleTexts() throws -> [String] {
    let root = goldenDirectory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("dialogues")
    var texts: [String] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".yaml") {
        texts.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
    }
    texts += [
        "a: 1\nb: [x, 'y', \"z\", {c: d}]\nc: |\n  block\n  text\nd: >\n  folded\ne:\nf: ~\n",
        "# only a comment\nkey: \"é, ü and 🙂 before {name}\"\nnext: 'it''s'\n",
        "- one\n- - two\n  - three\n- {a: b, 'c': \"d\"}\n",
        "plain text at the root\n",
        "a: 1\r\nb: two words\r\n",
    ]
    return texts
}

/// On every sample, the composer builds the tree Yams composes with the rule-less resolver (same texts,
/// tags as read, styles and marks) and counts its values and depth as the tree budget walk would.
@Test func composesTheTreeYamsComposes() throws {
    let texts = try sampleTexts()
    #expect(texts.count >= 25)
    for text in texts {
        let composed = try #require(EventComposer.compose(text), "\(text.prefix(60))")
        let reference = try #require(try Yams.compose(yaml: text, Resolver.basic))
        let found = differences(composed.root, reference)
        #expect(found.isEmpty, "\(found.prefix(5))")
        let expected = size(reference)
        #expect(composed.count == expected.count)
        #expect(composed.depth == expected.depth)
    }
}

/// Anything beyond the common case is left to Yams: tags, anchors and aliases, repeated keys (also among
/// many keys), keys that are not text, directives, several documents, syntax errors and an empty text.
@Test func leavesEverythingElseToYams() throws {
    let manyKeys = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
    let refused = [
        "a: !!str 1\n", "a: &x 1\nb: *x\n", "a: &x 1\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n",
        manyKeys + "\nk17: again\n", "[a, b]: 1\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n---\nb: 2\n",
        "a: [1, 2\n", "a: 'open\n", "", "# nothing\n",
    ]
    for text in refused {
        #expect(EventComposer.compose(text) == nil, "\(text.debugDescription)")
    }
    for golden in ["every-kind.yaml", "ten-mistakes.yaml"] {
        let text = try String(contentsOf: goldenDirectory.appendingPathComponent(golden), encoding: .utf8)
        #expect(EventComposer.compose(text) == nil, "\(golden)")
    }
    #expect(EventComposer.compose(manyKeys + "\n") != nil)
    #expect(EventComposer.compose("a: {b: 1}\nc: {b: 1}\n") != nil)   // the same key in two mappings
}
