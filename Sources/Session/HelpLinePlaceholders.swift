import Safety

/// The `{helpline.*}` values scripts may interpolate, resolved for the person's region.
public enum HelpLinePlaceholders {
    /// `helpline.crisis`, `helpline.emergency`, `helpline.text`, `helpline.name` for `help`.
    ///
    /// With no local line (unknown region, or a region without a list), the directory is named as a
    /// directory ("a local crisis line (findahelpline.com lists them)"), never as someone to talk to.
    public static func values(_ help: RegionHelp) -> [String: String] {
        let primary = help.primaryLine.flatMap { $0.kind == .directory ? nil : $0 }
        let textLine = help.lines.first { $0.text != nil }
        let directory = "a local crisis line (findahelpline.com lists them)"
        return [
            "helpline.crisis": primary.map { "\($0.service) (\($0.contact))" } ?? directory,
            "helpline.name": primary?.service ?? "a crisis line",
            "helpline.emergency": help.emergencyInWords,
            "helpline.text": textLine?.text.map { "\($0) (\(textLine!.service))" } ?? (primary?.contact ?? directory),
        ]
    }
}
