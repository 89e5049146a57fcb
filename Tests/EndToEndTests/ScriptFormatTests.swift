import Foundation
import Testing

/// The script format as other tools see it: every bundled script read by PyYAML's `safe_load` and validated by
/// the Python `jsonschema` package against `alongside schema` (scripts/check-schema), and `lint --fix`
/// rewriting the older on_skill form.
@Suite struct ScriptFormatTests {
    /// True when `python3` can import PyYAML and jsonschema (`.ci/run` installs them).
    static let pythonHasSchemaTools = (try? AlongsideProcess.tool(["python3", "-c", "import yaml, jsonschema"]))?.status == 0

    @Test(.enabled(if: pythonHasSchemaTools, "needs python3 with PyYAML and jsonschema"))
    func everyBundledScriptValidatesAgainstTheSchemaWithStandardTools() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let schema = dir.appendingPathComponent("schema.json")
        try AlongsideProcess.run(["schema"]).stdout.write(to: schema, atomically: true, encoding: .utf8)
        let root = AlongsideProcess.packageRoot
        let (status, text) = try AlongsideProcess.tool(["python3", root.appendingPathComponent("scripts/check-schema").path,
                                                        "--schema", schema.path, root.appendingPathComponent("dialogues").path])
        #expect(status == 0, "\(text)")
        #expect(text.contains("of \(BundledCount.scripts) scripts match the schema"), "\(text)")
    }

    @Test func lintFixRewritesTheOlderSkillForm() throws {
        let dir = try AlongsideProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("old.yaml")
        try Self.oldForm.write(to: file, atomically: true, encoding: .utf8)
        let before = try AlongsideProcess.run(["lint", file.path])
        #expect(before.status == 0)
        #expect(before.stdout.contains("old.yaml:11:7: warning: AL0044 write one skill per key (reflection: ..., summary: ...)"))
        #expect(before.stdout.contains(" 11 |       [reflection, summary]: good   # heard\n    |       ^\n"))
        let fixed = try AlongsideProcess.run(["lint", "--fix", file.path])
        #expect(fixed.status == 0)
        #expect(fixed.stderr.contains("applied 2 fixes"))
        #expect(!fixed.stdout.contains("AL0044"), "\(fixed.stdout)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("    on_skill:\n      reflection: good   # heard\n      summary: good\n      advice: other\n"
                              + "      judgment: other\n      default: other\n"), "\(text)")
    }

    static let oldForm = """
    id: old-form
    title: Old form
    kind: practice
    description: d
    minutes: 1
    start: l
    nodes:
      l:
        listen: "Your reply:"
        on_skill:
          [reflection, summary]: good   # heard
          "advice, judgment": other
          default: other
      good:
        end: true
      other:
        end: true
    """
}

/// How many scripts are bundled (dialogues/*.yaml).
enum BundledCount {
    static var scripts: Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: AlongsideProcess.packageRoot.appendingPathComponent("dialogues").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.count
    }
}
