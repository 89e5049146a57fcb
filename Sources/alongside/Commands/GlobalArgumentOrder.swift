/// Lets global options stand before the subcommand: `alongside --db X run ID` means `alongside run ID --db X`.
enum GlobalArgumentOrder {
    static let valued: Set<String> = ["--db", "--region"]
    static let flags: Set<String> = ["--no-color"]

    /// Moves global options found before the first subcommand word to the end of the list.
    static func hoist(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if valued.contains(word), index + 1 < arguments.count {
                leading += [word, arguments[index + 1]]
                index += 2
            } else if valued.contains(name) && word.contains("=") || flags.contains(word) {
                leading.append(word)
                index += 1
            } else {
                break
            }
        }
        if leading.isEmpty || index >= arguments.count { return arguments }
        return Array(arguments[index...]) + leading
    }
}
