/// Scores a risk predictor against a labeled set: precision, recall, false positives and every miss.
///
/// `alongside safety eval FILE.tsv` prints its report. The labeled file has one case per line:
/// `level<TAB>text`, `level<TAB>category,category<TAB>text` when categories are labeled too, or
/// `level<TAB>source<TAB>text` when lines come from several sources (a source has a colon, `name:group[:item]`;
/// figures are then given per source).
public struct SafetyEvaluation: Sendable {
    /// One labeled line of text.
    public struct Case: Sendable, Equatable {
        /// The level a careful human reader assigns.
        public let level: RiskLevel
        /// What the person typed.
        public let text: String
        /// 1-based line number in the source file.
        public let line: Int
        /// Labeled categories, or `nil` when the file does not label them for this line.
        public let categories: [RiskCategory]?
        /// Where the line comes from (`cssrs:Ideation:user-100`), or `nil` when the file does not say.
        public let source: String?

        /// Creates a case.
        public init(level: RiskLevel, text: String, line: Int, categories: [RiskCategory]? = nil, source: String? = nil) {
            self.level = level
            self.text = text
            self.line = line
            self.categories = categories
            self.source = source
        }

        /// The source without its item part: `cssrs:Ideation:user-100` → `cssrs:Ideation`.
        public var sourceGroup: String? {
            guard let source else { return nil }
            let parts = source.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            return parts.count >= 3 ? parts[0] + ":" + parts[1] : source
        }
    }

    /// A malformed line in a labeled file.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        /// The line has no tab between the level and the text.
        case missingText(line: Int)
        /// The first column is not `none`, `check`, `concern` or `urgent`.
        case unknownLevel(line: Int, value: String)
        /// The category column names a category that does not exist.
        case unknownCategory(line: Int, value: String)

        /// The 1-based line number the problem is on.
        public var line: Int {
            switch self {
            case .missingText(let line), .unknownLevel(let line, _), .unknownCategory(let line, _): return line
            }
        }

