import TextEncoding
/// Text and JSON renderings of a region's help, used by `alongside helplines`.
extension RegionHelp {
    /// Human-friendly text: who these people are, the emergency number, then one aligned block per line.
    var renderedText: String {
        var out: [String] = []
        if region == HelpLineDirectory.international {
            out.append("Help lines (international)")
        } else {
            out.append("Help lines for \(regionName) (\(region))")
        }
        if isFallback && region != HelpLineDirectory.international {
            out.append("There is no full directory for \(regionName) yet, so international services are shown.")
        }
        out.append("The people on these lines are trained listeners at independent services, not this app.")
        out.append("Alongside is a practice tool, not a crisis service.")
        out.append("")
        out.append("In danger right now? Call \(emergencyInWords).")
        for line in lines {
            out.append("")
            out.append(contentsOf: Self.block(for: line))
        }
        out.append("")
        out.append("These details were gathered from secondary sources and have not all been confirmed with")
        out.append("each service. Please check the service's own site before relying on them.")
        return out.joined(separator: "\n") + "\n"
    }

    /// A compact, stable JSON object with keys in a fixed order and `null` for missing values.
    var renderedJSON: String {
        let lineObjects = lines.map { line in
            Self.object([
                ("service", Self.quoted(line.service)),
                ("phone", Self.quoted(line.phone)),
                ("text", Self.quoted(line.text)),
                ("chat", Self.quoted(line.chat)),
                ("hours", Self.quoted(line.hours)),
                ("languages", "[" + line.languages.map { Self.quoted($0) }.joined(separator: ",") + "]"),
                ("kind", Self.quoted(line.kind.rawValue)),
                ("source", Self.quoted(line.source)),
                ("verified", Self.quoted(line.verified)),
                ("status", Self.quoted(line.status.rawValue)),
                ("note", Self.quoted(line.note)),
            ])
        }
        return Self.object([
            ("region", Self.quoted(region)),
            ("name", Self.quoted(regionName)),
            ("emergency", Self.quoted(emergency)),
            ("lines", "[" + lineObjects.joined(separator: ",") + "]"),
            ("fallback", isFallback ? "true" : "false"),
        ])
    }

    private static func block(for line: HelpLine) -> [String] {
        var rows: [(String, String)] = []
        if let phone = line.phone { rows.append(("Call", phone)) }
        if let text = line.text { rows.append(("Text", text)) }
        if let chat = line.chat { rows.append((line.phone == nil && line.text == nil ? "Visit" : "Chat", chat)) }
        rows.append(("Hours", line.hours))
        if !line.languages.isEmpty {
            rows.append(("Languages", line.languages.map(languageName).joined(separator: ", ")))
        }
        if line.status == .disputed {
            rows.append(("Disputed", line.note ?? "Sources disagree about this entry."))
        } else if let note = line.note {
            rows.append(("Note", note))
        }
        let checked = line.status == .verified ? "verified \(line.verified)" : "\(line.status.rawValue), gathered \(line.verified)"
        rows.append(("Check at", "\(line.source) (\(checked))"))
        let width = 9  // "Languages", the longest label: keeps every block aligned the same way
        let title = "\(line.service) - \(kindName(line.kind))"
        return [title] + rows.map { label, value in
            "  " + label + String(repeating: " ", count: width - label.count + 2) + value
        }
    }

    private static func kindName(_ kind: HelpLine.Kind) -> String {
        switch kind {
        case .crisisLine: return "crisis line"
        case .textLine: return "text line"
        case .youthLine: return "youth line"
        case .emergency: return "emergency number"
        case .directory: return "directory of help lines"
        }
    }

    private static func languageName(_ code: String) -> String {
        let names = [
            "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "nl": "Dutch",
            "sv": "Swedish", "no": "Norwegian", "da": "Danish", "fi": "Finnish", "hi": "Hindi",
            "ja": "Japanese", "pt": "Portuguese",
        ]
        return names[code] ?? code
    }

    private static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func quoted(_ value: String?) -> String {
        value.map(JSONString.quoted) ?? "null"
    }
}
