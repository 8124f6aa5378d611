import GRDB

extension WorkbenchStore {
  /// The runs that read a document with this id, newest first (a run that reused an earlier
  /// run's record counts as reading what that run read): where `show` looks when the newest
  /// run has no such document.
  public func runs(containingDocument id: String) throws -> [Int64] {
    try pool.read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT r.id FROM runs r
          WHERE EXISTS (SELECT 1 FROM run_documents d WHERE d.run_id = coalesce(r.reuses, r.id) AND d.doc_id = ?)
          ORDER BY r.id DESC
          """,
        arguments: [id])
    }
  }
}
