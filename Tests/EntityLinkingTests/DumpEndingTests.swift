import EntityLinking
import Foundation
import Testing

/// Dumps that end oddly: without a final newline, cut short, or not JSON at all. Each is read
/// to its end or refused with an error; none may trap.
@Suite struct DumpEndingTests {
  static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/dump_sample.json")

  func write(_ bytes: [UInt8], name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dump-ending-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  func importAll(_ url: URL) throws -> ([String], WikidataDumpImporter.Summary) {
    var ids: [String] = []
    let summary = try WikidataDumpImporter(languages: ["ar", "en"]).importDump(url, batchSize: 1) {
      ids += $0.map(\.id)
    }
    return (ids, summary)
  }

  @Test func anEmptyArrayWithoutAFinalNewlineIsTwoLines() throws {
    let (ids, summary) = try importAll(try write(Array("[\n]".utf8), name: "d.json"))
    #expect(ids.isEmpty)
    #expect(summary.lines == 2)
  }

  @Test func aLastEntityWithoutANewlineIsImportedLikeOneWithIt() throws {
    var bytes = try [UInt8](Data(contentsOf: Self.sample))
    let (expectedIDs, expected) = try importAll(Self.sample)
    while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
    let (ids, summary) = try importAll(try write(bytes, name: "d.json"))
    #expect(ids == expectedIDs)
    #expect(summary.lines == expected.lines)
    #expect(summary.malformed == expected.malformed)
  }

  @Test func binaryBytesAreMalformedLinesNotACrash() throws {
    // Bytes of a multiplicative hash: the same on every run, no newline among them.
    let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: (UInt64($0) &* 0x9E37_79B9_7F4A_7C15) >> 56) }
      .map { $0 == 0x0A ? 0x0B : $0 }
    let (ids, summary) = try importAll(try write(bytes, name: "d.json"))
    #expect(ids.isEmpty)
    #expect(summary.lines == 1)
    #expect(summary.malformed == 1)
  }

  @Test func aTruncatedGzipIsAnErrorNamingTheFile() throws {
    let whole = try write(try [UInt8](Data(contentsOf: Self.sample)), name: "d.json")
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-k", whole.path]
    try gzip.run()
    gzip.waitUntilExit()
    let compressed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: whole.path + ".gz")))
    let truncated = try write(Array(compressed.prefix(compressed.count / 2)), name: "t.json.gz")
    #expect {
      _ = try importAll(truncated)
    } throws: { error in
      "\(error)".contains("decompressing t.json.gz failed")
    }
  }
}
