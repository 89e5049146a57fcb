import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ProgressReview
import Testing

/// Counts elements of a well-formed page by name and class.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var text = ""

    static func parse(_ html: String) -> ElementCounter? {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if let cls = attributes["class"] { counts["\(name).\(cls)", default: 0] += 1 }
        for (key, value) in attributes where key == "src" || key == "href" && !value.hasPrefix("#") {
            counts["external", default: 0] += 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite("Review report rendering")
struct ReportDocumentTests {
    static func date(_ day: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400) }

    static let sample = ReportInput(
        label: "You",
        distress: [.init(date: date(0), before: 8, after: 5), .init(date: date(3), before: 7, after: nil),
                   .init(date: date(6), before: 6, after: 2)],
        practice: [.init(date: date(1), title: "Role-play", skills: ["open_question": 2, "closed_question": 2, "reflection": 3]),
                   .init(date: date(8), title: "Role-play", skills: ["open_question": 1, "complex_reflection": 4, "advice": 1])],
        goals: [.init(date: date(2), exercise: "smart-goal", key: "goal", text: "Walk <daily> \u{1B}[31m\u{202E}")])

    @Test func pageIsWellFormedSelfContainedWithTheRightPoints() throws {
        let html = ReportDocument(inputs: [Self.sample], generatedAt: Self.date(10)).html
        let page = try #require(ElementCounter.parse(html), "the report must be well-formed")
        #expect(page.counts["svg.chart"] == 3)
        #expect(page.counts["circle.point"] == 5)  // 3 before + 2 after
        #expect(page.counts["g.bar"] == 2)
        #expect(page.counts["rect.value-bar"] == 2)
        #expect(page.counts["script"] == nil)
        #expect(page.counts["external"] == nil)
        #expect(page.text.contains("Walk <daily> ^[[31m<U+202E>"))
        #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}"))
        #expect(page.text.contains("not therapy and not a crisis service"))
        #expect(page.text.contains("In 2 of 2 sessions the number came down"))
    }

    @Test func ratiosAndEmptySectionsReadPlainly() throws {
        #expect(Self.sample.practice[0].reflectionToQuestion == 0.75)
        #expect(Self.sample.practice[1].reflectionToQuestion == 4)
        let empty = ReportDocument(inputs: [ReportInput(label: "You")], generatedAt: Self.date(0)).html
        let page = try #require(ElementCounter.parse(empty))
        #expect(page.counts["svg"] == nil)
        #expect(page.text.contains("No distress check-ins yet"))
        #expect(page.text.contains("No role-play practice yet"))
    }

    @Test func severalTraineesGetOneSectionEach() throws {
        var other = Self.sample
        other.label = "ben"
        let page = try #require(ElementCounter.parse(ReportDocument(inputs: [Self.sample, other], generatedAt: Self.date(0)).html))
        #expect(page.counts["section.person"] == 2)
        #expect(page.counts["circle.point"] == 10)
        #expect(page.counts["nav"] == 1)
    }

    @Test func lineChartLeavesGapsForMissingValues() {
        let svg = SVGChart.lines([.init(name: "A", color: "#000", values: [1, nil, 3, 4])], labels: ["a", "b", "c", "d"], yMax: 10, title: "t")
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)  // only c-d are joined
        #expect(svg.components(separatedBy: "class=\"point\"").count - 1 == 3)
    }
}
