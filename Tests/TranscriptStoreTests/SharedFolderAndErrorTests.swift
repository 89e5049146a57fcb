import Foundation
import GRDB
import Testing
@testable import TranscriptStore

/// Shared folders stay shared; SQLite errors are reported as what they are; pruning is one step.
@Suite struct SharedFolderAndErrorTests {
    @Test func aStickyFolderIsLeftAsItIs() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shared = folder + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        chmod(shared, 0o1777)
        let (_, warnings) = try TranscriptStore.open(path: shared + "/alongside.sqlite")
        #expect(warnings.isEmpty)
        var info = stat()
        #expect(stat(shared, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o1777)
    }

    @Test func modesAreReportedWithTheirSpecialBits() {
        #expect(DatabaseFile.octal(0o41777) == "1777")
        #expect(DatabaseFile.octal(0o40755) == "0755")
    }

    @Test func onlySearchSyntaxErrorsAreCalledNotUnderstood() {
        #expect(TranscriptStore.isQueryError(DatabaseError(resultCode: .SQLITE_ERROR, message: "fts5: syntax error near \"(\"")))
        #expect(TranscriptStore.isQueryError(DatabaseError(resultCode: .SQLITE_ERROR, message: "no such column: foo")))
        #expect(!TranscriptStore.isQueryError(DatabaseError(resultCode: .SQLITE_ERROR, message: "no such function: alongside_rank")))
    }

    @Test func aSyntaxErrorSaysHowToSearch() throws {
        let store = try TranscriptStore.inMemory()
        #expect(throws: StoreError.self) { try store.search("\"unclosed") }
        do {
            _ = try store.search("\"unclosed")
        } catch let error as StoreError {
            #expect(error.description.contains("could not be understood"))
        }
    }

    @Test func pruningTwiceFindsNothingTheSecondTime() throws {
        let store = try TranscriptStore.inMemory()
        _ = try store.startSession(NewSession(exerciseId: "x", scriptHash: "h", title: "X", kind: "grounding", startedAt: Date(timeIntervalSince1970: 0)))
        #expect(try store.pruneSessions(startedBefore: Date(timeIntervalSince1970: 100)) == 1)
        #expect(try store.pruneSessions(startedBefore: Date(timeIntervalSince1970: 100)) == 0)
        #expect(try store.sessions().isEmpty)
    }
}
