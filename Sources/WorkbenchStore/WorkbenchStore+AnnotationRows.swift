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
  /// The run's documents are read in primary-key order, each document's results are looked
  /// up by key in stage order, then each result's annotations by index: nothing is sorted in
  /// memory, so memory stays flat however large the run (a sort over every result of a
  /// million-document run took half a gigabyte), and rows are read through SQLite's C API as
  /// bytes.
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
      var stages: [String] = []
      for row in try Row.fetchAll(
        db, sql: "SELECT stage_id FROM run_stages WHERE run_id = ? ORDER BY position", arguments: [recordRunID])
      {
        let stage: String = row[0]
        if stageID == nil || stage == stageID { stages.append(stage) }
      }
      let stageBytes = stages.map { Array($0.utf8) }
      let documents = try db.makeStatement(
        sql: "SELECT doc_id FROM run_documents WHERE run_id = ? ORDER BY doc_id")
      let result = try db.makeStatement(
        sql: "SELECT result_id FROM run_results WHERE run_id = ? AND stage_id = ? AND doc_id = ?")
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
      // A stage's reduce is looked up once, not once per document.
      let stageReduces = stages.map { reduces[$0] }
      func emit(
        document: UnsafeBufferPointer<UInt8>, stage: UnsafeBufferPointer<UInt8>, reduce: Int64?, resultID: Int64
      ) throws {
        let inner = (reduce == nil ? own : ofReduce).sqliteStatement
        sqlite3_bind_int64(inner, 1, reduce ?? resultID)
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

      let outer = documents.sqliteStatement
      sqlite3_bind_int64(outer, 1, recordRunID)
      defer { sqlite3_reset(outer) }
      let lookup = result.sqliteStatement
      sqlite3_bind_int64(lookup, 1, recordRunID)
      while true {
        let status = sqlite3_step(outer)
        if status == SQLITE_DONE { break }
        guard status == SQLITE_ROW else { throw Self.stepError(db, status) }
        let document = Self.bytes(outer, 0)
        // Bindings survive `sqlite3_reset`: the document is bound once for all its stages.
        sqlite3_bind_text(
          lookup, 3, UnsafeRawPointer(document.baseAddress!).assumingMemoryBound(to: CChar.self),
          Int32(document.count), Self.transientDestructor)
        for (index, stageName) in stages.enumerated() {
          let resultID = try stageName.withCString { name -> Int64? in
            sqlite3_bind_text(lookup, 2, name, -1, Self.transientDestructor)
            defer { sqlite3_reset(lookup) }
            let found = sqlite3_step(lookup)
            if found == SQLITE_DONE { return nil }
            guard found == SQLITE_ROW else { throw Self.stepError(db, found) }
            return sqlite3_column_int64(lookup, 0)
          }
          // A document a stage failed on, or did not reach, has no result.
          guard let resultID else { continue }
          try stageBytes[index].withUnsafeBufferPointer { stage in
            try emit(document: document, stage: stage, reduce: stageReduces[index], resultID: resultID)
          }
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
