import Foundation
import WorkbenchCore

extension RunExecutor {
  /// The digest of the plan's stages with everything that enters their cache keys (plugin,
  /// version, configuration, data checksums, how they feed each other). Builds the stages.
  public func planDigest() throws -> String {
    Self.planDigest(try buildStages())
  }

  /// What the stages of a plan whose digest is `planDigest` see of `document`: its id, its
  /// text and its metadata. Equal keys mean equal results (and equal records, which carry the
  /// id), so a caller holding the output of an earlier run can skip the documents whose key
  /// it already has (an anti-join on this key).
  public static func inputKey(planDigest: String, document: Document) -> String {
    let hash = ContentHash.of(document.text)
    let documentKey =
      document.metadata.isEmpty ? hash : ContentHash.of(fields: [hash, document.metadata.canonicalJSON])
    return ContentHash.of(fields: ["input", planDigest, document.id, documentKey])
  }
}
