import Foundation
import GRDB
import WorkbenchCore

/// An annotation with the document and stage it belongs to, as exports and reports read it.
public struct RunAnnotation: Sendable, Hashable {
  public var documentID: String
  public var stageID: String
  public var plugin: String
  public var annotation: Annotation
}

/// A document of a run with its stored text.
public struct RunDocument: Sendable, Hashable {
  public var id: String
  public var contentHash: String
  public var source: String
  public var metadata: DocumentMetadata
  public var text: String
}

extension WorkbenchStore {
  /// Calls `body` for every annotation of a run (optionally one stage's, or one document's),
  /// ordered by document, stage position and offset. Rows stream from a cursor, so memory
  /// stays flat however many annotations there are.
  public func forEachAnnotation(
    runID: Int64, stageID: String? = nil, documentID: String? = nil,
    _ body: (RunAnnotation) throws -> Void
  ) throws {
    var conditions = ["rr.run_id = ?"]
    var arguments: StatementArguments = [try pool.read { db in try Self.recordRunID(runID, db) }]
    if let stageID {
      conditions.append("rr.stage_id = ?")
      arguments += [stageID]
    }
    if let documentID {
      conditions.append("coalesce(a.doc_id, rr.doc_id) = ?")
      arguments += [documentID]
    }
    let sql = Self.runAnnotationsQuery(where: conditions.joined(separator: " AND "))
    try pool.read { db in
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() { try body(Self.runAnnotation(row)) }
    }
  }

  /// Calls `body` for every document of a run in id order, with its text.
  public func forEachDocument(runID: Int64, _ body: (RunDocument) throws -> Void) throws {
    try pool.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT d.doc_id, d.content_hash, d.source, d.metadata, t.text
          FROM run_documents d JOIN texts t ON t.content_hash = d.content_hash
          WHERE d.run_id = ? ORDER BY d.doc_id
          """,
        arguments: [try Self.recordRunID(runID, db)])
      while let row = try rows.next() {
        try body(
          RunDocument(
            id: row["doc_id"], contentHash: row["content_hash"], source: row["source"],
            metadata: Self.metadata(fromJSON: row["metadata"]), text: row["text"]))
      }
    }
  }

  /// The corpus-level records of a run, by stage id.
  public func corpusRecords(runID: Int64) throws -> [(stageID: String, record: CorpusRecord)] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT rr.stage_id, c.kind, c.key, c.value FROM run_results rr
          JOIN corpus_records c ON c.result_id = rr.result_id
          WHERE rr.run_id = ? AND rr.doc_id = '' ORDER BY rr.stage_id, c.kind, c.key
          """,
        arguments: [try Self.recordRunID(runID, db)]
      ).map { row in
        (
          row["stage_id"],
          CorpusRecord(kind: row["kind"], key: row["key"], value: (try? JSONValue.parse(row["value"])) ?? .null)
        )
      }
    }
  }
}

extension WorkbenchStore {
  /// Calls `body` for every document of a run in id order with all its annotations, grouped
  /// by stage id in run order. Two cursors advance together (documents and annotations, both
  /// sorted by document id), so only one document's annotations are in memory at a time.
  public func forEachDocumentWithAnnotations(
    runID: Int64, documentID: String? = nil,
    _ body: (RunDocument, [RunAnnotation]) throws -> Void
  ) throws {
    var documentFilter = ""
    var annotationFilter = ""
    let recordRunID = try pool.read { db in try Self.recordRunID(runID, db) }
    var documentArguments: StatementArguments = [recordRunID]
    var annotationArguments: StatementArguments = [recordRunID]
    if let documentID {
      documentFilter = " AND d.doc_id = ?"
      annotationFilter = " AND coalesce(a.doc_id, rr.doc_id) = ?"
      documentArguments += [documentID]
      annotationArguments += [documentID]
    }
    try pool.read { db in
      let documents = try Row.fetchCursor(
        db,
        sql: """
          SELECT d.doc_id, d.content_hash, d.source, d.metadata, t.text
          FROM run_documents d JOIN texts t ON t.content_hash = d.content_hash
          WHERE d.run_id = ?\(documentFilter) ORDER BY d.doc_id
          """,
        arguments: documentArguments)
      let annotations = try Row.fetchCursor(
        db, sql: Self.runAnnotationsQuery(where: "rr.run_id = ?" + annotationFilter),
        arguments: annotationArguments)
      var pending: RunAnnotation?
      while let row = try documents.next() {
        let document = RunDocument(
          id: row["doc_id"], contentHash: row["content_hash"], source: row["source"],
          metadata: Self.metadata(fromJSON: row["metadata"]), text: row["text"])
        var own: [RunAnnotation] = []
        while true {
          if pending == nil, let next = try annotations.next() { pending = Self.runAnnotation(next) }
          guard let current = pending, current.documentID <= document.id else { break }
          if current.documentID == document.id { own.append(current) }
          pending = nil
        }
        try body(document, own)
      }
    }
  }
}

extension WorkbenchStore {
  /// The annotations of a run with their document and stage, ordered by document, stage
  /// position and offset. A document result's annotations belong to the run_results row's
  /// document; a reduce's carry their own doc_id.
  static func runAnnotationsQuery(where condition: String) -> String {
    """
    SELECT coalesce(a.doc_id, rr.doc_id) AS doc, rr.stage_id AS stage, rs.plugin AS plugin,
           a.start, a."end", a.text, a.label, a.value, a.attributes
    FROM run_results rr
    JOIN run_stages rs ON rs.run_id = rr.run_id AND rs.stage_id = rr.stage_id
    JOIN annotations a ON a.result_id = rr.result_id
      AND ((rr.doc_id <> '' AND a.doc_id IS NULL) OR (rr.doc_id = '' AND a.doc_id IS NOT NULL))
    WHERE \(condition)
    ORDER BY doc, rs.position, a.start, a."end", a.id
    """
  }

  static func runAnnotation(_ row: Row) -> RunAnnotation {
    RunAnnotation(
      documentID: row["doc"], stageID: row["stage"], plugin: row["plugin"], annotation: annotation(row))
  }
}
