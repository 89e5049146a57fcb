/// One human-staffed service a person can reach: a crisis line, a text line, a youth line or an emergency number.
///
/// Entries come from `Resources/helplines.tsv`, compiled into the binary so the directory works offline.
public struct HelpLine: Sendable, Equatable, Codable {
    /// What kind of service this is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A voice line for anyone in distress, e.g. Samaritans.
        case crisisLine = "crisis_line"
        /// A service reached by text message, e.g. Shout.
        case textLine = "text_line"
        /// A service for children and young people, e.g. Kids Help Phone.
        case youthLine = "youth_line"
        /// An emergency number (ambulance, police).
        case emergency
        /// A directory of services, e.g. findahelpline.com.
        case directory
    }

    /// How far the entry has been checked against the service itself.
    public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
        /// Gathered from secondary sources, not yet checked with the service.
        case unverified
        /// Secondary sources disagreed or were old; shown with a note.
        case disputed
        /// Checked against the service's own site on the `verified` date.
        case verified
    }

    /// Name of the service, e.g. "Samaritans".
    public let service: String
    /// Voice number as people dial it, e.g. "116 123".
    public let phone: String?
    /// Text or SMS instruction, e.g. "SHOUT to 85258".
    public let text: String?
    /// Web chat or site address, e.g. "113.nl".
    public let chat: String?
    /// Opening hours in plain words, e.g. "24/7".
    public let hours: String
    /// ISO 639-1 language codes the service answers in.
    public let languages: [String]
    /// What kind of service this is.
    public let kind: Kind
    /// The official site to verify the entry at.
    public let source: String
    /// When the entry was gathered or checked (year-month, e.g. "2026-11").
    public let verified: String
    /// How far the entry has been checked.
    public let status: Status
    /// A short note for the person (replaced numbers, disputed hours), if any.
    public let note: String?

    /// Creates an entry; empty optional fields should be passed as `nil`.
    public init(
        service: String, phone: String? = nil, text: String? = nil, chat: String? = nil,
        hours: String, languages: [String], kind: Kind, source: String,
        verified: String, status: Status, note: String? = nil
    ) {
        self.service = service
        self.phone = phone
        self.text = text
        self.chat = chat
        self.hours = hours
        self.languages = languages
        self.kind = kind
        self.source = source
        self.verified = verified
        self.status = status
        self.note = note
    }

    /// The single most direct way to reach the service, in words: "call 116 123", "text SHOUT to 85258", "visit findahelpline.com".
    public var contact: String {
        if let phone { return "call \(phone)" }
        if let text { return "text \(text)" }
        if let chat { return "visit \(chat)" }
        return "visit \(source)"
    }

    /// Every way to reach the service, joined: "call 988 or text 988".
    public var allContacts: String {
        var ways: [String] = []
        if let phone { ways.append("call \(phone)") }
        if let text { ways.append("text \(text)") }
        if let chat { ways.append(phone == nil && text == nil ? "visit \(chat)" : "chat at \(chat)") }
        return ways.isEmpty ? "visit \(source)" : ways.joined(separator: " or ")
    }
}
