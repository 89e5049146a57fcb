import ArgumentParser
import Foundation
import Listening
import Plans
import ProgressReview
import TranscriptStore

/// `alongside progress`: grounding and breathing ratings, goals and reviews, thought records, journal mood,
/// listening practice.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Your grounding and breathing ratings, goals and their reviews, thought records, journal mood, and listening practice over time.",
        discussion: "Everything is read from your local database; nothing leaves this computer."
    )

    @Option(name: .long, help: "Output format.") var format: TextOrJSON = .text
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try AppEnvironment(options: global).openStore()
        var report = try guardStore { () throws -> ProgressReport in
            let sessions = try store.sessions()
            var skills: [Int64: [PracticeTurn]] = [:]
            for session in sessions where session.kind == "practice" || session.kind == "roleplay" {
                skills[session.id] = PracticeTurns.read(try store.turns(sessionId: session.id))
            }
            return ProgressReport(sessions: sessions, ratings: try store.ratings(exerciseId: nil),
                                  facts: ["goal": try store.facts(key: "goal"), "goal_review": try store.facts(key: "goal_review")],
                                  skills: skills)
        }
        if let latest = try guardStore({ try store.latestPlan(kind: RoadmapProgress.kind) }),
           let document = PlanDocuments.find(kind: RoadmapProgress.kind)?.spec {
            report.roadmap = RoadmapProgress(latest: latest, document: document)
        }
        report.thoughtRecords = try guardStore {
            ThoughtRecordProgress(facts: try ThoughtRecordProgress.keys.flatMap { try store.facts(key: $0) })
        }
        report.journal = try guardStore {
            JournalProgress(sessions: try store.sessions(exerciseId: JournalProgress.exerciseId),
                            ratings: try store.ratings(exerciseId: JournalProgress.exerciseId))
        }
        switch format {
        case .json: print(report.json())
        case .text: print(report.renderText().joined(separator: "\n"))
        }
    }
}
