import Foundation
import GRDB
import WorkbenchCore

extension WorkbenchStore {
  /// The subset of `keys` that are stored.
  public func existingKeys(_ keys: some Collection<String>) throws -> Set<String> {
    Set(try resultIDs(forKeys: keys).keys)
  }

  /// The row ids of the stored results among `keys`, looked up in chunks of a few hundred
  /// through the narrow unique index on the key (the rows themselves are not read).
  public func resultIDs(forKeys keys: some Collection<String>) throws -> [String: Int64] {
    guard !keys.isEmpty else { return [:] }
    var found: [String: Int64] = [:]
    found.reserveCapacity(keys.count)
    let all = Array(keys)
    try pool.read { db in
      for chunkStart in stride(from: 0, to: all.count, by: 500) {
        let chunk = all[chunkStart..<min(chunkStart + 500, all.count)]
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        let rows = try Row.fetchCursor(
          db, sql: "SELECT key, id FROM results WHERE key IN (\(marks))",
          arguments: StatementArguments(chunk))
        while let row = try rows.next() { found[row[0]] = row[1] }
      }
    }
    return found
  }

  /// The annotations stored under a document result's key, in stored order.
  public func annotations(forResult key: String) throws -> [Annotation] {
    guard let id = try resultIDs(forKeys: [key])[key] else { return [] }
    return try annotations(forResultID: id)
  }

  /// The annotations of the document result with row id `id`, in stored order.
  public func annotations(forResultID id: Int64) throws -> [Annotation] {
    try pool.read { db in
      let statement = try db.cachedStatement(
        sql: """
          SELECT start, "end", text, label, value, attributes FROM annotations
          WHERE result_id = ? AND doc_id IS NULL ORDER BY id
          """)
      return try Row.fetchAll(statement, arguments: [id]).map(Self.annotation)
    }
  }

  /// The annotations a reduce result holds for one document.
  public func annotations(forResult key: String, documentID: String) throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.start, a."end", a.text, a.label, a.value, a.attributes FROM annotations a
          JOIN results r ON r.id = a.result_id
          WHERE r.key = ? AND a.doc_id = ? ORDER BY a.id
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
        db,
        sql: """
          SELECT c.kind, c.key, c.value FROM corpus_records c JOIN results r ON r.id = c.result_id
          WHERE r.key = ? ORDER BY c.kind, c.key
          """,
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
