import Foundation
import WorkbenchCore

/// A writer of one row per annotation: what `workbench export` and the `jsonl` and `csv`
/// outputs of a workflow stream annotations into.
public protocol AnnotationRowWriter: AnyObject {
  /// Writes one annotation of `document` made by `stage`.
  func write(_ annotation: Annotation, document: String, stage: String) throws
  /// Writes every annotation of a document, stage by stage (`stageOrder` first).
  func write(_ document: ReportDocument, stageOrder: [String]) throws
  /// Flushes what is buffered; call once after the last row.
  func finish() throws
}

extension AnnotationRowWriter {
  /// Writes every annotation of a document, stage by stage (`stageOrder` first).
  public func write(_ document: ReportDocument, stageOrder: [String] = []) throws {
    for stage in ReportStages.order(of: document.annotations.keys, preferred: stageOrder) {
      for annotation in document.annotations[stage] ?? [] {
        try write(annotation, document: document.document.id, stage: stage)
      }
    }
  }
}

extension AnnotationJSONLWriter: AnnotationRowWriter {}
extension AnnotationCSVWriter: AnnotationRowWriter {}

/// The row formats of the exports.
public enum AnnotationExportFormat: String, CaseIterable, Sendable {
  case jsonl
  case csv

  /// A writer of this format into `output` (the CSV header is written at once);
  /// `forSpreadsheet` applies to CSV (see `AnnotationCSVWriter`).
  public func makeWriter(output: BufferedOutput, forSpreadsheet: Bool = false) throws -> any AnnotationRowWriter {
    switch self {
    case .jsonl: return AnnotationJSONLWriter(output: output)
    case .csv: return try AnnotationCSVWriter(output: output, forSpreadsheet: forSpreadsheet)
    }
  }

  /// Writes every annotation of `documents` to the file at `url` (created or replaced),
  /// stage by stage in `stageOrder`; returns the number of rows written.
  @discardableResult
  public func write(
    _ documents: ReportDocumentSource, stageOrder: [String] = [], to url: URL
  ) throws -> Int {
    try AtomicFileWriter.write(to: url) { handle in
      let output = BufferedOutput(fileHandle: handle)
      let writer = try makeWriter(output: output)
      var rows = 0
      try documents.forEach { document in
        try writer.write(document, stageOrder: stageOrder)
        rows += document.annotationCount
      }
      try writer.finish()
      return rows
    }
  }
}
