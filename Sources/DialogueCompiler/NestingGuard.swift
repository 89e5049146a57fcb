/// A cheap scan of the raw text that bounds how deeply collections nest, run before the YAML parser
/// (whose recursion could otherwise exhaust the stack on hostile input).
///
/// The estimate may overcount a little (stray brackets, indented literal text), so it is compared with a
/// generous limit; the exact limit is enforced on the composed tree.
enum NestingGuard {
    /// The estimate above which the text is rejected without parsing.
    static let textLimit = 200

    /// The 1-based line where the estimated depth first passes `limit`, or nil when it stays within it.
    static func firstLineTooDeep(_ text: String, limit: Int = textLimit) -> Int? {
        var flow = 0
        var stack: [Int] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let chars = Array(line.unicodeScalars)
            var i = 0
            if flow == 0 {
                while i < chars.count, chars[i] == " " { i += 1 }
                if i == chars.count || chars[i] == "#" || chars[i] == "\r" { continue }
                while let top = stack.last, top >= i { stack.removeLast() }
                stack.append(i)
                while i + 1 < chars.count, chars[i] == "-", chars[i + 1] == " " {
                    i += 2
                    while i < chars.count, chars[i] == " " { i += 1 }
                    stack.append(i)
                }
            }
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar = " "
            var valueStart = true
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    if valueStart || flow > 0 { quote = c }
                } else if c == "#" && (previous == " " || previous == "\t") {
                    break
                } else if c == "[" || c == "{" {
                    if valueStart || flow > 0 { flow += 1 }
                } else if c == "]" || c == "}" {
                    if flow > 0 { flow -= 1 }
                }
                if c != " " { valueStart = (c == "[" || c == "{" || c == "," || ((c == ":" || c == "-") && i + 1 < chars.count && chars[i + 1] == " ")) }
                previous = c
                i += 1
                if stack.count + flow > limit { return lineNumber }
            }
            if stack.count + flow > limit { return lineNumber }
        }
        return nil
    }
}
