import Foundation
import LineEditing
import Testing

/// `run --watch` notices a save of the script, also when an editor writes a new file and renames it over the old.
@Suite struct FileStampTests {
    @Test func aSaveIsNoticedOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alongside-stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("w.yaml")
        try "id: w\n".write(to: file, atomically: true, encoding: .utf8)
        let stamp = FileStamp(path: file.path)
        #expect(!stamp.hasChanged())
        try "id: w2\n".write(to: file, atomically: true, encoding: .utf8)   // a new file renamed over the old one
        #expect(stamp.hasChanged())
        #expect(!stamp.hasChanged())
    }
}
