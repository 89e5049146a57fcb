/// Why a script could not continue at run time.
public enum RuntimeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// A node leads to (or the script starts at) a node that does not exist.
    case missingNode(String, from: String?)
    /// Too many node entries without any input: the script loops forever.
    case stepLimitExceeded(node: String, limit: Int)
    /// Input arrived while the engine was not waiting for any (a damaged saved state).
    case notAwaitingInput(node: String)

    /// A message for the person running the script.
    public var description: String {
        switch self {
        case .missingNode(let id, let from?):
            return "node '\(from)' leads to '\(id)', which does not exist"
        case .missingNode(let id, nil):
            return "the script starts at '\(id)', which does not exist"
        case .stepLimitExceeded(let node, let limit):
            return "more than \(limit) steps without any input (last at '\(node)'): the script seems to loop forever"
        case .notAwaitingInput(let node):
            return "input arrived at '\(node)', but the conversation was not waiting for an answer"
        }
    }
}
