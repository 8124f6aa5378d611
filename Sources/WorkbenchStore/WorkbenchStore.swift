import Foundation
import GRDB
import WorkbenchCore

/// The SQLite database of a workbench: documents, runs, cached stage results and their
/// annotations. One file, WAL mode, so readers never block the writer and a killed process
/// leaves the last committed transaction intact.
///
/// Writes are batched: `write(_:)` stores a whole `WriteBatch` in one transaction with
/// prepared statements. Several processes may open the same file; a writer waits for the
/// other's transaction (busy timeout) rather than failing.
public final class WorkbenchStore: Sendable {
  /// The schema version this build writes; `PRAGMA user_version` holds it.
  public static let schemaVersion = 3
  /// The default database path, relative to the current directory.
  public static let defaultPath = ".workbench/workbench.sqlite"
  /// The page size of new files. Texts of a few kilobytes fill most of what is written, and a
  /// row never spans two leaf pages: with 8 KiB pages a corpus of 3.5 KB texts left 28% of
  /// each text page empty (49 MB of pages for 35 MB of text); 16 KiB pages leave 11%, and
  /// write them in half as many calls (measured in README.md).
  static let pageSize = 16384

  let pool: DatabasePool
  public let path: String

  /// Opens (creating when needed) the database at `path` and migrates it to the current schema.
  ///
  /// A `readOnly` store neither creates nor migrates the file: it is for looking at a database
  /// another process is writing, without ever taking its write lock.
  public init(path: String, busyTimeout: TimeInterval = 120, readOnly: Bool = false) throws {
    let url = URL(fileURLWithPath: path)
    if !readOnly {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    }
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      // NORMAL is durable in WAL mode up to the last checkpointed commit, and never corrupts.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA foreign_keys = ON")
      // Cache keys are random, so look-ups and inserts touch pages all over the indexes. A
      // 64 MiB cache per connection made peak memory grow with the database; 4 MiB keeps it
      // flat (the writer and each reader fill theirs) at the price of re-reading index pages
      // from the system's file cache; 8 MiB was no faster (measured in README.md).
      try db.execute(sql: "PRAGMA cache_size = -4096")
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
      // Checkpoint every 64 MiB of log (4,096 pages of 16 KiB) rather than every 8: a batch
      // rewrites the same index pages, and fewer checkpoints copy each of them (and sync)
      // fewer times.
      try db.execute(sql: "PRAGMA wal_autocheckpoint = 4096")
      try db.execute(sql: "PRAGMA journal_size_limit = \(64 << 20)")
      // Only takes effect when the file is created (before WAL mode is set up).
      try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
    }
    self.path = path
    if readOnly {
      self.pool = try Self.openForReading(path: path, configuration: configuration)
    } else {
      self.pool = try Self.openForWriting(path: path, configuration: configuration, patience: busyTimeout)
      try migrate()
    }
  }

  /// Opens a database to write it. Two processes that open a new file at once race to switch it
  /// to WAL mode, and SQLite answers the loser's `PRAGMA journal_mode` with SQLITE_BUSY at once,
  /// without calling the busy handler; so the loser tries again, as the busy timeout would have
  /// waited, until the winner has set the file up.
  private static func openForWriting(
    path: String, configuration: Configuration, patience: TimeInterval
  ) throws -> DatabasePool {
    let deadline = Date().addingTimeInterval(patience)
    var pause: useconds_t = 5_000
    while true {
      do {
        return try DatabasePool(path: path, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
        usleep(pause)
        pause = min(pause * 2, 200_000)
      }
    }
  }

  /// Opens a database only to read it. A WAL database needs its `-shm` file, which SQLite
  /// cannot create beside a file of another user's or in a read-only folder; such a file is
  /// opened as immutable instead (no lock, no log: nobody can be writing it there either).
  private static func openForReading(path: String, configuration: Configuration) throws -> DatabasePool {
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      try checkSchema(pool)
      return pool
    } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
      let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
      var allowed = CharacterSet.urlPathAllowed
      allowed.remove(charactersIn: "?#%")
      let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
      let pool = try DatabasePool(path: "file:\(encoded)?immutable=1", configuration: configuration)
      try checkSchema(pool)
      return pool
    }
  }

  /// A file a newer Workbench wrote may mean other things by the same tables: refused, as a
  /// writer refuses to migrate it.
  private static func checkSchema(_ pool: DatabasePool) throws {
    let version = try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    if version > schemaVersion { throw StoreError.newerSchema(found: version) }
  }

  /// Runs `PRAGMA integrity_check` and returns its rows ("ok" when the file is sound).
  public func integrityCheck() throws -> [String] {
    try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }

  /// Runs `PRAGMA quick_check` (the integrity check without comparing indexes to their
  /// tables, so in about the time of reading the file once) and returns its rows ("ok" when
  /// the file is sound).
  public func quickCheck() throws -> [String] {
    try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(20)") }
  }

  /// The schema version recorded in the file.
  public func storedSchemaVersion() throws -> Int {
    try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
  }
}
