import DialogueModel
import Foundation
import TranscriptStore

/// Pure rules for a script's `document`: what a session's variables say the document holds, how it is
/// stored as JSON, and what changed since the previous version.
public enum DocumentVersioning {
    /// Section key → entries, for every section of the document.
    public typealias Content = [String: [String]]

    /// The entries of each section from the final variables: a list as is, one text as one entry, null as none.
    public static func content(of document: DocumentSpec, variables: [String: Value]) -> Content {
        var content: Content = [:]
        for section in document.sections {
            content[section.key] = entries(variables[section.key] ?? .null)
        }
        return content
    }

    /// One variable's value as entries (blank ones dropped).
    public static func entries(_ value: Value) -> [String] {
        let raw: [String]
        switch value {
        case .null: raw = []
        case .list(let items): raw = items
        case .string(let text): raw = [text]
        case .int, .bool: raw = [value.description]
        }
        return raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The content as JSON text with sorted keys (stable, so equal plans compare equal).
    public static func encode(_ content: Content) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(content)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Stored JSON back into content; unreadable text gives an empty document.
    public static func decode(_ json: String) -> Content {
        (try? JSONDecoder().decode(Content.self, from: Data(json.utf8))) ?? [:]
    }

    /// The values a session starts with: each section's stored entries (sections with none stay absent, so null).
    public static func recalled(_ document: DocumentSpec, stored json: String?) -> [String: Value] {
        guard let json else { return [:] }
        let content = decode(json)
        var values: [String: Value] = [:]
        for key in document.keys {
            if let items = content[key], !items.isEmpty { values[key] = .list(items) }
        }
        return values
    }

    /// What changed, in words: "Warning signs: 2 added, 1 removed; Reasons for living: 1 added".
    /// A first version reads "First version: 5 of 7 sections filled in". Nil when nothing changed.
    public static func summary(of document: DocumentSpec, old: Content?, new: Content) -> String? {
        guard let old else {
            let filled = document.sections.filter { !(new[$0.key] ?? []).isEmpty }.count
            return "First version: \(filled) of \(document.sections.count) sections filled in"
        }
        var parts: [String] = []
        for section in document.sections {
            let before = old[section.key] ?? [], after = new[section.key] ?? []
            let added = after.filter { !before.contains($0) }.count
            let removed = before.filter { !after.contains($0) }.count
            var words: [String] = []
            if added > 0 { words.append("\(added) added") }
            if removed > 0 { words.append("\(removed) removed") }
            if words.isEmpty && before != after { words.append("reordered") }
            if !words.isEmpty { parts.append("\(section.title): " + words.joined(separator: ", ")) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The version to store when a session ends, or nil when the document is unchanged (or still empty).
    public static func nextVersion(of document: DocumentSpec, variables: [String: Value], latest: PlanVersionRecord?,
                            at date: Date) -> NewPlanVersion? {
        let new = content(of: document, variables: variables)
        let old = latest.map { decode($0.content) }
        if old == nil && new.values.allSatisfy(\.isEmpty) { return nil }
        guard let summary = summary(of: document, old: old, new: new) else { return nil }
        return NewPlanVersion(planKind: document.kind, content: encode(new), summaryOfChanges: summary, at: date)
    }
}
