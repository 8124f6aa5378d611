import WorkbenchCore

/// Writes annotations as JSON Lines: one object per line with `doc`, `stage`, `start`, `end`,
/// `text`, `label`, `value` first and the stage's extra fields after them in key order.
///
/// Arabic is written unescaped; each line parses back with `Annotation(jsonObject:)`.
/// Nothing is kept between rows, so memory stays flat for any number of annotations.
public final class AnnotationJSONLWriter {
  private let output: BufferedOutput

  public init(output: BufferedOutput) {
    self.output = output
  }

  /// Writes one annotation of `document` made by `stage`.
  public func write(_ annotation: Annotation, document: String, stage: String) throws {
    try output.write(literal: "{\"doc\":")
    try output.writeJSONString(document)
    try output.write(literal: ",\"stage\":")
    try output.writeJSONString(stage)
    try output.write(literal: ",\"start\":")
    try output.write(annotation.start)
    try output.write(literal: ",\"end\":")
    try output.write(annotation.end)
    try output.write(literal: ",\"text\":")
    try output.writeJSONString(annotation.text)
    try output.write(literal: ",\"label\":")
    try output.writeJSONString(annotation.label)
    try output.write(literal: ",\"value\":")
    if let value = annotation.value {
      try output.writeJSONString(value)
    } else {
      try output.write(literal: "null")
    }
    if !annotation.attributes.isEmpty {
      output.withBuffer { buffer in
        BufferedOutput.appendAttributeMembers(annotation.attributes, leadingComma: true, to: &buffer)
      }
    }
    try output.write(literal: "}\n")
  }

  /// Flushes what is buffered; call once after the last row.
  public func finish() throws {
    try output.flush()
  }
}
