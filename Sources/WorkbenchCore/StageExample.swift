/// A worked example on a stage's descriptor: a text, and annotations the stage must make on
/// it. Examples document the stage (`workbench plugins` prints them) and are run by the
/// contract test over every registered stage (like SwiftLint's triggering examples).
public struct StageExample: Sendable, Hashable {
  /// The input text.
  public var text: String
  /// The document date (ISO 8601) that anchors relative expressions, if the example needs one.
  public var documentDate: String?
  /// The stage's configuration for this example (`null`: the defaults).
  public var configuration: JSONValue
  /// Annotations the stage must make on `text`, among possibly others.
  public var expected: [ExpectedAnnotation]

  public init(
    _ text: String, documentDate: String? = nil, configuration: JSONValue = .null,
    expected: [ExpectedAnnotation]
  ) {
    self.text = text
    self.documentDate = documentDate
    self.configuration = configuration
    self.expected = expected
  }

  /// The example as a document.
  public var document: Document {
    Document(id: "example", text: text, metadata: DocumentMetadata(date: documentDate))
  }
}

/// An annotation an example expects: its label, the text it covers (at its first occurrence in
/// the example's text, or the whole text for a document-level result), and its value.
public struct ExpectedAnnotation: Sendable, Hashable, CustomStringConvertible {
  public var label: String
  /// The covered text; nil for a result that spans the whole document.
  public var text: String?
  /// The expected `value`; nil when the value is not checked.
  public var value: String?

  public init(_ label: String, text: String? = nil, value: String? = nil) {
    self.label = label
    self.text = text
    self.value = value
  }

  /// `DATE "28 January 2026" = 2026-01-28`, for messages.
  public var description: String {
    var description = label
    if let text { description += " \"\(text)\"" } else { description += " (whole text)" }
    if let value { description += " = \(value)" }
    return description
  }

  /// Whether `annotation` is this expected annotation in `document`: same label, value (when
  /// one is expected) and span.
  public func isMatched(by annotation: Annotation, in document: Document) -> Bool {
    guard annotation.label == label else { return false }
    if let value, annotation.value != value { return false }
    guard let text else { return annotation.start == 0 && annotation.end == document.scalarCount }
    guard let start = document.scalarOffset(of: text) else { return false }
    return annotation.start == start && annotation.end == start + text.unicodeScalars.count
  }
}

extension Document {
  /// The scalar offset of the first occurrence of `needle` in the text, or nil.
  public func scalarOffset(of needle: String) -> Int? {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
      if haystack[start..<start + pattern.count].elementsEqual(pattern) { return start }
    }
    return nil
  }
}
