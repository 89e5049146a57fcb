import DialogueModel
import Yams

extension ScriptReader {
    /// A `document:` section as read, with where each section key was written (for later checks).
    struct ReadDocument {
        let spec: DocumentSpec
        let keyNodes: [(key: String, node: Node)]
    }

    /// `document: { kind, title, sections: [{key, title}...] }`; nil after reporting when unusable.
    func readDocument(_ node: Node) -> ReadDocument? {
        guard let pairs = pairs(node, what: "document") else { return nil }
        let byKey = checkKeys(pairs, allowed: ["kind", "title", "sections"], in: "document")
        for key in ["kind", "title", "sections"] where byKey[key] == nil {
            report(.missingKey, "the document has no '\(key)'", at: node)
        }
        let kind = byKey["kind"].flatMap {
            name($0.value, what: "document kind", rule: "use lowercase letters, digits and single hyphens, e.g. 'safety-plan'",
                 isValid: ScriptVocabulary.isScriptID)
        }
        let title = byKey["title"].flatMap { text($0.value, what: "document title") }
        if let pair = byKey["title"], let title, title.allSatisfy(\.isWhitespace) {
            report(.emptyText, "document title is empty", at: pair.value)
        }
        var sections: [DocumentSection] = []
        var keyNodes: [(key: String, node: Node)] = []
        if let sectionsNode = byKey["sections"]?.value {
            var seen: [String: Int] = [:]
            if case .sequence(let sequence) = sectionsNode {
                if sequence.isEmpty { report(.missingKey, "document sections is empty; list at least one section", at: sectionsNode) }
                for item in sequence {
                    guard let section = readDocumentSection(item) else { continue }
                    if let line = seen[section.section.key] {
                        report(.duplicateDocumentSection, "section '\(section.section.key)' is already listed at line \(line)",
                               at: section.keyNode)
                        continue
                    }
                    seen[section.section.key] = section.keyNode.mark?.line ?? 0
                    sections.append(section.section)
                    keyNodes.append((section.section.key, section.keyNode))
                }
            } else {
                report(.wrongType, "document sections must be a list of {key, title}, found \(describe(sectionsNode))", at: sectionsNode)
            }
        }
        guard let kind, let title else { return nil }
        defined.formUnion(sections.map(\.key))
        // The saved document reads every section's variable.
        uses += keyNodes.map { ($0.key, source.location(of: $0.node)) }
        return ReadDocument(spec: DocumentSpec(kind: kind, title: title, sections: sections), keyNodes: keyNodes)
    }

    /// One `{key, title}` entry of `sections`.
    private func readDocumentSection(_ item: Node) -> (section: DocumentSection, keyNode: Node)? {
        guard let pairs = pairs(item, what: "a document section") else { return nil }
        let byKey = checkKeys(pairs, allowed: ["key", "title"], in: "a document section")
        for key in ["key", "title"] where byKey[key] == nil {
            report(.missingKey, "the document section has no '\(key)'", at: item)
        }
        guard let keyPair = byKey["key"], let key = variableName(keyPair.value, what: "section key"),
              let titlePair = byKey["title"], let title = text(titlePair.value, what: "section title") else { return nil }
        if BuiltinVariable.names.contains(key) {
            report(.invalidName, "'\(key)' is a built-in name supplied by the app; choose another section key", at: keyPair.value)
            return nil
        }
        if title.allSatisfy(\.isWhitespace) { report(.emptyText, "section title is empty", at: titlePair.value) }
        return (DocumentSection(key: key, title: title), keyPair.value)
    }

    /// Errors for document sections that no node ever saves or sets (the section would always stay empty).
    func checkDocumentSections(_ document: ReadDocument, nodes: [String: DialogueNode]) {
        var written: Set<String> = []
        for node in nodes.values {
            written.formUnion(node.set.map(\.variable))
            switch node.action {
            case .ask(let ask): if let save = ask.save { written.insert(save) }
            case .choose(let choose): if let save = choose.save { written.insert(save) }
            case .listen(let listen): if let save = listen.save { written.insert(save) }
            default: break
            }
        }
        let names = Array(written).sorted()
        for (key, node) in document.keyNodes where !written.contains(key) {
            report(.documentSectionNotSaved, "no node saves or sets section '\(key)'\(Suggestion.hint(for: key, in: names)); "
                   + "add 'save: \(key)' to the question that asks for it", at: node)
        }
    }
}
