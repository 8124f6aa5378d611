import GRDB

extension WorkbenchStore {
  /// Brings the schema to `schemaVersion`, applying each missing migration in order.
  ///
  /// The check and the migrations run in one IMMEDIATE transaction, so two processes opening
  /// a new database at once cannot both create the tables: the second waits for the first and
  /// then finds the schema current.
  func migrate() throws {
    try pool.write { db in
      let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      guard current <= Self.schemaVersion else { throw StoreError.newerSchema(found: current) }
      for (version, sql) in Self.migrations where version > current {
        try db.execute(sql: sql)
        try db.execute(sql: "PRAGMA user_version = \(version)")
      }
    }
  }

  /// The migrations by the schema version they lead to.
  static let migrations: [(Int, String)] = [
    (
      1,
      """
        CREATE TABLE texts (
          content_hash TEXT PRIMARY KEY,
          text TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE runs (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          workflow TEXT NOT NULL,
          name TEXT NOT NULL,
          description TEXT,
          started_at TEXT NOT NULL,
          finished_at TEXT,
          status TEXT NOT NULL,
          pid INTEGER,
          summary TEXT
        );

        CREATE TABLE run_documents (
          run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          doc_id TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          source TEXT NOT NULL,
          metadata TEXT NOT NULL,
          PRIMARY KEY (run_id, doc_id)
        ) WITHOUT ROWID;

        CREATE TABLE run_stages (
          run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          stage_id TEXT NOT NULL,
          plugin TEXT NOT NULL,
          version INTEGER NOT NULL,
          configuration TEXT NOT NULL,
          position INTEGER NOT NULL,
          computed INTEGER NOT NULL DEFAULT 0,
          cached INTEGER NOT NULL DEFAULT 0,
          failed INTEGER NOT NULL DEFAULT 0,
          seconds REAL NOT NULL DEFAULT 0,
          PRIMARY KEY (run_id, stage_id)
        ) WITHOUT ROWID;

        -- One row per computed result. The key is the SHA-256 of everything that determines
        -- the output; the other columns say what produced it, so every annotation can be
        -- traced to a stage version and configuration.
        CREATE TABLE results (
          key TEXT PRIMARY KEY,
          kind TEXT NOT NULL,              -- document | collect | reduce
          plugin TEXT NOT NULL,
          version INTEGER NOT NULL,
          configuration TEXT NOT NULL,
          data_checksums TEXT NOT NULL,
          content_hash TEXT,
          upstream_keys TEXT NOT NULL,
          payload BLOB,
          created_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE annotations (
          id INTEGER PRIMARY KEY,
          result_key TEXT NOT NULL REFERENCES results(key) ON DELETE CASCADE,
          doc_id TEXT,                     -- set for a reduce's per-document annotations
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          text TEXT NOT NULL,
          label TEXT NOT NULL,
          value TEXT,
          attributes TEXT
        );
        CREATE INDEX annotations_by_result ON annotations(result_key, doc_id);
        CREATE INDEX annotations_by_label ON annotations(label, value);

        CREATE TABLE corpus_records (
          result_key TEXT NOT NULL REFERENCES results(key) ON DELETE CASCADE,
          kind TEXT NOT NULL,
          key TEXT NOT NULL,
          value TEXT NOT NULL,
          PRIMARY KEY (result_key, kind, key)
        ) WITHOUT ROWID;

        -- Which result each stage used for each document in a run (doc_id '' for a reduce).
        CREATE TABLE run_results (
          run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          stage_id TEXT NOT NULL,
          doc_id TEXT NOT NULL,
          result_key TEXT NOT NULL,
          computed INTEGER NOT NULL,
          PRIMARY KEY (run_id, stage_id, doc_id)
        ) WITHOUT ROWID;
        CREATE INDEX run_results_by_key ON run_results(result_key);

        CREATE TABLE failures (
          id INTEGER PRIMARY KEY,
          run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
          stage_id TEXT NOT NULL,
          doc_id TEXT NOT NULL,
          message TEXT NOT NULL
        );
        CREATE INDEX failures_by_run ON failures(run_id);
        """
    )
  ]
}

/// A database this build cannot use.
public enum StoreError: Error, CustomStringConvertible {
  case newerSchema(found: Int)

  public var description: String {
    switch self {
    case .newerSchema(let found):
      return "the database has schema version \(found), newer than this Workbench's \(WorkbenchStore.schemaVersion); use a newer Workbench or another --db"
    }
  }
}
