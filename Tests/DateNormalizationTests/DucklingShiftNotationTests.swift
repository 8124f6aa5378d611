import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// `evaluate` writes a date shifted from the reference the way Duckling's corpus does (the
/// grain below the unit written); the stage's own values stay TIMEX3's. Gold lines written
/// for this test, reference Wednesday 2024-03-06 at 09:45.
@Suite struct DucklingShiftNotationTests {
  @Test(
    arguments: [
      ("the strike began 4 days ago", "2024-03-02T09:00:00", "hour", true),
      ("talks resume in two days", "2024-03-08T09:00:00", "hour", true),
      ("the law passed five months ago", "2023-10-06T00:00:00", "day", true),
      ("the war ended three years ago", "2021-03-01T00:00:00", "month", true),
      ("the vote was two weeks ago", "2024-02-21T00:00:00", "day", true),
      ("the rules apply two years from today", "2026-03-06T00:00:00", "day", true),
      // The stage's own reading (the year) is not Duckling's notation of a shift.
      ("the war ended three years ago", "2021-01-01T00:00:00", "year", false),
    ] as [(String, String, String, Bool)])
  func shiftedDates(text: String, value: String, grain: String, right: Bool) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dates-shift-\(UUID().uuidString).jsonl")
    let line =
      #"{"text": "\#(text)", "reference_time": "2024-03-06T09:45:00+00:00", "gold": {"type": "value", "value": "\#(value)", "grain": "\#(grain)"}}"#
    try line.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: repositoryRoot, checksum: { _ in "" })
    let report = try DateNormalizationEvaluator.evaluate(gold: url, configuration: .null, context: context)
    #expect(report.metrics.first { $0.name == "accuracy" }?.value == (right ? 1 : 0))
  }
}
