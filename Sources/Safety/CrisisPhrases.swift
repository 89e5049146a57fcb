import TextEncoding
/// Realistic crisis phrases (direct, indirect, means-only, obfuscated, slang, French, Spanish, German) with
/// the least level the router must give each: what `alongside test --crisis-fuzz` types at every prompt.
public enum CrisisPhrases {
    /// One phrase and what it must get.
    public struct Phrase: Sendable, Equatable {
        /// The least level the router must reach for a person typing it.
        public let level: RiskLevel
        /// The risk the phrase is about.
        public let category: RiskCategory
        /// The phrase as a person might type it.
        public let text: String
    }

    /// Every phrase, from `Resources/crisis-phrases.tsv`, in file order.
    public static let all: [Phrase] = {
        let text = String(decoding: EmbeddedText.core("crisis-phrases.tsv"), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let level = RiskLevel(rawValue: String(fields[0])),
                  let category = RiskCategory(rawValue: String(fields[1])) else {
                preconditionFailure("crisis-phrases.tsv: malformed line: \(line)")
            }
            return Phrase(level: level, category: category, text: String(fields[2]))
        }
    }()
}
