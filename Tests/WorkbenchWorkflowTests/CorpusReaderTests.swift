import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct CorpusReaderTests {
  func read(_ fixture: Fixture, _ spec: CorpusSpec) throws -> [CorpusEntry] {
    Array(try CorpusReader(spec: spec).entries())
  }

  func documents(_ entries: [CorpusEntry]) -> [Document] {
    entries.compactMap { if case .document(let document, _) = $0 { document } else { nil } }
  }

  func failures(_ entries: [CorpusEntry], _ fixture: Fixture) -> [String] {
    entries.compactMap { if case .failure(let failure) = $0 { fixture.relative(failure.description) } else { nil } }
  }

  @Test func readsTextFilesStrippingTheBOMAndKeepingCRLF() throws {
    let fixture = try Fixture([
      "c/bom.txt": [0xEF, 0xBB, 0xBF] + Array("النفط\r\nline two\r\n".utf8),
      "c/plain.md": Array("# Title\nbody".utf8),
      "c/empty.txt": [],
    ])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c"), language: "ar"))
    let docs = documents(entries)
    #expect(docs.map(\.id) == ["bom.txt", "empty.txt", "plain.md"])
    #expect(docs[0].text == "النفط\r\nline two\r\n")
    #expect(docs[0].text.unicodeScalars.first == "ا")
    #expect(docs[0].scalarCount == 17)
    #expect(docs[1].text == "")
    #expect(docs[2].text == "# Title\nbody")
    #expect(docs.allSatisfy { $0.metadata.language == "ar" })
  }

  @Test(
    arguments: [
      (
        "bad.txt", Array("abc\nde".utf8) + [0xC3, 0x28] + Array("xyz".utf8),
        "c/bad.txt:2:3: error: not valid UTF-8 at byte offset 6"
      ),
      ("bom-bad.txt", [0xEF, 0xBB, 0xBF, 0x61, 0xFF], "c/bom-bad.txt:1:3: error: not valid UTF-8 at byte offset 4"),
      ("truncated.txt", Array("نفط".utf8).dropLast(), "c/truncated.txt:1:3: error: not valid UTF-8 at byte offset 4"),
      (
        "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00],
        "c/image.txt:3:1: error: binary file: a NUL byte at byte offset 8; documents must be UTF-8 text"
      ),
      (
        "utf16.txt", [0xFF, 0xFE, 0x41, 0x00],
        "c/utf16.txt:1:1: error: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8"
      ),
    ] as [(String, [UInt8], String)])
  func reportsUnreadableFilesAndReadsTheRest(name: String, bytes: [UInt8], expected: String) throws {
    let fixture = try Fixture(["c/\(name)": bytes, "c/zz-good.txt": Array("fine".utf8)])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c")))
    #expect(failures(entries, fixture) == [expected])
    #expect(documents(entries).map(\.id) == ["zz-good.txt"])
    if case .failure(let failure) = entries.first { #expect(failure.id == name) }
  }

  @Test func readsJSONLinesAndReportsBadRecordsByLine() throws {
    let lines = [
      #"{"id": "n1", "text": "ارتفع سعر النفط", "date": "2026-01-28", "title": "عنوان", "source": "wire", "url": "https://example.org/1", "language": "ar", "section": "economy", "rank": 2}"#,
      "",
      #"{"id": "n2", "text": "line\nbreak \"quoted\" \u0627\ud83d\ude00"}"#,
      #"{"id": "n3", "text": "missing brace""#,
      #"{"text": "no id"}"#,
      #"{"id": "n5"}"#,
      #"["not", "an", "object"]"#,
      #"{"id": 6, "text": "numeric id"}"#,
      #"{"id": "n1", "text": "duplicate"}"#,
      #"{"id": "n9", "text": 9}"#,
    ]
    let fixture = try Fixture(text: ["c/news.jsonl": lines.joined(separator: "\r\n") + "\n"])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c")))
    let docs = documents(entries)
    #expect(docs.map(\.id) == ["n1", "n2", "6"])
    #expect(docs[0].text == "ارتفع سعر النفط")
    #expect(
      docs[0].metadata
        == DocumentMetadata(
          date: "2026-01-28", title: "عنوان", source: "wire", url: "https://example.org/1", language: "ar",
          extra: ["section": "economy", "rank": "2"]))
    #expect(docs[1].text == "line\nbreak \"quoted\" ا😀")
    #expect(
      failures(entries, fixture) == [
        "c/news.jsonl:4:37: error: invalid JSON: expected ',' or '}', found the end of the line",
        "c/news.jsonl:5:1: error: the record has no 'id'",
        "c/news.jsonl:6:1: error: the record 'n5' has no 'text'",
        "c/news.jsonl:7:1: error: a JSON Lines record must be an object, found a list",
        "c/news.jsonl:9:1: error: duplicate document id 'n1' (first in c/news.jsonl:1)",
        "c/news.jsonl:10:1: error: 'text' of record 'n9' must be a string, found an integer",
      ])
    #expect(try CorpusReader(spec: CorpusSpec(path: fixture.url("c"))).countEntries() == entries.count)
    let ids = entries.compactMap { if case .failure(let failure) = $0 { failure.id } else { nil } }
    #expect(ids == ["news.jsonl:4", "news.jsonl:5", "n5", "news.jsonl:7", "n1", "n9"])
    let sources = entries.compactMap { if case .document(_, let source) = $0 { fixture.relative(source) } else { nil } }
    #expect(sources == ["c/news.jsonl:1", "c/news.jsonl:3", "c/news.jsonl:8"])
  }

  @Test func anIDUsedByATextFileAndARecordIsADuplicateWhicheverComesFirst() throws {
    let fixture = try Fixture(text: [
      "c/a.txt": "first as a file",
      "c/b.jsonl": #"{"id": "a.txt", "text": "then as a record"}"# + "\n"
        + #"{"id": "z.txt", "text": "a record first"}"#,
      "c/z.txt": "then as a file",
    ])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c")))
    #expect(documents(entries).map(\.id) == ["a.txt", "z.txt"])
    #expect(documents(entries).map(\.text) == ["first as a file", "a record first"])
    #expect(
      failures(entries, fixture) == [
        "c/b.jsonl:1:1: error: duplicate document id 'a.txt' (first in c/a.txt)",
        "c/z.txt:1:1: error: duplicate document id 'z.txt' (first in c/b.jsonl:2)",
      ])
  }

  @Test func filesGivenInAnyOrderStillShareNoID() throws {
    let fixture = try Fixture(text: ["one/x.txt": "first", "two/x.txt": "second"])
    let sources = ["two/x.txt", "one/x.txt"].map {
      CorpusSource(path: fixture.url($0).path, relativePath: "x.txt", format: .text, displayPath: $0)
    }
    let entries = Array(
      CorpusReader(spec: CorpusSpec(path: fixture.url("one")), sources: sources, metadata: MetadataTable()).entries())
    #expect(documents(entries).map(\.text) == ["second"])
    #expect(failures(entries, fixture) == ["one/x.txt:1:1: error: duplicate document id 'x.txt' (first in two/x.txt)"])
  }

  @Test func reportsInvalidUTF8InsideAJSONString() throws {
    let fixture = try Fixture([
      "c/x.jsonl": Array(#"{"id": "a", "text": "ok "#.utf8) + [0xE2, 0x28] + Array("\"}\n".utf8)
    ])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c")))
    #expect(failures(entries, fixture) == ["c/x.jsonl:1:25: error: invalid JSON: not valid UTF-8"])
  }

  @Test func stopsReadingAJSONLinesFileAtABinaryLine() throws {
    let bytes =
      Array(#"{"id": "a", "text": "x"}"#.utf8) + [0x0A, 0x7B, 0x00, 0x01, 0x0A]
      + Array(#"{"id": "b", "text": "y"}"#.utf8)
    let fixture = try Fixture(["c/x.jsonl": bytes, "c/y.jsonl": Array(#"{"id": "c", "text": "z"}"#.utf8)])
    let entries = try read(fixture, CorpusSpec(path: fixture.url("c")))
    #expect(documents(entries).map(\.id) == ["a", "c"])
    #expect(
      failures(entries, fixture) == ["c/x.jsonl:2:2: error: binary file: a NUL byte; documents must be UTF-8 text"])
  }

  @Test func readsJSONLinesLongerThanTheReadBuffer() throws {
    let long = String(repeating: "نفط ", count: LineReader.chunkSize / 3)
    let lines = [#"{"id": "a", "text": "\#(long)"}"#, #"{"id": "b", "text": "short"}"#]
    let fixture = try Fixture(text: ["c/x.jsonl": lines.joined(separator: "\n")])
    let docs = documents(try read(fixture, CorpusSpec(path: fixture.url("c"))))
    #expect(docs.map(\.id) == ["a", "b"])
    #expect(docs.first?.text == long)
  }

  @Test func joinsTheMetadataTableWithQuotedArabicAndCommas() throws {
    let csv = [
      "file,date,title,source,date_basis,language",
      #"a.txt,2026-01-28,"الشرع وبوتين، يبحثان ""التحالف""",halabtodaytv,"stated, in the text","#,
      "b.txt,,\"two\nlines\",,,en",
      "n1,2025-10-16,from the table,,,",
      "",
    ].joined(separator: "\r\n")
    let fixture = try Fixture(text: [
      "c/a.txt": "نص", "c/b.txt": "text", "c/c.txt": "no row",
      "c/more.jsonl": #"{"id": "n1", "text": "t", "title": "own title", "date": "2020-01-01"}"# + "\n",
      "meta.csv": csv,
    ])
    let spec = CorpusSpec(path: fixture.url("c"), metadata: fixture.url("meta.csv"), language: "ar")
    let docs = documents(try read(fixture, spec))
    #expect(docs.map(\.id) == ["a.txt", "b.txt", "c.txt", "n1"])
    #expect(
      docs[0].metadata
        == DocumentMetadata(
          date: "2026-01-28", title: "الشرع وبوتين، يبحثان \"التحالف\"", source: "halabtodaytv", language: "ar",
          extra: ["date_basis": "stated, in the text"]))
    #expect(docs[1].metadata == DocumentMetadata(title: "two\nlines", language: "en"))
    #expect(docs[2].metadata == DocumentMetadata(language: "ar"))
    // The table's non-empty cells win over the record's own fields.
    #expect(docs[3].metadata == DocumentMetadata(date: "2025-10-16", title: "from the table", language: "ar"))
  }

  @Test(arguments: [
    (
      "name,date\na.txt,2026\n",
      "meta.csv:1:1: error: the metadata file has no 'file' column naming the documents\nmeta.csv:1:1: note: columns: name, date"
    ),
    ("file,date\na.txt\n", "meta.csv:2:1: error: this row has 1 fields but the header has 2"),
    ("file,title\na.txt,\"open\n", "meta.csv:2:7: error: metadata file: unterminated quoted field"),
    (
      "file,title\na.txt,\"x\"y\n",
      "meta.csv:2:10: error: metadata file: expected ',' or the end of the line after a closing quote"
    ),
    ("file,title\na.txt,x\na.txt,y\n", "meta.csv:3:1: error: a second row for 'a.txt' (the first is on line 2)"),
    ("", "meta.csv:1:1: error: the metadata file is empty; it needs a header row with a 'file' column"),
  ])
  func reportsMetadataProblemsAtTheirLine(csv: String, expected: String) {
    let (_, diagnostics) = Array(csv.utf8).withUnsafeBufferPointer { MetadataTable.parse($0, file: "meta.csv") }
    #expect(diagnostics.map(\.description) == [expected])
  }

  @Test func listsFilesSortedWithIncludeAndExclude() throws {
    let fixture = try Fixture(text: [
      "c/b.txt": "1", "c/a.txt": "2", "c/sub/c.txt": "3", "c/sub/deep/d.md": "4", "c/drafts/e.txt": "5",
      "c/.hidden.txt": "6", "c/.git/f.txt": "7", "c/notes.csv": "8", "c/ب.txt": "9", "c/Z.txt": "10",
    ])
    func ids(_ include: [String], _ exclude: [String] = []) throws -> [String] {
      try CorpusReader(spec: CorpusSpec(path: fixture.url("c"), include: include, exclude: exclude)).sources.map(
        \.relativePath)
    }
    #expect(
      try ids(CorpusSpec.defaultInclude) == [
        "Z.txt", "a.txt", "b.txt", "drafts/e.txt", "sub/c.txt", "sub/deep/d.md", "ب.txt",
      ])
    #expect(try ids(["*.txt"], ["drafts", "sub/*"]) == ["Z.txt", "a.txt", "b.txt", "ب.txt"])
    #expect(try ids(["sub/**/*"]) == ["sub/c.txt", "sub/deep/d.md"])
    #expect(try ids(["[a-b].txt"]) == ["a.txt", "b.txt"])
    #expect(try ids(["*.csv"]) == ["notes.csv"])
  }

  @Test func aSingleJSONLinesFileIsACorpus() throws {
    let fixture = try Fixture(text: ["news.jsonl": #"{"id": "x", "text": "y"}"# + "\n"])
    let docs = documents(try read(fixture, CorpusSpec(path: fixture.url("news.jsonl"))))
    #expect(docs.map(\.id) == ["x"])
  }

  @Test(arguments: [
    ("*.txt", "a.txt", true), ("*.txt", "sub/a.txt", true), ("*.txt", "a.txt.bak", false),
    ("a?.md", "ab.md", true), ("a?.md", "a.md", false), ("sub/*.txt", "sub/a.txt", true),
    ("sub/*.txt", "sub/x/a.txt", false), ("**/a.txt", "a.txt", true), ("**/a.txt", "x/y/a.txt", true),
    ("x/**", "x/y/z.txt", true), ("[!a]*.txt", "b.txt", true), ("[!a]*.txt", "a.txt", false),
    ("*نفط*", "سعر_النفط.txt", true), ("*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false),
  ])
  func matchesGlobs(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected)
  }

  @Test(arguments: ["*.txt", "*", "*.TXT", "*ط.txt", "*.jsonl", "a*.txt", "*/*.txt"])
  func theListingsShortcutForStarSuffixPatternsAgreesWithTheMatcher(pattern: String) {
    let glob = Glob(pattern)
    for path in ["a.txt", "sub/b.txt", "نفط.txt", "a.txt.bak", "x.TXT", "news.jsonl", "txt"] {
      var parts: [[Unicode.Scalar]]?
      let name = String(path.split(separator: "/").last!)
      #expect(
        glob.matches(name: name, relativePath: path, parts: &parts) == glob.matches(path), "\(pattern) on \(path)")
    }
  }
}
