/// A cheap scan of the raw text that bounds how deeply collections nest, run before the YAML parser
/// (whose recursion could otherwise exhaust the stack on hostile input).
///
/// The estimate may overcount a little (stray brackets, indented literal text), so it is compared with a
/// generous limit; the exact limit is enforced on the composed tree.
enum NestingGuard {
    /// The estimate above which the text is rejected without parsing.
    static let textLimit = 200

    /// The 1-based line where the estimated depth first passes `limit`, or nil when it stays within it.
    ///
    /// Reads UTF-8 bytes: every character it looks at is ASCII, and the indentation it counts is spaces and
    /// `- `, so byte positions there are the same as character positions.
    static func firstLineTooDeep(_ text: String, limit: Int = textLimit) -> Int? {
        firstLineTooDeep(lines: SourceExcerpt.split(text), limit: limit)
    }

    /// The same for a text already cut into lines (as `SourceExcerpt.split` cuts them).
    static func firstLineTooDeep(lines: [Substring], limit: Int = textLimit) -> Int? {
        let space = UInt8(ascii: " "), dash = UInt8(ascii: "-")
        var flow = 0
        var stack: [Int] = []
        var lineNumber = 0
        for line in lines {
            lineNumber += 1
            let chars = Array(line.utf8)
            var i = 0
            if flow == 0 {
                while i < chars.count, chars[i] == space { i += 1 }
                if i == chars.count || chars[i] == UInt8(ascii: "#") || chars[i] == UInt8(ascii: "\r") { continue }
                while let top = stack.last, top >= i { stack.removeLast() }
                stack.append(i)
                while i + 1 < chars.count, chars[i] == dash, chars[i + 1] == space {
                    i += 2
                    while i < chars.count, chars[i] == space { i += 1 }
                    stack.append(i)
                }
            }
            var quote: UInt8?
            var previous = space
            var valueStart = true
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    if valueStart || flow > 0 { quote = c }
                } else if c == UInt8(ascii: "#") && (previous == space || previous == UInt8(ascii: "\t")) {
                    break
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    if valueStart || flow > 0 { flow += 1 }
                } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    if flow > 0 { flow -= 1 }
                }
                if c != space {
                    valueStart = c == UInt8(ascii: "[") || c == UInt8(ascii: "{") || c == UInt8(ascii: ",")
                        || ((c == UInt8(ascii: ":") || c == dash) && i + 1 < chars.count && chars[i + 1] == space)
                }
                previous = c
                i += 1
                if stack.count + flow > limit { return lineNumber }
            }
            if stack.count + flow > limit { return lineNumber }
        }
        return nil
    }
}
