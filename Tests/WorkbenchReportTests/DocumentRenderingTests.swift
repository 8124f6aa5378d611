import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

struct DocumentRenderingTests {
  static func article(_ item: ReportDocument, stages: [String] = ["a", "b"]) -> String {
    DocumentHTMLRenderer(stageOrder: stages, roles: .reportTests).render(item, index: 0)
  }

  static func textPart(_ html: String) throws -> String {
    let start = try #require(html.range(of: "<div class=\"text\""))
    let end = try #require(html.range(of: "</div>\n</article>"))
    return String(html[start.lowerBound..<end.lowerBound])
  }

  @Test func overlappingAnnotationsAcrossParagraphsNestAndBalance() throws {
    let text = "alpha beta\r\ngamma delta\n\nepsilon"
    let document = Document(id: "d", text: text)
    // A spans "beta\r\ngamma", B spans "gamma delta", C (whole paragraphs) spans everything but "alpha ".
    let item = ReportDocument(
      document: document,
      annotations: [
        "a": [
          Annotation(start: 6, end: 17, text: "beta\r\ngamma", label: "X"),
          Annotation(start: 6, end: 33, text: "", label: "positive", attributes: ["level": "sentence", "score": 0.5]),
        ],
        "b": [Annotation(start: 12, end: 23, text: "gamma delta", label: "Y")],
      ])
    let part = try Self.textPart(Self.article(item))
    #expect(part.components(separatedBy: "<span").count == part.components(separatedBy: "</span>").count)
    #expect(part.components(separatedBy: "<p dir=\"auto\">").count - 1 == 4)  // the blank line gives an empty <p>
    #expect(part.contains("<p dir=\"auto\"></p>"))
    #expect(!part.contains("\r"))
    #expect(
      HTMLReportTests.visibleText(part.drop { $0 != ">" }.dropFirst().description) == "alpha betagamma deltaepsilon")
    // "gamma" lies inside all three annotations: the sentence (longest) outermost, then A and B.
    let gamma = try #require(part.range(of: "gamma"))
    let before = part[..<gamma.lowerBound]
    let lastOpenings = before.components(separatedBy: "<p dir=\"auto\">").last ?? ""
    #expect(lastOpenings.components(separatedBy: "<span").count - 1 == 3)
    #expect(lastOpenings.hasPrefix("<span class=\"a s0 tone pos\""))
  }

  @Test func wholeDocumentResultsBecomeChipsAndBrokenSpansAreSkipped() throws {
    let document = Document(id: "d", text: "short text")
    let item = ReportDocument(
      document: document,
      annotations: [
        "a": [
          document.wholeTextAnnotation(
            label: "negative", value: nil, attributes: ["level": "document", "score": -0.7]),
          Annotation(start: 8, end: 3, text: "", label: "BACKWARDS"),
          Annotation(start: 40, end: 50, text: "", label: "OUTSIDE"),
        ],
        "b": [document.wholeTextAnnotation(label: "TOPIC", value: "4", attributes: ["weight": 0.25])],
      ])
    let html = Self.article(item)
    #expect(html.contains("<span class=\"chip s0 neg\""))
    #expect(html.contains("a: negative (−0.7)") || html.contains("a: negative (-0.7)"))
    #expect(html.contains("b: TOPIC 4 (0.25)"))
    let part = try Self.textPart(html)
    #expect(!part.contains("<span"))
  }

  @Test func sentenceContextStopsAtSentenceEnds() {
    let scalars = Array("First one. The meeting on 15 October 2025 went well! Next.".unicodeScalars)
    let context = SentenceContext(scalars: scalars, start: 26, end: 41)
    #expect(context.match == "15 October 2025")
    #expect(context.before == "The meeting on ")
    #expect(context.after == " went well!")
    let arabic = Array("قبل ذلك. التقيا في ١٥ تشرين الأول؟ بعد".unicodeScalars)
    let arabicContext = SentenceContext(scalars: arabic, start: 19, end: 33)
    #expect(arabicContext.match == "١٥ تشرين الأول")
    #expect(arabicContext.before == "التقيا في ")
    #expect(arabicContext.after == "؟")
  }

  @Test func sentenceContextClampsBadOffsets() {
    let scalars = Array("abc".unicodeScalars)
    let context = SentenceContext(scalars: scalars, start: 5, end: -2)
    #expect(context.match == "")
  }
}

