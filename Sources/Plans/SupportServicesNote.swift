import Foundation
import TranscriptStore
import Session
import TextEncoding

/// The services noted in `finding-support` (their own small document, kind `support-services`), shown
/// under the safety plan in `plan show` as context for step 5 (professionals and services).
public enum SupportServicesNote {
    /// The document kind finding-support stores.
    public static let kind = "support-services"

    /// The lines to print after the safety plan, or none when no services were noted.
    public static func lines(latest: PlanVersionRecord?) -> [String] {
        guard let latest else { return [] }
        let services = DocumentVersioning.decode(latest.content).values.flatMap { $0 }
        guard !services.isEmpty else { return [] }
        return ["", "Services you noted in finding-support (for step 5):"]
            + services.map { "   - " + TerminalText.safe($0) }
            + ["(`alongside plan show --kind support-services` shows that list on its own.)"]
    }
}
