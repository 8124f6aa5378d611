import EntityLinking
import Foundation
import WorkbenchCore

/// Builds the stage from a JSON configuration, as the runtime does.
func makeStage(_ config: JSONValue = .object([:]), base: URL = URL(fileURLWithPath: "/")) throws
  -> DocumentStageInstance
{
  let configured = try StageFactory(EntityLinkingStage.self).configure(config)
  let context = StageContext(baseDirectory: base, checksum: { data in String(data.count) })
  guard case .document(let stage) = try configured.makeStage(context: context) else {
    fatalError("entity-linking is a document stage")
  }
  return stage
}

func annotate(_ text: String, _ config: JSONValue = .object([:])) throws -> [Annotation] {
  try makeStage(config).analyze(Document(id: "t", text: text), .none)
}

/// Offset of the n-th occurrence (0-based) of `needle` in `text`, in Unicode scalars.
func scalarOffset(of needle: String, in text: String, occurrence: Int = 0) -> Int? {
  let haystack = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
  var seen = 0
  for start in 0...(haystack.count - pattern.count) where haystack[start..<start + pattern.count].elementsEqual(pattern)
  {
    if seen == occurrence { return start }
    seen += 1
  }
  return nil
}
