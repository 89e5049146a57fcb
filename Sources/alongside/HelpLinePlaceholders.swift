import Safety

/// The `{helpline.*}` values scripts may interpolate, resolved for the person's region.
enum HelpLinePlaceholders {
    /// `helpline.crisis`, `helpline.emergency`, `helpline.text`, `helpline.name` for `help`.
    static func values(_ help: RegionHelp) -> [String: String] {
        let primary = help.primaryLine
        let textLine = help.lines.first { $0.text != nil }
        return [
            "helpline.crisis": primary.map { "\($0.service) (\($0.contact))" } ?? "findahelpline.com",
            "helpline.name": primary?.service ?? "a crisis line",
            "helpline.emergency": help.emergencyInWords,
            "helpline.text": textLine?.text.map { "\($0) (\(textLine!.service))" } ?? (primary?.contact ?? "findahelpline.com"),
        ]
    }
}
