import DialogueModel
import Foundation

/// A short stable fingerprint of a compiled script, stored with each session so a resume can tell
/// whether the script changed since the session began.
public enum ScriptHash {
    /// FNV-1a over the script's sorted-key JSON (its file location left out).
    public static func of(_ script: DialogueScript) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var content = script
        content.origin = ""
        let data = (try? encoder.encode(content)) ?? Data()
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return String(hash, radix: 16)
    }
}
