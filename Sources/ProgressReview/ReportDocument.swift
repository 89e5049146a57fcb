import Foundation
import Safety
import TextEncoding

/// The review report: one self-contained HTML page (inline CSS and SVG, no scripts, no links out)
/// with distress check-ins, listening practice and goals, for one person or several trainees.
public struct ReportDocument: Sendable {
    /// Whose data, one section each.
    public let inputs: [ReportInput]
    /// When the report was made (passed in: rendering reads no clock).
    public let generatedAt: Date
    /// The help lines printed at the end of the page (the region's, from `--region` or the locale).
    public var help: RegionHelp = HelpLineDirectory.help(for: nil)

    /// A report of `inputs` made at `generatedAt`, ending with `help`'s lines.
    public init(inputs: [ReportInput], generatedAt: Date, help: RegionHelp = HelpLineDirectory.help(for: nil)) {
        self.inputs = inputs
        self.generatedAt = generatedAt
        self.help = help
    }

    /// Skill names in a fixed order with their colours (colour-blind-friendly palette).
    static let skills: [(name: String, label: String, color: String)] = [
        ("open_question", "Open question", "#0072b2"), ("closed_question", "Closed question", "#56b4e9"),
        ("reflection", "Reflection", "#009e73"), ("complex_reflection", "Complex reflection", "#4cc9a0"),
        ("summary", "Summary", "#cc79a7"), ("affirmation", "Affirmation", "#e69f00"),
        ("validation", "Validation", "#f0c75e"), ("advice", "Advice", "#d55e00"),
        ("information", "Information", "#8c6d31"), ("judgment", "Judgment", "#7f1d1d"),
        ("self_disclosure", "Self-disclosure", "#999999"), ("other", "Other", "#cbd5e1"),
    ]

    /// The whole page.
    public var html: String {
        var body = "<header><h1>Alongside review</h1><p class=\"meta\">Made on \(Self.day(generatedAt)) from data kept on this computer. "
            + "Alongside is a self-help and practice tool, not therapy and not a crisis service.</p></header>"
        if inputs.count > 1 {
            body += "<nav><p>People in this report:</p><ul>" + inputs.enumerated().map { index, input in
                "<li><a href=\"#person-\(index + 1)\">\(HTMLText.escape(input.label))</a></li>"
            }.joined() + "</ul></nav>"
        }
        for (index, input) in inputs.enumerated() {
            body += "<section class=\"person\" id=\"person-\(index + 1)\">"
            if inputs.count > 1 || input.label != "You" { body += "<h2>\(HTMLText.escape(input.label))</h2>" }
            body += distress(input) + practice(input) + goals(input) + "</section>"
        }
        body += footer()
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>Alongside review</title><style>\(Self.style)</style></head><body><main>\(body)</main></body></html>\n"
    }

    // MARK: - Sections

    private func distress(_ input: ReportInput) -> String {
        var out = "<section class=\"distress\"><h3>Distress before and after grounding</h3>"
        guard !input.distress.isEmpty else {
            return out + "<p class=\"empty\">No distress check-ins yet. They appear after a grounding exercise.</p></section>"
        }
        let labels = Self.dayLabels(input.distress.map(\.date))
        out += SVGChart.lines([
            SVGChart.Series(name: "Before", color: "#d55e00", values: input.distress.map { $0.before.map(Double.init) }),
            SVGChart.Series(name: "After", color: "#0072b2", values: input.distress.map { $0.after.map(Double.init) }),
        ], labels: labels, yMax: 10, title: "Distress from 0 to 10, before and after each session")
        out += legend([("Before", "#d55e00"), ("After", "#0072b2")])
        let changes = input.distress.compactMap { point in point.before.flatMap { b in point.after.map { b - $0 } } }
        if !changes.isEmpty {
            let eased = changes.filter { $0 > 0 }.count
            out += "<p>In \(eased) of \(changes.count) sessions the number came down by the end. Numbers that stay the same or go up are part of it too.</p>"
        }
        out += table(["Date", "Before", "After"], input.distress.map { [Self.day($0.date), $0.before.map(String.init) ?? "–", $0.after.map(String.init) ?? "–"] })
        return out + "</section>"
    }

