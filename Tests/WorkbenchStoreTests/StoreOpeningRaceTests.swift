import CSQLite
import Foundation
import Testing
import WorkbenchStore

/// Two runs started at once on one new database: the one that loses the race to set the file
/// up waits for the other, as it waits for any write lock, instead of failing.
@Suite struct StoreOpeningRaceTests {
  @Test func aStoreOpenedWhileAnotherConnectionHoldsTheNewFileWaitsForIt() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("wb-race-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("db.sqlite").path

    var opened: OpaquePointer?
    #expect(sqlite3_open(path, &opened) == SQLITE_OK)
    nonisolated(unsafe) let other = opened
    defer { sqlite3_close(other) }
    // Another process in the middle of creating the file holds its write lock: SQLite refuses
    // the switch to WAL mode at once (waiting could deadlock two such connections).
    #expect(sqlite3_exec(other, "BEGIN IMMEDIATE; CREATE TABLE elsewhere (x)", nil, nil, nil) == SQLITE_OK)
    let released = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      usleep(300_000)
      sqlite3_exec(other, "COMMIT", nil, nil, nil)
      released.signal()
    }

    let store = try WorkbenchStore(path: path, busyTimeout: 10)
    released.wait()
    #expect(try store.storedSchemaVersion() == WorkbenchStore.schemaVersion)
    #expect(try store.integrityCheck() == ["ok"])
  }
}
