/// A mistake in a `.testplan` file, located by file and line.
public struct TestplanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The plan's file name as given to `Testplan.parse`.
    public var file: String
    /// 1-based line of the mistake.
    public var line: Int
    /// What is wrong and how to write it instead.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: error: message`, like compiler diagnostics.
    public var description: String { "\(file):\(line): error: \(message)" }
}
