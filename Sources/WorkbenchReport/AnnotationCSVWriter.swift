import WorkbenchCore

/// Writes annotations as CSV (RFC 4180): a header, then one row per annotation with the
/// columns `doc,stage,start,end,text,label,value,attributes`, where `attributes` holds the
/// stage's extra fields as one canonical JSON object (empty when there are none).
///
/// Fields holding a comma, a double quote, CR or LF are quoted and inner quotes doubled;
/// rows end with CRLF. Arabic is written as UTF-8 as it is.
///
/// For a file meant to be opened in a spreadsheet program, `forSpreadsheet` prefixes it with
/// a UTF-8 byte-order mark (without one Excel reads Arabic as a legacy encoding) and puts a
/// `'` before every field that would start a formula (`=`, `+`, `-`, `@`): web-page text is
/// not trusted, and `=HYPERLINK(...)` in a comment would otherwise run as a formula.
public final class AnnotationCSVWriter {
  /// The columns, in order.
  public static let columns = ["doc", "stage", "start", "end", "text", "label", "value", "attributes"]

  private let output: BufferedOutput
  private let guardsFormulas: Bool
  private var scratch: [UInt8] = []

  public init(output: BufferedOutput, forSpreadsheet: Bool = false) throws {
    self.output = output
    self.guardsFormulas = forSpreadsheet
    if forSpreadsheet { try output.write("\u{FEFF}") }
    try output.write(AnnotationCSVWriter.columns.joined(separator: ",") + "\r\n")
  }

  /// Writes one annotation of `document` made by `stage`.
  public func write(_ annotation: Annotation, document: String, stage: String) throws {
    try output.writeCSVField(document, guardingFormula: guardsFormulas)
    try output.write(literal: ",")
    try output.writeCSVField(stage, guardingFormula: guardsFormulas)
    try output.write(literal: ",")
    try output.write(annotation.start)
    try output.write(literal: ",")
    try output.write(annotation.end)
    try output.write(literal: ",")
    try output.writeCSVField(annotation.text, guardingFormula: guardsFormulas)
    try output.write(literal: ",")
    try output.writeCSVField(annotation.label, guardingFormula: guardsFormulas)
    try output.write(literal: ",")
    try output.writeCSVField(annotation.value ?? "", guardingFormula: guardsFormulas)
    try output.write(literal: ",")
    if annotation.attributes.keys.contains(where: { !Annotation.reservedKeys.contains($0) }) {
      scratch.removeAll(keepingCapacity: true)
      scratch.append(0x7B)
      BufferedOutput.appendAttributeMembers(annotation.attributes, leadingComma: false, to: &scratch)
      scratch.append(0x7D)
      scratch.withUnsafeBufferPointer { bytes in
        output.withBuffer { buffer in BufferedOutput.appendCSVField(bytes, to: &buffer) }
      }
    }
    try output.write(literal: "\r\n")
  }

  /// Flushes what is buffered; call once after the last row.
  public func finish() throws {
    try output.flush()
  }

  /// One field as it appears in a row.
  public static func quoted(_ field: String) -> String {
    var bytes: [UInt8] = []
    var field = field
    field.withUTF8 { BufferedOutput.appendCSVField($0, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
