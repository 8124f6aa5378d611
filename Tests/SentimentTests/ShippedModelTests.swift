import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// The shipped models on news sentences they were not trained on, through the evaluator (the
/// stage's document label, `model: auto`).
@Suite struct ShippedModelTests {
  /// The stage with the shipped models, loaded once; a failure to load them fails each test
  /// that asks.
  static let loaded = Result {
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    var configuration = SentimentStage.Configuration()
    configuration.sentences = false
    configuration.targets = false
    return try SentimentStage(configuration: configuration, context: context)
  }

  static func stage() throws -> SentimentStage { try loaded.get() }

  func report(_ table: [(text: String, label: String)], _ title: String) throws -> EvaluationReport {
    try SentimentEvaluator.report(
      Self.stage(), rows: table.map { LabelledText(text: $0.text, label: $0.label) }, title: title)
  }

  /// News sentences read as news: `auto` picks the news model for them.
  @Test func newsSentencesReadAsNews() throws {
    let stage = try Self.stage()
    for (text, _) in HeldOutNewsSentences.arabic + HeldOutNewsSentences.english {
      #expect(stage.register(of: text) == .news, "\(text)")
    }
  }

  /// The target of the issue: at least 85% on plainly positive, negative and neutral news
  /// sentences in Arabic and English (75 sentences; 88% when this was written).
  @Test func newsSentencesAreRightAtLeast85PercentOfTheTime() throws {
    let report = try report(HeldOutNewsSentences.arabic + HeldOutNewsSentences.english, "news")
    #expect(report.metrics[0].value >= 0.85, "\(report.text)")
  }

  /// Neither language is left behind (Arabic 91%, English 83% when this was written).
  @Test(arguments: [("arabic", HeldOutNewsSentences.arabic), ("english", HeldOutNewsSentences.english)])
  func eachLanguageIsRightAtLeast80PercentOfTheTime(language: String, table: [(text: String, label: String)]) throws {
    let report = try report(table, language)
    #expect(report.metrics[0].value >= 0.80, "\(report.text)")
  }

  @Test func theModelsNameTheirSources() throws {
    let stage = try Self.stage()
    let model = stage.model(for: .news)
    let news = model.info["data"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(news.contains { $0.contains("arsarcasm_v2_train.csv") })
    #expect(news.contains { $0.contains("news_sentences.tsv") })
    #expect(model.info["licence"]?.stringValue?.contains("MIT") == true)
    let social = stage.model(for: .social)
    let socialData = social.info["data"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(socialData.contains { $0.contains("arsarcasm_v2_train.csv") })
    #expect(social.info["licence"]?.stringValue?.contains("MIT") == true)
    #expect(social.decision != .identity(classes: 3))
  }

  @Test func evaluatorReadsAGoldFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID()).tsv")
    let rows = HeldOutNewsSentences.english.prefix(12).map { "\($0.text)\t\($0.label.prefix(3).uppercased())" }
    try Data((["sentence\tsentiment"] + rows).joined(separator: "\n").utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    let report = try SentimentEvaluator.evaluate(gold: url, configuration: .null, context: context)
    #expect(report.metrics.map(\.name) == ["accuracy", "macro_f1", "polar_accuracy"])
    #expect(report.metrics[0].detail?.hasSuffix("/12") == true)
    // Positive against negative: scored on the rows labelled so, by the sign of the score.
    let polar = HeldOutNewsSentences.english.prefix(12).filter { $0.label != "neutral" }.count
    #expect(polar > 0)
    #expect(report.metrics[2].detail?.hasSuffix("/\(polar)") == true)
    // These rows have no neutral one: scored with two classes, as the report says.
    #expect(report.notes == [SentimentEvaluator.twoClassNote])
    #expect(report.metrics[0].value == report.metrics[2].value)
    let confusion = try #require(report.tables.last)
    #expect(confusion.header == ["gold \\ predicted", "negative", "positive"])
    #expect(confusion.rows.map { $0[1...].compactMap { Int($0) }.reduce(0, +) } == [2, 10])
  }
}
