import Foundation
import Testing
import WorkbenchCore
import WorkbenchStore

@Suite struct WorkbenchStoreTests {
  let store: WorkbenchStore

  init() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("wb-store-\(UUID().uuidString)/db.sqlite").path
    store = try WorkbenchStore(path: path)
  }

  func result(_ key: String, _ annotations: [Annotation]) -> StoredResult {
    StoredResult(
      key: key, kind: .document, plugin: "p", version: 1, configuration: "{}", dataChecksums: "{}",
      contentHash: "h", upstreamKeys: [], annotations: annotations)
  }

  @Test func migratesToTheCurrentSchema() throws {
    #expect(try store.storedSchemaVersion() == WorkbenchStore.schemaVersion)
    #expect(try store.integrityCheck() == ["ok"])
  }

  @Test func storesAndReadsAnnotationsWithAttributes() throws {
    let runID = try store.beginRun(
      workflow: "w.yaml", name: "w",
      stages: [StageRunSummary(id: "dates", plugin: "date-normalization", version: 1, configuration: "{}")])
    let annotation = Annotation(
      start: 5, end: 20, text: "٢٨ كانون الثاني", label: "DATE", value: "2026-01-28",
      attributes: ["anchored": false, "grain": "day"])
    var batch = WriteBatch()
    batch.documents = [
      StoredDocument(
        id: "d1", contentHash: "h", source: "d1.txt", metadata: DocumentMetadata(date: "2026-01-28", extra: ["k": "v"]),
        text: "text")
    ]
    batch.results = [result("k1", [annotation])]
    batch.links = [ResultLink(stageID: "dates", documentID: "d1", resultKey: "k1", computed: true)]
    try store.write(batch, runID: runID)
    #expect(try store.annotations(forResult: "k1") == [annotation])
    #expect(try store.existingKeys(["k1", "k2"]) == ["k1"])
    var exported: [RunAnnotation] = []
    try store.forEachAnnotation(runID: runID) { exported.append($0) }
    #expect(exported.map(\.documentID) == ["d1"])
    #expect(exported.map(\.plugin) == ["date-normalization"])
    var documents: [RunDocument] = []
    try store.forEachDocument(runID: runID) { documents.append($0) }
    #expect(documents.first?.metadata == DocumentMetadata(date: "2026-01-28", extra: ["k": "v"]))
  }

  /// Empty strings are stored as '' (a whole-document annotation's text, an empty value, an
  /// empty document), never as NULL, and a NULL value stays nil.
  @Test(arguments: [("", "", ""), ("", "", nil), ("نص", "a", "v")] as [(String, String, String?)])
  func emptyStringsStayEmptyStrings(text: String, documentText: String, value: String?) throws {
    let runID = try store.beginRun(
      workflow: "w", name: "w", stages: [StageRunSummary(id: "s", plugin: "p", version: 1, configuration: "{}")])
    let annotation = Annotation(start: 0, end: text.unicodeScalars.count, text: text, label: "L", value: value)
    var batch = WriteBatch()
    batch.documents = [
      StoredDocument(id: "d", contentHash: "h", source: "", metadata: DocumentMetadata(), text: documentText)
    ]
    batch.results = [result("k", [annotation])]
    batch.links = [ResultLink(stageID: "s", documentID: "d", resultKey: "k", computed: true)]
    try store.write(batch, runID: runID)
    #expect(try store.annotations(forResult: "k") == [annotation])
    var documents: [RunDocument] = []
    try store.forEachDocument(runID: runID) { documents.append($0) }
    #expect(documents.map(\.text) == [documentText])
    #expect(documents.map(\.source) == [""])
  }

  @Test func aResultWrittenTwiceKeepsOneCopyOfItsAnnotations() throws {
    let runID = try store.beginRun(workflow: "w", name: "w", stages: [])
    var batch = WriteBatch()
    batch.results = [result("k", [Annotation(start: 0, end: 1, text: "a", label: "X")])]
    try store.write(batch, runID: runID)
    try store.write(batch, runID: runID)
    #expect(try store.annotations(forResult: "k").count == 1)
    try store.write(batch, runID: runID, replacing: true)
    #expect(try store.annotations(forResult: "k").count == 1)
  }

  @Test func pruneRemovesResultsNoKeptRunUses() throws {
    for key in ["old", "new"] {
      let runID = try store.beginRun(workflow: "w", name: "w", stages: [])
      var batch = WriteBatch()
      batch.results = [result(key, [Annotation(start: 0, end: 1, text: "a", label: "X")])]
      batch.links = [ResultLink(stageID: "s", documentID: "d", resultKey: key, computed: true)]
      try store.write(batch, runID: runID)
    }
    #expect(try store.statistics().results == 2)
    #expect(try store.prune(keepRuns: 1) == 1)
    let stats = try store.statistics()
    #expect(stats.results == 1)
    #expect(stats.annotations == 1)
    #expect(stats.runs == 1)
    #expect(try store.existingKeys(["old", "new"]) == ["new"])
  }

  @Test func aRunInProgressIsShownRunning() throws {
    let runID = try store.beginRun(workflow: "w", name: "w", stages: [])
    #expect(try store.run(runID)?.status == "running")
  }
}

