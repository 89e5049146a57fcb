import DialogueModel

/// The outcome of checking an answer against a prompt kind.
public enum AnswerCheck: Sendable, Equatable {
    /// The answer fits; this value is saved.
    case accepted(Value)
    /// The answer does not fit; the words explain why, kindly and specifically.
    case rejected(String)
}

extension PromptKind {
    /// Checks a typed answer (trimmed first) and converts it to the value saved.
    ///
    /// Integers accept digits ("7", "+7", "-2"), a trailing full stop, "7/10" and "7 out of 10" (the part after
    /// the slash is ignored) and the words zero to ten. Yes/no accepts common short forms (y, yeah, nope...).
    /// Lists split on commas, semicolons, new lines and the word "and". Choices accept the number or the label
    /// (case-insensitive, exact or a unique prefix) or the option value.
    public func check(_ input: String, values: [String] = []) -> AnswerCheck {
        let answer = input.trimmingWhitespace()
        switch self {
        case .text:
            return .accepted(.string(answer))
        case .nonEmpty, .listen:
            return answer.isEmpty ? .rejected(defaultRetry) : .accepted(.string(answer))
        case .integer(let min, let max):
            guard let number = AnswerReading.integer(answer), (min...max).contains(number) else {
                return .rejected(defaultRetry)
            }
            return .accepted(.int(number))
        case .yesNo:
            guard let yes = AnswerReading.yesNo(answer) else { return .rejected(defaultRetry) }
            return .accepted(.bool(yes))
        case .list(let min, let max):
            let items = AnswerReading.items(answer)
            guard (min...max).contains(items.count) else {
                return .rejected(AnswerReading.listMismatch(given: items.count, min: min, max: max))
            }
            return .accepted(.list(items))
        case .choice(let labels):
            switch AnswerReading.choice(answer, labels: labels, values: values) {
            case .some(let index):
                let value = values.indices.contains(index) ? values[index] : labels[index]
                return .accepted(.string(value))
            case .none:
                return .rejected(defaultRetry)
            }
        }
    }
}
