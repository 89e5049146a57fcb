import DialogueModel
import Yams

extension ScriptReader {
    /// `listen:` (text, `true`, or `{prompt, save}`) with `on_skill` (and its `default`) or `next`.
    func readListen(_ keys: PairsByKey, node: Node, id: String) -> NodeAction {
        guard let value = keys["listen"]?.value else { return .end }
        // The runtime sets `last_skill` (raw name), `last_skill_name` (readable) and `last_topic` after every listen reply.
        defined.formUnion(["last_skill", "last_skill_name", "last_topic"])
        var prompt: TextTemplate?
        var save = readSave(keys)
        switch value {
        case .scalar where tagName(value) == .bool:
            if ScalarTyping.bool(value) != true {
                report(.wrongType, "listen must be true, a prompt text or {prompt, save}", at: value)
            }
        case .scalar:
            prompt = template(value, what: "listen")
        case .mapping:
            let byKey = checkKeys(pairs(value, what: "listen") ?? [], allowed: ["prompt", "save"], in: "listen")
            prompt = byKey["prompt"].flatMap { template($0.value, what: "prompt") }
            if let inner = byKey["save"] {
                if save != nil {
                    report(.misplacedKey, "save is given twice (in listen and on the node); keep one", at: inner.keyNode)
                }
                if let name = variableName(inner.value, what: "save") {
                    defined.insert(name)
                    save = name
                }
            }
        default:
            report(.wrongType, "listen must be true, a prompt text or {prompt, save}, found \(describe(value))", at: value)
        }
        guard let onSkill = keys["on_skill"] else {
            let next = requiredNext(keys, node: node, id: id, action: "listen")
            return .listen(Listen(prompt: prompt, save: save, onSkill: [], otherwise: next))
        }
        if let next = keys["next"] {
            report(.misplacedKey, "with on_skill, write the fallback as 'default:' inside on_skill instead of 'next'",
                   at: next.keyNode)
        }
        let (arms, otherwise) = readSkillArms(onSkill.value)
        return .listen(Listen(prompt: prompt, save: save, onSkill: arms, otherwise: otherwise ?? ""))
    }

    /// The arms of `on_skill` and its `default` target.
    ///
    /// The form is one skill name per key (`reflection: node`), which JSON and every YAML tool can read. The
    /// older keys, a list (`[a, b]: node`) or comma-separated text (`"a, b": node`), are still read, with an
    /// AL0044 warning whose fix-it writes one key per skill. Keys leading to the same node share one arm.
    func readSkillArms(_ node: Node) -> ([SkillArm], String?) {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "on_skill must be a mapping skill: node, found \(describe(node))", at: node)
            return ([], nil)
        }
        var arms: [SkillArm] = []
        var otherwise: String?
        var seen: Set<String> = []
        for index in mapping.startIndex..<mapping.endIndex {   // by index: see `pairs`
            let (keyNode, value) = mapping[index]
            var names: [(String, Node)] = []
            switch keyNode {
            case .scalar(let scalar):
                if scalar.string.hasPrefix(YAMLLoader.duplicateMarker) { continue }
                if scalar.string == "default" {
                    otherwise = link(value, what: "default")
                    continue
                }
                names = scalar.string.split(separator: ",").map { (String($0).trimming(" "), keyNode) }
            case .sequence(let sequence):
                for item in sequence {
                    if let name = text(item, what: "a skill name") { names.append((name, item)) }
                }
            default:
                report(.wrongType, "on_skill keys are skill names, found \(describe(keyNode))", at: keyNode)
                continue
            }
            if names.count != 1 || keyNode.sequence != nil {
                oldSkillForm(keyNode, value: value, skills: names.map(\.0))
            }
            var skills: [String] = []
            for (name, at) in names {
                guard ScriptVocabulary.skills.contains(name) else {
                    let hint = Suggestion.closest(to: name, in: ScriptVocabulary.skills).map { "did you mean '\($0)'?" }
                        ?? "use one of \(ScriptVocabulary.skills.joined(separator: ", ")) or default"
                    report(.unknownSkill, "'\(name)' is not a listening skill; \(hint)", at: at)
                    continue
                }
                if !seen.insert(name).inserted {
                    report(.duplicateSkill, "skill '\(name)' already has a target above; this one is never used", at: at)
                    continue
                }
                skills.append(name)
            }
            guard let next = link(value, what: "on_skill target"), !skills.isEmpty else { continue }
            if let same = arms.firstIndex(where: { $0.next == next }) {
                arms[same].skills += skills
            } else {
                arms.append(SkillArm(skills: skills, next: next, location: source.location(of: keyNode)))
            }
        }
        if otherwise == nil {
            report(.missingDefaultSkill, "on_skill has no 'default:' target for the skills not listed", at: node)
        }
        return (arms, otherwise)
    }

    /// AL0044 for a list or comma-separated key, with a fix-it when the entry sits on one line of a block mapping.
    func oldSkillForm(_ keyNode: Node, value: Node, skills: [String]) {
        let location = source.location(of: keyNode)
        let example = skills.prefix(2).map { "\($0): ..." }.joined(separator: ", ")
        let message = "write one skill per key (\(example)) so JSON tools and the schema can read on_skill; "
            + "'alongside lint --fix' rewrites it"
        report(.oldSkillForm, message, at: location, fix: skillFix(keyNode, value: value, skills: skills))
    }

    /// One `skill: target` line per skill in place of the entry's line; nil when the entry is not one block line.
    func skillFix(_ keyNode: Node, value: Node, skills: [String]) -> FixIt? {
        guard let keyMark = keyNode.mark, let valueMark = value.mark, keyMark.line == valueMark.line,
              let target = value.scalar?.string, keyMark.line - 1 < source.lineCount else { return nil }
        let line = source.scalars(ofLine: keyMark.line - 1)
        let indent = keyMark.column - 1
        guard indent <= line.count, line[..<indent].allSatisfy({ $0 == " " }) else { return nil }
        let written = ScriptVocabulary.isNodeID(target) ? target : ScriptCompiler.jsonString(target)
        var comment = ""
        if let rest = Self.afterScalar(value, in: line, column: valueMark.column - 1) {
            let trimmed = String(String.UnicodeScalarView(rest)).trimming(" ")
            if trimmed.hasPrefix("#") { comment = "   " + trimmed } else if !trimmed.isEmpty { return nil }
        } else {
            return nil
        }
        let pad = String(repeating: " ", count: indent)
        let lines = skills.enumerated().map { pad + $0.element + ": " + written + ($0.offset == 0 ? comment : "") }
        return FixIt(line: keyMark.line, replacement: lines)
    }

    /// What follows a one-line scalar written at `column` of `line`; nil when it cannot be told.
    static func afterScalar(_ node: Node, in line: [Unicode.Scalar], column: Int) -> ArraySlice<Unicode.Scalar>? {
        guard let scalar = node.scalar, column < line.count else { return nil }
        switch scalar.style {
        case .plain, .any:
            let length = scalar.string.unicodeScalars.count
            guard column + length <= line.count else { return nil }
            return line[(column + length)...]
        case .singleQuoted, .doubleQuoted:
            let quote = line[column]
            var i = column + 1
            while i < line.count {
                if line[i] == "\\" && quote == "\"" { i += 2; continue }
                if line[i] == quote {
                    if quote == "'" && i + 1 < line.count && line[i + 1] == "'" { i += 2; continue }
                    return line[(i + 1)...]
                }
                i += 1
            }
            return nil
        default:
            return nil
        }
    }
}