struct LargeRunTests {
  static func run(documents count: Int) -> RunReport {
    let documents = (0..<count).map { index -> ReportDocument in
      let document = Document(
        id: "doc-\(index).txt", text: "Moscow and Damascus met on 2025-10-\(10 + index % 20).",
        metadata: DocumentMetadata(date: "2025-10-15", title: "Document \(index)"))
      let score = Double(index % 21 - 10) / 10
      return ReportDocument(
        document: document,
        annotations: [
          "entities": [
            Annotation(
              start: 0, end: 6, text: "Moscow", label: "LOCATION", value: "Q649", attributes: ["name": "Moscow"]),
            Annotation(
              start: 11, end: 18, text: "Damascus", label: "LOCATION", value: nil, attributes: ["name": "Damascus"]),
          ],
          "sentiment": [
            document.wholeTextAnnotation(
              label: score > 0 ? "positive" : "negative", value: nil,
              attributes: ["level": "document", "score": .double(score)])
          ],
        ])
    }
    return RunReport(
      workflowName: "large", roles: .reportTests, documentCount: count, documents: ReportDocumentSource(documents))
  }

  @Test func manyDocumentsArePagedAndSummarizedAsAHistogram() throws {
    let html = try HTMLReportWriter(documentsPerPage: 20).render(Self.run(documents: 101))
    #expect(html.components(separatedBy: "<div class=\"page\"").count - 1 == 6)
    #expect(html.components(separatedBy: "\" hidden>\n<article").count - 1 == 5)
    #expect(html.contains("<div class=\"hist\" id=\"tone-histogram\">"))
    #expect(!html.contains("id=\"document-tone\""))
    #expect(html.contains("Moscow — Damascus: 101 documents"))
    #expect(
      html.contains("<tr data-mentions=\"101\"><td class=\"num\">1</td><td dir=\"auto\">Damascus</td>")
        || html.contains("<tr data-mentions=\"101\"><td class=\"num\">1</td><td dir=\"auto\">Moscow</td>"))
  }

  @Test func sameRunGivesTheSameBytes() throws {
    let writer = HTMLReportWriter(documentsPerPage: 7)
    #expect(try writer.render(Self.run(documents: 30)) == writer.render(Self.run(documents: 30)))
  }
}

/// Sentiment written as the sentiment stage writes it: label SENTIMENT, the polarity in
/// `value` and `sentiment`, the level in `level`; target tone as a whole-document span whose
/// value is the entity id.
struct SentimentShapeTests {
  @Test func sentimentLabelledSENTIMENTIsRecognized() throws {
    let text = "روسيا تدعم سوريا. الوضع صعب."
    let document = Document(id: "s.txt", text: text, metadata: DocumentMetadata(title: "s"))
    let item = ReportDocument(
      document: document,
      annotations: [
        "entities": [
          Annotation(
            start: 0, end: 5, text: "روسيا", label: "LOCATION", value: "Q159",
            attributes: ["name": "Russia", "name_ar": "روسيا"])
        ],
        "sentiment": [
          document.wholeTextAnnotation(
            label: "SENTIMENT", value: "neutral",
            attributes: ["level": "document", "score": 0.16, "sentiment": "neutral"]),
          Annotation(
            start: 0, end: 17, text: "روسيا تدعم سوريا.", label: "SENTIMENT", value: "positive",
            attributes: ["level": "sentence", "score": 0.4, "sentiment": "positive"]),
          Annotation(
            start: 18, end: 28, text: "الوضع صعب.", label: "SENTIMENT", value: "negative",
            attributes: ["level": "sentence", "score": -0.5, "sentiment": "negative"]),
          document.wholeTextAnnotation(
            label: "SENTIMENT", value: "Q159",
            attributes: ["level": "target", "score": 0.2, "sentiment": "neutral", "name": "Russia"]),
        ],
      ])
    let html = try HTMLReportWriter().render(
      RunReport(workflowName: "s", roles: .reportTests, documentCount: 1, documents: ReportDocumentSource([item])))
    #expect(html.contains("Documents: 1 neutral. Sentences: 1 negative, 1 positive."))
    #expect(html.contains("<span class=\"chip s1 neu\""))
    #expect(html.contains(">sentiment: neutral (+0.16)</span>"))
    #expect(html.contains(">tone toward Russia +0.2</span>"))
    #expect(html.contains(" tone pos\""))
    #expect(html.contains(" tone neg\""))
    // The entity table takes Russia's tone from the target-level annotation.
    #expect(html.contains("<td class=\"num\" style=\"color:var(--pos)\">+0.2</td>"))
  }
}

struct SignedScoreTests {
  @Test(arguments: [(0.2, "+0.2"), (-0.374, "−0.37"), (-0.001, "0"), (0.004, "0"), (0, "0"), (1, "+1")])
  func showsTheSignOnlyWhenTheScoreIsNotZero(score: Double, text: String) {
    #expect(ReportSections.signed(score) == text)
  }
}
