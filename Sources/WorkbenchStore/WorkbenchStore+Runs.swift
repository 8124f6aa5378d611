import Foundation
import GRDB
import WorkbenchCore

extension WorkbenchStore {
  /// Records the start of a run and its stages; returns the run id.
  /// `planDigest` identifies the stages with their configurations (see `previousRun`); a run
  /// that `reuses` another has that run's documents and results as its record.
  public func beginRun(
    workflow: String, name: String, description: String? = nil, stages: [StageRunSummary],
    planDigest: String? = nil, reuses: Int64? = nil
  ) throws -> Int64 {
    try pool.write { db in
      try db.execute(
        sql: """
          INSERT INTO runs (workflow, name, description, started_at, status, pid, plan_digest, reuses)
          VALUES (?, ?, ?, ?, 'running', ?, ?, ?)
          """,
        arguments: [workflow, name, description, Self.timestamp(), Int(getpid()), planDigest, reuses])
      let runID = db.lastInsertedRowID
      for (position, stage) in stages.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO run_stages (run_id, stage_id, plugin, version, configuration, position, produces)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            runID, stage.id, stage.plugin, stage.version, stage.configuration, position,
            try stage.produces.map(Self.declarationsJSON),
          ])
      }
      return runID
    }
  }

  /// Records the end of a run with its per-stage counts, summary and the digests of the
  /// batches of documents it read.
  public func finishRun(
    _ runID: Int64, status: String, stages: [StageRunSummary], summary: JSONValue,
    corpusDigest: [String] = []
  ) throws {
    try pool.write { db in
      for stage in stages {
        try db.execute(
          sql: """
            UPDATE run_stages SET computed = ?, cached = ?, failed = ?, seconds = ?
            WHERE run_id = ? AND stage_id = ?
            """,
          arguments: [stage.computed, stage.cached, stage.failed, stage.seconds, runID, stage.id])
      }
      try db.execute(
        sql: "UPDATE runs SET finished_at = ?, status = ?, summary = ?, corpus_digest = ? WHERE id = ?",
        arguments: [
          Self.timestamp(), status, summary.canonicalJSON,
          corpusDigest.isEmpty ? nil : corpusDigest.joined(separator: ","), runID,
        ])
    }
  }

  /// All runs, newest first.
  public func runs(limit: Int = 1_000) throws -> [RunInfo] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT ?", arguments: [limit])
        .map { try Self.runInfo($0, db) }
    }
  }

  /// One run, or nil.
  public func run(_ id: Int64) throws -> RunInfo? {
    try pool.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map { try Self.runInfo($0, db) }
    }
  }

  /// The newest run, or nil when there is none.
  public func latestRunID() throws -> Int64? {
    try pool.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM runs") }
  }

  /// The failures recorded for a run.
  public func failures(runID: Int64) throws -> [StoredFailure] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT stage_id, doc_id, message FROM failures WHERE run_id = ? ORDER BY id",
        arguments: [runID]
      ).map { StoredFailure(stageID: $0["stage_id"], documentID: $0["doc_id"], message: $0["message"]) }
    }
  }

  static func runInfo(_ row: Row, _ db: Database) throws -> RunInfo {
    let id: Int64 = row["id"]
    var status: String = row["status"]
    if status == "running", let pid: Int = row["pid"], !Self.processIsAlive(pid) {
      status = "interrupted"
    }
    let stages = try Row.fetchAll(
      db, sql: "SELECT * FROM run_stages WHERE run_id = ? ORDER BY position", arguments: [id]
    ).map { stage in
      StageRunSummary(
        id: stage["stage_id"], plugin: stage["plugin"], version: stage["version"],
        configuration: stage["configuration"], produces: declarations(stage["produces"]),
        computed: stage["computed"], cached: stage["cached"], failed: stage["failed"], seconds: stage["seconds"])
    }
    let documents =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM run_documents WHERE run_id = ?", arguments: [try recordRunID(id, db)]) ?? 0
    let summaryJSON: String? = row["summary"]
    return RunInfo(
      id: id, workflow: row["workflow"], name: row["name"], description: row["description"],
      startedAt: row["started_at"],
      finishedAt: row["finished_at"], status: status, documents: documents, stages: stages,
      summary: summaryJSON.flatMap { try? JSONValue.parse($0) })
  }

  /// A stage's declared labels as stored in `run_stages.produces`.
  static func declarationsJSON(_ produces: [ProducedLabel]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(produces), as: UTF8.self)
  }

  /// The declared labels stored for a stage; nil for a run stored before they were recorded,
  /// or one whose declarations this build cannot read (a role added later), so that the
  /// report falls back to this build's registry rather than failing.
  static func declarations(_ json: String?) -> [ProducedLabel]? {
    guard let json else { return nil }
    return try? JSONDecoder().decode([ProducedLabel].self, from: Data(json.utf8))
  }

  /// The run whose rows hold run `id`'s documents and results: itself, or the run it reuses.
  static func recordRunID(_ id: Int64, _ db: Database) throws -> Int64 {
    try Int64.fetchOne(db, sql: "SELECT coalesce(reuses, id) FROM runs WHERE id = ?", arguments: [id]) ?? id
  }

  static func processIsAlive(_ pid: Int) -> Bool {
    pid > 0 && (kill(pid_t(pid), 0) == 0 || errno == EPERM)
  }
}

