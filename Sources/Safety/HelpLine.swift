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
        /// The service's own page was not found, or did not show every number; see `checkNote`.
        case unverified
        /// Sources disagree about a number or the hours; see `checkNote`.
        case disputed
        /// The service's own page (at `source`) confirmed the numbers on the `checked` date.
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
    /// The address checked: the service's own page when one was found, else the site to check it at.
    public let source: String
    /// The date of the checked page when it shows one, else the day of the check (YYYY-MM-DD).
    public let checked: String
    /// How far the entry has been checked.
    public let status: Status
    /// A short note that helps the person reach the service (e.g. which key to press), if any; never provenance.
    public let note: String?
    /// What the check found and why an entry is not verified; for maintainers and `--format json`, never shown to a person in distress.
    public let checkNote: String?

    /// Creates an entry; empty optional fields should be passed as `nil`.
    public init(
        service: String, phone: String? = nil, text: String? = nil, chat: String? = nil,
        hours: String, languages: [String], kind: Kind, source: String,
        checked: String, status: Status, note: String? = nil, checkNote: String? = nil
    ) {
        self.service = service
        self.phone = phone
        self.text = text
        self.chat = chat
        self.hours = hours
        self.languages = languages
        self.kind = kind
        self.source = source
        self.checked = checked
        self.status = status
        self.note = note
        self.checkNote = checkNote
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
