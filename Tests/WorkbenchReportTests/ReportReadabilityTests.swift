import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

/// The report read as a user reads it: configurations as key/value lines, right-to-left titles
/// clipped at their end, durations not taken for undated documents, a graph that stays legible.
@Suite struct ReportReadabilityTests {
  let html: String

  init() throws {
    html = try HTMLReportWriter(documentsPerPage: 2).render(SmallRun.report())
  }

  @Test func stageConfigurationsAreKeyValueLinesNotJSON() {
    #expect(html.contains("<td class=\"config\" dir=\"auto\">x: &lt;/code&gt;&lt;script&gt;</td>"))
    #expect(html.contains("<td class=\"config\" dir=\"auto\">defaults</td>"))
    #expect(!html.contains("{&quot;x&quot;"))
    #expect(
      ReadableValue.lines(json: #"{"terms":["النفط","الغاز"],"max_years":20,"reference_date":null,"nested":{"a":1}}"#)
        == [
          "max_years: 20", "nested: {a: 1}", "reference_date: none", "terms: النفط, الغاز",
        ])
  }

  @Test func documentNamesInToneBarsTakeTheirOwnDirection() {
    #expect(html.contains("<span class=\"name\" dir=\"auto\"><a href=\"#doc-1\" dir=\"auto\">بوتين والشرع</a></span>"))
  }

  @Test func aDurationInADatedDocumentIsNotAnUndatedDocument() throws {
    var documents = SmallRun.documents()
    let dated = documents[1].document
    documents[1].annotations["dates"]?.append(SmallRun.annotate(dated, "2025", label: "DURATION", value: "P3D"))
    documents[1].annotations["dates"]?.append(SmallRun.annotate(dated, "أكتوبر", label: "DATE", value: "PRESENT_REF"))
    let html = try HTMLReportWriter().render(SmallRun.report(documents: documents))
    #expect(html.contains("1 not a calendar date"))
    #expect(!html.contains("undated document"))
  }

  @Test func aDenseGraphDrawsEachEntitysStrongestLinksOnly() {
    let nodes = 24
    var pairs: [Int: Int] = [:]
    for a in 0..<nodes { for b in (a + 1)..<nodes { pairs[a * nodes + b] = 1 + (a + b) % 5 } }
    let shown = CooccurrenceGraph.shownEdges(pairs, nodeCount: nodes)
    #expect(pairs.count == 276)
    #expect(shown.count <= nodes * CooccurrenceGraph.strongestPerNode)
    // Every node keeps at least one link, and what is kept is among the strongest.
    for node in 0..<nodes {
      #expect(shown.keys.contains { $0 / nodes == node || $0 % nodes == node })
    }
    #expect(shown.values.allSatisfy { $0 >= 3 })
    let small = Dictionary(
      uniqueKeysWithValues: pairs.filter { $0.key / nodes < 4 && $0.key % nodes < 4 }.map { ($0.key, $0.value) })
    #expect(CooccurrenceGraph.shownEdges(small, nodeCount: 4) == small)
  }

  @Test func aNarrowScreenWrapsTheTitleBarInsteadOfHidingTheTitle() {
    #expect(html.contains("@media (max-width:640px){"))
    #expect(html.contains("nav.top strong{flex-basis:100%;max-width:none;white-space:nowrap}"))
  }
}
