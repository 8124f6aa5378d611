import CSQLite
import Foundation
import GRDB

/// One stored annotation as SQLite hands it out: the bytes of its fields, valid only during
/// the call that receives them. What exports stream, without a String, a dictionary or a
/// parsed attribute object per row.
public struct AnnotationRowBytes {
  public var document: UnsafeBufferPointer<UInt8>
  public var stage: UnsafeBufferPointer<UInt8>
  public var start: Int
  public var end: Int
  public var text: UnsafeBufferPointer<UInt8>
  public var label: UnsafeBufferPointer<UInt8>
  /// nil for no value.
  public var value: UnsafeBufferPointer<UInt8>?
  /// The attributes as stored: the canonical JSON object (sorted keys), or nil for none.
  public var attributesJSON: UnsafeBufferPointer<UInt8>?
}

extension WorkbenchStore {
  /// Calls `body` for every annotation of a run (optionally one stage's) in the order of
  /// `forEachAnnotation`: by document, stage position, start, end and row id.
  ///
  /// One query over the run's results sorted by document and stage, then one index look-up
  /// of each result's annotations: the sort is over results (documents × stages), not over
  /// every annotation, and rows are read through SQLite's C API as bytes.
  public func forEachAnnotationRow(
    runID: Int64, stageID: String? = nil, _ body: (AnnotationRowBytes) throws -> Void
  ) throws {
    try pool.read { db in
      let recordRunID = try Self.recordRunID(runID, db)
      // A corpus stage's per-document annotations belong to its reduce (the run_results row
      // of document ""), each with its doc_id; its per-document rows are collect results.
      var reduces: [String: Int64] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT stage_id, result_id FROM run_results WHERE run_id = ? AND doc_id = ''",
        arguments: [recordRunID])
      {
        reduces[row[0]] = row[1]
      }
      let stageFilter = stageID == nil ? "" : " AND rr.stage_id = ?"
      let results = try db.makeStatement(
        sql: """
          SELECT rr.doc_id, rr.stage_id, rr.result_id FROM run_results rr
          JOIN run_stages rs ON rs.run_id = rr.run_id AND rs.stage_id = rr.stage_id
          WHERE rr.run_id = ? AND rr.doc_id <> ''\(stageFilter)
          ORDER BY rr.doc_id, rs.position
          """)
      let own = try db.makeStatement(
        sql: """
          SELECT start, "end", text, label, value, attributes FROM annotations
          WHERE result_id = ? AND doc_id IS NULL ORDER BY start, "end", id
          """)
      let ofReduce = try db.makeStatement(
        sql: """
          SELECT start, "end", text, label, value, attributes FROM annotations
          WHERE result_id = ? AND doc_id = ? ORDER BY start, "end", id
          """)
      let outer = results.sqliteStatement
      sqlite3_bind_int64(outer, 1, recordRunID)
      if let stageID { sqlite3_bind_text(outer, 2, stageID, -1, Self.transientDestructor) }
      defer { sqlite3_reset(outer) }
      while true {
        let status = sqlite3_step(outer)
        if status == SQLITE_DONE { break }
        guard status == SQLITE_ROW else { throw Self.stepError(db, status) }
        let document = Self.bytes(outer, 0)
        let stage = Self.bytes(outer, 1)
        let reduce = reduces[String(decoding: stage, as: UTF8.self)]
        let inner = (reduce == nil ? own : ofReduce).sqliteStatement
        sqlite3_bind_int64(inner, 1, reduce ?? sqlite3_column_int64(outer, 2))
        if reduce != nil {
          sqlite3_bind_text(
            inner, 2, UnsafeRawPointer(document.baseAddress!).assumingMemoryBound(to: CChar.self),
            Int32(document.count), Self.transientDestructor)
        }
        defer {
          sqlite3_reset(inner)
          sqlite3_clear_bindings(inner)
        }
        while true {
          let innerStatus = sqlite3_step(inner)
          if innerStatus == SQLITE_DONE { break }
          guard innerStatus == SQLITE_ROW else { throw Self.stepError(db, innerStatus) }
          try body(
            AnnotationRowBytes(
              document: document, stage: stage, start: Int(sqlite3_column_int64(inner, 0)),
              end: Int(sqlite3_column_int64(inner, 1)), text: Self.bytes(inner, 2), label: Self.bytes(inner, 3),
              value: sqlite3_column_type(inner, 4) == SQLITE_NULL ? nil : Self.bytes(inner, 4),
              attributesJSON: sqlite3_column_type(inner, 5) == SQLITE_NULL ? nil : Self.bytes(inner, 5)))
        }
      }
    }
  }

  static let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// A text column's bytes (empty for '' and NULL).
  static func bytes(_ statement: OpaquePointer, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let text = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
  }

  static func stepError(_ db: Database, _ status: Int32) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: status),
      message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) } ?? "step failed")
  }
}
