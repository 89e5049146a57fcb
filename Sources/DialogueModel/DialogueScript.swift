/// A compiled dialogue script: metadata, variables and a graph of nodes, ready for the runtime.
///
/// Produced by `DialogueCompiler` from YAML; plain values only, so it can be serialised,
/// compared and replayed.
public struct DialogueScript: Sendable, Equatable, Codable {
    /// Stable identifier, e.g. `grounding-54321`.
    public var id: String
    /// Human title shown in menus.
    public var title: String
    /// What sort of exercise this is (`grounding`, `breathing`, `roleplay`...).
    public var kind: ExerciseKind
    /// Script version, increased by authors when the content changes.
    public var version: Int
    /// One or two sentences for the menu and `list`.
    public var description: String
    /// Estimated length in minutes.
    public var minutes: Int
    /// The node the conversation starts at.
    public var start: String
    /// Nodes by id.
    public var nodes: [String: DialogueNode]
    /// Node ids in source order (for stable graphs and messages).
    public var nodeOrder: [String]
    /// Variables declared with initial values (persona state, counters, settings).
    public var variables: [String: Value]
    /// Keys recalled from earlier sessions before the run starts (`recall:`); missing keys start as `null`.
    public var recall: [String]
    /// Extra safety rules the script adds on top of the core rules (never removes any).
    public var safetyRules: [ScriptSafetyRule]
    /// Where the script came from (file path or `bundled:ID`).
    public var origin: String
    /// A document the script builds and versions across sessions (`document:`), if any.
    public var document: DocumentSpec?

    /// Creates a script from its parts.
    public init(id: String, title: String, kind: ExerciseKind, version: Int, description: String, minutes: Int,
                start: String, nodes: [String: DialogueNode], nodeOrder: [String], variables: [String: Value] = [:],
                recall: [String] = [], safetyRules: [ScriptSafetyRule] = [], origin: String,
                document: DocumentSpec? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.version = version
        self.description = description
        self.minutes = minutes
        self.start = start
        self.nodes = nodes
        self.nodeOrder = nodeOrder
        self.variables = variables
        self.recall = recall
        self.safetyRules = safetyRules
        self.origin = origin
        self.document = document
    }

    /// Nodes in source order.
    public var orderedNodes: [DialogueNode] { nodeOrder.compactMap { nodes[$0] } }
}

/// The family an exercise belongs to; decides how it is listed and what feedback follows it.
public enum ExerciseKind: String, Sendable, Equatable, Codable, CaseIterable {
    case grounding, breathing, safetyPlan = "safety-plan", goal, reflection, practice, roleplay, other

    /// Whether the exercise is for trainees (supporter practice) rather than individuals.
    public var isPractice: Bool { self == .practice || self == .roleplay }
}

/// A safety rule added by a script's `safety:` section; validated by the compiler.
public struct ScriptSafetyRule: Sendable, Equatable, Codable {
    /// Rule id, e.g. `script.exam.hopeless`.
    public var id: String
    /// Category raw value (`suicide`, `self_harm`...).
    public var category: String
    /// Level raw value (`concern` or `urgent`).
    public var level: String
    /// Phrases that trigger the rule.
    public var phrases: [String]
    /// Where the rule was written.
    public var location: SourceLocation

    /// Creates a rule.
    public init(id: String, category: String, level: String, phrases: [String], location: SourceLocation) {
        self.id = id
        self.category = category
        self.level = level
        self.phrases = phrases
        self.location = location
    }
}

/// A position in a source file (1-based line and column).
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// File path as given by the user.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
