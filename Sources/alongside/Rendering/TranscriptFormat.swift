import Foundation
import TextEncoding
import TranscriptStore

/// Text renderings of stored sessions and turns; every stored string passes through `TerminalText.safe`.
enum TranscriptFormat {
    /// "2026-12-01 09:05" in local time (`LocalDate`, without ICU's date formatter).
    static func shortDate(_ date: Date) -> String {
        LocalDate.numeric(date)
    }

    /// A day given as `YYYY-MM-DD` (local midnight) or a full ISO 8601 time.
    static func day(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }

    static func json(_ sessions: [SessionRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(sessions), as: UTF8.self)
    }

    static func render(_ session: SessionRecord, turns: [TurnRecord], markdown: Bool) -> String {
        let title = TerminalText.safe(session.title), exercise = TerminalText.safe(session.exerciseId)
        var lines = [markdown ? "# \(title)" : "\(title)  (session \(session.id), \(exercise))",
                     (markdown ? "_" : "") + "Started \(shortDate(session.startedAt)), \(session.status.rawValue)" + (markdown ? "_" : ""), ""]
        for turn in turns where turn.kind != .skill {
            let who: String
            switch turn.speaker {
            case .person: who = markdown ? "**You:**" : "you  >"
            case .app: who = markdown ? "" : "     "
            case .system: who = markdown ? "> " : "  !  "
            }
            let text = TerminalText.safe(turn.text)
            lines.append(markdown ? (who.isEmpty ? text : who + " " + text) + "\n" : who + " " + text)
        }
        return lines.joined(separator: "\n")
    }
}