        /// A message for the person: `line 12: unknown level 'high' (expected none, concern or urgent)`.
        public var description: String {
            switch self {
            case .missingText(let line):
                return "line \(line): expected `level<TAB>text`"
            case .unknownLevel(let line, let value):
                return "line \(line): unknown level '\(value)' (expected none, check, concern or urgent)"
            case .unknownCategory(let line, let value):
                let known = RiskCategory.allCases.map(\.rawValue).joined(separator: ", ")
                return "line \(line): unknown category '\(value)' (expected one of \(known))"
            }
        }
    }

    /// Reads a labeled file; `#` comments and blank lines are skipped, a bad line throws `ParseError` with its number.
    public static func parse(tsv: String) throws -> [Case] {
        var cases: [Case] = []
        for (offset, raw) in tsv.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let lineNumber = offset + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let leading = line.drop { $0 == " " }
            if leading.isEmpty || leading.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw ParseError.missingText(line: lineNumber) }
            let levelName = fields[0].filter { $0 != " " }
            guard let level = RiskLevel(rawValue: String(levelName)) else {
                throw ParseError.unknownLevel(line: lineNumber, value: String(fields[0]))
            }
            var categories: [RiskCategory]?
            var source: String?
            var text = String(fields[1])
            if fields.count == 3 {
                if isSource(fields[1]) {
                    source = String(fields[1])
                } else {
                    categories = try parseCategories(fields[1], line: lineNumber)
                }
                text = String(fields[2])
            }
            guard !text.allSatisfy({ $0 == " " }) else { throw ParseError.missingText(line: lineNumber) }
            cases.append(Case(level: level, text: text, line: lineNumber, categories: categories, source: source))
        }
        return cases
    }

    /// The cases, in file order.
    public let cases: [Case]
    /// What the predictor said for each case, parallel to `cases`.
    public let predictions: [(level: RiskLevel, categories: [RiskCategory])]

    /// Runs `predict` once on every case's text.
    public init(cases: [Case], predict: (String) -> (level: RiskLevel, categories: [RiskCategory])) {
        self.cases = cases
        self.predictions = cases.map { predict($0.text) }
    }

    // MARK: - Headline figures

    /// Share of risk-labeled cases (check, concern or urgent) flagged at any risk level; 1 when there are none.
    public var anyRiskRecall: Double {
        ratio(score(where: { $0.level.isDetection }, hit: { $0.level.isDetection }), ifEmpty: 1)
    }

    /// Share of urgent-labeled cases predicted urgent; 1 when there are none.
    public var urgentRecall: Double {
        ratio(score(where: { $0.level == .urgent }, hit: { $0.level == .urgent }), ifEmpty: 1)
    }

    /// Share of none-labeled cases flagged at any risk level; 0 when there are none.
    public var falsePositiveRate: Double {
        ratio(score(where: { $0.level == .none }, hit: { $0.level.isDetection }), ifEmpty: 0)
    }

    // MARK: - Report

    /// Precision, recall and false-positive rate per level and labeled category, the confusion matrix, then every miss.
    public var report: String {
        var out: [String] = ["Safety evaluation: \(cases.count) cases"]
        for level in RiskLevel.allCases {
            out.append("  labeled \(level.rawValue): \(cases.filter { $0.level == level }.count)")
        }
        out.append("")
        out.append(pad("level", 10) + pad("precision", 18) + pad("recall", 18) + "false positives")
        out.append(row("check", expected: { $0 == .check }, predicted: { $0 == .check }))
        out.append(row("concern", expected: { $0 == .concern }, predicted: { $0 == .concern }))
        out.append(row("urgent", expected: { $0 == .urgent }, predicted: { $0 == .urgent }))
        out.append(row("any risk", expected: { $0.isDetection }, predicted: { $0.isDetection }))
        out.append(contentsOf: sourceLines)

        let labeled = Array(zip(cases, predictions).filter { $0.0.categories != nil })
        if !labeled.isEmpty {
            out.append("")
            out.append("Categories (\(labeled.count) lines labeled)")
            out.append(pad("category", 20) + pad("precision", 18) + pad("recall", 18) + "false positives")
            for category in RiskCategory.allCases {
                let tally = Tally(labeled.map { ($0.0.categories!.contains(category), $0.1.categories.contains(category)) })
                out.append(pad(category.rawValue, 20) + tally.columns)
            }
        }

        out.append("")
        out.append("Confusion matrix (rows: expected, columns: predicted)")
        out.append(pad("", 10) + RiskLevel.allCases.map { pad($0.rawValue, 9) }.joined())
        for expected in RiskLevel.allCases {
            let counts = RiskLevel.allCases.map { predicted in
                zip(cases, predictions).filter { $0.0.level == expected && $0.1.level == predicted }.count
            }
            out.append(pad(expected.rawValue, 10) + counts.map { pad(String($0), 9) }.joined())
        }

        let misses = missLines
        out.append("")
        out.append(misses.isEmpty ? "No misses." : "Misses (\(misses.count))")
        out.append(contentsOf: misses)
        return out.joined(separator: "\n") + "\n"
    }

    /// Every level miss as `line N: expected X got Y: text`, then category misses on labeled lines.
    public var missLines: [String] {
        var out: [String] = []
        for (labeled, predicted) in zip(cases, predictions) where labeled.level != predicted.level {
            out.append("line \(labeled.line): expected \(labeled.level.rawValue) got \(predicted.level.rawValue): \(labeled.text)")
        }
        for (labeled, predicted) in zip(cases, predictions) {
            guard let expected = labeled.categories, Set(expected) != Set(predicted.categories) else { continue }
            out.append("line \(labeled.line): expected categories \(names(expected)) got \(names(predicted.categories)): \(labeled.text)")
        }
        return out
    }

    /// Per source group: how many lines, how many flagged (any level), how many urgent; empty without sources.
    public var sourceLines: [String] {
        let groups = cases.compactMap(\.sourceGroup)
        guard !groups.isEmpty else { return [] }
        var order: [String] = []
        for group in groups where !order.contains(group) { order.append(group) }
        var out = ["", "By source (flagged = any of check, concern, urgent)",
                   pad("source", 30) + pad("expected", 10) + pad("flagged", 18) + pad("urgent", 18) + "check only"]
        for group in order.sorted() {
            let rows = zip(cases, predictions).filter { $0.0.sourceGroup == group }
            let expected = Set(rows.map(\.0.level.rawValue)).sorted().joined(separator: ",")
            out.append(pad(group, 30) + pad(expected, 10)
                       + pad(figure(rows.filter { $0.1.level.isDetection }.count, rows.count), 18)
                       + pad(figure(rows.filter { $0.1.level == .urgent }.count, rows.count), 18)
                       + figure(rows.filter { $0.1.level == .check }.count, rows.count))
        }
        return out
    }

    // MARK: - Counting

    /// A middle column with a colon is a source (`cssrs:Ideation:user-3`, `mine:en`); otherwise categories.
    private static func isSource(_ field: Substring) -> Bool {
        field.contains(":")
    }

    private static func parseCategories(_ field: Substring, line: Int) throws -> [RiskCategory] {
        let trimmed = field.filter { $0 != " " }
        if trimmed.isEmpty || trimmed == "-" { return [] }
        return try trimmed.split(separator: ",").map { name in
            guard let category = RiskCategory(rawValue: String(name)) else {
                throw ParseError.unknownCategory(line: line, value: String(name))
            }
            return category
        }
    }

    private func score(where isPositive: (Case) -> Bool, hit: ((level: RiskLevel, categories: [RiskCategory])) -> Bool) -> (hits: Int, total: Int) {
        let relevant = zip(cases, predictions).filter { isPositive($0.0) }
        return (relevant.filter { hit($0.1) }.count, relevant.count)
    }

    private func ratio(_ count: (hits: Int, total: Int), ifEmpty: Double) -> Double {
        count.total == 0 ? ifEmpty : Double(count.hits) / Double(count.total)
    }

    private func row(_ name: String, expected: (RiskLevel) -> Bool, predicted: (RiskLevel) -> Bool) -> String {
        let tally = Tally(zip(cases, predictions).map { (expected($0.0.level), predicted($0.1.level)) })
        return pad(name, 10) + tally.columns
    }

    private func names(_ categories: [RiskCategory]) -> String {
        categories.isEmpty ? "none" : categories.map(\.rawValue).sorted().joined(separator: ",")
    }
}

/// Counts of (expected positive, predicted positive) pairs for one level or category.
private struct Tally {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

    init(_ pairs: [(Bool, Bool)]) {
        for (expected, predicted) in pairs {
            switch (expected, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }
    }

    /// "0.950 (19/20)" style columns: precision, recall, false-positive rate.
    var columns: String {
        pad(figure(truePositives, truePositives + falsePositives), 18)
            + pad(figure(truePositives, truePositives + falseNegatives), 18)
            + figure(falsePositives, falsePositives + trueNegatives)
    }
}

private func figure(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "n/a (0/0)" }
    let thousandths = (part * 1000 + whole / 2) / whole
    let text = "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    return "\(text) (\(part)/\(whole))"
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}
