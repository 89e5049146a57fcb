/// The exit codes fixed by the design contract.
enum ExitStatus {
    static let success: Int32 = 0
    static let checkFailed: Int32 = 1
    static let usage: Int32 = 2
    static let scriptInvalid: Int32 = 3
    static let storage: Int32 = 4
    static let interrupted: Int32 = 130
}

/// An error the CLI reports with a calm message and a contract exit code.
struct AlongsideError: Error {
    /// What the person reads on stderr.
    let message: String
    /// The process exit status.
    let exitCode: Int32

    static func usage(_ message: String) -> AlongsideError { AlongsideError(message: message, exitCode: ExitStatus.usage) }
    static func script(_ message: String) -> AlongsideError { AlongsideError(message: message, exitCode: ExitStatus.scriptInvalid) }
    static func storage(_ message: String) -> AlongsideError { AlongsideError(message: message, exitCode: ExitStatus.storage) }
    static func check(_ message: String) -> AlongsideError { AlongsideError(message: message, exitCode: ExitStatus.checkFailed) }
}
