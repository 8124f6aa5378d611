import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchReport

/// Collects what an output writes, for checking exports byte for byte.
final class CollectedOutput {
  var data = Data()
  lazy var output = BufferedOutput(capacity: 64) { [unowned self] in self.data.append(contentsOf: $0) }
  var text: String { String(decoding: data, as: UTF8.self) }
}

struct CSVQuotingTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("روسيا", "روسيا"),
    ("روسيا، سوريا", "روسيا، سوريا"),  // the Arabic comma needs no quotes
    ("روسيا, سوريا", "\"روسيا, سوريا\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("\"", "\"\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r\nlf", "\"cr\r\nlf\""),
    ("قال \"نحن راضون\"، وأضاف", "\"قال \"\"نحن راضون\"\"، وأضاف\""),
    ("  spaces kept  ", "  spaces kept  "),
  ])
  func quotesFieldsAsRFC4180Says(field: String, expected: String) {
    #expect(AnnotationCSVWriter.quoted(field) == expected)
  }

  @Test func writesHeaderAndRowsThatReadBack() throws {
    let collected = CollectedOutput()
    let writer = try AnnotationCSVWriter(output: collected.output)
    let annotations = [
      Annotation(
        start: 201, end: 221, text: "٢٨ كانون الثاني ٢٠٢٦", label: "DATE", value: "2026-01-28",
        attributes: ["anchored": false]),
      Annotation(
        start: 5, end: 10, text: "a, \"b\"\nc", label: "ORGANIZATION", value: nil,
        attributes: ["name": "A, B", "confidence": 0.75]),
    ]
    try writer.write(annotations[0], document: "003.txt", stage: "dates")
    try writer.write(annotations[1], document: "doc,1", stage: "entities")
    try writer.finish()
    let text = collected.text
    #expect(text.hasPrefix("doc,stage,start,end,text,label,value,attributes\r\n"))
    #expect(text.hasSuffix("\r\n"))
    let rows = CSVReader.rows(text)
    #expect(rows.count == 3)
    #expect(
      rows[1] == [
        "003.txt", "dates", "201", "221", "٢٨ كانون الثاني ٢٠٢٦", "DATE", "2026-01-28", "{\"anchored\":false}",
      ])
    #expect(
      rows[2] == [
        "doc,1", "entities", "5", "10", "a, \"b\"\nc", "ORGANIZATION", "", "{\"confidence\":0.75,\"name\":\"A, B\"}",
      ])
  }

  @Test func aSpreadsheetFileStartsWithAByteOrderMark() throws {
    for forSpreadsheet in [false, true] {
      let collected = CollectedOutput()
      _ = try AnnotationCSVWriter(output: collected.output, forSpreadsheet: forSpreadsheet)
      try collected.output.flush()
      #expect((Array(collected.data.prefix(3)) == [0xEF, 0xBB, 0xBF]) == forSpreadsheet)
    }
  }

  /// What a cell reads as, after the CSV is parsed back, with and without `forSpreadsheet`.
  @Test(arguments: [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+20 مليون", "'+20 مليون"),
    ("-5%", "'-5%"),
    ("@user", "'@user"),
    ("\tcmd", "'\tcmd"),
    ("روسيا", "روسيا"),
    ("a=b", "a=b"),
    ("", ""),
  ])
  func aSpreadsheetFileGuardsCellsThatWouldStartAFormula(text: String, guarded: String) throws {
    for forSpreadsheet in [false, true] {
      let collected = CollectedOutput()
      let writer = try AnnotationCSVWriter(output: collected.output, forSpreadsheet: forSpreadsheet)
      try writer.write(
        Annotation(start: 0, end: text.unicodeScalars.count, text: text, label: "-X", value: "=1"),
        document: "@doc.txt", stage: "s")
      try writer.finish()
      let rows = CSVReader.rows(String(collected.text.trimmingPrefix("\u{FEFF}")))
      #expect(rows.count == 2)
      let expected =
        forSpreadsheet
        ? ["'@doc.txt", "s", "0", "\(text.unicodeScalars.count)", guarded, "'-X", "'=1", ""]
        : ["@doc.txt", "s", "0", "\(text.unicodeScalars.count)", text, "-X", "=1", ""]
      #expect(rows[1] == expected)
    }
  }
}

