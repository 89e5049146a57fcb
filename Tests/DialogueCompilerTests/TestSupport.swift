import DialogueModel
@testable import DialogueCompiler

/// The marker written in test inputs where a diagnostic is expected; removed before compiling.
let marker: Unicode.Scalar = "‸"

/// Removes every marker from `marked` and returns the text and the marker positions (1-based line and column).
func stripMarkers(_ marked: String) -> (text: String, marks: [(line: Int, column: Int)]) {
    var text = String.UnicodeScalarView()
    var marks: [(Int, Int)] = []
    var line = 1, column = 1
    for scalar in marked.unicodeScalars {
        if scalar == marker { marks.append((line, column)); continue }
        text.append(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    return (String(text), marks)
}

/// A complete small script around `nodes` (indented under `nodes:`); `header` lines replace the defaults.
func script(_ nodes: String, header: [String: String] = [:], extra: String = "") -> String {
    let defaults: [(String, String)] = [("id", "test-script"), ("title", "Test"), ("kind", "other"),
                                        ("description", "A test."), ("minutes", "1"), ("start", "a")]
    var out = ""
    for (key, value) in defaults {
        let line = header[key] ?? "\(key): \(value)"
        if !line.isEmpty { out += line + "\n" }
    }
    out += extra
    out += "nodes:\n"
    out += nodes.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    return out + "\n"
}

/// Compiles `yaml` as `test.yaml`.
func compile(_ yaml: String) -> CompileResult {
    ScriptCompiler.compile(yaml: yaml, file: "test.yaml")
}

/// The diagnostics as `line:col CODE` strings, for readable expectations.
func summary(_ result: CompileResult) -> [String] {
    result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }
}
