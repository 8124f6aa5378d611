import Foundation
import GRDB
import WorkbenchCore

extension WorkbenchStore {
  /// Writes a batch in one transaction with prepared statements. Results already stored
  /// under the same key are kept (a key determines its content), so concurrent runs that
  /// compute the same result do not conflict.
  /// With `replacing`, results under the same keys are deleted first (`--force`).
  public func write(_ batch: WriteBatch, runID: Int64, replacing: Bool = false) throws {
    guard !batch.isEmpty else { return }
    let now = Self.timestamp()
    try pool.write { db in
      let insertText = try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO texts (content_hash, text) VALUES (?, ?)")
      let insertDocument = try db.cachedStatement(
        sql: """
          INSERT OR REPLACE INTO run_documents (run_id, doc_id, content_hash, source, metadata)
          VALUES (?, ?, ?, ?, ?)
          """)
      for document in batch.documents {
        try insertText.execute(arguments: [document.contentHash, document.text])
        try insertDocument.execute(arguments: [
          runID, document.id, document.contentHash, document.source,
          Self.metadataJSON(document.metadata),
        ])
      }

      let insertResult = try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO results (key, kind, plugin, version, configuration,
            data_checksums, content_hash, upstream_keys, payload, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let insertAnnotation = try db.cachedStatement(
        sql: """
          INSERT INTO annotations (result_key, doc_id, start, "end", text, label, value, attributes)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let insertRecord = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO corpus_records (result_key, kind, key, value) VALUES (?, ?, ?, ?)")
      if replacing {
        let delete = try db.cachedStatement(sql: "DELETE FROM results WHERE key = ?")
        for result in batch.results { try delete.execute(arguments: [result.key]) }
      }
      for result in batch.results {
        try insertResult.execute(arguments: [
          result.key, result.kind.rawValue, result.plugin, result.version, result.configuration,
          result.dataChecksums, result.contentHash, result.upstreamKeys.joined(separator: ","),
          result.payload, now,
        ])
        // A key already present means its annotations are stored too.
        guard db.changesCount > 0 else { continue }
        for annotation in result.annotations {
          try insertAnnotation.execute(arguments: Self.annotationArguments(result.key, nil, annotation))
        }
        for documentID in result.documentAnnotations.keys.sorted() {
          for annotation in result.documentAnnotations[documentID]! {
            try insertAnnotation.execute(
              arguments: Self.annotationArguments(result.key, documentID, annotation))
          }
        }
        for record in result.records {
          try insertRecord.execute(arguments: [
            result.key, record.kind, record.key, record.value.canonicalJSON,
          ])
        }
      }

      let insertLink = try db.cachedStatement(
        sql: """
          INSERT OR REPLACE INTO run_results (run_id, stage_id, doc_id, result_key, computed)
          VALUES (?, ?, ?, ?, ?)
          """)
      for link in batch.links {
        try insertLink.execute(arguments: [
          runID, link.stageID, link.documentID, link.resultKey, link.computed,
        ])
      }

      let insertFailure = try db.cachedStatement(
        sql: "INSERT INTO failures (run_id, stage_id, doc_id, message) VALUES (?, ?, ?, ?)")
      for failure in batch.failures {
        try insertFailure.execute(arguments: [runID, failure.stageID, failure.documentID, failure.message])
      }
    }
  }

  static func annotationArguments(_ key: String, _ documentID: String?, _ annotation: Annotation)
    -> StatementArguments
  {
    let attributes: String? =
      annotation.attributes.isEmpty ? nil : JSONValue.object(annotation.attributes).canonicalJSON
    return [
      key, documentID, annotation.start, annotation.end, annotation.text, annotation.label,
      annotation.value, attributes,
    ]
  }

  static func metadataJSON(_ metadata: DocumentMetadata) -> String {
    var object: [String: JSONValue] = [:]
    if let date = metadata.date { object["date"] = .string(date) }
    if let title = metadata.title { object["title"] = .string(title) }
    if let source = metadata.source { object["source"] = .string(source) }
    if let url = metadata.url { object["url"] = .string(url) }
    if let language = metadata.language { object["language"] = .string(language) }
    if !metadata.extra.isEmpty {
      object["extra"] = .object(metadata.extra.mapValues(JSONValue.string))
    }
    return JSONValue.object(object).canonicalJSON
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
}
