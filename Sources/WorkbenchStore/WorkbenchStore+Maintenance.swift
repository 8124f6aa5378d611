import Foundation
import GRDB

/// What `workbench cache stats` prints.
public struct CacheStatistics: Sendable, Hashable {
  public var runs: Int
  public var texts: Int
  public var results: Int
  public var annotations: Int
  public var corpusRecords: Int
  /// Results by plugin id.
  public var resultsByPlugin: [String: Int]
  /// Results no run refers to (what `cache prune` removes).
  public var unreferencedResults: Int
  public var fileBytes: Int64
}

extension WorkbenchStore {
  /// How many results are stored: a cheap question, unlike `statistics()`.
  public func resultCount() throws -> Int {
    try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM results") ?? 0 }
  }

  /// Counts of what the database holds.
  public func statistics() throws -> CacheStatistics {
    try pool.read { db in
      func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      var byPlugin: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT plugin, count(*) AS n FROM results GROUP BY plugin") {
        byPlugin[row["plugin"]] = row["n"]
      }
      let pageCount = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
      return CacheStatistics(
        runs: try count("SELECT count(*) FROM runs"),
        texts: try count("SELECT count(*) FROM texts"),
        results: try count("SELECT count(*) FROM results"),
        annotations: try count("SELECT count(*) FROM annotations"),
        corpusRecords: try count("SELECT count(*) FROM corpus_records"),
        resultsByPlugin: byPlugin,
        unreferencedResults: try count(
          "SELECT count(*) FROM results WHERE id NOT IN (SELECT result_id FROM run_results)"),
        fileBytes: pageCount * pageSize)
    }
  }

  /// Deletes runs beyond the newest `keepRuns`, then every result, annotation and text no
  /// remaining run refers to, and compacts the file. Returns how many results were deleted.
  @discardableResult
  public func prune(keepRuns: Int) throws -> Int {
    let deleted = try pool.write { db -> Int in
      // A kept run that reuses another's record keeps that run too.
      try db.execute(
        sql: """
          WITH kept(id) AS (SELECT id FROM runs ORDER BY id DESC LIMIT ?)
          DELETE FROM runs WHERE id NOT IN (SELECT id FROM kept)
            AND id NOT IN (SELECT reuses FROM runs WHERE id IN (SELECT id FROM kept) AND reuses IS NOT NULL)
          """,
        arguments: [max(0, keepRuns)])
      // A corpus stage links its per-document collects as well as its reduce, so every
      // result a kept run used is referenced from run_results.
      try db.execute(
        sql: "DELETE FROM results WHERE id NOT IN (SELECT result_id FROM run_results)")
      let count = db.changesCount
      try db.execute(
        sql: "DELETE FROM texts WHERE content_hash NOT IN (SELECT content_hash FROM run_documents)")
      return count
    }
    try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
    return deleted
  }
}
