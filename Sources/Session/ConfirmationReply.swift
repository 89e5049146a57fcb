/// How a reply to "this cannot be undone, go on?" reads: only a plain yes agrees.
public enum ConfirmationReply {
    /// Whether `reply` agrees.
    public static func isYes(_ reply: String) -> Bool {
        ["y", "yes"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
