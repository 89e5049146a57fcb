import CYaml
import Yams

/// Composes a plain script's YAML text into Yams nodes straight from libyaml's events.
///
/// The nodes are the ones `Yams.compose(yaml:_:)` makes with `Resolver.basic` (same strings, resolved
/// tags, styles and marks, read from the same libyaml events, so every diagnostic keeps its line and column),
/// without its per-event objects, a tag object per node, Foundation's string decoding and
/// the duplicate-key check that groups every mapping's keys in a new dictionary. It only takes the common
/// case: one document, no directives, tags, anchors or aliases, text keys, no key repeated in a mapping.
/// For anything else, including a syntax error, it returns nil and the caller composes with Yams, whose
/// errors and diagnostics stay the reference.
///
/// It reads libyaml through Yams' `CYaml` module (a target of the Yams package that SwiftPM makes visible
/// to its users' targets; Yams offers no event API of its own).
struct EventComposer {
    /// The root and how large the tree is, so the tree budget walk can be skipped when both are in bounds.
    struct Composed {
        let root: Node
        /// Values in the tree (no aliases, so this is the count after alias expansion too).
        let count: Int
        /// Deepest level, counted as `TreeBudget` counts it (the root is at level 1).
        let depth: Int
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var count = 0
    /// The keys of the mappings being composed, outermost first (see the mapping case of `node(level:)`).
    private var keys: [String] = []
    private var depth = 0
    /// Shared tag objects, named as Yams' tags read once resolved with `Resolver.basic` (which has no rules):
    /// text for every scalar, map and seq for the collections. Yams gives each node a new tag named
    /// "implicit" (except quoted scalars, text) and names it in place when it is first read, so a shared
    /// implicit tag would be renamed for every node at once; named from the start, these are never changed,
    /// and `node.tag` reads the same on every node as in Yams' tree. (The reader reads no other tag, and
    /// types plain scalars itself, see `ScalarTyping.plainRules`.)
    private let textTag: Tag
    private let mapTag: Tag
    private let seqTag: Tag

    private init(parser: UnsafeMutablePointer<yaml_parser_t>, event: UnsafeMutablePointer<yaml_event_t>) {
        self.parser = parser
        self.event = event
        let constructor = Constructor.default   // one for every tag, as Yams' parser has
        textTag = Tag(.str, .basic, constructor)
        mapTag = Tag(.map, .basic, constructor)
        seqTag = Tag(.seq, .basic, constructor)
    }

    /// A Yams mark. `Mark` has no public initializer; it is a struct of two `Int`s, line then column, and
    /// `marksCanBeMade` checks that layout before any is made this way.
    private static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    /// Whether `mark(line:column:)` makes the marks Yams would (else every text is left to Yams).
    static let marksCanBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size else { return false }
        let made = mark(line: 3, column: 7)
        return made.line == 3 && made.column == 7
    }()

    /// The composed tree of `text`, or nil when it is not the common case described above.
    static func compose(_ text: String) -> Composed? {
        guard marksCanBeMade else { return nil }
        var text = text
        return text.withUTF8 { bytes -> Composed? in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
            parser.initialize(to: yaml_parser_t())
            event.initialize(to: yaml_event_t())
            defer {
                yaml_event_delete(event)
                yaml_parser_delete(parser)
                parser.deallocate()
                event.deallocate()
            }
            guard yaml_parser_initialize(parser) == 1 else { return nil }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            var composer = EventComposer(parser: parser, event: event)
            return composer.document()
        }
    }

    /// Reads the next event into `event`; false on a syntax error.
    private func advance() -> Bool {
        yaml_event_delete(event)
        return yaml_parser_parse(parser, event) == 1
    }

    /// Stream start, one document without directives, stream end.
    private mutating func document() -> Composed? {
        guard advance(), event.pointee.type == YAML_STREAM_START_EVENT,
              advance(), event.pointee.type == YAML_DOCUMENT_START_EVENT else { return nil }
        let start = event.pointee.data.document_start
        guard start.version_directive == nil, start.tag_directives.start == start.tag_directives.end,
              advance(), let root = node(level: 1),
              advance(), event.pointee.type == YAML_DOCUMENT_END_EVENT,
              advance(), event.pointee.type == YAML_STREAM_END_EVENT else { return nil }
        return Composed(root: root, count: count, depth: depth)
    }

    /// The node starting at the current event (which it leaves on the node's last event).
    private mutating func node(level: Int) -> Node? {
        count += 1
        if level > depth { depth = level }
        let mark = Self.mark(line: event.pointee.start_mark.line + 1, column: event.pointee.start_mark.column + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.pointee.data.scalar
            guard scalar.anchor == nil, scalar.tag == nil,
                  let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) else { return nil }
            let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(.init(string, textTag, style, mark))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.pointee.data.sequence_start
            guard start.anchor == nil, start.tag == nil else { return nil }
            var items: [Node] = []
            items.reserveCapacity(2)
            while true {
                guard advance() else { return nil }
                if event.pointee.type == YAML_SEQUENCE_END_EVENT { break }
                guard let item = node(level: level + 1) else { return nil }
                items.append(item)
            }
            // As Yams: the style is read from the end event (libyaml leaves it 0 there).
            let style = Node.Sequence.Style(rawValue: numericCast(event.pointee.data.sequence_start.style.rawValue)) ?? .any
            return .sequence(.init(items, seqTag, style, mark))
        case YAML_MAPPING_START_EVENT:
            let start = event.pointee.data.mapping_start
            guard start.anchor == nil, start.tag == nil else { return nil }
            var pairs: [(Node, Node)] = []
            pairs.reserveCapacity(4)
            // This mapping's keys are `keys[base...]` (compared one by one) until there are many (`nodes:`),
            // then a set; nested mappings push theirs after them and take them off when done.
            let base = keys.count
            var many: Set<String>?
            defer { keys.removeSubrange(base...) }
            while true {
                guard advance() else { return nil }
                if event.pointee.type == YAML_MAPPING_END_EVENT { break }
                guard let key = node(level: level + 1), case .scalar(let scalar) = key else { return nil }
                if many != nil {
                    guard many!.insert(scalar.string).inserted else { return nil }
                } else {
                    guard !keys[base...].contains(scalar.string) else { return nil }
                    keys.append(scalar.string)
                    if keys.count - base == 16 { many = Set(keys[base...]) }
                }
                guard advance(), let value = node(level: level + 1) else { return nil }
                pairs.append((key, value))
            }
            let style = Node.Mapping.Style(rawValue: numericCast(event.pointee.data.mapping_start.style.rawValue)) ?? .any
            return .mapping(.init(pairs, mapTag, style, mark))
        default:
            return nil   // an alias
        }
    }
}
