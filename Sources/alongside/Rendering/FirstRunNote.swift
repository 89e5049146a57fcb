import Foundation

/// The two lines shown once, when an exercise is about to create the database: where answers are kept and
/// how to delete them. Nothing is written before that moment (commands that only read never create the file),
/// so "the database does not exist yet" is what a first run means; no marker file is needed.
enum FirstRunNote {
    /// The note for a database at `databasePath` (a path under `home` is shown with `~`).
    static func lines(databasePath: String, home: String) -> [String] {
        let shown = home.count > 1 && databasePath.hasPrefix(home + "/") ? "~" + databasePath.dropFirst(home.count) : databasePath
        return ["Your answers stay on this computer: \(shown)",
                "Delete them with `alongside data wipe`; add --no-store to a run to keep nothing."]
    }

    /// Shows the note when this run will create the database.
    static func showIfFirstRun(app: AppEnvironment) {
        guard !FileManager.default.fileExists(atPath: app.databasePath) else { return }
        for line in lines(databasePath: app.databasePath, home: app.home) { app.console.say(line, style: .dim) }
        app.console.write("\n")
    }
}
