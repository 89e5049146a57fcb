import DialogueModel
import Yams

extension ScriptReader {
    /// `listen:` (text, `true`, or `{prompt, save}`) with `on_skill` (and its `default`) or `next`.
    func readListen(_ keys: [String: Pair], node: Node, id: String) -> NodeAction {
        guard let value = keys["listen"]?.value else { return .end }
        // The runtime sets `last_skill` (raw name), `last_skill_name` (readable) and `last_topic` after every listen reply.
        defined.formUnion(["last_skill", "last_skill_name", "last_topic"])
        var prompt: TextTemplate?
        var save = readSave(keys)
        switch value {
        case .scalar where value.tagName == .bool:
            if value.bool != true {
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
    func readSkillArms(_ node: Node) -> ([SkillArm], String?) {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "on_skill must be a mapping skill: node, found \(describe(node))", at: node)
            return ([], nil)
        }
        var arms: [SkillArm] = []
        var otherwise: String?
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
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
            var skills: [String] = []
            for (name, at) in names {
                guard ScriptVocabulary.skills.contains(name) else {
                    report(.unknownSkill, "'\(name)' is not a listening skill\(Suggestion.hint(for: name, in: ScriptVocabulary.skills)); "
                           + "use one of \(ScriptVocabulary.skills.joined(separator: ", ")) or default", at: at)
                    continue
                }
                if !seen.insert(name).inserted {
                    report(.duplicateSkill, "skill '\(name)' already has a target above; this one is never used", at: at)
                    continue
                }
                skills.append(name)
            }
            let next = link(value, what: "on_skill target")
            if let next, !skills.isEmpty {
                arms.append(SkillArm(skills: skills, next: next, location: source.location(of: keyNode)))
            }
        }
        if otherwise == nil {
            report(.missingDefaultSkill, "on_skill has no 'default:' target for the skills not listed", at: node)
        }
        return (arms, otherwise)
    }
}
