import Foundation

/// Expands directories into the script files inside them.
enum ScriptFiles {
    static func expand(_ paths: [String], extensions: [String] = ["yaml", "yml"]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw AlongsideError.usage("alongside: no such file or directory: \(path)")
            }
            if isDirectory.boolValue {
                let entries = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
                files += entries.filter { entry in extensions.contains { entry.hasSuffix("." + $0) } }.sorted()
                    .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
