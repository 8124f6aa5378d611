import WorkbenchCore
import WorkbenchStore

/// Turns the names `--stage` takes into a run's stage ids: a stage id of the run, or a plugin
/// id or alias (`dates`) standing for the run's stages of that plugin.
enum RunStageNames {
  static func resolve(_ names: [String], in run: RunInfo) throws -> [String] {
    let registry = try CommandEnvironment.registry()
    var ids: [String] = []
    for name in names {
      if run.stages.contains(where: { $0.id == name }) {
        ids.append(name)
        continue
      }
      let plugin = registry.factory(named: name)?.descriptor.id
      let matching = run.stages.filter { $0.plugin == plugin }.map(\.id)
      guard plugin == nil || matching.isEmpty else {
        ids += matching
        continue
      }
      let known = run.stages.map(\.id)
      var message = "run \(run.id) has no stage '\(name)'"
      let candidates =
        known
        + run.stages.flatMap { stage in
          registry.factory(named: stage.plugin).map { [$0.descriptor.id] + $0.descriptor.aliases } ?? []
        }
      if let suggestion = Suggestion.closest(to: name, among: candidates) {
        message += "; did you mean '\(suggestion)'?"
      }
      message += "\nnote: its stages: \(known.joined(separator: ", "))"
      throw WorkbenchError.usage(message)
    }
    return ids
  }
}
