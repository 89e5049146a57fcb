/// Everything the app shows a person in one region: the emergency number and the help lines to call.
public struct RegionHelp: Sendable, Equatable {
    /// ISO alpha-2 code such as "US", or "international" when no region is known.
    public let region: String
    /// English name of the region, e.g. "United Kingdom", or "International".
    public let regionName: String
    /// The local emergency number(s), e.g. "999 or 112"; `nil` when the region is unknown.
    public let emergency: String?
    /// Where and when `emergency` was checked (JSON and docs only); `nil` when there is no emergency number.
    public let emergencyCheck: EmergencyCheck?
    /// Help lines in the order they should be offered; the first crisis line is the one to suggest.
    public let lines: [HelpLine]
    /// True when the region has no full entry and the international directory is shown instead.
    public let isFallback: Bool

    /// Creates a region's help.
    public init(region: String, regionName: String, emergency: String?, emergencyCheck: EmergencyCheck? = nil,
                lines: [HelpLine], isFallback: Bool) {
        self.region = region
        self.regionName = regionName
        self.emergency = emergency
        self.emergencyCheck = emergencyCheck
        self.lines = lines
        self.isFallback = isFallback
    }

    /// The line to suggest first: the first crisis line, else the first text or youth line, else the first line.
    public var primaryLine: HelpLine? {
        lines.first { $0.kind == .crisisLine }
            ?? lines.first { $0.kind == .textLine || $0.kind == .youthLine }
            ?? lines.first { $0.kind != .emergency }
            ?? lines.first
    }

    /// True when no region is known: none was set, or the value was not a region code.
    public var regionIsUnknown: Bool { region == HelpLineDirectory.international }

    /// The emergency number in words for a sentence: "999 or 112", else guidance that is true in most places.
    public var emergencyInWords: String {
        emergency ?? Self.unknownEmergency
    }

    /// What to dial when the region is unknown: 112 reaches emergency services from mobile phones across the
    /// EU and in many other countries (GSM networks route it); 911 is the number in North America.
    public static let unknownEmergency =
        "your local emergency number (from a mobile phone, 112 works across the EU and in many other countries; 911 in North America)"

}
