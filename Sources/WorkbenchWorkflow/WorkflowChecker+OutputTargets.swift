import Foundation
import WorkbenchCore

extension WorkflowChecker {
  /// Checks that no output writes over a file the workflow reads: the workflow file, the
  /// metadata table, a corpus document or any other file already in the corpus folder, or a
  /// file the corpus would read on the next run (an output in the corpus folder matching its
  /// include globs). Returns false when one does.
  mutating func checkOutputTargets(_ outputs: [WorkflowOutput], corpus: CorpusSpec, sources: CorpusSources?) -> Bool {
    var guardrail = OutputPathGuard()
    guardrail.protect(file, as: "the workflow file")
    if let metadata = corpus.metadata { guardrail.protect(metadata, as: "the metadata file") }
    var isFolder: ObjCBool = false
    let corpusExists = FileManager.default.fileExists(atPath: corpus.path.path, isDirectory: &isFolder)
    if corpusExists, !isFolder.boolValue { guardrail.protect(corpus.path, as: "the corpus file") }
    let root = OutputPathGuard.resolved(corpus.path) + "/"
    var valid = true
    for output in outputs {
      let shown = DisplayPath.of(output.path)
      if let conflict = guardrail.conflict(for: output.path) {
        error(
          "output '\(shown)' would overwrite \(conflict.role) '\(DisplayPath.of(URL(fileURLWithPath: conflict.path)))'",
          at: output.location, note: "write outputs to a file of their own (for example in an 'out' folder)")
        valid = false
        continue
      }
      guard corpusExists, isFolder.boolValue else { continue }
      let resolved = OutputPathGuard.resolved(output.path)
      guard resolved.hasPrefix(root) else { continue }
      let relative = String(resolved.dropFirst(root.count))
      if let sources, sources.contains(where: { $0.relativePath == relative }) {
        error(
          "output '\(shown)' would overwrite the corpus document '\(relative)'", at: output.location,
          note: "write outputs outside the corpus folder")
        valid = false
      } else if FileManager.default.fileExists(atPath: resolved) {
        // Not a document of this workflow, but the user's file all the same.
        error(
          "output '\(shown)' would overwrite '\(relative)', a file in the corpus folder", at: output.location,
          note: "write outputs outside the corpus folder")
        valid = false
      } else if Self.wouldBeListed(relative, corpus: corpus) {
        error(
          "output '\(shown)' is in the corpus folder and matches its include globs, so the next run would read it as a document",
          at: output.location, note: "write outputs outside the corpus folder, or exclude them in 'corpus.exclude'")
        valid = false
      }
    }
    return valid
  }

  /// Whether a file at `relative` (from the corpus folder) would be a corpus document, by the
  /// listing's rules: no hidden part, an include glob matches, no exclude glob matches it or a
  /// folder above it.
  static func wouldBeListed(_ relative: String, corpus: CorpusSpec) -> Bool {
    let parts = relative.split(separator: "/").map(String.init)
    guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }) else { return false }
    let exclude = corpus.exclude.map(Glob.init)
    for depth in 1...parts.count {
      let prefix = parts.prefix(depth).joined(separator: "/")
      var split: [[Unicode.Scalar]]?
      if exclude.contains(where: { $0.matches(name: parts[depth - 1], relativePath: prefix, parts: &split) }) {
        return false
      }
    }
    var split: [[Unicode.Scalar]]?
    return corpus.include.map(Glob.init).contains { $0.matches(name: name, relativePath: relative, parts: &split) }
  }
}
