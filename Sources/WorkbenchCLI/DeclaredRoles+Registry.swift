import WorkbenchCore

extension DeclaredRoles {
  /// The roles the run's stages declared, as the registry's stages declare them under the
  /// configuration each stage ran with. Stages this build does not know have none.
  init(stages: [StageRunSummary], registry: StageRegistry?) {
    self.init(
      stages: stages.compactMap { stage in
        guard let factory = registry?.factory(named: stage.plugin) else { return nil }
        let configuration = (try? JSONValue.parse(stage.configuration)) ?? .null
        return (stage.id, factory.descriptor.produces(configuration: configuration))
      })
  }
}
