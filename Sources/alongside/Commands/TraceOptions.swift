import DialogueCompiler
import DialogueModel
import Foundation
import Session

/// Builds the observers asked for on the `run` command line.
enum TraceOptions {
    static func observer(record: String?, trace: Bool, script: DialogueScript, source: ExerciseSource,
                         app: AppEnvironment) -> SessionObserver? {
        var observers: [SessionObserver] = []
        if trace {
            let color = app.console.color && isatty(2) == 1
            observers.append(TraceObserver(script: script) { line in Console.standardError(color ? "\u{1B}[2m\(line)\u{1B}[0m" : line) })
        }
        if let record {
            let name = source.origin.hasPrefix("bundled:") ? script.id + ".yaml" : (source.origin as NSString).lastPathComponent
            observers.append(TestplanRecorder(scriptName: name) { text, answers in
                do {
                    try text.write(toFile: record, atomically: true, encoding: .utf8)
                    Console.standardError("alongside: recorded \(answers) answers to \(record); run `alongside test \(record)`.")
                } catch {
                    Console.standardError("alongside: could not write the testplan to \(record): \(error.localizedDescription)")
                }
            })
        }
        return observers.isEmpty ? nil : SessionObservers(observers)
    }
}
