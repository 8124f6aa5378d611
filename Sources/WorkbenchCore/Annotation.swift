/// A standoff annotation: a labelled span of a document's original text.
///
/// `start` and `end` are Unicode scalar offsets into the text as read (after UTF-8 decoding
/// and BOM removal), end exclusive, so Python's `text[start:end]` gives `text`. A
/// document-level result spans the whole text. Stage-specific fields (`score`, `mod`, `name`,
/// ...) live in `attributes` and are written beside the fixed fields at the top level of the
/// annotation's JSON.
public struct Annotation: Hashable, Sendable {
  public var start: Int
  public var end: Int
  public var text: String
  public var label: String
  public var value: String?
  public var attributes: [String: JSONValue]

  public init(
    start: Int, end: Int, text: String, label: String, value: String? = nil,
    attributes: [String: JSONValue] = [:]
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.label = label
    self.value = value
    self.attributes = attributes
  }

  /// Keys that belong to the annotation itself and cannot be used as attribute names.
  public static let reservedKeys: Set<String> = [
    "doc", "stage", "start", "end", "text", "label", "value",
  ]

  /// The annotation as a JSON object, with `doc` and `stage` when given, attributes flattened.
  public func jsonObject(doc: String? = nil, stage: String? = nil) -> [String: JSONValue] {
    var object = attributes.filter { !Annotation.reservedKeys.contains($0.key) }
    if let doc { object["doc"] = .string(doc) }
    if let stage { object["stage"] = .string(stage) }
    object["start"] = .int(start)
    object["end"] = .int(end)
    object["text"] = .string(text)
    object["label"] = .string(label)
    object["value"] = value.map(JSONValue.string) ?? .null
    return object
  }

  /// Reads an annotation back from the object `jsonObject` made; unknown keys become attributes.
  public init?(jsonObject object: [String: JSONValue]) {
    guard let start = object["start"]?.intValue, let end = object["end"]?.intValue,
      let label = object["label"]?.stringValue
    else { return nil }
    self.start = start
    self.end = end
    self.text = object["text"]?.stringValue ?? ""
    self.label = label
    self.value = object["value"]?.stringValue
    self.attributes = object.filter { !Annotation.reservedKeys.contains($0.key) }
  }

  /// The annotation as one line of JSON (sorted keys, Arabic unescaped).
  public func jsonLine(doc: String? = nil, stage: String? = nil) -> String {
    JSONValue.object(jsonObject(doc: doc, stage: stage)).canonicalJSON
  }
}

extension Annotation: Codable {
  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public init(from decoder: any Decoder) throws {
    let object = try [String: JSONValue](from: decoder)
    guard let annotation = Annotation(jsonObject: object) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "annotation needs start, end and label"))
    }
    self = annotation
  }

  public func encode(to encoder: any Encoder) throws {
    try jsonObject().encode(to: encoder)
  }
}
