import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct MetadataTableTests {
  /// Rows with quoted Arabic, commas, doubled quotes, a line break inside quotes and CRLF.
  static let csv = [
    "file,date,title,source,date_basis",
    #"a.txt,2026-01-28,"الشرع وبوتين، يبحثان ""التحالف""",halabtodaytv,"stated, in the text""#,
    "b.txt,,\"two\nlines\",,",
    "ملف ج.txt,2025-10-16,\"عنوان، مع فاصلة\",,",
    "",
  ].joined(separator: "\r\n")

  static let expected: [(id: String, line: Int, metadata: DocumentMetadata)] = [
    (
      "a.txt", 2,
      DocumentMetadata(
        date: "2026-01-28", title: "الشرع وبوتين، يبحثان \"التحالف\"", source: "halabtodaytv",
        extra: ["date_basis": "stated, in the text"])
    ),
    ("b.txt", 3, DocumentMetadata(title: "two\nlines")),
    // After a row spanning two lines.
    ("ملف ج.txt", 5, DocumentMetadata(date: "2025-10-16", title: "عنوان، مع فاصلة")),
  ]

  func parse(_ csv: String, hash: @escaping @Sendable (String) -> Int = { $0.hashValue }) -> (
    table: MetadataTable, diagnostics: [String]
  ) {
    let (table, diagnostics) = Array(csv.utf8).withUnsafeBufferPointer {
      MetadataTable.parse($0, file: "meta.csv", hash: hash)
    }
    return (table, diagnostics.map(\.description))
  }

  /// The same table read from memory, from a file, and with every id given one hash (so that
  /// each look-up must tell the rows apart by their ids).
  func tables(_ csv: String) throws -> [(MetadataTable, [String])] {
    let fixture = try Fixture(text: ["meta.csv": csv])
    let loaded = MetadataTable.load(fixture.url("meta.csv"))
    return [
      parse(csv), parse(csv, hash: { _ in 42 }),
      (loaded.table, loaded.diagnostics.map { fixture.relative($0.description) }),
    ]
  }

  @Test func looksUpEachRowsValuesAndLine() throws {
    for (table, diagnostics) in try tables(Self.csv) {
      #expect(diagnostics == [])
      #expect(table.count == 3)
      for (id, line, metadata) in Self.expected {
        #expect(table.metadata(for: id) == metadata)
        #expect(table.line(of: id) == line)
        #expect(table.contains(id))
      }
    }
  }

  @Test(arguments: [
    (#""""""#, "\""), (#""x""y""z""#, "x\"y\"z"), (#""""x""#, "\"x"), (#""x""""#, "x\""),
    (#""نص ""مقتبس"" هنا""#, "نص \"مقتبس\" هنا"),
  ])
  func unescapesDoubledQuotes(field: String, title: String) throws {
    for (table, diagnostics) in try tables("file,title\n\"a.txt\",\(field)\n") {
      #expect(diagnostics == [])
      #expect(table.metadata(for: "a.txt")?.title == title)
    }
  }

  @Test func anAbsentIDHasNoRow() throws {
    for (table, _) in try tables(Self.csv) {
      for id in ["c.txt", "a.tx", "A.txt", "", "two\nlines"] {
        #expect(table.metadata(for: id) == nil)
        #expect(table.line(of: id) == nil)
        #expect(!table.contains(id))
      }
    }
    #expect(MetadataTable().metadata(for: "a.txt") == nil)
    #expect(MetadataTable().count == 0)
  }

  @Test(arguments: [false, true])
  func reportsEachSecondRowWithTheFirstsLine(collide: Bool) {
    let csv = "file,title\na.txt,first\nb.txt,b\na.txt,second\nc.txt\n\"a.txt\",third\n"
    let hash: @Sendable (String) -> Int = if collide { { _ in 7 } } else { { $0.hashValue } }
    let (table, diagnostics) = parse(csv, hash: hash)
    // In line order, with the row problems found while reading.
    #expect(
      diagnostics == [
        "meta.csv:4:1: error: a second row for 'a.txt' (the first is on line 2)",
        "meta.csv:5:1: error: this row has 1 fields but the header has 2",
        "meta.csv:6:1: error: a second row for 'a.txt' (the first is on line 2)",
      ])
    #expect(table.count == 2)
    #expect(table.metadata(for: "a.txt")?.title == "first")
    #expect(table.line(of: "a.txt") == 2)
    #expect(table.metadata(for: "b.txt")?.title == "b")
  }

  @Test func idsThatShareAHashAreNotDuplicates() {
    // Ids of one length share a hash here.
    let (table, diagnostics) = parse("file,title\nab,1\ncd,2\nef,3\nx,4\n", hash: { $0.utf8.count })
    #expect(diagnostics == [])
    #expect(table.count == 4)
    #expect(["ab", "cd", "ef", "x", "gh"].map { table.metadata(for: $0)?.title } == ["1", "2", "3", "4", nil])
    #expect(["ab", "cd", "ef", "x"].map { table.line(of: $0) } == [2, 3, 4, 5])
  }

  /// A file larger than the read-ahead window, asked for in file order, backwards and
  /// scattered, with a row longer than the window.
  @Test func readsEveryRowOfALargeFileInAnyOrder() throws {
    let long = String(repeating: "نص طويل، ", count: MetadataTable.ReadWindow.readAhead / 8)
    var csv = "file,title,source\n"
    for number in 0..<3000 {
      let title = number == 1500 ? long : "عنوان \(number), \"\(number)\""
      csv += "doc-\(number).txt,\"\(title.replacingOccurrences(of: "\"", with: "\"\""))\",src \(number % 7)\n"
    }
    let fixture = try Fixture(text: ["meta.csv": csv])
    let (table, diagnostics) = MetadataTable.load(fixture.url("meta.csv"))
    #expect(diagnostics.isEmpty)
    #expect(table.count == 3000)
    let inOrder = Array(0..<3000)
    let scattered = inOrder.map { ($0 * 1237) % 3000 }
    for number in inOrder + inOrder.reversed() + scattered {
      let metadata = table.metadata(for: "doc-\(number).txt")
      #expect(metadata?.title == (number == 1500 ? long : "عنوان \(number), \"\(number)\""))
      #expect(metadata?.source == "src \(number % 7)")
    }
    #expect(table.line(of: "doc-2999.txt") == 3001)
  }

  /// Ids match as Swift strings do, by canonical equivalence (as the dictionary of rows did):
  /// a file name in decomposed form (as macOS writes them) finds its precomposed row.
  @Test func idsMatchByCanonicalEquivalence() throws {
    for (table, _) in try tables("file,title\ncaf\u{E9}.txt,precomposed\n") {
      #expect(table.metadata(for: "cafe\u{301}.txt")?.title == "precomposed")
      #expect(table.line(of: "cafe\u{301}.txt") == 2)
    }
  }

  @Test func rowsAreReadFromTheFileOpenedWhenLoading() throws {
    let fixture = try Fixture(text: ["meta.csv": "file,title\na.txt,old\n"])
    let (table, diagnostics) = MetadataTable.load(fixture.url("meta.csv"))
    #expect(diagnostics.isEmpty)
    // An editor saving by renaming a new file over the old one leaves the loaded table whole.
    try fixture.write("new.csv", text: "file,title\na.txt,new title\n")
    #expect(rename(fixture.url("new.csv").path, fixture.url("meta.csv").path) == 0)
    #expect(table.metadata(for: "a.txt")?.title == "old")
  }

  @Test func aFileRewrittenInPlaceGivesNoRowRatherThanAWrongOne() throws {
    let fixture = try Fixture(text: ["meta.csv": "file,title\na.txt,one\nb.txt,two\n"])
    let (table, _) = MetadataTable.load(fixture.url("meta.csv"))
    let handle = try FileHandle(forWritingTo: fixture.url("meta.csv"))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data("file,title\nb.txt,one\n".utf8))
    try handle.close()
    #expect(table.metadata(for: "a.txt") == nil)  // its bytes now hold b.txt's row
    #expect(table.metadata(for: "b.txt") == nil)  // past the end of the file
  }

  @Test func aMissingFileIsReported() {
    let url = URL(fileURLWithPath: "/nonexistent-workbench-folder/meta.csv")
    let (table, diagnostics) = MetadataTable.load(url)
    #expect(table.count == 0)
    #expect(
      diagnostics.map(\.description) == [
        "error: cannot read metadata file '/nonexistent-workbench-folder/meta.csv': No such file or directory"
      ])
  }
}
