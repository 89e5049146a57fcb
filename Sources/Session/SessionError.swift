/// Why a conversation cannot go on; the shell maps these to exit code 3.
public enum SessionError: Error, Equatable, CustomStringConvertible {
    /// The script failed at run time (a missing node, a loop without input).
    case scriptFailed(origin: String, failure: String)
    /// The script stopped without a question or an end.
    case stalled(node: String)
    /// The script changed since the unfinished session began, so its answers cannot be replayed.
    case scriptChanged(exerciseId: String)

    /// The message for stderr.
    public var description: String {
        switch self {
        case .scriptFailed(let origin, let failure): return "alongside: \(origin): the script failed at run time: \(failure)"
        case .stalled(let node): return "alongside: the script stopped without a question or an end (node '\(node)')."
        case .scriptChanged(let id): return ResumeOffer.changedMessage(exerciseId: id)
        }
    }
}
