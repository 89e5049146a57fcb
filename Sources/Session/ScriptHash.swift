import DialogueModel
import Foundation

/// A short stable fingerprint of a compiled script, stored with each session so a resume can tell
/// whether the script changed since the session began.
public enum ScriptHash {
    /// The `Fingerprint` of the script's sorted-key JSON (its file location left out).
    public static func of(_ script: DialogueScript) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var content = script
        content.origin = ""
        return Fingerprint.of((try? encoder.encode(content)) ?? Data())
    }
}
