import DialogueModel
import Yams

extension ScriptReader {
    /// `ask:` with `expect`, `save`, `rating`, `retry` and `next`.
    func readAsk(_ keys: PairsByKey, node: Node, id: String) -> NodeAction {
        let prompt = keys["ask"].flatMap { template($0.value, what: "ask") } ?? TextTemplate(literal: "")
        let parsedExpect = keys["expect"].flatMap { readExpectation($0.value) }
        let expectIsInvalid = keys["expect"] != nil && parsedExpect == nil
        let expect = parsedExpect ?? .text
        let save = readSave(keys)
        if expectIsInvalid, let save { facts.untyped.insert(save) }
        var rating: String?
        if let pair = keys["rating"] {
            rating = variableName(pair.value, what: "rating")
            if case .integer(let low, let high) = expect, low < Self.ratingScale.lowerBound || high > Self.ratingScale.upperBound,
               let expectNode = keys["expect"]?.value {
                report(.valueOutOfRange, "a rating is stored on the \(Self.ratingScale.lowerBound) to \(Self.ratingScale.upperBound) "
                       + "scale, so its range must lie inside it (found [\(low), \(high)]); use expect: { integer: [0, 10] }",
                       at: expectNode)
            }
            if case .integer = expect {} else if !expectIsInvalid {
                report(.invalidExpectation, "'rating' needs a number answer: add expect: { integer: [0, 10] }",
                       at: pair.keyNode)
            }
        }
        let retry = keys["retry"].flatMap { template($0.value, what: "retry") }
        let next = requiredNext(keys, node: node, id: id, action: "ask")
        return .ask(Ask(prompt: prompt, expect: expect, save: save, rating: rating, retry: retry, next: next))
    }

    /// The scale ratings are stored on (the transcript store's SUDS range): `rating:` answers must fit it.
    static let ratingScale = 0...10

