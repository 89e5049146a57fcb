import Foundation
@testable import Safety

/// Loads `level<TAB>text` fixture lines.
enum RouterCases {
    struct Case: Sendable, CustomStringConvertible {
        let line: Int
        let level: RiskLevel
        let text: String
        var description: String { "\(line): \(level.rawValue)\t\(text)" }
    }

    static func load(_ name: String) throws -> [Case] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [Case] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let level = RiskLevel(rawValue: String(parts[0])) else { continue }
            cases.append(Case(line: index + 1, level: level, text: String(parts[1])))
        }
        return cases
    }

    static let router: SafetyRouter = try! SafetyRouter()
}
