import Foundation
import TextEncoding

/// Small inline SVG charts for the review report: no scripts, no external assets, readable printed.
public enum SVGChart {
    /// One line of a line chart; nil values leave a gap.
    public struct Series: Sendable {
        /// The legend name.
        public var name: String
        /// The stroke colour, e.g. `#0072b2`.
        public var color: String
        /// One value per label.
        public var values: [Double?]

        /// A series drawn in `color`, labelled `name`.
        public init(name: String, color: String, values: [Double?]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    /// One bar made of coloured segments.
    public struct StackedBar: Sendable {
        /// The label under the bar.
        public var label: String
        /// The segments, bottom first.
        public var segments: [(name: String, value: Double, color: String)]

        /// A bar labelled `label` made of `segments`, bottom first.
        public init(label: String, segments: [(name: String, value: Double, color: String)]) {
            self.label = label
            self.segments = segments
        }
    }

    static let width = 640.0, height = 260.0
    static let left = 58.0, right = 16.0, top = 22.0, bottom = 44.0

    /// A line chart on a fixed 0...`yMax` scale; each value is a `<circle class="point">`.
    public static func lines(_ series: [Series], labels: [String], yMax: Double, title: String) -> String {
        let count = max(labels.count, 1)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let inset = 28.0  // keeps the first and last points and their labels inside the frame
        func x(_ index: Int) -> Double {
            count == 1 ? left + plotWidth / 2 : left + inset + (plotWidth - 2 * inset) * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / yMax) }
        var body = axes(yMax: yMax, y: y)
        body += xLabels(labels, x: x)
        for line in series {
            var runs: [[String]] = [[]]
            for (index, value) in line.values.enumerated() {
                guard let value else { runs.append([]); continue }
                runs[runs.count - 1].append("\(fmt(x(index))),\(fmt(y(value)))")
            }
            for run in runs where run.count > 1 {
                body += "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2.5\" points=\"\(run.joined(separator: " "))\"/>"
            }
            for (index, value) in line.values.enumerated() {
                guard let value else { continue }
                body += "<circle class=\"point\" data-series=\"\(HTMLText.escape(line.name))\" cx=\"\(fmt(x(index)))\" cy=\"\(fmt(y(value)))\" r=\"4.5\" fill=\"\(line.color)\"><title>\(HTMLText.escape(line.name)) \(labels.indices.contains(index) ? HTMLText.escape(labels[index]) : ""): \(fmt(value))</title></circle>"
            }
        }
        return svg(body, title: title)
    }

    /// Vertical bars, each split into coloured segments stacked from the bottom (shares of 100%).
    public static func stackedBars(_ bars: [StackedBar], title: String) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / 100) }
        let slot = plotWidth / Double(max(bars.count, 1))
        let barWidth = min(56, slot * 0.6)
        var body = axes(yMax: 100, y: y, suffix: "%")
        body += xLabels(bars.map(\.label)) { left + slot * (Double($0) + 0.5) }
        for (index, bar) in bars.enumerated() {
            let total = bar.segments.reduce(0) { $0 + $1.value }
            guard total > 0 else { continue }
            var base = 0.0
            let x = left + slot * (Double(index) + 0.5) - barWidth / 2
            body += "<g class=\"bar\">"
            for segment in bar.segments where segment.value > 0 {
                let share = segment.value / total * 100
                body += "<rect class=\"segment\" x=\"\(fmt(x))\" y=\"\(fmt(y(base + share)))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(y(base) - y(base + share)))\" fill=\"\(segment.color)\"><title>\(HTMLText.escape(bar.label)): \(HTMLText.escape(segment.name)) \(Int(segment.value.rounded()))</title></rect>"
                base += share
            }
            body += "</g>"
        }
        return svg(body, title: title)
    }

    /// Simple bars from zero to each value, with the value written above.
    public static func bars(_ values: [(label: String, value: Double)], title: String, reference: Double? = nil) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let yMax = max(2, (max(values.map(\.value).max() ?? 1, reference ?? 0) * 1.1).rounded(.up))
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / yMax) }
        let slot = plotWidth / Double(max(values.count, 1))
        let barWidth = min(56, slot * 0.6)
        var body = axes(yMax: yMax, y: y)
        body += xLabels(values.map(\.label)) { left + slot * (Double($0) + 0.5) }
        if let reference, reference <= yMax {
            body += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(reference)))\" y2=\"\(fmt(y(reference)))\" stroke=\"#b45309\" stroke-dasharray=\"6 4\"/>"
        }
        for (index, item) in values.enumerated() {
            let x = left + slot * (Double(index) + 0.5) - barWidth / 2
            body += "<rect class=\"value-bar\" x=\"\(fmt(x))\" y=\"\(fmt(y(item.value)))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(y(0) - y(item.value)))\" fill=\"#2f6f8f\"><title>\(HTMLText.escape(item.label)): \(fmt(item.value))</title></rect>"
            body += "<text x=\"\(fmt(x + barWidth / 2))\" y=\"\(fmt(y(item.value) - 5))\" text-anchor=\"middle\" class=\"value\">\(fmt(item.value))</text>"
        }
        return svg(body, title: title)
    }

    // MARK: - Parts

    private static func svg(_ body: String, title: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLText.escape(title))</title>\(body)</svg>"
    }

    private static func axes(yMax: Double, y: (Double) -> Double, suffix: String = "") -> String {
        var out = ""
        let steps = yMax == yMax.rounded() && yMax <= 6 ? Int(yMax) : 5
        for step in 0...steps {
            let value = yMax * Double(step) / Double(steps)
            out += "<line x1=\"\(fmt(left))\" x2=\"\(fmt(width - right))\" y1=\"\(fmt(y(value)))\" y2=\"\(fmt(y(value)))\" stroke=\"#d9dee3\"/>"
            out += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(value) + 4))\" text-anchor=\"end\" class=\"tick\">\(fmt(value))\(suffix)</text>"
        }
        return out
    }

    private static func xLabels(_ labels: [String], x: (Int) -> Double) -> String {
        let every = max(1, Int((Double(labels.count) / 8).rounded(.up)))
        return labels.enumerated().filter { $0.offset % every == 0 }.map { index, label in
            "<text x=\"\(fmt(x(index)))\" y=\"\(fmt(height - bottom + 18))\" text-anchor=\"middle\" class=\"tick\">\(HTMLText.escape(label))</text>"
        }.joined()
    }

    /// A number with at most one decimal, without a trailing ".0".
    static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
