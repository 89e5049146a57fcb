/// A shell-like pattern for prompt texts: `*` matches any text, `?` one character, the rest literally.
struct Glob: Sendable {
    /// The pattern's characters.
    let pattern: [Character]

    /// Creates a glob from its text.
    init(_ pattern: String) {
        self.pattern = Array(pattern)
    }

    /// Whether the whole text matches the pattern.
    func matches(_ text: String) -> Bool {
        let text = Array(text)
        var p = 0, t = 0
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t], pattern[p] != "*" {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let starAt = star {
                p = starAt + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
