import GRDB

extension WorkbenchStore {
  /// Runs `body` while this connection holds the database's write lock (an IMMEDIATE
  /// transaction, rolled back after): how tests check that reading commands never need it.
  public func holdingWriteLockForTesting(_ body: () throws -> Void) throws {
    try pool.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      try body()
    }
  }
}
