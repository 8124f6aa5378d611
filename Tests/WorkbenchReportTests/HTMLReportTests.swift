import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

/// A small run written for these tests: an English document carrying markup and quotes, an
/// Arabic one, and one with broken offsets.
enum SmallRun {
  static let hostile =
    "He wrote <script>alert(1)</script> & said \"stop\" in Moscow on 15 October 2025.\nSecond line ' here."
  static let arabic = "التقى بوتين الشرع في موسكو يوم 15 أكتوبر 2025.\nوناقشا الطاقة."

  static func documents() -> [ReportDocument] {
    let hostileDocument = Document(
      id: "evil<b>.txt", text: hostile,
      metadata: DocumentMetadata(
        date: "2025-10-16", title: "Title \"quoted\" & <i>tagged</i>", source: "<src>",
        url: "javascript:alert(2)", language: "en"))
    let arabicDocument = Document(
      id: "ar.txt", text: arabic,
      metadata: DocumentMetadata(date: "2025-10-14", title: "بوتين والشرع", language: "ar"))
    let broken = Document(id: "broken.txt", text: "short", metadata: DocumentMetadata())
    return [
      ReportDocument(
        document: hostileDocument,
        annotations: [
          "dates": [annotate(hostileDocument, "15 October 2025", label: "DATE", value: "2025-10-15")],
          "entities": [
            annotate(
              hostileDocument, "Moscow", label: "LOCATION", value: "Q649",
              attributes: ["name": "Moscow", "name_ar": "موسكو", "confidence": 0.9]),
            annotate(
              hostileDocument, "<script>", label: "ORGANIZATION", value: nil,
              attributes: ["name": "<script>x</script>", "confidence": 0.2]),
          ],
          "sentiment": [
            hostileDocument.wholeTextAnnotation(
              label: "negative", value: nil, attributes: ["level": "document", "score": -0.4]),
            annotate(
              hostileDocument, "Moscow", label: "negative", value: "Q649",
              attributes: ["level": "target", "score": -0.6]),
          ],
          "clean": [
            annotate(
              hostileDocument, "Second line ' here.", label: "BOILERPLATE", value: nil, attributes: ["reason": "footer"]
            )
          ],
        ]),
      ReportDocument(
        document: arabicDocument,
        annotations: [
          "dates": [annotate(arabicDocument, "15 أكتوبر 2025", label: "DATE", value: "2025-10-15")],
          "entities": [
            annotate(
              arabicDocument, "بوتين", label: "PERSON", value: "Q7747",
              attributes: ["name": "Vladimir Putin", "name_ar": "فلاديمير بوتين", "confidence": 0.95]),
            annotate(
              arabicDocument, "موسكو", label: "LOCATION", value: "Q649",
              attributes: ["name": "Moscow", "name_ar": "موسكو", "confidence": 0.9]),
          ],
          "sentiment": [
            arabicDocument.wholeTextAnnotation(
              label: "positive", value: nil, attributes: ["level": "document", "score": 0.5]),
            annotate(
              arabicDocument, "التقى بوتين الشرع في موسكو يوم 15 أكتوبر 2025.", label: "positive", value: nil,
              attributes: ["level": "sentence", "score": 0.3]),
          ],
          "topics": [arabicDocument.wholeTextAnnotation(label: "TOPIC", value: "0", attributes: ["weight": 0.8])],
          "keywords": [annotate(arabicDocument, "الطاقة", label: "KEYWORD", value: "الطاقة")],
        ]),
      ReportDocument(
        document: broken,
        annotations: [
          "entities": [
            Annotation(start: 3, end: 99, text: "rt", label: "PERSON", value: nil, attributes: ["name": "Nobody"]),
            Annotation(start: -4, end: 2, text: "sh", label: "MISC"),
          ]
        ]),
    ]
  }

  static func annotate(
    _ document: Document, _ surface: String, label: String, value: String?,
    attributes: [String: JSONValue] = [:]
  ) -> Annotation {
    let scalars = Array(document.text.unicodeScalars)
    let needle = Array(surface.unicodeScalars)
    let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
    return Annotation(
      start: start, end: start + needle.count, text: surface, label: label, value: value, attributes: attributes)
  }

