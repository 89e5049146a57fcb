import DialogueModel
import Yams

extension ScriptReader {
    /// A text with placeholders; reports syntax errors, empty text and phone numbers, and records variable uses.
    func template(_ node: Node, what: String) -> TextTemplate? {
        guard let raw = text(node, what: what) else { return nil }
        let parsed = TemplateParser.parse(raw)
        for error in parsed.errors {
            report(.templateSyntax, "in \(what): \(error.message)", at: source.location(of: node, offset: error.offset))
        }
        let valueColumn = parsed.variables.isEmpty ? nil : source.valueColumn(of: node)
        for variable in parsed.variables {
            uses.append((variable.name, source.location(of: node, offset: variable.offset, valueColumn: valueColumn)))
        }
        if raw.allSatisfy(\.isWhitespace) {
            report(.emptyText, "\(what) is empty", at: node)
        }
        checkLength(raw, what: what, at: node)
        if let offset = PhoneNumberDetector.firstMatch(in: raw) {
            report(.phoneNumberInText,
                   "\(what) contains what looks like a phone number; write {helpline.crisis}, {helpline.text} or {helpline.emergency} so the right number for the user's region is shown",
                   at: source.location(of: node, offset: offset))
        }
        return TextTemplate(raw: raw, parts: parsed.parts, location: source.location(of: node))
    }

    /// A condition or assignment; reports syntax errors inside the text and records variable uses.
    func expression(_ node: Node, what: String) -> Expression? {
        guard let raw = text(node, what: what) else { return nil }
        switch ExpressionParser.parse(raw) {
        case .failure(let error):
            report(.expressionSyntax, "in \(what) '\(raw)': \(error.message)",
                   at: source.location(of: node, offset: error.offset))
            return nil
        case .success(let parsed):
            let valueColumn = parsed.variables.isEmpty ? nil : source.valueColumn(of: node)
            for variable in parsed.variables {
                uses.append((variable.name, source.location(of: node, offset: variable.offset, valueColumn: valueColumn)))
            }
            facts.expressions.append(.init(expression: parsed.expression, raw: raw, location: source.location(of: node),
                                           isCondition: what == "if"))
            return parsed.expression
        }
    }

    /// `say:`: one text, a list of texts said in order, or `{one_of: [...]}` for a random variant.
    func say(_ node: Node) -> SayBlock? {
        switch node {
        case .scalar:
            return template(node, what: "say").map { SayBlock(lines: [$0]) }
        case .sequence(let sequence):
            if sequence.isEmpty { report(.emptyText, "say has no lines", at: node) }
            return SayBlock(lines: sequence.compactMap { template($0, what: "a line of say") })
        case .mapping:
            guard let pairs = pairs(node, what: "say") else { return nil }
            let byKey = checkKeys(pairs, allowed: ["one_of"], in: "say")
            guard let variants = byKey["one_of"] else {
                report(.missingKey, "say as a mapping needs 'one_of: [...]' (a list of variants)", at: node)
                return nil
            }
            guard case .sequence(let sequence) = variants.value, !sequence.isEmpty else {
                report(.wrongType, "one_of must be a non-empty list of texts, found \(describe(variants.value))",
                       at: variants.value)
                return nil
            }
            return SayBlock(lines: sequence.compactMap { template($0, what: "a variant of one_of") }, oneOf: true)
        case .alias:
            report(.wrongType, "say must be text or a list of texts", at: node)
            return nil
        }
    }
}
