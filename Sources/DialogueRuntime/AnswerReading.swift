import Foundation

/// Readers that turn what people type into numbers, yes/no, lists and choices.
enum AnswerReading {
    /// Number words accepted for integers.
    static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Words meaning yes.
    static let yesWords: Set<String> = ["y", "yes", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "of course",
                                        "definitely", "yes please", "i do", "i am", "i will", "i have"]
    /// Words meaning no.
    static let noWords: Set<String> = ["n", "no", "nope", "nah", "not really", "no thanks", "no thank you",
                                       "i don't", "i'm not", "i won't", "i haven't"]

    /// A whole number from "7", "7.", "+7", "-3", "7/10", "7 out of 10" or "seven"; nil otherwise.
    static func integer(_ answer: String) -> Int? {
        var text = answer.lowercased().trimmingTrailing(".!")
        if let slash = text.firstIndex(of: "/") {
            let denominator = text[text.index(after: slash)...].trimmingWhitespace()
            guard Int(denominator) != nil else { return nil }
            text = text[..<slash].trimmingWhitespace()
        } else if let range = text.range(of: " out of ") {
            let denominator = text[range.upperBound...].trimmingWhitespace()
            guard Int(denominator) != nil || numberWords.contains(denominator) else { return nil }
            text = text[..<range.lowerBound].trimmingWhitespace()
        }
        if let word = numberWords.firstIndex(of: text) { return word }
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        return Int(digits)
    }

    /// True for yes, false for no, nil when unclear.
    static func yesNo(_ answer: String) -> Bool? {
        let text = String(answer.lowercased().map { $0 == "’" ? "'" : $0 }).trimmingTrailing(".!")
        if yesWords.contains(text) { return true }
        if noWords.contains(text) { return false }
        return nil
    }

    /// Non-empty items split on commas, semicolons, new lines and the word "and".
    static func items(_ answer: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in answer {
            if character == "," || character == ";" || character.isNewline {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.flatMap(splitOnAnd)
            .map { $0.trimmingWhitespace().trimmingTrailing(".").trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// Splits on the whole word "and" (any case), so "sandy" and "Andrew" stay whole.
    static func splitOnAnd(_ piece: String) -> [String] {
        let words = piece.split(separator: " ", omittingEmptySubsequences: false)
        var parts: [[Substring]] = [[]]
        for word in words {
            if word.lowercased() == "and" { parts.append([]) } else { parts[parts.count - 1].append(word) }
        }
        return parts.map { $0.joined(separator: " ") }
    }

    /// Words for a list with the wrong number of items, saying how many were given and how many are asked for.
    static func listMismatch(given: Int, min: Int, max: Int) -> String {
        let wanted = PromptKind.amount(min, max)
        let caught: String
        switch given {
        case 0: caught = "I didn't catch anything there"
        case 1: caught = "I caught 1 thing there"
        default: caught = "I caught \(given) things there"
        }
        return "\(caught), and I'm asking for \(wanted). Separate them with commas, like: first, second, third."
    }

    /// The index of the chosen option: by number, by value, by label or by a unique label prefix.
    static func choice(_ answer: String, labels: [String], values: [String]) -> Int? {
        let text = answer.lowercased().trimmingTrailing(".)")
        if let number = integer(text), labels.indices.contains(number - 1) { return number - 1 }
        guard !text.isEmpty else { return nil }
        let lowered = labels.map { $0.lowercased() }
        if let exact = lowered.firstIndex(of: text) { return exact }
        if let exact = values.map({ $0.lowercased() }).firstIndex(of: text), labels.indices.contains(exact) {
            return exact
        }
        let prefixed = lowered.indices.filter { lowered[$0].hasPrefix(text) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space and new lines.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// The text without any trailing characters from `characters`.
    func trimmingTrailing(_ characters: String) -> String {
        var slice = Substring(self)
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
