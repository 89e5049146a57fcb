/// Finds digit runs in script text that look like phone numbers, which belong in `{helpline.*}` instead
/// (numbers change and differ by region; the help-line directory keeps them current).
enum PhoneNumberDetector {
    /// Words after which even a short number (like 988 or 111) is taken for a phone number.
    static let callWords: Set<String> = ["call", "text", "dial", "ring", "phone", "phoning", "calling", "texting"]

    /// Characters allowed inside a phone number's run of digits.
    static let separators: Set<Unicode.Scalar> = [" ", "-", ".", "(", ")", "/"]

    /// Offset (in Unicode scalars) of the first phone-like run, or nil.
    static func firstMatch(in text: String) -> Int? {
        // A run starts at an ASCII digit (`ScriptVocabulary.isDigit`); most texts hold none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count {
            let startsRun = ScriptVocabulary.isDigit(chars[i])
                || (chars[i] == "+" && i + 1 < chars.count && ScriptVocabulary.isDigit(chars[i + 1]))
            let afterWordChar = i > 0 && (ScriptVocabulary.isLetter(chars[i - 1]) || ScriptVocabulary.isDigit(chars[i - 1]))
            guard startsRun, !afterWordChar else { i += 1; continue }
            let start = i
            var digits = 0
            var end = i
            var j = i
            while j < chars.count {
                if ScriptVocabulary.isDigit(chars[j]) { digits += 1; end = j + 1 }
                else if !(Self.separators.contains(chars[j]) || (j == start && chars[j] == "+")) { break }
                j += 1
            }
            if end < chars.count, ScriptVocabulary.isLetter(chars[end]) { i = end; continue }
            if digits >= 6 || (digits >= 3 && callWords.contains(previousWord(chars, before: start))) {
                return start
            }
            i = max(end, i + 1)
        }
        return nil
    }

    /// The lowercased word just before `index`, skipping spaces and a colon.
    static func previousWord(_ chars: [Unicode.Scalar], before index: Int) -> String {
        var j = index - 1
        while j >= 0, chars[j] == " " || chars[j] == ":" { j -= 1 }
        let end = j + 1
        while j >= 0, ScriptVocabulary.isLetter(chars[j]) { j -= 1 }
        return String(String.UnicodeScalarView(chars[(j + 1)..<end])).lowercased()
    }
}
