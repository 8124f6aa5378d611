import EntityLinking
import Foundation
import Testing
import WorkbenchCore

@Suite struct KnowledgeBaseImportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func importSample(from dump: URL, languages: [String] = ["ar", "en"]) throws -> (
    [KnowledgeBaseEntity], WikidataDumpImporter.Summary
  ) {
    var entities: [KnowledgeBaseEntity] = []
    let summary = try WikidataDumpImporter(languages: languages).importDump(dump, batchSize: 1) { entities += $0 }
    return (entities, summary)
  }

  @Test func importsTypedEntitiesInChosenLanguages() throws {
    let (entities, summary) = try importSample(from: Self.fixtures.appendingPathComponent("dump_sample.json"))
    #expect(entities.map(\.id) == ["Q900001", "Q900002"])
    #expect(summary.skipped == 2)  // a painting (unmapped class) and a French-only name
    #expect(summary.malformed == 1)  // the truncated last entity
    let person = entities[0]
    #expect(person.type == "PERSON")
    #expect(person.name_ar == "سميرة حداد")
    #expect(person.name_en == "Samira Haddad")
    #expect(person.description == "fictional test minister")
    #expect(person.related == ["Q858"])
    #expect(person.aliases.map(\.text) == ["سميرة حداد", "سميرة الحداد", "Samira Haddad", "S. Haddad"])
    #expect(person.aliases.allSatisfy { $0.language != "fr" })
    #expect(entities[1].type == "ORGANIZATION")
  }

  @Test(arguments: ["gzip", "bzip2"])
  func readsCompressedDumps(_ tool: String) throws {
    let directory = try temporaryDirectory()
    let plain = directory.appendingPathComponent("dump.json")
    try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("dump_sample.json"), to: plain)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool, plain.path]
    try process.run()
    process.waitUntilExit()
    let compressed = directory.appendingPathComponent(tool == "gzip" ? "dump.json.gz" : "dump.json.bz2")
    let (entities, _) = try importSample(from: compressed)
    #expect(entities.map(\.id) == ["Q900001", "Q900002"])
  }

  @Test func sqliteFileRoundTripsAndFeedsTheStage() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("kb.sqlite")
    let (entities, _) = try importSample(from: Self.fixtures.appendingPathComponent("dump_sample.json"))
    let file = try KnowledgeBaseFile(writingTo: url)
    try file.write(entities)
    let reader = try KnowledgeBaseFile(readingFrom: url)
    #expect(try reader.allEntities().map(\.id).sorted() == ["Q900001", "Q900002"])
    #expect(try reader.lookup("سميره الحداد").map(\.id) == ["Q900001"])
    let statistics = try reader.statistics()
    #expect(statistics.entitiesByType == ["PERSON": 1, "ORGANIZATION": 1])
    #expect(statistics.aliasesByLanguage == ["ar": 3, "en": 3])

    let text = "وقالت الوزيرة سميرة حداد في دمشق"
    let merged = try makeStage(["kb": .string(url.path)]).analyze(Document(id: "t", text: text), .none)
    #expect(merged.map(\.value) == ["Q900001", "Q3766"])
    #expect(merged.first?.start == 14)
    let replaced = try makeStage(["kb": .string(url.path), "kb_mode": "replace", "nil_mentions": false])
      .analyze(Document(id: "t", text: text), .none)
    #expect(replaced.map(\.value) == ["Q900001"])
  }

  @Test func changingTheFileChangesTheRecordedChecksum() throws {
    let directory = try temporaryDirectory()
    let url = directory.appendingPathComponent("kb.sqlite")
    let file = try KnowledgeBaseFile(writingTo: url)
    try file.write([KnowledgeBaseEntity(id: "wb:a", type: "PERSON", name_en: "A", name_ar: "")])
    func checksums() throws -> [String: String] {
      let context = StageContext(baseDirectory: directory, checksum: { String(decoding: $0, as: UTF8.self) })
      _ = try StageFactory(EntityLinkingStage.self).configure(["kb": "kb.sqlite"]).makeStage(context: context)
      return context.dataChecksums
    }
    let before = try checksums()
    try file.write([KnowledgeBaseEntity(id: "wb:b", type: "PERSON", name_en: "B", name_ar: "")])
    let after = try checksums()
    #expect(before["kb:kb.sqlite"] != nil)
    #expect(before["kb:kb.sqlite"] != after["kb:kb.sqlite"])
    #expect(before["builtin_kb.jsonl"] == after["builtin_kb.jsonl"])
  }

  @Test func missingFileIsAnError() {
    #expect(throws: (any Error).self) { try makeStage(["kb": "/nonexistent/kb.sqlite"]) }
  }
}

@Suite struct EvaluatorTests {
  @Test func scoresGoldJSONLines() throws {
    let gold = KnowledgeBaseImportTests.fixtures.appendingPathComponent("gold_sample.jsonl")
    let context = StageContext(baseDirectory: URL(fileURLWithPath: "/"), checksum: { _ in "" })
    // The rules without the tagger: this checks the scoring of JSON Lines gold, not a model
    // (the shipped tagger of stage version 4 reads only سميرة of "الوزيرة سميرة حداد").
    let report = try EntityLinkingEvaluator.evaluate(
      gold: gold, configuration: .object(["tagger": .string("none")]), context: context)
    let metrics = Dictionary(uniqueKeysWithValues: report.metrics.map { ($0.name, $0.value) })
    #expect(metrics["mention_recall"] == 1.0)
    #expect(metrics["mention_precision"] == 1.0)
    #expect(metrics["linking_accuracy"] == 1.0)  // the NIL person is predicted NIL
    #expect(metrics["document_id_recall"] == 1.0)
  }

  @Test func readsWikiFANEFormat() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fane-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent("sample.txt")
    // Written for the test, in the corpus's layout: token TAB tag, blank line between sentences.
    let lines = [
      "\u{200E}زار\tO", "\u{200E}الرئيس\tO", "\u{200E}فلاديمير\tB-Politician", "\u{200E}بوتين\tI-Politician",
      "\u{200E}مدينة\tO", "\u{200E}دمشق\tB-Population-Center", ".\tO", "\t", "\u{200E}العرب\tB-Group", "\u{200E}هنا\tO",
    ]
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    #expect(CoNLLReader.looksLikeTokenPerLine(url))
    let documents = try CoNLLReader().read(url)
    #expect(documents.count == 1)
    #expect(documents[0].text == "زار الرئيس فلاديمير بوتين مدينة دمشق .\nالعرب هنا")
    #expect(documents[0].mentions.map(\.type) == ["PERSON", "LOCATION", "MISC"])
    #expect(documents[0].mentions.map(\.start) == [11, 32, 39])
    let context = StageContext(baseDirectory: directory, checksum: { _ in "" })
    let report = try EntityLinkingEvaluator.evaluate(gold: url, configuration: .null, context: context)
    let metrics = Dictionary(uniqueKeysWithValues: report.metrics.map { ($0.name, $0.value) })
    #expect(report.failures == [], "\(report.failures)")
    #expect(metrics["mention_recall"] == 1.0)
    #expect(metrics["mention_precision"] == 1.0)
  }
}
