import Testing
import WorkbenchCore

@testable import WorkbenchReport

struct TerminalWidthTests {
  @Test(arguments: [
    ("abc", 3),
    ("روسيا", 5),
    ("مُحَمَّد", 4),  // harakat and shadda take no column
    ("لا", 2),
    ("e\u{301}", 1),
    ("日本", 4),
    ("a\u{200D}b\u{200F}", 2),
    ("", 0),
  ])
  func countsColumns(text: String, width: Int) {
    #expect(TerminalWidth.of(text) == width)
  }

  @Test func truncatesByColumns() {
    #expect(TerminalWidth.truncate("مُحَمَّد بن سلمان", to: 5) == "مُحَمَّد…")
    #expect(TerminalWidth.of(TerminalWidth.truncate("日本語のテキスト", to: 7)) <= 7)
    #expect(TerminalWidth.truncate("short", to: 10) == "short")
  }
}

struct AnnotationTableTests {
  static let document = Document(id: "d", text: "مُحَمَّد زار موسكو في 15 أكتوبر 2025.\nPutin met him.")

  @Test func alignsColumnsByDisplayWidth() {
    let rows = [
      AnnotationTable.Row(
        stage: "entities",
        annotation: Annotation(
          start: 0, end: 8, text: "مُحَمَّد", label: "PERSON", value: nil, attributes: ["name_ar": "مُحَمَّد"])),
      AnnotationTable.Row(
        stage: "entities", annotation: Annotation(start: 13, end: 18, text: "موسكو", label: "LOCATION", value: "Moscow")
      ),
      AnnotationTable.Row(
        stage: "dates",
        annotation: Annotation(start: 22, end: 36, text: "15 أكتوبر 2025", label: "DATE", value: "2025-10-15")),
      AnnotationTable.Row(
        stage: "sentiment",
        annotation: Self.document.wholeTextAnnotation(
          label: "neutral", value: nil, attributes: ["score": 0.04, "level": "document"])),
    ]
    let table = AnnotationTable().render(rows, document: Self.document)
    let lines = table.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    #expect(lines[0].hasPrefix("STAGE"))
    // The TEXT column starts at the same display column on every row.
    let texts = ["TEXT", "مُحَمَّد", "موسكو", "15 أكتوبر 2025", "(whole document)"]
    let rowLines = [lines[0]] + lines[2...]
    var columns: [Int] = []
    for (line, text) in zip(rowLines, texts) {
      let range = try! #require(line.range(of: "  " + text))
      columns.append(TerminalWidth.of(String(line[..<range.lowerBound])) + 2)
    }
    #expect(Set(columns).count == 1)
    #expect(table.contains("level=document score=0.04"))
  }

  @Test func cellsAreSingleLine() {
    let annotation = Annotation(start: 0, end: 3, text: "a\nb\tc", label: "X")
    let table = AnnotationTable().render([.init(stage: "s", annotation: annotation)])
    #expect(table.split(separator: "\n").count == 3)
    #expect(table.contains("a⏎b c"))
  }

  @Test func rowsFilterAndOrderStages() {
    let item = ReportDocument(
      document: Self.document,
      annotations: [
        "entities": [
          Annotation(start: 13, end: 18, text: "موسكو", label: "LOCATION"),
          Annotation(start: 0, end: 8, text: "مُحَمَّد", label: "PERSON"),
        ],
        "dates": [Annotation(start: 22, end: 36, text: "15 أكتوبر 2025", label: "DATE")],
      ])
    let all = AnnotationTable.rows(of: item, stageOrder: ["dates", "entities"])
    #expect(all.map(\.stage) == ["dates", "entities", "entities"])
    #expect(all.map(\.annotation.start) == [22, 0, 13])
    #expect(AnnotationTable.rows(of: item, stages: ["entities"]).count == 2)
  }
}

struct TimexIntervalTests {
  @Test(arguments: [
    ("2025-10-15", "2025-10-15", "2025-10-15"),
    ("2025-10-15T10:30", "2025-10-15", "2025-10-15"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025", "2025-01-01", "2025-12-31"),
    ("2025-Q4", "2025-10-01", "2025-12-31"),
    ("2025-W42", "2025-10-13", "2025-10-19"),
    ("2026-W01", "2025-12-29", "2026-01-04"),
  ])
  func placesValues(value: String, first: String, last: String) throws {
    let interval = try #require(TimexInterval(timex: value))
    #expect(TimexInterval.isoString(interval.first) == first)
    #expect(TimexInterval.isoString(interval.last) == last)
  }

  @Test(arguments: ["P3D", "XXXX-10-15", "PRESENT_REF", "2025-13", "2025-02-30", "", "20251015"])
  func leavesOthersOffTheAxis(value: String) {
    #expect(TimexInterval(timex: value) == nil)
  }
}