/// A database written by an earlier schema opens with everything it held.
@Suite struct SchemaMigrationTests {
  @Test func aVersion1DatabaseKeepsItsRunsResultsAndAnnotations() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("v1.sqlite").path
    try WorkbenchStore.createForTesting(path: path, schemaVersion: 1) { db in
      try db(
        """
        INSERT INTO runs (id, workflow, name, started_at, status) VALUES (1, 'w.yaml', 'w', 't', 'completed');
        INSERT INTO run_stages (run_id, stage_id, plugin, version, configuration, position)
          VALUES (1, 'dates', 'date-normalization', 1, '{}', 0), (1, 'topics', 'topic-clustering', 1, '{}', 1);
        INSERT INTO texts VALUES ('h1', 'في ٢٨ كانون الثاني');
        INSERT INTO run_documents VALUES (1, 'd1.txt', 'h1', 'd1.txt', '{}');
        INSERT INTO results (key, kind, plugin, version, configuration, data_checksums, content_hash, upstream_keys, payload, created_at)
          VALUES ('k-dates', 'document', 'date-normalization', 1, '{}', '{}', 'h1', '', NULL, 't'),
                 ('k-reduce', 'reduce', 'topic-clustering', 1, '{}', '{}', NULL, '', NULL, 't');
        INSERT INTO annotations (result_key, doc_id, start, "end", text, label, value, attributes)
          VALUES ('k-dates', NULL, 3, 18, '٢٨ كانون الثاني', 'DATE', '2026-01-28', '{"grain":"day"}'),
                 ('k-reduce', 'd1.txt', 0, 0, '', 'TOPIC', '0', NULL);
        INSERT INTO corpus_records VALUES ('k-reduce', 'topic', '0', '{"size":1}');
        INSERT INTO run_results VALUES (1, 'dates', 'd1.txt', 'k-dates', 1), (1, 'topics', '', 'k-reduce', 1);
        """)
    }
    let store = try WorkbenchStore(path: path)
    #expect(try store.storedSchemaVersion() == WorkbenchStore.schemaVersion)
    #expect(try store.integrityCheck() == ["ok"])
    var annotations: [RunAnnotation] = []
    try store.forEachAnnotation(runID: 1) { annotations.append($0) }
    #expect(annotations.map(\.annotation.value) == ["2026-01-28", "0"])
    #expect(annotations.first?.annotation.attributes == ["grain": "day"])
    #expect(annotations.first?.annotation.start == 3)
    #expect(try store.corpusRecords(runID: 1).map(\.record.value) == [["size": 1]])
    var texts: [String] = []
    try store.forEachDocument(runID: 1) { texts.append($0.text) }
    #expect(texts == ["في ٢٨ كانون الثاني"])
    #expect(try store.existingKeys(["k-dates", "k-reduce", "other"]) == ["k-dates", "k-reduce"])
  }
}
