import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// The shipped model on news sentences it was not trained on, through the evaluator.
@Suite struct ShippedModelTests {
  static let model: SentimentModel = {
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    return try! SentimentStage(configuration: .init(), context: context).model
  }()

  func report(_ table: [(text: String, label: String)], _ title: String) -> EvaluationReport {
    SentimentEvaluator.report(Self.model, rows: table.map { LabelledText(text: $0.text, label: $0.label) }, title: title)
  }

  /// The target of the issue: at least 85% on plainly positive, negative and neutral news
  /// sentences in Arabic and English (75 sentences; 88% when this was written).
  @Test func newsSentencesAreRightAtLeast85PercentOfTheTime() {
    let report = report(HeldOutNewsSentences.arabic + HeldOutNewsSentences.english, "news")
    #expect(report.metrics[0].value >= 0.85, "\(report.text)")
  }

  /// Neither language is left behind (Arabic 91%, English 83% when this was written).
  @Test(arguments: [("arabic", HeldOutNewsSentences.arabic), ("english", HeldOutNewsSentences.english)])
  func eachLanguageIsRightAtLeast80PercentOfTheTime(language: String, table: [(text: String, label: String)]) {
    let report = report(table, language)
    #expect(report.metrics[0].value >= 0.80, "\(report.text)")
  }

  @Test func theModelNamesItsSources() {
    let data = Self.model.info["data"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(data.contains { $0.contains("arsarcasm_v2_train.csv") })
    #expect(data.contains { $0.contains("news_sentences.tsv") })
    #expect(Self.model.info["licence"]?.stringValue?.contains("MIT") == true)
  }

  @Test func evaluatorReadsAGoldFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID()).tsv")
    let rows = HeldOutNewsSentences.english.prefix(12).map { "\($0.text)\t\($0.label.prefix(3).uppercased())" }
    try Data((["sentence\tsentiment"] + rows).joined(separator: "\n").utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    let report = try SentimentEvaluator.evaluate(gold: url, configuration: .null, context: context)
    #expect(report.metrics.map(\.name) == ["accuracy", "macro_f1"])
    #expect(report.metrics[0].detail?.hasSuffix("/12") == true)
    let confusion = try #require(report.tables.last)
    #expect(confusion.header == ["gold \\ predicted", "negative", "neutral", "positive"])
    #expect(confusion.rows.map { $0[1...].compactMap { Int($0) }.reduce(0, +) } == [2, 0, 10])
  }
}
