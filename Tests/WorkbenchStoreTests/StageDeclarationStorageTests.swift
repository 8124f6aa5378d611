import Foundation
import Testing
import WorkbenchCore
import WorkbenchStore

/// The labels each stage of a run declared are stored with the run, so a report made by
/// another build can show them by role; databases stored before that still open and read.
@Suite struct StageDeclarationStorageTests {
  static func temporaryPath(_ name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-declarations-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
  }

  @Test func aRunKeepsEachStagesDeclaredLabelsAndRoles() throws {
    let store = try WorkbenchStore(path: try Self.temporaryPath("db.sqlite"))
    let quotes = [ProducedLabel("QUOTE", role: .span, attributes: ["words"])]
    let dates = [ProducedLabel("DATE", role: .temporalValue, attributes: ["grain", "anchored"])]
    let runID = try store.beginRun(
      workflow: "w.yaml", name: "w",
      stages: [
        StageRunSummary(id: "quotes", plugin: "quotes", version: 1, produces: quotes),
        StageRunSummary(id: "dates", plugin: "date-normalization", version: 2, produces: dates),
        StageRunSummary(id: "undeclared", plugin: "p", version: 1),
      ])
    let stages = try #require(try store.run(runID)).stages
    #expect(stages.map(\.produces) == [quotes, dates, nil])
  }

  /// A version 2 file: its stages have no declarations; read as it is (a reading command does
  /// not migrate) and after migrating, it reports them as nil, which sends the report to the
  /// registry as before.
  @Test(arguments: [true, false])
  func aVersion2DatabaseReadsWithoutDeclarations(readOnly: Bool) throws {
    let path = try Self.temporaryPath("v2.sqlite")
    try WorkbenchStore.createForTesting(path: path, schemaVersion: 2) { db in
      try db(
        """
        INSERT INTO runs (id, workflow, name, started_at, status) VALUES (1, 'w.yaml', 'w', 't', 'completed');
        INSERT INTO run_stages (run_id, stage_id, plugin, version, configuration, position)
          VALUES (1, 'dates', 'date-normalization', 2, '{"lang":"ar"}', 0);
        """)
    }
    let store = try WorkbenchStore(path: path, readOnly: readOnly)
    #expect(try store.storedSchemaVersion() == (readOnly ? 2 : WorkbenchStore.schemaVersion))
    let stage = try #require(try store.run(1)?.stages.first)
    #expect(stage.plugin == "date-normalization")
    #expect(stage.configuration == #"{"lang":"ar"}"#)
    #expect(stage.produces == nil)
    #expect(try store.integrityCheck() == ["ok"])
  }
}
