import Foundation
import Testing
import WorkbenchCore
import WorkbenchStore

/// A run made by another executable (a team's own, with stages `workbench` does not have) is
/// reported by `workbench report` as its stages declared: the store keeps the declarations.
@Suite struct ReportOfAnotherBuildsRunTests {
  static let text = "The talks resume on 28 January 2026. تستأنف المحادثات يوم ٢٨ كانون الثاني ٢٠٢٦."

  /// Writes the run as an executable with a `calendar` plugin (unknown to `workbench`) would:
  /// a stage `when` whose `WHEN` annotations it declares as temporal values, or, for a store
  /// written before declarations were kept, without them.
  func storeRun(in folder: TemporaryFolder, declared: Bool) throws -> String {
    let path = folder.url.appendingPathComponent("other.sqlite").path
    let store = try WorkbenchStore(path: path)
    let produces = declared ? [ProducedLabel("WHEN", role: .temporalValue)] : nil
    let stages = [StageRunSummary(id: "when", plugin: "calendar", version: 1, produces: produces, computed: 1)]
    let runID = try store.beginRun(workflow: "calendar.yaml", name: "calendar", stages: stages)
    let english = Annotation(start: 20, end: 35, text: "28 January 2026", label: "WHEN", value: "2026-01-28")
    let arabic = Annotation(start: 58, end: 78, text: "٢٨ كانون الثاني ٢٠٢٦", label: "WHEN", value: "2026-01-28")
    let scalars = Array(Self.text.unicodeScalars)
    for annotation in [english, arabic] {
      #expect(String(String.UnicodeScalarView(scalars[annotation.start..<annotation.end])) == annotation.text)
    }
    var batch = WriteBatch()
    batch.documents = [
      StoredDocument(
        id: "talks.txt", contentHash: "h", source: "talks.txt", metadata: DocumentMetadata(), text: Self.text)
    ]
    batch.results = [
      StoredResult(
        key: "k", kind: .document, plugin: "calendar", version: 1, configuration: "{}", dataChecksums: "{}",
        contentHash: "h", upstreamKeys: [], annotations: [english, arabic])
    ]
    batch.links = [ResultLink(stageID: "when", documentID: "talks.txt", resultKey: "k", computed: true)]
    try store.write(batch, runID: runID)
    try store.finishRun(runID, status: "completed", stages: stages, summary: .object([:]))
    return path
  }

  func report(declared: Bool) throws -> String {
    let folder = try TemporaryFolder()
    let path = try storeRun(in: folder, declared: declared)
    let result = try WorkbenchProcess.run(["report", "--db", path, "-o", "report.html"], in: folder.url)
    #expect(result.status == 0, "\(result.standardError)")
    return try String(contentsOf: folder.url.appendingPathComponent("report.html"), encoding: .utf8)
  }

  @Test func declaredTemporalValuesAreDatesOnTheTimeline() throws {
    let html = try report(declared: true)
    #expect(html.contains(#"<span class="a s0 hl date" title="when · WHEN 2026-01-28 · [20, 35)">"#))
    #expect(html.contains("2 date mentions, 1 distinct values"))
  }

  /// What a store written before declarations were kept shows: plain highlighted spans.
  @Test func withoutDeclarationsTheyArePlainSpans() throws {
    let html = try report(declared: false)
    #expect(html.contains(#"<span class="a s0 hl" title="when · WHEN 2026-01-28 · [20, 35)">"#))
    #expect(html.contains("No dates were found"))
  }
}