    /// `expect:` text | non_empty | yes_no | {integer: [min, max]} | {list: n} | {list: [min, max]}.
    func readExpectation(_ node: Node) -> Expectation? {
        let usage = "use text, non_empty, yes_no, {integer: [min, max]}, {list: count} or {list: [min, max]}"
        if let scalar = node.scalar {
            switch scalar.string {
            case "text": return .text
            case "non_empty": return .nonEmpty
            case "yes_no": return .yesNo
            default: break
            }
            let hint = Self.expectHint(scalar.string)
            report(.invalidExpectation, "expect '\(scalar.string)' is not known" + (hint.isEmpty ? "; \(usage)" : hint),
                   at: node)
            return nil
        }
        guard case .mapping(let mapping) = node, mapping.count == 1, let (keyNode, value) = mapping.first(where: { _ in true }),
              let key = keyNode.scalar?.string else {
            report(.invalidExpectation, "expect is not understood; \(usage)", at: node)
            return nil
        }
        guard key == "integer" || key == "list" else {
            let hint = Suggestion.hint(for: key, in: ["integer", "list"])
            report(.invalidExpectation, "expect '\(key)' is not known" + (hint.isEmpty ? "; \(usage)" : hint), at: keyNode)
            return nil
        }
        var bounds: [Int] = []
        let numbers: [Node]
        switch value {
        case .scalar where tagName(value) == .int: numbers = [value]
        case .sequence(let sequence) where sequence.count == 2 && sequence.allSatisfy({ tagName($0) == .int }):
            numbers = Array(sequence)
        default: numbers = []
        }
        for number in numbers {
            guard let bound = ScalarTyping.int(number) else {
                report(.invalidExpectation, "\(number.scalar?.string ?? "this number") is too large for a bound", at: number)
                return nil
            }
            bounds.append(bound)
        }
        guard !bounds.isEmpty else {
            report(.invalidExpectation, "\(key) needs \(key == "list" ? "a count or " : "")[min, max] with whole numbers", at: value)
            return nil
        }
        if key == "integer" {
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                report(.invalidExpectation, bounds.count == 2 ? "integer range [\(bounds[0]), \(bounds[1])] is empty: min is above max"
                       : "integer needs [min, max], e.g. {integer: [0, 10]}", at: value)
                return nil
            }
            return .integer(min: bounds[0], max: bounds[1])
        }
        let (low, high) = (bounds[0], bounds.last!)
        guard low >= 1, low <= high, high <= 100 else {
            report(.invalidExpectation, "list needs between 1 and 100 items with min not above max", at: value)
            return nil
        }
        return .list(min: low, max: high)
    }

    /// A did-you-mean for an unknown expect word; `integer` and `list` alone point at their mapping form.
    static func expectHint(_ word: String) -> String {
        let aliases = ["number": "integer", "int": "integer", "whole_number": "integer", "numbers": "integer",
                       "bool": "yes_no", "boolean": "yes_no", "yesno": "yes_no", "yes/no": "yes_no",
                       "nonempty": "non_empty", "string": "text", "items": "list"]
        let lowered = word.lowercased()
        let guess = ["integer", "list"].contains(lowered) ? lowered : aliases[lowered] ?? Suggestion.closest(to: lowered, in: ["text", "non_empty", "yes_no", "integer", "list"])
        switch guess {
        case "integer"?: return "; did you mean '{ integer: [min, max] }', e.g. expect: { integer: [0, 10] }?"
        case "list"?: return "; did you mean '{ list: count }', e.g. expect: { list: 3 }?"
        case let word?: return "; did you mean '\(word)'?"
        case nil: return ""
        }
    }

    /// `choices:` as a list of {label, next, value?} or a mapping label: next; plus `prompt` and `save`.
    func readChoices(_ keys: PairsByKey, id: String) -> NodeAction {
        rejectNext(keys, id: id, action: "choices", hint: "each option says where it leads with its own next")
        let prompt = keys["prompt"].flatMap { template($0.value, what: "prompt") } ?? TextTemplate(literal: "")
        let save = readSave(keys)
        guard let choices = keys["choices"]?.value else { return .end }
        var options: [ChoiceOption] = []
        var labels: [String: Int] = [:]
        func add(label: String, labelNode: Node, value: String?, next: String, at node: Node) {
            let folded = label.lowercased().trimming(" ")
            if let line = labels[folded] {
                report(.duplicateChoiceLabel, "choice label '\(label)' is already used at line \(line)", at: labelNode)
            } else {
                labels[folded] = labelNode.mark?.line ?? 0
            }
            if label.allSatisfy(\.isWhitespace) { report(.emptyText, "choice label is empty", at: labelNode) }
            options.append(ChoiceOption(label: label, value: value ?? label, next: next, location: source.location(of: node)))
        }
        switch choices {
        case .sequence(let sequence):
            for item in sequence {
                guard let pairs = pairs(item, what: "a choice") else { continue }
                let byKey = checkKeys(pairs, allowed: ["label", "next", "value"], in: "a choice")
                for key in ["label", "next"] where byKey[key] == nil {
                    report(.missingKey, "the choice has no '\(key)'", at: item)
                }
                guard let labelPair = byKey["label"], let label = text(labelPair.value, what: "label") else { continue }
                let value = byKey["value"].flatMap { text($0.value, what: "value") }
                let next = byKey["next"].flatMap { link($0.value, what: "next") } ?? ""
                add(label: label, labelNode: labelPair.value, value: value, next: next, at: item)
            }
        case .mapping:
            for pair in pairs(choices, what: "choices") ?? [] {
                add(label: pair.key, labelNode: pair.keyNode, value: nil, next: link(pair.value, what: "next") ?? "",
                    at: pair.keyNode)
            }
        default:
            report(.wrongType, "choices must be a list of {label, next} or a mapping label: next, found \(describe(choices))",
                   at: choices)
            return .end
        }
        if options.isEmpty && (choices.sequence?.isEmpty ?? true) && (choices.mapping?.isEmpty ?? true) {
            report(.emptyChoices, "choices has no options; give at least one", at: choices)
        }
        return .choose(Choose(prompt: prompt, options: options, save: save))
    }

    /// `branch:` arms `{if: condition, next: id}` then a final `{else: id}`.
    func readBranch(_ keys: PairsByKey, id: String) -> NodeAction {
        rejectNext(keys, id: id, action: "branch", hint: "put the fallback in a final '- else: node'")
        guard let branch = keys["branch"]?.value else { return .end }
        guard case .sequence(let sequence) = branch else {
            report(.wrongType, "branch must be a list of {if, next} arms ending with {else}, found \(describe(branch))",
                   at: branch)
            return .end
        }
        var arms: [BranchArm] = []
        var otherwise: String?
        for (index, item) in sequence.enumerated() {
            guard let pairs = pairs(item, what: "a branch arm") else { continue }
            let byKey = checkKeys(pairs, allowed: ["if", "next", "else"], in: "a branch arm")
            if let elsePair = byKey["else"] {
                if byKey["if"] != nil || byKey["next"] != nil {
                    report(.misplacedKey, "an 'else' arm has only the target: '- else: node'", at: item)
                }
                if index != sequence.count - 1 {
                    report(.misplacedKey, "'else' must be the last arm of the branch (later arms would never be tried)",
                           at: elsePair.keyNode)
                }
                otherwise = link(elsePair.value, what: "else") ?? ""
                continue
            }
            for key in ["if", "next"] where byKey[key] == nil {
                report(.missingKey, "the branch arm has no '\(key)'", at: item)
            }
            let condition = byKey["if"].flatMap { expression($0.value, what: "if") }
            let next = byKey["next"].flatMap { link($0.value, what: "next") }
            if let condition, let next {
                arms.append(BranchArm(condition: condition, next: next, location: source.location(of: item)))
            }
        }
        if otherwise == nil {
            report(.missingKey, "branch has no final '- else: node' for when no condition holds", at: branch)
        }
        return .branch(arms, otherwise: otherwise ?? "")
    }

    /// `pause: 4` or `pause: {seconds: 4, label: "Breathe in"}` with `next`.
    func readPause(_ keys: PairsByKey, node: Node, id: String) -> NodeAction {
        let next = requiredNext(keys, node: node, id: id, action: "pause")
        guard let value = keys["pause"]?.value else { return .end }
        var secondsNode = value
        var label: TextTemplate?
        if case .mapping = value {
            let byKey = checkKeys(pairs(value, what: "pause") ?? [], allowed: ["seconds", "label"], in: "pause")
            label = byKey["label"].flatMap { template($0.value, what: "label") }
            guard let seconds = byKey["seconds"] else {
                report(.missingKey, "pause has no 'seconds'", at: value)
                return .pause(Pause(seconds: 1, label: label, next: next))
            }
            secondsNode = seconds.value
        }
        var seconds = integer(secondsNode, what: "pause seconds") ?? 1
        if !ScriptVocabulary.pauseRange.contains(seconds) {
            report(.pauseOutOfRange, "a pause lasts from 1 to 600 seconds, found \(seconds)", at: secondsNode)
            seconds = 1
        }
        return .pause(Pause(seconds: seconds, label: label, next: next))
    }
}
