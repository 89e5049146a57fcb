import DialogueModel
import Foundation
import Testing
@testable import DialogueCompiler

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func schemaObject() throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(ScriptSchema.json.utf8)) as? [String: Any])
}

@Test func committedSchemaFileEqualsTheCommandOutput() throws {
    let committed = try String(contentsOf: packageRoot.appendingPathComponent("docs/script.schema.json"), encoding: .utf8)
    #expect(committed == ScriptSchema.json, "regenerate with: alongside schema > docs/script.schema.json")
}

@Test func schemaIsDraft2020AndListsTheCompilersKeys() throws {
    let schema = try schemaObject()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(Set(schema["required"] as? [String] ?? []) == Set(ScriptReader.requiredKeys))
    let properties = try #require(schema["properties"] as? [String: Any])
    #expect(Set(ScriptReader.topLevelKeys).isSubset(of: Set(properties.keys)))
    #expect(properties["document"] != nil, "the schema tolerates the document: key")
    let kind = try #require(properties["kind"] as? [String: Any])
    #expect(kind["enum"] as? [String] == ExerciseKind.allCases.map(\.rawValue))
}

@Test func schemaNodesMatchTheCompilersVocabulary() throws {
    let definitions = try #require(try schemaObject()["$defs"] as? [String: Any])
    let node = try #require(definitions["node"] as? [String: Any])
    let nodeProperties = try #require(node["properties"] as? [String: Any])
    #expect(Set(nodeProperties.keys) == Set(ScriptReader.nodeKeys))
    let rule = try #require((definitions["safetyRule"] as? [String: Any])?["properties"] as? [String: Any])
    #expect((rule["category"] as? [String: Any])?["enum"] as? [String] == ScriptVocabulary.safetyCategories)
    #expect((rule["level"] as? [String: Any])?["enum"] as? [String] == ScriptVocabulary.safetyLevels)
    let onSkill = try #require(definitions["onSkill"] as? [String: Any])
    let skillKeys = try #require((onSkill["properties"] as? [String: Any]).map { Set($0.keys) })
    #expect(skillKeys == Set(ScriptVocabulary.skills + ["default"]))
    #expect(onSkill["additionalProperties"] as? Bool == false)
}

/// Every object in the schema says which keys it allows (`additionalProperties: false`, or a typed map with
/// `propertyNames`), so a misspelled key fails validation in any standard tool.
@Test func schemaRejectsUnknownKeysEverywhere() throws {
    var open: [String] = []
    func walk(_ value: Any, _ path: String) {
        if let object = value as? [String: Any] {
            if object["type"] as? String == "object", object["additionalProperties"] == nil || object["additionalProperties"] as? Bool == true,
               object["propertyNames"] == nil {
                open.append(path)
            }
            for (key, inner) in object { walk(inner, path + "/" + key) }
        } else if let array = value as? [Any] {
            for (index, inner) in array.enumerated() { walk(inner, path + "/\(index)") }
        }
    }
    walk(try schemaObject(), "")
    #expect(open.isEmpty, "\(open)")
}