    private func practice(_ input: ReportInput) -> String {
        var out = "<section class=\"practice\"><h3>Listening practice</h3>"
        guard !input.practice.isEmpty else {
            return out + "<p class=\"empty\">No role-play practice yet.</p></section>"
        }
        let labels = Self.dayLabels(input.practice.map(\.date))
        let bars = zip(input.practice, labels).map { session, label in
            SVGChart.StackedBar(label: label, segments: Self.skills.map { skill in
                (skill.label, Double(session.skills[skill.name] ?? 0), skill.color)
            })
        }
        out += "<h4>Mix of skills per session</h4>"
        out += SVGChart.stackedBars(bars, title: "Share of each listening skill per practice session")
        let used = Self.skills.filter { skill in input.practice.contains { ($0.skills[skill.name] ?? 0) > 0 } }
        out += legend(used.map { ($0.label, $0.color) })
        // One trend per role-play: sessions of different role-plays are never drawn on one line.
        var titles: [String] = []
        for session in input.practice where !titles.contains(session.title) { titles.append(session.title) }
        for title in titles {
            let own = zip(input.practice, labels).filter { $0.0.title == title }
            out += "<h4>Reflections per question: \(HTMLText.escape(title))</h4>"
            out += SVGChart.bars(own.map { ($0.1, $0.0.reflectionToQuestion ?? 0) },
                                 title: "Reflections per question in each session of \(title)", reference: 2)
        }
        out += "<p>Many trainers aim for about two reflections for every question (the dashed line).</p>"
        out += table(["Date", "Session", "Reflections : questions", "Most used"], input.practice.map { session in
            let top = session.skills.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
            let label = top.flatMap { best in Self.skills.first { $0.name == best.key }?.label } ?? "–"
            return [Self.day(session.date), session.title, session.reflectionToQuestion.map { SVGChart.fmt($0) } ?? "–", label]
        })
        return out + "</section>"
    }

    private func goals(_ input: ReportInput) -> String {
        var out = "<section class=\"goals\"><h3>Goals and reviews</h3>"
        guard !input.goals.isEmpty else {
            return out + "<p class=\"empty\">No goals or reviews saved yet.</p></section>"
        }
        out += table(["Date", "Exercise", "What", "Your words"], input.goals.map { [Self.day($0.date), $0.exercise, $0.key.replacingOccurrences(of: "_", with: " "), $0.text] })
        return out + "</section>"
    }

    // MARK: - Pieces

    private func legend(_ items: [(String, String)]) -> String {
        "<ul class=\"legend\">" + items.map { "<li><span class=\"swatch\" style=\"background:\($0.1)\"></span>\(HTMLText.escape($0.0))</li>" }.joined() + "</ul>"
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        "<table><thead><tr>" + header.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.map { "<tr>" + $0.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>"
    }

    /// The page's closing lines: the region's emergency number and help lines, written out.
    private func footer() -> String {
        var out = "<footer><h3>If you are struggling right now</h3><p>Please talk to someone. In danger right now? Call "
            + HTMLText.escape(help.emergencyInWords) + ".</p><ul>"
        for line in help.lines {
            out += "<li>\(HTMLText.escape(line.service)): \(HTMLText.escape(line.allContacts)) (\(HTMLText.escape(line.hours)))</li>"
        }
        return out + "</ul><p>The people on these lines are trained listeners at independent services. "
            + "Alongside is a practice tool, not a crisis service.</p></footer>"
    }

    /// Chart labels for `dates`: "1 Dec", with the time ("1 Dec 14:05") on days with more than one session,
    /// and a number ("1 Dec 14:05 (2)") if two sessions started in the same minute. Every label differs.
    public static func dayLabels(_ dates: [Date]) -> [String] {
        let days = dates.map(shortDay)
        let timed = zip(dates, days).map { date, day in
            days.filter { $0 == day }.count > 1 ? day + " " + formatted(date, "HH:mm") : day
        }
        var seen: [String: Int] = [:]
        return timed.map { label in
            seen[label, default: 0] += 1
            let n = seen[label]!
            return timed.filter { $0 == label }.count > 1 ? "\(label) (\(n))" : label
        }
    }

    static func day(_ date: Date) -> String { formatted(date, "d MMM yyyy") }
    static func shortDay(_ date: Date) -> String { formatted(date, "d MMM") }

    private static func formatted(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    static let style = """
        :root{color-scheme:light}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2933;background:#f7f8fa}
        main{max-width:860px;margin:0 auto;padding:16px}header h1{margin:0 0 4px;font-size:1.7rem}.meta{color:#52606d;margin:0 0 16px}
        section.person>section{background:#fff;border:1px solid #e4e7eb;border-radius:10px;padding:12px 16px;margin:0 0 16px;break-inside:avoid}
        h2{border-bottom:2px solid #2f6f8f;padding-bottom:4px}h3{margin:4px 0 8px}h4{margin:12px 0 4px;font-size:1rem;color:#3e4c59}
        svg.chart{width:100%;height:auto;display:block}svg .tick{font-size:12px;fill:#52606d}svg .value,svg .note{font-size:12px;fill:#1f2933}
        .legend{list-style:none;padding:0;margin:4px 0 8px;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.9rem}
        .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:8px}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #e4e7eb;vertical-align:top}
        .empty{color:#52606d;font-style:italic}footer{color:#52606d;font-size:.9rem}
        @media (max-width:520px){body{font-size:15px}main{padding:8px}th,td{padding:3px}svg .tick,svg .value,svg .note{font-size:20px}}
        @media print{body{background:#fff}main{max-width:none}section.person>section{border:none;padding:0}nav{display:none}svg rect,svg circle,svg polyline{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}
