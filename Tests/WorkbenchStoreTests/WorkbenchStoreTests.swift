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
    let runID = try store.beginRun(workflow: "w.yaml", name: "w", stages: [StageRunSummary(id: "dates", plugin: "date-normalization", version: 1, configuration: "{}")])
    let annotation = Annotation(
      start: 5, end: 20, text: "٢٨ كانون الثاني", label: "DATE", value: "2026-01-28",
      attributes: ["anchored": false, "grain": "day"])
    var batch = WriteBatch()
    batch.documents = [StoredDocument(id: "d1", contentHash: "h", source: "d1.txt", metadata: DocumentMetadata(date: "2026-01-28", extra: ["k": "v"]), text: "text")]
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
