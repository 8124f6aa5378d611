import Foundation
import Sentiment
import Testing

@Suite struct LabelledTextTableTests {
  func write(_ content: String, extension ext: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("labelled-\(UUID()).\(ext)")
    try Data(content.utf8).write(to: url)
    return url
  }

  @Test func readsQuotedCSV() throws {
    let url = try write(
      "id,text,label\n1,\"a \"\"quoted\"\" text, with a comma\",POS\n2,\"two\nlines\",NEG\n3,,NEU\n", extension: "csv")
    defer { try? FileManager.default.removeItem(at: url) }
    let rows = try LabelledTextTable.read(
      url, textColumns: ["text"], labelColumns: ["label"], labelMap: ["POS": "positive", "NEG": "negative"])
    #expect(rows.map(\.text) == ["a \"quoted\" text, with a comma", "two\nlines"])
    #expect(rows.map(\.label) == ["positive", "negative"])
  }

  @Test func readsTSVWithAlternativeColumns() throws {
    let url = try write("sentence\tsentiment\r\nالوفد وصل\tneutral\r\n", extension: "tsv")
    defer { try? FileManager.default.removeItem(at: url) }
    let rows = try LabelledTextTable.read(
      url, textColumns: ["text", "sentence"], labelColumns: ["sentiment"], weight: 3)
    #expect(rows.map(\.text) == ["الوفد وصل"])
    #expect(rows.first?.weight == 3)
  }

  @Test func readsJSONLines() throws {
    let url = try write(
      "{\"text\": \"good news\", \"label\": \"positive\"}\n\n{\"text\": \"bad\", \"label\": \"negative\"}\n",
      extension: "jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    let rows = try LabelledTextTable.read(url, textColumns: ["text"], labelColumns: ["label"])
    #expect(rows.map(\.label) == ["positive", "negative"])
  }

  @Test func namesAMissingColumnWithASuggestion() throws {
    let url = try write("tweet,sentiment\nx,POS\n", extension: "csv")
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try LabelledTextTable.read(url, textColumns: ["tweets"], labelColumns: ["sentiment"])
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("did you mean 'tweet'?"))
    }
  }

  @Test func reportsTheLineOfBadJSON() throws {
    let url = try write("{\"text\": \"a\", \"label\": \"b\"}\nnot json\n", extension: "jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: LabelledTextTable.ReadError.self) {
      try LabelledTextTable.read(url, textColumns: ["text"], labelColumns: ["label"])
    }
  }
}
