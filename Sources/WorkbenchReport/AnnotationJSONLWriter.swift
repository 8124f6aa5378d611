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

  /// Writes one annotation given as the bytes of its fields, the attributes as their stored
  /// canonical JSON object, spliced in as they are: the line `write(_:document:stage:)`
  /// gives, members in key order with the same escaping, except that a stored double such
  /// as `1.0` keeps its decimal point (parsing it back reads an integer). With `resultKey`,
  /// `result_key` follows (what `workbench worker` writes). For exports of millions of rows:
  /// no String or parsed object per row.
  public func writeRow(
    document: UnsafeBufferPointer<UInt8>, stage: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
    text: UnsafeBufferPointer<UInt8>, label: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>?,
    attributesJSON: UnsafeBufferPointer<UInt8>?, resultKey: String? = nil
  ) throws {
    output.withBuffer { buffer in
      Self.append("{\"doc\":", to: &buffer)
      BufferedOutput.appendJSONString(document, to: &buffer)
      Self.append(",\"stage\":", to: &buffer)
      BufferedOutput.appendJSONString(stage, to: &buffer)
      Self.append(",\"start\":", to: &buffer)
      BufferedOutput.appendDecimal(start, to: &buffer)
      Self.append(",\"end\":", to: &buffer)
      BufferedOutput.appendDecimal(end, to: &buffer)
      Self.append(",\"text\":", to: &buffer)
      BufferedOutput.appendJSONString(text, to: &buffer)
      Self.append(",\"label\":", to: &buffer)
      BufferedOutput.appendJSONString(label, to: &buffer)
      Self.append(",\"value\":", to: &buffer)
      if let value {
        BufferedOutput.appendJSONString(value, to: &buffer)
      } else {
        Self.append("null", to: &buffer)
      }
      // `{"a":1,"b":2}` → `,"a":1,"b":2`; `{}` adds nothing.
      if let attributes = attributesJSON, attributes.count > 2 {
        buffer.append(0x2C)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: attributes[1..<(attributes.count - 1)]))
      }
      if var resultKey {
        Self.append(",\"result_key\":", to: &buffer)
        resultKey.withUTF8 { BufferedOutput.appendJSONString($0, to: &buffer) }
      }
      Self.append("}\n", to: &buffer)
    }
    try output.flushIfFull()
  }

  @inline(__always)
  private static func append(_ text: StaticString, to buffer: inout [UInt8]) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  /// Flushes what is buffered; call once after the last row.
  public func finish() throws {
    try output.flush()
  }
}
