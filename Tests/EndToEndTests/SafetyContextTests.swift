import Foundation
import Testing

/// End-to-end: the REPL reads risk across lines (the conversation window) and does not repeat itself.
@Suite struct SafetyContextTests {
    static let menuChoice = "Talk to someone now"
    static let reminder = "A reminder:"
    static let fullConcernLine = "It sounds like you're carrying something really heavy"

    static func run(_ lines: [String]) throws -> AlongsideProcess.Result {
        let dir = try AlongsideProcess.temporaryDirectory()
        let input = lines.joined(separator: "\n") + "\n"
        return try AlongsideProcess.run(["run", "grounding-54321", "--db", dir.appendingPathComponent("a.sqlite").path,
                                         "--region", "US"], input: input)
    }

    /// The text printed after the line that contains `marker`, up to the end.
    static func output(_ stdout: String, after marker: String) -> Substring {
        guard let range = stdout.range(of: marker) else { return "" }
        return stdout[range.upperBound...]
    }

    @Test func meansRightAfterIdeationOpensTheUrgentMenu() throws {
        let run = try Self.run(["6", "I want to die", "I have the pills right here", "4",
                                "a lamp, a window, a cup, a book, a plant"])
        #expect(run.status == 0)
        let afterConcern = Self.output(run.stdout, after: Self.fullConcernLine)
        #expect(!afterConcern.isEmpty, "the first line gets the full concern response\n\(run.stdout)")
        #expect(afterConcern.contains(Self.menuChoice), "the second line is urgent and shows the menu\n\(run.stdout)")
        #expect(afterConcern.contains("call 911 now"), "\(run.stdout)")
        #expect(run.stdout.components(separatedBy: Self.menuChoice).count == 2, "menu shown once\n\(run.stdout)")
    }

    @Test func eachLineAloneDoesNotOpenTheMenu() throws {
        let run = try Self.run(["6", "I have the pills right here", "a lamp, a window, a cup, a book, a plant"])
        #expect(!run.stdout.contains(Self.menuChoice), "\(run.stdout)")
    }

    @Test func aRepeatedDetectionGetsAShortReminder() throws {
        let run = try Self.run(["6", "I want to die", "I still want to die", "a lamp, a window, a cup, a book, a plant"])
        #expect(run.stdout.components(separatedBy: Self.fullConcernLine).count == 2, "full text once\n\(run.stdout)")
        let later = Self.output(run.stdout, after: Self.fullConcernLine)
        #expect(later.contains(Self.reminder), "\(run.stdout)")
        #expect(later.contains("988"), "the reminder keeps the number\n\(run.stdout)")
    }
}
