import ArgumentParser
import Foundation

/// `alongside data path|wipe`: where your data lives, and removing all of it.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Where your data is kept, and how to remove all of it.",
        subcommands: [Path.self, Wipe.self])

    /// `data path`.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "path", abstract: "Print the database file and the settings folder.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let app = AppEnvironment(options: global)
            print("database: \(app.databasePath)")
            print("config:   \(app.configDirectory)")
        }
    }

    /// `data wipe`.
    struct Wipe: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wipe",
            abstract: "Remove the database (with its -wal and -shm files), the settings file and then their empty folders. Nothing else is touched.",
            discussion: "Your own scripts in the config folder's dialogues/ and safety/ folders are kept.")
        @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let app = AppEnvironment(options: global)
            let database = app.databasePath
            let files = [database, database + "-wal", database + "-shm", database + "-journal",
                         ConfigFile(directory: app.configDirectory).path]
            let present = files.filter { FileManager.default.fileExists(atPath: $0) }
            if present.isEmpty {
                removeEmptyFolders(app: app)
                print("There is nothing to remove: no database or settings file.")
                return
            }
            guard try Confirmation.granted("Remove all your transcripts, plans and settings (\(present.count) file\(present.count == 1 ? "" : "s"))?", yes: yes, app: app) else { return }
            for file in present {
                guard unlink(file) == 0 || errno == ENOENT else {
                    throw AlongsideError.storage("alongside: could not remove \(file): \(String(cString: strerror(errno))).")
                }
                print("removed \(file)")
            }
            removeEmptyFolders(app: app)
            print("Everything Alongside stored is gone.")
        }

        /// Alongside's own folders (named `alongside`: the data folder and the settings folder) go too once
        /// empty, so an uninstall plus a wipe leaves nothing behind; a folder still holding your scripts stays.
        private func removeEmptyFolders(app: AppEnvironment) {
            let dataFolder = (app.databasePath as NSString).deletingLastPathComponent
            for folder in [dataFolder, app.configDirectory] where (folder as NSString).lastPathComponent == "alongside" {
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), entries.isEmpty,
                      rmdir(folder) == 0 else { continue }
                print("removed \(folder)/")
            }
        }
    }
}
