/// A JSON Schema (draft 2020-12) of script format v1, for editors (completion and checks as you type) and
/// other tools. It describes the shape only; `alongside lint` checks everything else (links, variables...).
///
/// The text lives in `Resources/script.schema.json` (compiled in); `docs/script.schema.json` is a copy, and a
/// test keeps the two equal and checks the enums against
/// `ExerciseKind` and `ScriptVocabulary`.
public enum ScriptSchema {
    /// The schema as pretty-printed JSON, ending with a newline.
    public static let json = String(decoding: PackageResources.script_schema_json, as: UTF8.self)
}
