/// The outcome of running a testplan, with readable failures and coverage of the script's graph.
public struct TestplanResult: Sendable {
    /// True when every expectation held and the script did not fail.
    public let passed: Bool
    /// One readable message per failure: the plan line, what was expected and what was shown around it.
    public let failures: [String]
    /// Node ids entered during the run.
    public let visitedNodes: Set<String>
    /// Transitions taken, written `from->to`.
    public let takenEdges: Set<String>
    /// The whole run written in plan notation (`= line`, `? prompt`, `> input`), e.g. for a verbose mode.
    public let transcript: [String]

    /// Creates a result.
    public init(failures: [String], visitedNodes: Set<String>, takenEdges: Set<String>, transcript: [String]) {
        self.passed = failures.isEmpty
        self.failures = failures
        self.visitedNodes = visitedNodes
        self.takenEdges = takenEdges
        self.transcript = transcript
    }
}