  static func report(documents: [ReportDocument] = documents()) -> RunReport {
    RunReport(
      workflowName: "energy <test>", workflowDescription: "Energy & \"coverage\"",
      workflowFile: "workflows/energy.yaml",
      runID: 7, startedAt: Date(timeIntervalSince1970: 1_790_000_000),
      finishedAt: Date(timeIntervalSince1970: 1_790_000_003),
      status: "completed",
      stages: [
        StageRunSummary(id: "clean", plugin: "clean", version: 1, configuration: "{}", computed: 3),
        StageRunSummary(
          id: "dates", plugin: "date-normalization", version: 2, configuration: "{\"x\":\"</code><script>\"}",
          computed: 1, cached: 2, seconds: 0.25),
        StageRunSummary(id: "entities", plugin: "entity-linking", version: 1, computed: 3),
        StageRunSummary(id: "sentiment", plugin: "sentiment", version: 1, computed: 3),
        StageRunSummary(id: "topics", plugin: "topic-clustering", version: 1, computed: 3),
      ],
      roles: .reportTests,
      failures: [RunFailure(document: "bad.txt", stage: nil, message: "not valid UTF-8 at byte 12 <here>")],
      corpusRecords: [
        StageCorpusRecord(
          stage: "topics",
          record: CorpusRecord(
            kind: "topic", key: "0",
            value: [
              "size": 1, "label": "الطاقة والزيارات", "coherence": 0.42,
              "terms": ["الطاقة", ["موسكو", 0.3], ["term": "<b>bold</b>", "weight": 0.1]],
              "documents": ["ar.txt", "missing.txt"],
            ])),
        StageCorpusRecord(stage: "topics", record: CorpusRecord(kind: "vocabulary", key: "size", value: 1234)),
      ],
      documentCount: documents.count,
      documents: ReportDocumentSource(documents))
  }
}

struct HTMLReportTests {
  let html: String

  init() throws {
    html = try HTMLReportWriter(documentsPerPage: 2).render(SmallRun.report())
  }

  private func count(_ needle: String) -> Int {
    html.components(separatedBy: needle).count - 1
  }

