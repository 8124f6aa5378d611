/// A stage made an annotation with a label its descriptor does not declare: the document (or
/// the corpus reduce) fails, so that nothing undeclared reaches the store or the report.
public struct UndeclaredLabelError: Error, Hashable, Sendable, CustomStringConvertible {
  public var stageID: String
  public var label: String
  public var declared: [String]

  public var description: String {
    "stage '\(stageID)' made an annotation labelled '\(label)', which its descriptor does not declare "
      + "(it declares \(declared.joined(separator: ", "))); add it to `produces`"
  }

  /// Throws for the first annotation whose label is not in `declared`.
  static func check(_ annotations: [Annotation], declared: Set<String>, stageID: String) throws(UndeclaredLabelError) {
    for annotation in annotations where !declared.contains(annotation.label) {
      throw UndeclaredLabelError(stageID: stageID, label: annotation.label, declared: declared.sorted())
    }
  }
}