extension WorkbenchStore {
  /// The newest run made with the same plan digest, of the same workflow file when there is
  /// one; nil when there is none.
  public func previousRun(planDigest: String, workflow: String) throws -> RunRecord? {
    try pool.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT id, coalesce(reuses, id) AS record, status, corpus_digest FROM runs
            WHERE plan_digest = ? ORDER BY workflow = ? DESC, id DESC LIMIT 1
            """,
          arguments: [planDigest, workflow])
      else { return nil }
      let digest: String? = row["corpus_digest"]
      return RunRecord(
        runID: row["id"], recordRunID: row["record"], status: row["status"],
        corpusDigest: digest.map { $0.split(separator: ",").map(String.init) } ?? [])
    }
  }

  /// What run `runID` recorded about the given documents: their rows, and the collect keys of
  /// `corpusStages`. Asked batch by batch, so memory follows the batch, not the corpus.
  public func previousRecords(
    run runID: Int64, documentIDs: [String], corpusStages: [String]
  ) throws -> PreviousRun {
    var previous = PreviousRun(runID: runID, documents: [:], collectKeys: [:])
    guard !documentIDs.isEmpty else { return previous }
    try pool.read { db in
      for chunkStart in stride(from: 0, to: documentIDs.count, by: 500) {
        let chunk = documentIDs[chunkStart..<min(chunkStart + 500, documentIDs.count)]
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let ids = chunk.map { $0 as any DatabaseValueConvertible }
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT doc_id, content_hash, metadata, source, complete FROM run_documents
            WHERE run_id = ? AND doc_id IN (\(marks))
            """,
          arguments: StatementArguments([runID] + ids))
        while let row = try rows.next() {
          previous.documents[row[0]] = PreviousRun.Document(
            contentHash: row[1], metadataJSON: row[2], source: row[3], complete: row[4])
        }
        for stage in corpusStages {
          let links = try Row.fetchCursor(
            db,
            sql: """
              SELECT rr.doc_id, r.key FROM run_results rr JOIN results r ON r.id = rr.result_id
              WHERE rr.run_id = ? AND rr.stage_id = ? AND rr.doc_id IN (\(marks))
              """,
            arguments: StatementArguments([runID, stage] + ids))
          while let row = try links.next() { previous.collectKeys[stage, default: [:]][row[0]] = row[1] }
        }
      }
    }
    return previous
  }
}
