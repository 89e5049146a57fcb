#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DialogueModel

/// A bundled script compiled at development time (`scripts/gen-bundled`) and read instead of its YAML.
///
/// Reading a bundled exercise this way skips the YAML parser and its regular expressions at start-up (fewer
/// pages of code and data touched, see docs/performance.md). The image carries a hash of the YAML it was made
/// from; an image that does not match its source (edited script, generator not rerun) is ignored and the
/// YAML is compiled as before, with the same result. `BundledImageTests` fails while an image is stale.
public enum ScriptImage {
    /// The fingerprint of the YAML text's UTF-8 bytes.
    public static func sourceHash(_ yaml: String) -> String {
        Fingerprint.of(yaml.utf8)
    }

    /// The image of a script compiled from `source`: sorted-key JSON, so regenerating gives the same bytes.
    public static func encode(_ script: DialogueScript, source: String) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(Envelope(sourceHash: sourceHash(source), script: script))) + [0x0A]
    }

    /// The script in `image` when the image was made from exactly `source`; nil when stale, empty or unreadable.
    public static func decode(_ image: [UInt8], source: String) -> DialogueScript? {
        guard image.count > 2, let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(image)),
              envelope.sourceHash == sourceHash(source) else { return nil }
        return envelope.script
    }

    private struct Envelope: Codable {
        var sourceHash: String
        var script: DialogueScript
    }
}
