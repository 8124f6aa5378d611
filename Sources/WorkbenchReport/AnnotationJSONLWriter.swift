import WorkbenchCore

/// Writes annotations as JSON Lines: one object per line with `doc`, `stage`, `start`, `end`,
/// `text`, `label`, `value` first and the stage's extra fields after them in key order.
///
/// Arabic is written unescaped; each line parses back with `Annotation(jsonObject:)`.
/// Nothing is kept between rows, so memory stays flat for any number of annotations.
public final class AnnotationJSONLWriter {
  private let output: BufferedOutput
  private var line = ""

  public init(output: BufferedOutput) {
    self.output = output
  }

  /// Writes one annotation of `document` made by `stage`.
  public func write(_ annotation: Annotation, document: String, stage: String) throws {
    line.removeAll(keepingCapacity: true)
    line += "{\"doc\":"
    JSONValue.writeQuoted(document, to: &line)
    line += ",\"stage\":"
    JSONValue.writeQuoted(stage, to: &line)
    line += ",\"start\":"
    line += String(annotation.start)
    line += ",\"end\":"
    line += String(annotation.end)
    line += ",\"text\":"
    JSONValue.writeQuoted(annotation.text, to: &line)
    line += ",\"label\":"
    JSONValue.writeQuoted(annotation.label, to: &line)
    line += ",\"value\":"
    if let value = annotation.value {
      JSONValue.writeQuoted(value, to: &line)
    } else {
      line += "null"
    }
    if !annotation.attributes.isEmpty {
      for key in annotation.attributes.keys.sorted() where !Annotation.reservedKeys.contains(key) {
        line += ","
        JSONValue.writeQuoted(key, to: &line)
        line += ":"
        annotation.attributes[key]!.write(to: &line)
      }
    }
    line += "}\n"
    try output.write(line)
  }

  /// Writes every annotation of a document, stage by stage in the given order.
  public func write(_ document: ReportDocument, stageOrder: [String] = []) throws {
    for stage in ReportStages.order(of: document.annotations.keys, preferred: stageOrder) {
      for annotation in document.annotations[stage] ?? [] {
        try write(annotation, document: document.document.id, stage: stage)
      }
    }
  }

  /// Flushes what is buffered; call once after the last row.
  public func finish() throws {
    try output.flush()
  }
}
