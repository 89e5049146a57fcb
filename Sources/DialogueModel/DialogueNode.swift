/// One step of a dialogue: optional lines to say, assignments, then exactly one action.
public struct DialogueNode: Sendable, Equatable, Codable {
    /// Unique id within the script.
    public var id: String
    /// Where the node was written.
    public var location: SourceLocation
    /// What is said on entering the node (before the action).
    public var say: SayBlock?
    /// Variable assignments made on entering the node, in order (after `say` is rendered).
    public var set: [Assignment]
    /// Variables to remember for later sessions (`remember:`), stored by the shell as facts.
    public var remember: [String]
    /// What happens next.
    public var action: NodeAction

    /// Creates a node.
    public init(id: String, location: SourceLocation, say: SayBlock? = nil, set: [Assignment] = [],
                remember: [String] = [], action: NodeAction) {
        self.id = id
        self.location = location
        self.say = say
        self.set = set
        self.remember = remember
        self.action = action
    }

    /// Ids of the nodes this node can lead to, in a stable order.
    public var successors: [String] {
        switch action {
        case .next(let id): return [id]
        case .ask(let ask): return [ask.next]
        case .choose(let choose): return choose.options.map(\.next)
        case .branch(let arms, let otherwise): return arms.map(\.next) + [otherwise]
        case .pause(let pause): return [pause.next]
        case .listen(let listen): return listen.onSkill.map(\.next) + [listen.otherwise]
        case .end: return []
        }
    }
}

/// Lines said together, or (with `oneOf`) one of several variants picked by the injected randomness.
public struct SayBlock: Sendable, Equatable, Codable {
    /// The lines (or variants).
    public var lines: [TextTemplate]
    /// When true one line is chosen at random instead of saying them all.
    public var oneOf: Bool

    /// Creates a block.
    public init(lines: [TextTemplate], oneOf: Bool = false) {
        self.lines = lines
        self.oneOf = oneOf
    }
}

/// What a node does after speaking.
public enum NodeAction: Sendable, Equatable, Codable {
    /// Go straight on.
    case next(String)
    /// Ask for a typed answer and check it.
    case ask(Ask)
    /// Offer numbered choices.
    case choose(Choose)
    /// Go to the first arm whose condition holds, else `otherwise`.
    case branch([BranchArm], otherwise: String)
    /// Wait a number of seconds (a countdown on a terminal, skipped otherwise).
    case pause(Pause)
    /// Take the trainee's reply, classify its listening skill and branch on it.
    case listen(Listen)
    /// Finish the conversation.
    case end
}

/// A question with a typed answer.
public struct Ask: Sendable, Equatable, Codable {
    /// The question.
    public var prompt: TextTemplate
    /// What counts as a valid answer.
    public var expect: Expectation
    /// Variable that receives the answer.
    public var save: String?
    /// Store the answer as a distress rating with this name (`before`, `after`).
    public var rating: String?
    /// Kind words shown when the answer does not fit (a default is used when nil).
    public var retry: TextTemplate?
    /// Where to go after a valid answer.
    public var next: String

    /// Creates an ask step.
    public init(prompt: TextTemplate, expect: Expectation, save: String? = nil, rating: String? = nil,
                retry: TextTemplate? = nil, next: String) {
        self.prompt = prompt
        self.expect = expect
        self.save = save
        self.rating = rating
        self.retry = retry
        self.next = next
    }
}

/// The kinds of answer a question accepts.
public enum Expectation: Sendable, Equatable, Codable {
    /// Any text, possibly empty (an empty answer is saved as "").
    case text
    /// Non-empty text.
    case nonEmpty
    /// A whole number within bounds (inclusive).
    case integer(min: Int, max: Int)
    /// Yes or no (saved as a boolean).
    case yesNo
    /// A list of items separated by commas, semicolons or " and "; `min...max` items.
    case list(min: Int, max: Int)
}

/// Numbered choices.
public struct Choose: Sendable, Equatable, Codable {
    /// The question above the options.
    public var prompt: TextTemplate
    /// The options in display order.
    public var options: [ChoiceOption]
    /// Variable that receives the chosen option's value.
    public var save: String?

    /// Creates a choice step.
    public init(prompt: TextTemplate, options: [ChoiceOption], save: String? = nil) {
        self.prompt = prompt
        self.options = options
        self.save = save
    }
}

/// One numbered option.
public struct ChoiceOption: Sendable, Equatable, Codable {
    /// The text shown and accepted as an answer.
    public var label: String
    /// The value saved (defaults to the label).
    public var value: String
    /// Where the option leads.
    public var next: String
    /// Where the option was written.
    public var location: SourceLocation

    /// Creates an option.
    public init(label: String, value: String, next: String, location: SourceLocation) {
        self.label = label
        self.value = value
        self.next = next
        self.location = location
    }
}

/// A condition and its target.
public struct BranchArm: Sendable, Equatable, Codable {
    /// The condition.
    public var condition: Expression
    /// The target when it holds.
    public var next: String
    /// Where the arm was written.
    public var location: SourceLocation

    /// Creates an arm.
    public init(condition: Expression, next: String, location: SourceLocation) {
        self.condition = condition
        self.next = next
        self.location = location
    }
}

/// A timed pause.
public struct Pause: Sendable, Equatable, Codable {
    /// Seconds to wait.
    public var seconds: Int
    /// What the countdown shows (e.g. "Breathe in").
    public var label: TextTemplate?
    /// Where to go after the pause.
    public var next: String

    /// Creates a pause.
    public init(seconds: Int, label: TextTemplate? = nil, next: String) {
        self.seconds = seconds
        self.label = label
        self.next = next
    }
}

/// A role-play turn: the trainee replies, the reply is classified, the persona reacts.
public struct Listen: Sendable, Equatable, Codable {
    /// Shown before the trainee's reply (often empty: the persona's words are the prompt).
    public var prompt: TextTemplate?
    /// Variable that receives the reply.
    public var save: String?
    /// Targets by listening skill (raw skill names), tried in order.
    public var onSkill: [SkillArm]
    /// Target for any other skill.
    public var otherwise: String

    /// Creates a listen step.
    public init(prompt: TextTemplate?, save: String?, onSkill: [SkillArm], otherwise: String) {
        self.prompt = prompt
        self.save = save
        self.onSkill = onSkill
        self.otherwise = otherwise
    }
}

/// A listening-skill target.
public struct SkillArm: Sendable, Equatable, Codable {
    /// Skill raw values (`reflection`, `advice`...) leading to `next`.
    public var skills: [String]
    /// The target.
    public var next: String
    /// Where the arm was written.
    public var location: SourceLocation

    /// Creates an arm.
    public init(skills: [String], next: String, location: SourceLocation) {
        self.skills = skills
        self.next = next
        self.location = location
    }
}

/// `variable = expression`, evaluated on entering a node.
public struct Assignment: Sendable, Equatable, Codable {
    /// The variable assigned.
    public var variable: String
    /// The value.
    public var expression: Expression

    /// Creates an assignment.
    public init(variable: String, expression: Expression) {
        self.variable = variable
        self.expression = expression
    }
}
