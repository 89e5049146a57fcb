import Foundation
import DialogueModel

/// Builds the observers asked for on the `run` command line.
enum TraceOptions {
    static func observer(record: String?, trace: Bool, script: DialogueScript, source: ExerciseSource,
                         app: AppEnvironment) -> SessionObserver? {
        var observers: [SessionObserver] = []
        if trace { observers.append(TraceObserver(script: script, color: app.console.color && isatty(2) == 1)) }
        if let record {
            let name = source.origin.hasPrefix("bundled:") ? script.id + ".yaml" : (source.origin as NSString).lastPathComponent
            observers.append(TestplanRecorder(path: record, scriptName: name))
        }
        return observers.isEmpty ? nil : SessionObservers(observers)
    }
}
