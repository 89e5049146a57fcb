import TextEncoding
/// Text and JSON renderings of a region's help, used by `alongside helplines`.
extension RegionHelp {
    /// Human-friendly text: who these people are, the emergency number, then one aligned block per line.
    /// Lines stay under 80 columns so neither the terminal nor the console's wrapping breaks them.
    ///
    /// Only what helps a person reach someone: the service, how to reach it and when. Where each entry
    /// was checked (source, date, status) is in the JSON and docs/helplines.md, never here.
    var renderedText: String {
        var out: [String] = []
        if regionIsUnknown {
            out.append("Help lines (international)")
            out.append("Alongside does not know your country, so it cannot show local help lines.")
        } else {
            out.append(regionName == region ? "Help lines for \(region)" : "Help lines for \(regionName) (\(region))")
            out.append(contentsOf: isFallback
                ? ["Alongside has no help lines for \(regionName) yet.", "The directory below lists them."]
                : ["These are trained listeners at independent services, not this app."])
        }
        out.append("Alongside is a practice tool, not a crisis service.")
        out.append("")
        if let emergency {
            out.append("In danger right now? Call \(emergency).")
        } else {
            out.append("In danger right now? Call your local emergency number. From a mobile phone,")
            out.append("112 reaches emergency services across the EU and in many other countries;")
            out.append("in North America, call 911.")
        }
        for line in lines where line.kind != .emergency {
            out.append("")
            out.append(contentsOf: Self.block(for: line))
        }
        if regionIsUnknown {
            out.append("")
            out.append("To see help lines for your country, add --region CC (a two-letter code")
            out.append("such as US, GB or DE) or set ALONGSIDE_REGION=CC.")
        }
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
                ("note", Self.quoted(line.note)),
                ("source", Self.quoted(line.source)),
                ("checked", Self.quoted(line.checked)),
                ("status", Self.quoted(line.status.rawValue)),
                ("check_note", Self.quoted(line.checkNote)),
            ])
        }
        return Self.object([
            ("region", Self.quoted(region)),
            ("name", Self.quoted(regionName)),
            ("emergency", Self.quoted(emergency)),
            ("emergency_source", Self.quoted(emergencyCheck?.source)),
            ("emergency_checked", Self.quoted(emergencyCheck?.checked)),
            ("emergency_status", Self.quoted(emergencyCheck?.status.rawValue)),
            ("emergency_check_note", Self.quoted(emergencyCheck?.note)),
            ("lines", "[" + lineObjects.joined(separator: ",") + "]"),
            ("fallback", isFallback ? "true" : "false"),
        ])
    }

    private static func block(for line: HelpLine) -> [String] {
        var rows: [(String, String)] = []
        if let phone = line.phone { rows.append(("Call", phone)) }
        if let text = line.text { rows.append(("Text", text)) }
        if let chat = line.chat { rows.append((line.phone == nil && line.text == nil ? "Visit" : "Chat", chat)) }
        if line.kind == .directory {
            rows.append(("What", "free, confidential help lines in your country, run by people"))
        } else {
            rows.append(("Hours", line.hours))
        }
        if !line.languages.isEmpty && line.kind != .directory {
            rows.append(("Languages", line.languages.map(languageName).joined(separator: ", ")))
        }
        if let note = line.note { rows.append(("Note", note)) }
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
