import DialogueCompiler
import DialogueModel
import Foundation

extension TestplanPresence {
    /// AL0043 for a script file, listing its directory (the I/O half of `TestplanPresence.check`).
    static func forFile(_ path: String) -> Diagnostic? {
        let directory = (path as NSString).deletingLastPathComponent
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else {
            return nil
        }
        return check(scriptPath: path, siblings: siblings)
    }
}