struct JSONLExportTests {
  static let annotations: [(String, String, Annotation)] = [
    (
      "002.txt", "dates",
      Annotation(
        start: 95, end: 109, text: "15 أكتوبر 2025", label: "DATE", value: "2025-10-15", attributes: ["anchored": false]
      )
    ),
    (
      "doc \"q\"", "entities",
      Annotation(
        start: 0, end: 5, text: "روسيا", label: "LOCATION", value: "Q159",
        attributes: ["name": "Russia", "name_ar": "روسيا", "confidence": 0.9])
    ),
    (
      "x", "sentiment",
      Annotation(
        start: 0, end: 12, text: "", label: "negative", value: nil, attributes: ["level": "document", "score": -0.5])
    ),
    ("y", "odd", Annotation(start: 1, end: 3, text: "a\nb\t\u{2028}</script>", label: "X", value: "v\\w")),
  ]

  @Test func linesParseBackToTheSameAnnotations() throws {
    let collected = CollectedOutput()
    let writer = AnnotationJSONLWriter(output: collected.output)
    for (doc, stage, annotation) in Self.annotations {
      try writer.write(annotation, document: doc, stage: stage)
    }
    try writer.finish()
    let lines = collected.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == Self.annotations.count + 1)
    #expect(lines.last == "")
    for (line, (doc, stage, annotation)) in zip(lines, Self.annotations) {
      let object = try #require(try JSONValue.parse(String(line)).objectValue)
      #expect(object["doc"]?.stringValue == doc)
      #expect(object["stage"]?.stringValue == stage)
      #expect(Annotation(jsonObject: object) == annotation)
      #expect(line.hasPrefix("{\"doc\":"))
    }
    // Arabic stays readable in the file.
    #expect(collected.text.contains("\"name_ar\":\"روسيا\""))
    #expect(collected.text.contains("\"value\":null"))
  }

  @Test func documentRowsFollowTheStageOrder() throws {
    let collected = CollectedOutput()
    let writer = AnnotationJSONLWriter(output: collected.output)
    let item = ReportDocument(
      document: Document(id: "d", text: "abc"),
      annotations: [
        "zeta": [Annotation(start: 0, end: 1, text: "a", label: "Z")],
        "alpha": [Annotation(start: 1, end: 2, text: "b", label: "A")],
        "dates": [Annotation(start: 2, end: 3, text: "c", label: "DATE")],
      ])
    try writer.write(item, stageOrder: ["dates"])
    try writer.finish()
    let stages = try collected.text.split(separator: "\n").map {
      try JSONValue.parse(String($0)).objectValue?["stage"]?.stringValue ?? ""
    }
    #expect(stages == ["dates", "alpha", "zeta"])
  }

  @Test func bufferedOutputKeepsBytesInOrderAcrossFlushes() throws {
    var data = Data()
    var flushes = 0
    let output = BufferedOutput(capacity: 64) { bytes in
      data.append(contentsOf: bytes)
      flushes += 1
    }
    var expected = ""
    for index in 0..<100 {
      let piece = "سطر \(index)\n"
      expected += piece
      try output.write(piece)
    }
    try output.flush()
    #expect(String(decoding: data, as: UTF8.self) == expected)
    #expect(flushes > 10)
  }
}

struct ExportFormatTests {
  @Test(arguments: AnnotationExportFormat.allCases)
  func writesEveryAnnotationOfARunToAFile(format: AnnotationExportFormat) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "export-\(UUID().uuidString).\(format.rawValue)")
    defer { try? FileManager.default.removeItem(at: url) }
    let documents = SmallRun.documents()
    let expected = documents.reduce(0) { $0 + $1.annotationCount }
    let rows = try format.write(ReportDocumentSource(documents), stageOrder: ["dates", "entities"], to: url)
    #expect(rows == expected)
    let text = try String(contentsOf: url, encoding: .utf8)
    switch format {
    case .jsonl:
      let lines = text.split(separator: "\n")
      #expect(lines.count == expected)
      let first = try JSONValue.parse(String(lines[0])).objectValue
      #expect(first?["stage"]?.stringValue == "dates")
      #expect(first?["value"]?.stringValue == "2025-10-15")
    case .csv:
      let table = CSVReader.rows(text)
      #expect(table.count == expected + 1)
      #expect(table[1][1] == "dates")
      #expect(table.dropFirst().allSatisfy { $0.count == AnnotationCSVWriter.columns.count })
      // The hostile document's id and its `<script>` entity survive quoting unchanged.
      #expect(table.contains { $0[0] == "evil<b>.txt" && $0[4] == "<script>" })
    }
  }
}
