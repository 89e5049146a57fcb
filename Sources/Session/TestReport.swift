import DialogueCompiler
import Foundation

/// The outcome of one check run by `alongside test` (a testplan, a crisis fuzz or random walks).
public struct TestCaseOutcome {
    /// The script (or plan file) the check belongs to; a suite in JUnit.
    public let suite: String
    /// What was checked, e.g. the plan path or `crisis-fuzz`.
    public let name: String
    /// Readable failures; empty when it passed.
    public let failures: [String]
    /// Extra detail for the text report (e.g. "4 prompts × 6 phrases").
    public var detail: String = ""
    /// Time taken.
    public var seconds: Double = 0

    /// A check of `name` in `suite` with its failures (none: it passed).
    public init(suite: String, name: String, failures: [String], detail: String = "", seconds: Double = 0) {
        self.suite = suite
        self.name = name
        self.failures = failures
        self.detail = detail
        self.seconds = seconds
    }

    /// Whether the check found no failures.
    public var passed: Bool { failures.isEmpty }
}

/// Branch coverage of one script by its testplans.
public struct ScriptCoverage {
    /// The script file.
    public let script: String
    /// Every link `from->to` in the script (reachable or not).
    public let edges: [String]
    /// The links the plans took.
    public let taken: Set<String>

    /// Coverage of `script`: all its links and those the plans took.
    public init(script: String, edges: [String], taken: Set<String>) {
        self.script = script
        self.edges = edges
        self.taken = taken
    }

    /// The links no plan took, in script order.
    public var untaken: [String] { edges.filter { !taken.contains($0) } }

    /// The share of links taken, rounded down (100 for a script without links).
    public var percent: Int { edges.isEmpty ? 100 : (edges.count - untaken.count) * 100 / edges.count }
}

/// Writes `alongside test` results as text, JUnit XML or JSON.
public enum TestReport {
    /// Output formats of `alongside test`.
    public enum Format: String, CaseIterable {
        case text, junit, json
    }

    /// One line per check (failures indented under it), coverage, then a count of passed and failed.
    public static func text(_ cases: [TestCaseOutcome], coverage: [ScriptCoverage]) -> String {
        var out = ""
        for item in cases {
            let detail = item.detail.isEmpty ? "" : "  (\(item.detail))"
            out += "\(item.passed ? "ok  " : "FAIL")  \(item.name)\(detail)\n"
            for failure in item.failures {
                out += failure.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        for cover in coverage {
            out += "coverage \(cover.script): \(cover.edges.count - cover.untaken.count)/\(cover.edges.count) edges (\(cover.percent)%)\n"
            for edge in cover.untaken { out += "      not taken: \(edge.replacingOccurrences(of: "->", with: " -> "))\n" }
        }
        let failed = cases.filter { !$0.passed }.count
        return out + "\(cases.count - failed) passed, \(failed) failed\n"
    }

    /// One JSON object with counts, every case and coverage.
    public static func json(_ cases: [TestCaseOutcome], coverage: [ScriptCoverage]) -> String {
        let q = ScriptCompiler.jsonString
        let items = cases.map { item in
            "{\"suite\":\(q(item.suite)),\"name\":\(q(item.name)),\"passed\":\(item.passed),"
                + "\"failures\":[\(item.failures.map(q).joined(separator: ","))],\"seconds\":\(String(format: "%.3f", item.seconds))}"
        }
        let covers = coverage.map { c in
            "{\"script\":\(q(c.script)),\"edges\":\(c.edges.count),\"taken\":\(c.edges.count - c.untaken.count),"
                + "\"untaken\":[\(c.untaken.map(q).joined(separator: ","))]}"
        }
        let failed = cases.filter { !$0.passed }.count
        return "{\"passed\":\(cases.count - failed),\"failed\":\(failed),\"cases\":[\(items.joined(separator: ","))],"
            + "\"coverage\":[\(covers.joined(separator: ","))]}\n"
    }

    /// JUnit XML: one test suite per script, one test case per check.
    public static func junit(_ cases: [TestCaseOutcome]) -> String {
        var suites: [(String, [TestCaseOutcome])] = []
        for item in cases {
            if let index = suites.firstIndex(where: { $0.0 == item.suite }) { suites[index].1.append(item) } else { suites.append((item.suite, [item])) }
        }
        let failed = cases.filter { !$0.passed }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"alongside test\" tests=\"\(cases.count)\" failures=\"\(failed)\">\n"
        for (suite, items) in suites {
            let time = String(format: "%.3f", items.map(\.seconds).reduce(0, +))
            out += "  <testsuite name=\"\(xml(suite))\" tests=\"\(items.count)\" failures=\"\(items.filter { !$0.passed }.count)\" time=\"\(time)\">\n"
            for item in items {
                out += "    <testcase classname=\"\(xml(suite))\" name=\"\(xml(item.name))\" time=\"\(String(format: "%.3f", item.seconds))\""
                if item.passed { out += "/>\n"; continue }
                out += ">\n      <failure message=\"\(xml(item.failures.first?.split(separator: "\n").first.map(String.init) ?? "failed"))\">"
                out += xml(item.failures.joined(separator: "\n")) + "</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text safe inside XML attributes and elements (control characters dropped).
    public static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
