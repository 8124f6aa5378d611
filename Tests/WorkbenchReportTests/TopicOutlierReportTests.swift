import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

/// Documents the topic stage leaves without a topic carry a `reason`; the report shows them
/// as outliers with their reasons, not as a topic.
@Suite struct TopicOutlierReportTests {
  @Test func outliersAreShownWithTheirReasons() throws {
    let documents = [
      ("a.txt", "outlier", "too short"), ("b.txt", "outlier", "no terms after filtering"),
      ("c.txt", "outlier", "too short"), ("d.txt", "0", nil),
    ]
    .map { id, value, reason in
      let document = Document(id: id, text: "Olive harvest news.")
      var attributes: [String: JSONValue] = [:]
      if let reason { attributes["reason"] = .string(reason) } else { attributes["weight"] = 0.9 }
      return ReportDocument(
        document: document,
        annotations: ["topics": [document.wholeTextAnnotation(label: "TOPIC", value: value, attributes: attributes)]])
    }
    let html = try HTMLReportWriter(documentsPerPage: 10).render(SmallRun.report(documents: documents))
    #expect(html.contains("<h3 dir=\"auto\">Outliers (no topic)</h3><p class=\"meta\">value outlier"))
    #expect(html.contains("<p class=\"meta\">no terms after filtering: 1 · too short: 2</p>"))
    // A real topic keeps its record's label.
    #expect(html.contains("<h3 dir=\"auto\">الطاقة والزيارات</h3><p class=\"meta\">topic 0"))
  }
}
