import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// The evaluator on small gold files written here, in the three formats it reads.
@Suite struct EvaluatorTests {
  func evaluate(_ lines: [String], config: JSONValue = .null) throws -> EvaluationReport {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dates-gold-\(UUID().uuidString).jsonl")
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: repositoryRoot, checksum: { _ in "" })
    return try DateNormalizationEvaluator.evaluate(gold: url, configuration: config, context: context)
  }

  @Test func ducklingFormat() throws {
    let report = try evaluate([
      #"{"text": "الاسبوع القادم", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "value", "value": "2013-02-18T00:00:00", "grain": "week"}}"#,
      #"{"text": "الساعة 3 عصرا", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "value", "value": "2013-02-12T15:00:00", "grain": "hour"}}"#,
      #"{"text": "من 13 الى 15 تموز", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "interval", "from": "2013-07-13T00:00:00", "to": "2013-07-16T00:00:00", "grain": "day"}}"#,
      #"{"text": "كلام بلا تاريخ", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "value", "value": "2013-02-12T00:00:00", "grain": "day"}}"#,
    ])
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == 0.75)
    #expect(report.metrics.first { $0.name == "precision" }?.value == 1.0)
    #expect(report.failures.count == 1)
    #expect(report.failures[0].contains("كلام بلا تاريخ"))
    #expect(
      report.tables[0].rows.map { $0[0] } == ["duckling week", "duckling hour", "duckling interval", "duckling day"])
  }

  /// A duration after "past"/"next" is scored as Duckling's interval of whole units, and a
  /// range of clock times ends at the finer grain of its two ends.
  @Test(arguments: [
    ("sales over the past 2 weeks", "2024-02-26T00:00:00", "2024-03-11T00:00:00"),
    ("rain in the next three days", "2024-03-14T00:00:00", "2024-03-17T00:00:00"),
    ("the last 2 hours of trading", "2024-03-13T08:00:00", "2024-03-13T10:00:00"),
    ("the shop opens from 9:15 to 11 am", "2024-03-13T09:15:00", "2024-03-13T11:01:00"),
    // A season (TIMEX3 SU) as Duckling's astronomical one, a date and a duration as a span,
    // a deadline from the reference instant, a Hijri month to the first of the next.
    ("a festival this summer", "2024-06-21T00:00:00", "2024-09-24T00:00:00"),
    ("the fair runs from 2 April for 10 days", "2024-04-02T00:00:00", "2024-04-13T00:00:00"),
    ("the deal must close by the end of the month", "2024-03-13T10:20:00", "2024-04-01T00:00:00"),
    ("prices rise during Ramadan", "2024-03-11T00:00:00", "2024-04-10T00:00:00"),
    // Passover 2024 (15 Nisan, 23 April) from its eve, eight days.
    ("families meet for Passover 2024", "2024-04-22T00:00:00", "2024-05-01T00:00:00"),
  ])
  func ducklingIntervals(text: String, from: String, to: String) throws {
    let line =
      #"{"text": "\#(text)", "reference_time": "2024-03-13T10:20:00-02:00", "gold": {"type": "interval", "from": "\#(from)", "to": "\#(to)", "grain": "day"}}"#
    let report = try evaluate([line])
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == 1.0, "\(report.failures)")
  }

  /// Duckling dates a one-day Jewish holiday by its eve: Yom Kippur 2024 (10 Tishrei) is
  /// Saturday 12 October, beginning on the evening of the 11th.
  @Test func ducklingJewishHolidayFromTheEve() throws {
    let line =
      #"{"text": "offices close for Yom Kippur 2024", "reference_time": "2024-03-13T10:20:00-02:00", "gold": {"type": "value", "value": "2024-10-11T00:00:00", "grain": "day"}}"#
    #expect(try evaluate([line]).metrics.first { $0.name == "accuracy" }?.value == 1.0)
  }

  @Test func dateparserFormat() throws {
    let report = try evaluate([
      #"{"text": "01-03-1446 هـ", "calendar": "hijri(umm al-qura)", "gold": "2024-09-04T00:00:00"}"#,
      #"{"text": "منذ 4 أيام", "gold_ago": {"days": 4}, "period": "day"}"#,
      #"{"text": "في 2 مايو 1950", "gold": "1950-05-02T00:00", "relative_base": "2000-01-01"}"#,
    ])
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == 1.0)
    #expect(report.failures.isEmpty)
  }

  @Test func workbenchFormatAndAWrongValue() throws {
    let report = try evaluate([
      #"{"text": "وصل في 28 كانون الأول", "reference_date": "2026-01-05", "expected": [{"value": "2025-12-28", "text": "28 كانون الأول"}]}"#,
      #"{"text": "غادر أمس", "reference_date": "2026-01-05", "expected": [{"value": "2026-01-03"}]}"#,
    ])
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == 0.5)
    #expect(report.failures == [#"line 2: غادر أمس | expected 2026-01-03 | got DATE "أمس" 2026-01-04"#])
  }

  /// A sentence is right only with the gold's extents; the failure quotes both, so a right
  /// value with another extent reads as such.
  @Test func aFailureQuotesTheExtents() throws {
    let report = try evaluate([
      #"{"text": "The mill closed on Tuesday.", "reference_date": "2024-03-08", "expected": [{"value": "2024-03-05", "text": "on Tuesday", "label": "DATE"}]}"#
    ])
    #expect(
      report.failures == [
        #"line 1: The mill closed on Tuesday. | expected DATE "on Tuesday" 2024-03-05 | got DATE "Tuesday" 2024-03-05"#
      ])
    #expect(report.metrics.first { $0.name == "expression values right" }?.value == 1.0)
  }

  @Test func preferenceFromTheConfigurationOverridesDucklingsConvention() throws {
    let line =
      #"{"text": "الثلاثاء", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "value", "value": "2013-02-19T00:00:00", "grain": "day"}}"#
    #expect(try evaluate([line]).metrics[0].value == 1.0)
    #expect(try evaluate([line], config: ["prefer": "nearest"]).metrics[0].value == 0.0)
  }

  /// Duckling's records are assistant queries: read in the query register unless the
  /// configuration sets `register`, and the report's title says which register was used.
  @Test func ducklingRecordsAreReadAsQueries() throws {
    let line =
      #"{"text": "see you sun", "reference_time": "2013-02-12T04:30:00-02:00", "gold": {"type": "value", "value": "2013-02-17T00:00:00", "grain": "day"}}"#
    let query = try evaluate([line])
    #expect(query.metrics[0].value == 1.0)
    #expect(query.title.contains("register: query"))
    let news = try evaluate([line], config: ["register": "news"])
    #expect(news.metrics[0].value == 0.0)
    #expect(news.title.contains("register: news"))
  }

  @Test func ducklingNegativeRecordsExpectNothing() throws {
    let report = try evaluate([
      #"{"text": "three friends came", "reference_time": "2013-02-12T04:30:00-02:00", "gold": null}"#,
      #"{"text": "on the 3rd of March", "reference_time": "2013-02-12T04:30:00-02:00", "gold": null}"#,
    ])
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == 0.5)
    #expect(report.tables[0].rows.map { $0[0] } == ["duckling negative"])
    #expect(report.failures.count == 1 && report.failures[0].contains("3rd of March"))
  }

  /// The news sentences written for this stage's development (Fixtures/news-dev-*.jsonl):
  /// every expected expression found, nothing else.
  @Test(arguments: ["news-dev-en.jsonl", "news-dev-ar.jsonl"])
  func developmentSentences(file: String) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/DateNormalizationTests/Fixtures/\(file)")
    let context = StageContext(baseDirectory: repositoryRoot, checksum: { _ in "" })
    let report = try DateNormalizationEvaluator.evaluate(gold: url, configuration: .null, context: context)
    #expect(report.failures == [])
  }

  /// Workbench cases that name each expression's text are also scored per expression: an
  /// overlapping expression detects it ("Monday" inside "on Monday"), its value must match.
  @Test func perExpressionFigures() throws {
    let report = try evaluate([
      #"{"text": "Talks ended on Monday and resume in April 2024.", "reference_date": "2024-03-08", "expected": [{"value": "2024-03-04", "text": "on Monday"}, {"value": "2024-04", "text": "April 2024"}]}"#,
      #"{"text": "The strike went on for a long while.", "reference_date": "2024-03-08", "expected": [{"value": "PXY", "text": "a long while"}]}"#,
    ])
    #expect(report.metrics.first { $0.name == "expressions detected" }?.detail == "2/3")
    #expect(report.metrics.first { $0.name == "expression values right" }?.detail == "2/3")
  }

  /// A line opening with "#" is the file's note (how the set was written), not a case.
  @Test func noteLinesAreSkipped() throws {
    let report = try evaluate([
      "# Written before the round; never tuned on.",
      #"{"text": "Talks ended on Monday.", "reference_date": "2024-03-08", "expected": [{"value": "2024-03-04", "text": "Monday"}]}"#,
    ])
    #expect(report.metrics.first { $0.name == "accuracy" }?.detail == "1/1")
    #expect(!report.metrics.contains { $0.name == "unreadable lines" })
  }

  @Test func unreadableFileIsAnError() {
    #expect(throws: (any Error).self) { try evaluate(["not json", "{}"]) }
  }
}
