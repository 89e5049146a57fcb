import ArgumentParser
import DialogueModel
import Foundation
import Session

/// Output formats shared by listing commands.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `alongside list`: bundled and user exercises.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List bundled and user exercises: id, kind, title, minutes, grouped by who they are for.",
        discussion: "Groups: for myself (self-help), practise supporting (trainees), for trainers (ids starting with trainer-).")

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let app = AppEnvironment(options: global)
        let groups = ExerciseAudience.grouped(ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues").compiledScripts())
            .map { group in (audience: group.audience, topics: ExerciseTopic.parts(of: group)) }
        let scripts = groups.flatMap { $0.topics.flatMap(\.scripts) }
        switch format {
        case .json:
            let rows = scripts.map { script in
                var row: [String: Any] = ["id": script.id, "kind": script.kind.rawValue, "title": script.title, "minutes": script.minutes,
                                          "description": script.description, "source": script.origin,
                                          "audience": ExerciseAudience(script).rawValue]
                if ExerciseAudience(script) == .myself { row["topic"] = ExerciseTopic(script).rawValue }
                return row
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        case .text:
            let idWidth = max(2, scripts.map(\.id.count).max() ?? 0)
            let kindWidth = max(4, scripts.map(\.kind.rawValue.count).max() ?? 0)
            print("ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  " + "KIND".padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  MIN  TITLE")
            for group in groups {
                print("# \(group.audience.heading)")
                for topic in group.topics {
                    if let heading = topic.heading { print("## \(heading)") }
                    for script in topic.scripts {
                        let minutes = String(script.minutes).padding(toLength: 3, withPad: " ", startingAt: 0)
                        print(script.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                              + script.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  \(minutes)  \(script.title)")
                    }
                }
            }
        }
    }
}
