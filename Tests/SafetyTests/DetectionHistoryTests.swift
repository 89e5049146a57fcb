import Testing
import Safety

@Suite struct DetectionHistoryTests {
    @Test func firstDetectionIsFullThenAReminder() {
        var history = DetectionHistory()
        #expect(history.note(.none) == nil)
        #expect(history.note(.concern) == .full)
        #expect(history.note(.concern) == .reminder)
    }

    @Test func escalationToUrgentIsShownInFull() {
        var history = DetectionHistory()
        #expect(history.note(.concern) == .full)
        #expect(history.note(.urgent) == .full)
        #expect(history.note(.urgent) == .reminder)
        #expect(history.note(.concern) == .reminder)
    }

    @Test func afterSeveralQuietLinesTheFullTextReturns() {
        var history = DetectionHistory(reminderTurns: 2)
        #expect(history.note(.concern) == .full)
        #expect(history.note(.none) == nil)
        #expect(history.note(.none) == nil)
        #expect(history.note(.none) == nil)
        #expect(history.note(.concern) == .full)
    }
}
