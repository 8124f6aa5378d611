import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// Gold files that would score something other than what they hold: refused, naming the file.
@Suite struct GoldFileFaultTests {
  func evaluate(_ csv: String) throws -> EvaluationReport {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID()).csv")
    try Data(csv.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    return try SentimentEvaluator.evaluate(gold: url, configuration: .null, context: context)
  }

  @Test(arguments: [
    (
      "text,label\n\"prices rose\",positive\n\"a loss\",negatve\n",
      "the label 'negatve' (1 row) is not one of negative, neutral, positive; did you mean 'negative'?"
    ),
    (
      "text,label\n\"prices rose\",positive\n,positive\n\"no label\",\n",
      "2 rows have an empty text or label; fill or remove them"
    ),
    ("text,label\n", "no labelled row"),
  ])
  func aFaultyGoldFileIsRefused(csv: String, message: String) {
    #expect {
      _ = try evaluate(csv)
    } throws: { error in
      "\(error)".hasPrefix("gold-") && "\(error)".contains(".csv: \(message)")
    }
  }

  @Test func aCleanGoldFileIsScoredOverAllItsRows() throws {
    let report = try evaluate("text,label\n\"prices rose\",positive\n\"a loss\",NEG\n")
    #expect(report.metrics[0].detail?.hasSuffix("/2") == true)
  }
}