  @Test func hasEverySection() {
    for section in ["overview", "timeline", "entities", "sentiment", "topics", "documents"] {
      #expect(count("<section id=\"\(section)\">") == 1, "section \(section)")
      #expect(html.contains("href=\"#\(section)\""))
    }
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func countsMatchTheInput() throws {
    let documents = SmallRun.documents()
    #expect(count("<article class=\"doc\"") == documents.count)
    #expect(html.contains("data-fact=\"documents\"><b>3</b>"))
    let total = documents.reduce(0) { $0 + $1.annotationCount }
    #expect(html.contains("data-fact=\"annotations\"><b>\(total)</b>"))
    for stage in ["dates", "entities", "sentiment", "clean", "topics", "keywords"] {
      let expected = documents.reduce(0) { $0 + ($1.annotations[stage]?.count ?? 0) }
      #expect(html.contains("data-stage=\"\(stage)\" data-annotations=\"\(expected)\""), "stage \(stage)")
    }
    // Entities: Moscow (Q649, 2 mentions), Putin, <script>, Nobody, and the MISC "sh".
    #expect(count("<tr data-mentions=") == 5)
    #expect(html.contains("<tr data-mentions=\"2\"><td class=\"num\">1</td><td dir=\"auto\">Moscow</td>"))
    // Two pages of two documents; the second hidden.
    #expect(html.contains("<div class=\"page\" id=\"page-0\">"))
    #expect(html.contains("<div class=\"page\" id=\"page-1\" hidden>"))
    #expect(html.contains("data-total=\"3\""))
  }

  @Test func escapesEverythingFromDocuments() throws {
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<i>tagged"))
    #expect(html.contains("Title &quot;quoted&quot; &amp; &lt;i&gt;tagged&lt;/i&gt;"))
    #expect(!html.contains("<b>bold"))
    #expect(!html.contains("<src>"))
    #expect(!html.contains("javascript:"))
    #expect(!html.contains("</code><script>"))
    // Only the report's own two scripts: the document index (JSON) and the pager.
    #expect(count("<script") == 2)
    #expect(count("</script>") == 2)
  }

  @Test func documentIndexParses() throws {
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"doc-index\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = try JSONValue.parse(String(html[start.upperBound..<end.lowerBound]))
    let ids = json.arrayValue?.compactMap { $0.arrayValue?.first?.stringValue }
    #expect(ids == ["evil<b>.txt", "ar.txt", "broken.txt"])
  }

  @Test func documentTextIsCompleteAndInParagraphs() throws {
    for (index, item) in SmallRun.documents().enumerated() {
      let article = try #require(html.range(of: "<article class=\"doc\" id=\"doc-\(index)\">"))
      let textStart = try #require(html.range(of: "<div class=\"text\"", range: article.upperBound..<html.endIndex))
      let openEnd = try #require(html.range(of: ">", range: textStart.upperBound..<html.endIndex))
      let textEnd = try #require(html.range(of: "</div>\n</article>", range: openEnd.upperBound..<html.endIndex))
      let inner = String(html[openEnd.upperBound..<textEnd.lowerBound])
      #expect(Self.visibleText(inner) == item.document.text.replacingOccurrences(of: "\n", with: ""))
      let paragraphs = item.document.text.split(separator: "\n").count
      #expect(inner.components(separatedBy: "<p dir=\"auto\">").count - 1 == paragraphs)
    }
  }

  @Test func timelineSeparatesPublicationFromMentionedDates() {
    #expect(html.contains("<svg id=\"timeline-chart\""))
    // 2025-10-15 is before the English document's publication (16th) and after the Arabic one's (14th).
    #expect(html.contains("<tr id=\"date-2025-10-15\">"))
    #expect(html.contains("1 before publication"))
    #expect(html.contains("1 after publication"))
    #expect(html.contains("2025-10-16: 1 document published"))
  }

  @Test func entitiesShowNamesAndTone() {
    #expect(html.contains("<td class=\"ar\" dir=\"rtl\" lang=\"ar\">فلاديمير بوتين</td>"))
    // Moscow: target-level tone −0.6 from the English document.
    #expect(html.contains(">−0.6</td>"))
    #expect(html.contains("<svg id=\"cooccurrence\""))
    #expect(html.contains("Moscow — Vladimir Putin: 1 document"))
  }

  @Test func topicsShowRecordsAndLinks() {
    #expect(html.contains("<h3 dir=\"auto\">الطاقة والزيارات</h3>"))
    #expect(html.contains("coherence 0.42"))
    #expect(html.contains("<a href=\"#doc-1\" dir=\"auto\">بوتين والشرع</a>"))
    #expect(html.contains("<code>missing.txt</code>"))
    #expect(html.contains("<table id=\"record-table\">"))
  }

  /// The topic-clustering stage's records name their representatives under
  /// `representative_documents`, as objects with id, weight and title.
  @Test func topicsReadRepresentativeDocumentsAsTheStageWritesThem() throws {
    var report = SmallRun.report()
    report.corpusRecords = [
      StageCorpusRecord(
        stage: "topics",
        record: CorpusRecord(
          kind: "topic", key: "3",
          value: [
            "id": 3, "label": "زيارة موسكو", "size": 2, "terms": ["موسكو"],
            "representative_documents": [
              ["id": "evil<b>.txt", "weight": 0.9, "title": "x"], ["id": "gone.txt", "weight": 0.1],
            ],
          ]))
    ]
    let html = try HTMLReportWriter(documentsPerPage: 2).render(report)
    // The hostile document carries no TOPIC annotation, so only the record can name it.
    #expect(html.contains("<li><a href=\"#doc-0\""))
    #expect(html.contains("<li><code>gone.txt</code></li>"))
  }

  @Test func highlightsCarryDetailsAndBoilerplateIsDimmed() {
    // Arabic values are bidi isolates, so the offsets after them stay in place.
    #expect(
      html.contains("title=\"entities · LOCATION Q649 · confidence=0.9, name=Moscow, name_ar=\u{2068}موسكو\u{2069} · [")
    )
    #expect(html.contains(" bp\" title=\"clean · BOILERPLATE · reason=footer"))
    #expect(html.contains("class=\"chip s3 neg\""))
    #expect(html.contains(" tone pos\""))
  }

  @Test func emptyRunStillWritesEverySection() throws {
    let empty = RunReport(workflowName: "empty", documentCount: 0, documents: ReportDocumentSource([]))
    let html = try HTMLReportWriter().render(empty)
    for section in ["overview", "timeline", "entities", "sentiment", "topics", "documents"] {
      #expect(html.contains("<section id=\"\(section)\">"))
    }
    #expect(!html.contains("<article"))
  }

  @Test func writesToAFileCreatingItsFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-test-\(UUID().uuidString)")
    let url = folder.appendingPathComponent("out/energy.html")
    defer { try? FileManager.default.removeItem(at: folder) }
    try HTMLReportWriter(documentsPerPage: 2).write(SmallRun.report(), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == html)
  }

  /// The text a browser shows: tags removed, entities decoded, newlines between paragraphs dropped.
  static func visibleText(_ html: String) -> String {
    var out = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag && character != "\n" {
        out.append(character)
      }
    }
    return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
