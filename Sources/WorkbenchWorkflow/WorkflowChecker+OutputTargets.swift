import Foundation
import WorkbenchCore

extension WorkflowChecker {
  /// Checks that no output writes over a file the workflow reads: the workflow file, the
  /// metadata table, a corpus document or any other file already in the corpus folder, or a
  /// file the corpus would read on the next run (an output in the corpus folder matching its
  /// include globs), or an existing file Workbench did not write (`ExistingOutput`). Returns
  /// false when one does.
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
      if let problem = targetProblem(
        output.path, guardrail: guardrail, corpus: corpus,
        corpusFolder: corpusExists && isFolder.boolValue ? root : nil, sources: sources)
      {
        error(problem.message, at: output.location, note: problem.note)
        valid = false
      }
    }
    return valid
  }

  /// What is wrong with writing an output at `url`, with advice; nil when nothing is.
  private func targetProblem(
    _ url: URL, guardrail: OutputPathGuard, corpus: CorpusSpec, corpusFolder root: String?, sources: CorpusSources?
  ) -> (message: String, note: String)? {
    let shown = DisplayPath.of(url)
    if let conflict = guardrail.conflict(for: url) {
      return (
        "output '\(shown)' would overwrite \(conflict.role) '\(DisplayPath.of(URL(fileURLWithPath: conflict.path)))'",
        "write outputs to a file of their own (for example in an 'out' folder)"
      )
    }
    let resolved = OutputPathGuard.resolved(url)
    if let root, resolved.hasPrefix(root) {
      let relative = String(resolved.dropFirst(root.count))
      if let sources, sources.contains(where: { $0.relativePath == relative }) {
        return (
          "output '\(shown)' would overwrite the corpus document '\(relative)'",
          "write outputs outside the corpus folder"
        )
      }
      if FileManager.default.fileExists(atPath: resolved) {
        // Not a document of this workflow, but the user's file all the same.
        return (
          "output '\(shown)' would overwrite '\(relative)', a file in the corpus folder",
          "write outputs outside the corpus folder"
        )
      }
      if Self.wouldBeListed(relative, corpus: corpus) {
        return (
          "output '\(shown)' is in the corpus folder and matches its include globs, so the next run would read it as a document",
          "write outputs outside the corpus folder, or exclude them in 'corpus.exclude'"
        )
      }
    }
    if let reason = ExistingOutput.refusal(url) {
      return (
        "output '\(shown)' exists and \(reason); it is left as it is",
        "move it away, or write this output to another path"
      )
    }
    return nil
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
