import Safety

// TEMPORARY: stands in for the lead's `CrisisResponse.checkInQuestion/checkInDeclined` until the
// "check level" commit lands on main; delete this file when merging it.
extension CrisisResponse {
    static func checkInQuestion(help: RegionHelp) -> [String] {
        var lines = ["Some of what you wrote made me want to check in with you, and I'd rather ask than guess."]
        lines.append("Are you thinking about suicide or about hurting yourself? (yes/no)")
        if let line = help.primaryLine { lines.append("Whatever the answer, \(line.service) is there: \(line.contact).") }
        return lines
    }

    static func checkInDeclined(help: RegionHelp) -> [String] {
        ["Thank you for telling me. If that changes, help is there any time: type /helplines."]
    }
}
