import Foundation
import GRDB
import WorkbenchCore

extension WorkbenchStore {
  /// Writes a batch in one transaction with prepared statements. Results already stored
  /// under the same key are kept (a key determines its content), so concurrent runs that
  /// compute the same result do not conflict.
  /// With `replacing` (`--force`), a result already stored under the same key gets the new
  /// content under its old id.
  public func write(_ batch: WriteBatch, runID: Int64, replacing: Bool = false) throws {
    guard !batch.isEmpty else { return }
    let now = Self.timestamp()
    try pool.write { db in
      let insertText = try RowInsert(db, sql: "INSERT OR IGNORE INTO texts (content_hash, text) VALUES (?, ?)")
      let insertDocument = try RowInsert(
        db,
        sql: """
          INSERT OR REPLACE INTO run_documents (run_id, doc_id, content_hash, source, metadata, complete)
          VALUES (?, ?, ?, ?, ?, ?)
          """)
      // In hash order, so that each leaf page of the hash index is visited once per batch
      // rather than again whenever a random key comes back to it after the cache let it go.
      for index in batch.documents.indices.sorted(by: {
        batch.documents[$0].contentHash < batch.documents[$1].contentHash
      }) {
        insertText.bind(1, batch.documents[index].contentHash)
        try insertText.insert(bindingLast: batch.documents[index].text, at: 2)
      }
      for document in batch.documents {
        insertDocument.bind(1, runID)
        insertDocument.bind(2, document.id)
        insertDocument.bind(3, document.contentHash)
        insertDocument.bind(4, document.source)
        insertDocument.bind(5, document.metadataJSON)
        insertDocument.bind(6, document.complete)
        try insertDocument.insert()
      }

      let insertResult = try RowInsert(
        db,
        sql: """
          INSERT OR IGNORE INTO results (key, kind, plugin, version, configuration,
            data_checksums, content_hash, upstream_keys, payload, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let insertAnnotation = try RowInsert(
        db,
        sql: """
          INSERT INTO annotations (result_id, doc_id, start, "end", text, label, value, attributes)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let insertRecord = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO corpus_records (result_id, kind, key, value) VALUES (?, ?, ?, ?)")
      let findResult = try db.cachedStatement(sql: "SELECT id FROM results WHERE key = ?")
      var idsByKey: [String: Int64] = [:]
      // In key order, for the same reason as the texts.
      for result in batch.results.sorted(by: { $0.key < $1.key }) {
        let id: Int64
        if replacing, let existing = try Int64.fetchOne(findResult, arguments: [result.key]) {
          // Recomputed in place: the id stays, so earlier runs that used the result still
          // find it, now with the new content.
          try db.execute(sql: "DELETE FROM annotations WHERE result_id = ?", arguments: [existing])
          try db.execute(sql: "DELETE FROM corpus_records WHERE result_id = ?", arguments: [existing])
          try db.execute(
            sql: "UPDATE results SET upstream_keys = ?, payload = ?, created_at = ? WHERE id = ?",
            arguments: [result.upstreamKeys.joined(separator: ","), result.payload, now, existing])
          id = existing
        } else {
          insertResult.bind(1, result.key)
          insertResult.bind(2, result.kind.rawValue)
          insertResult.bind(3, result.plugin)
          insertResult.bind(4, result.version)
          insertResult.bind(5, result.configuration)
          insertResult.bind(6, result.dataChecksums)
          insertResult.bind(7, result.contentHash)
          insertResult.bind(8, result.upstreamKeys.joined(separator: ","))
          insertResult.bind(9, result.payload)
          insertResult.bind(10, now)
          try insertResult.insert()
          guard db.changesCount > 0 else {
            // Another run stored the same key first; a key determines its content, so its
            // annotations are the ones these would have been.
            if let existing = try Int64.fetchOne(findResult, arguments: [result.key]) {
              idsByKey[result.key] = existing
            }
            continue
          }
          id = db.lastInsertedRowID
        }
        idsByKey[result.key] = id
        for annotation in result.annotations {
          try Self.insert(annotation, resultID: id, documentID: nil, with: insertAnnotation)
        }
        for documentID in result.documentAnnotations.keys.sorted() {
          for annotation in result.documentAnnotations[documentID]! {
            try Self.insert(annotation, resultID: id, documentID: documentID, with: insertAnnotation)
          }
        }
        for record in result.records {
          try insertRecord.execute(arguments: [id, record.kind, record.key, record.value.canonicalJSON])
        }
      }

      let insertLink = try RowInsert(
        db,
        sql: """
          INSERT OR REPLACE INTO run_results (run_id, stage_id, doc_id, result_id, computed)
          VALUES (?, ?, ?, ?, ?)
          """)
      for link in batch.links {
        guard
          let resultID = try link.resultID ?? idsByKey[link.resultKey]
            ?? Int64.fetchOne(findResult, arguments: [link.resultKey])
        else { throw StoreError.missingResult(key: link.resultKey) }
        insertLink.bind(1, runID)
        insertLink.bind(2, link.stageID)
        insertLink.bind(3, link.documentID)
        insertLink.bind(4, resultID)
        insertLink.bind(5, link.computed)
        try insertLink.insert()
      }

      if let previous = batch.copiedFrom, !batch.copiedDocuments.isEmpty {
        try copyRecords(of: batch.copiedDocuments, from: previous, stages: batch.copiedStages, to: runID, db)
      }

      let insertFailure = try db.cachedStatement(
        sql: "INSERT INTO failures (run_id, stage_id, doc_id, message) VALUES (?, ?, ?, ?)")
      for failure in batch.failures {
        try insertFailure.execute(arguments: [runID, failure.stageID, failure.documentID, failure.message])
      }
    }
  }

  static func insert(
    _ annotation: Annotation, resultID: Int64, documentID: String?, with statement: RowInsert
  ) throws {
    statement.bind(1, resultID)
    statement.bind(2, documentID)
    statement.bind(3, annotation.start)
    statement.bind(4, annotation.end)
    statement.bind(5, annotation.text)
    statement.bind(6, annotation.label)
    statement.bind(7, annotation.value)
    statement.bind(8, annotation.attributes.isEmpty ? nil : JSONValue.object(annotation.attributes).canonicalJSON)
    try statement.insert()
  }

  static func metadata(fromJSON json: String) -> DocumentMetadata {
    guard let object = (try? JSONValue.parse(json))?.objectValue else { return DocumentMetadata() }
    return DocumentMetadata(
      date: object["date"]?.stringValue, title: object["title"]?.stringValue,
      source: object["source"]?.stringValue, url: object["url"]?.stringValue,
      language: object["language"]?.stringValue,
      extra: object["extra"]?.objectValue?.compactMapValues(\.stringValue) ?? [:])
  }

  static func timestamp(_ date: Date = Date()) -> String {
    date.formatted(.iso8601)
  }

  /// Copies the document rows and stage links of `documents` from run `previous`, in SQL: the
  /// ids go into a temporary table, and each stage's links are found by primary key from it.
  private func copyRecords(
    of documents: [String], from previous: Int64, stages: [String], to runID: Int64, _ db: Database
  ) throws {
    try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS copied_documents (doc_id TEXT PRIMARY KEY)")
    try db.execute(sql: "DELETE FROM temp.copied_documents")
    let insertID = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.copied_documents VALUES (?)")
    for id in documents { try insertID.execute(arguments: [id]) }
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO run_documents (run_id, doc_id, content_hash, source, metadata, complete)
        SELECT ?, d.doc_id, d.content_hash, d.source, d.metadata, d.complete
        FROM temp.copied_documents c CROSS JOIN run_documents d ON d.run_id = ? AND d.doc_id = c.doc_id
        """,
      arguments: [runID, previous])
    let copiedDocuments = db.changesCount
    let copyLinks = try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO run_results (run_id, stage_id, doc_id, result_id, computed)
        SELECT ?, rr.stage_id, rr.doc_id, rr.result_id, 0
        FROM temp.copied_documents c CROSS JOIN run_results rr
          ON rr.run_id = ? AND rr.stage_id = ? AND rr.doc_id = c.doc_id
        """)
    var copiedLinks = 0
    for stage in stages {
      try copyLinks.execute(arguments: [runID, previous, stage])
      copiedLinks += db.changesCount
    }
    let distinct = Set(documents).count
    // The earlier run's rows were read when this run started; if a prune removed them since,
    // the copy comes up short, and the run must not pretend it has those results.
    guard copiedDocuments == distinct, copiedLinks == distinct * stages.count else {
      throw StoreError.previousRunChanged(previous)
    }
  }
}
