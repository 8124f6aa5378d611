import GRDB

extension WorkbenchStore {
  /// The key of the result each stage used for each document of a run, by document id then
  /// stage id (a corpus stage's reduce is under the document id "").
  public func resultKeys(runID: Int64) throws -> [String: [String: String]] {
    try pool.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT rr.doc_id, rr.stage_id, r.key FROM run_results rr JOIN results r ON r.id = rr.result_id
          WHERE rr.run_id = ?
          """,
        arguments: [try Self.recordRunID(runID, db)])
      var keys: [String: [String: String]] = [:]
      while let row = try rows.next() {
        keys[row[0], default: [:]][row[1]] = row[2]
      }
      return keys
    }
  }
}
