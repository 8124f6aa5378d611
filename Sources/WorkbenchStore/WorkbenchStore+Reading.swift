import Foundation
import GRDB
import WorkbenchCore

extension WorkbenchStore {
  /// The subset of `keys` that are stored, looked up in chunks of a few hundred.
  public func existingKeys(_ keys: some Collection<String>) throws -> Set<String> {
    guard !keys.isEmpty else { return [] }
    var found = Set<String>()
    let all = Array(keys)
    try pool.read { db in
      for chunkStart in stride(from: 0, to: all.count, by: 500) {
        let chunk = Array(all[chunkStart..<min(chunkStart + 500, all.count)])
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let stored = try String.fetchAll(
          db, sql: "SELECT key FROM results WHERE key IN (\(marks))",
          arguments: StatementArguments(chunk))
        found.formUnion(stored)
      }
    }
    return found
  }

  /// The annotations stored under a document result's key, in stored order.
  public func annotations(forResult key: String) throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT start, "end", text, label, value, attributes FROM annotations
          WHERE result_key = ? AND doc_id IS NULL ORDER BY id
          """,
        arguments: [key]
      ).map(Self.annotation)
    }
  }

  /// The annotations a reduce result holds for one document.
  public func annotations(forResult key: String, documentID: String) throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT start, "end", text, label, value, attributes FROM annotations
          WHERE result_key = ? AND doc_id = ? ORDER BY id
          """,
        arguments: [key, documentID]
      ).map(Self.annotation)
    }
  }

  /// The collected payloads stored under the given keys.
  public func payloads(forResults keys: [String]) throws -> [String: Data] {
    var payloads: [String: Data] = [:]
    try pool.read { db in
      let statement = try db.cachedStatement(sql: "SELECT payload FROM results WHERE key = ?")
      for key in keys {
        if let data = try Data.fetchOne(statement, arguments: [key]) { payloads[key] = data }
      }
    }
    return payloads
  }

  /// The corpus-level records of a reduce result.
  public func corpusRecords(forResult key: String) throws -> [CorpusRecord] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT kind, key, value FROM corpus_records WHERE result_key = ? ORDER BY kind, key",
        arguments: [key]
      ).map { row in
        CorpusRecord(
          kind: row["kind"], key: row["key"], value: (try? JSONValue.parse(row["value"])) ?? .null)
      }
    }
  }

  /// The text stored for a content hash.
  public func text(contentHash: String) throws -> String? {
    try pool.read { db in
      try String.fetchOne(db, sql: "SELECT text FROM texts WHERE content_hash = ?", arguments: [contentHash])
    }
  }

  static func annotation(_ row: Row) -> Annotation {
    let attributesJSON: String? = row["attributes"]
    let attributes = attributesJSON.flatMap { try? JSONValue.parse($0) }?.objectValue ?? [:]
    return Annotation(
      start: row["start"], end: row["end"], text: row["text"], label: row["label"],
      value: row["value"], attributes: attributes)
  }
}
