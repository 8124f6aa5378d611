import EntityLinking
import Testing
import WorkbenchCore

/// Expects a mention of exactly `span` among `annotations`, with the label `type`, linked to
/// `id`, or a NIL mention (a `nil:` value) when `id` is "NIL". The failure message lists what
/// was found instead.
func expectMention(
  _ annotations: [Annotation], span: String, type: String, id: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let mention = try #require(
    annotations.first { $0.text == span }, "\(annotations.map { "\($0.text)=\($0.label)" })",
    sourceLocation: sourceLocation)
  #expect(mention.label == type, sourceLocation: sourceLocation)
  if id == "NIL" {
    #expect(mention.value?.hasPrefix("nil:") == true, sourceLocation: sourceLocation)
  } else {
    #expect(mention.value == id, sourceLocation: sourceLocation)
  }
}

/// Expects no mention of exactly `span` with the label `type` among `annotations`.
func expectNoMention(
  _ annotations: [Annotation], span: String, type: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(
    !annotations.contains { $0.text == span && $0.label == type }, "\(annotations.map { "\($0.text)=\($0.label)" })",
    sourceLocation: sourceLocation)
}

/// Expects at least one mention of exactly `span` among `annotations`, and every such mention
/// with the label `type` and the NIL cluster id of that name and type.
func expectNilMentions(
  _ annotations: [Annotation], span: String, type: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let mentions = annotations.filter { $0.text == span }
  #expect(!mentions.isEmpty, "\(annotations.map { "\($0.text)=\($0.label)" })", sourceLocation: sourceLocation)
  for mention in mentions {
    #expect(mention.label == type, sourceLocation: sourceLocation)
    #expect(mention.value == EntityLinker.nilClusterID(name: span, type: type), sourceLocation: sourceLocation)
  }
}

/// Expects a NIL mention of exactly `span` with the label `type` among `annotations`, at the
/// scalar offsets of the first occurrence of `span` in `text`.
func expectNilSpan(
  _ annotations: [Annotation], span: String, type: String, in text: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  try expectMention(annotations, span: span, type: type, id: "NIL", sourceLocation: sourceLocation)
  let mention = try #require(annotations.first { $0.text == span }, sourceLocation: sourceLocation)
  let start = try #require(scalarOffset(of: span, in: text), sourceLocation: sourceLocation)
  #expect(mention.start == start, sourceLocation: sourceLocation)
  #expect(mention.end == start + span.unicodeScalars.count, sourceLocation: sourceLocation)
}
