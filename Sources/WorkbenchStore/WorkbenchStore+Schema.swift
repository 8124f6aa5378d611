import GRDB

extension WorkbenchStore {
  /// Brings the schema to `schemaVersion`, applying each missing migration in order.
  ///
  /// The check and the migrations run in one IMMEDIATE transaction, so two processes opening
  /// a new database at once cannot both create the tables: the second waits for the first and
  /// then finds the schema current. Foreign keys are off while migrating, because a migration
  /// rebuilds tables, and dropping a parent table with them on would cascade-delete its
  /// children; `PRAGMA foreign_key_check` then proves the rebuilt tables consistent.
  func migrate() throws {
    try pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
      try db.inTransaction(.immediate) {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard current <= Self.schemaVersion else { throw StoreError.newerSchema(found: current) }
        guard current < Self.schemaVersion else { return .commit }
        for (version, sql) in Self.migrations where version > current {
          try db.execute(sql: sql)
          try db.execute(sql: "PRAGMA user_version = \(version)")
        }
        if let problem = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
          throw StoreError.migrationFailed("a foreign key does not match after migrating: \(problem)")
        }
        return .commit
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
    ),
    (
      2,
      // Large rows in WITHOUT ROWID tables made every key look-up walk pages full of texts and
      // collected payloads; texts and results now live in rowid tables with a narrow unique
      // index on their hash or key, and everything that points at a result does so by its
      // integer id rather than by repeating the 64-character key. Indexes no query used
      // (annotations by label, run results by key) are gone: each cost an insert per row.
      """
      CREATE TABLE texts_v2 (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL
      );
      INSERT INTO texts_v2 (content_hash, text) SELECT content_hash, text FROM texts;
      DROP TABLE texts;
      ALTER TABLE texts_v2 RENAME TO texts;

      CREATE TABLE results_v2 (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,              -- document | collect | reduce
        plugin TEXT NOT NULL,
        version INTEGER NOT NULL,
        configuration TEXT NOT NULL,
        data_checksums TEXT NOT NULL,
        content_hash TEXT,
        upstream_keys TEXT NOT NULL,
        payload BLOB,
        created_at TEXT NOT NULL
      );
      INSERT INTO results_v2 (key, kind, plugin, version, configuration, data_checksums,
          content_hash, upstream_keys, payload, created_at)
        SELECT key, kind, plugin, version, configuration, data_checksums, content_hash,
          upstream_keys, payload, created_at FROM results ORDER BY created_at, key;

      CREATE TABLE annotations_v2 (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
        doc_id TEXT,                     -- set for a reduce's per-document annotations
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        value TEXT,
        attributes TEXT
      );
      INSERT INTO annotations_v2 (id, result_id, doc_id, start, "end", text, label, value, attributes)
        SELECT a.id, r.id, a.doc_id, a.start, a."end", a.text, a.label, a.value, a.attributes
        FROM annotations a JOIN results_v2 r ON r.key = a.result_key;

      CREATE TABLE corpus_records_v2 (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        UNIQUE (result_id, kind, key)
      );
      INSERT INTO corpus_records_v2 (result_id, kind, key, value)
        SELECT r.id, c.kind, c.key, c.value
        FROM corpus_records c JOIN results_v2 r ON r.key = c.result_key;

      CREATE TABLE run_results_v2 (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        result_id INTEGER NOT NULL,
        computed INTEGER NOT NULL,
        PRIMARY KEY (run_id, stage_id, doc_id)
      ) WITHOUT ROWID;
      INSERT INTO run_results_v2 (run_id, stage_id, doc_id, result_id, computed)
        SELECT rr.run_id, rr.stage_id, rr.doc_id, r.id, rr.computed
        FROM run_results rr JOIN results_v2 r ON r.key = rr.result_key;

      DROP TABLE annotations;
      DROP TABLE corpus_records;
      DROP TABLE run_results;
      DROP TABLE results;
      ALTER TABLE results_v2 RENAME TO results;
      ALTER TABLE annotations_v2 RENAME TO annotations;
      ALTER TABLE corpus_records_v2 RENAME TO corpus_records;
      ALTER TABLE run_results_v2 RENAME TO run_results;
      CREATE INDEX annotations_by_result ON annotations(result_id, doc_id);

      -- A digest of the run's stages and their configurations: a later run with the same
      -- digest reuses this run's record for documents that did not change.
      ALTER TABLE runs ADD COLUMN plan_digest TEXT;
      -- A digest of each batch of documents read (id, content hash, metadata, source), comma
      -- separated: a later run that reads the same batches can take over the whole record.
      ALTER TABLE runs ADD COLUMN corpus_digest TEXT;
      -- The run whose documents and results this run's record is (nothing changed since).
      ALTER TABLE runs ADD COLUMN reuses INTEGER;
      -- 1 when every stage of the run stored a result for the document (none failed).
      ALTER TABLE run_documents ADD COLUMN complete INTEGER NOT NULL DEFAULT 0;
      """
    ),
    (
      3,
      // The labels each stage of a run declared, with their roles (JSON, `[ProducedLabel]`), so
      // that a report shows a run's annotations as declared even when rendered by a build that
      // lacks the stage. NULL for runs stored earlier: their roles come from the registry.
      """
      ALTER TABLE run_stages ADD COLUMN produces TEXT;
      """
    ),
  ]
}

/// A database this build cannot use.
public enum StoreError: Error, CustomStringConvertible {
  case newerSchema(found: Int)
  case migrationFailed(String)
  /// A run linked a result that is not stored (a bug in the caller).
  case missingResult(key: String)
  /// The earlier run whose record a run was reusing lost rows while it ran (`cache prune`).
  case previousRunChanged(Int64)

  public var description: String {
    switch self {
    case .newerSchema(let found):
      return
        "the database has schema version \(found), newer than this Workbench's \(WorkbenchStore.schemaVersion); use a newer Workbench or another --db"
    case .migrationFailed(let reason):
      return "the database could not be upgraded (nothing was changed): \(reason)"
    case .missingResult(let key):
      return "a run refers to result \(key), which is not stored"
    case .previousRunChanged(let run):
      return "run \(run), whose results this run was reusing, was pruned while it ran; run again"
    }
  }
}

extension WorkbenchStore {
  /// Creates a database at an earlier schema version and fills it with `fill` (which runs SQL):
  /// how tests make the files an older Workbench wrote, to check that they migrate.
  public static func createForTesting(
    path: String, schemaVersion: Int, fill: ((String) throws -> Void) throws -> Void
  ) throws {
    // Foreign keys off, as `migrate()` has them: migration 2 rebuilds tables.
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.write { db in
      for (version, sql) in migrations where version <= schemaVersion {
        try db.execute(sql: sql)
        try db.execute(sql: "PRAGMA user_version = \(version)")
      }
      try fill { sql in try db.execute(sql: sql) }
    }
  }
}
