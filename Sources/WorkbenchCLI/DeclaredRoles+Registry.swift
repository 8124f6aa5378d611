import WorkbenchCore

extension DeclaredRoles {
  /// The roles the run's stages declared: as the store recorded them with the run, so that a
  /// run made by another executable (with stages this one lacks) shows as it was declared;
  /// for a run stored before declarations were recorded, as the registry's stages declare
  /// them under the configuration each stage ran with. Stages known to neither have none.
  init(stages: [StageRunSummary], registry: StageRegistry?) {
    self.init(
      stages: stages.compactMap { stage in
        if let recorded = stage.produces { return (stage.id, recorded) }
        guard let factory = registry?.factory(named: stage.plugin) else { return nil }
        let configuration = (try? JSONValue.parse(stage.configuration)) ?? .null
        return (stage.id, factory.descriptor.produces(configuration: configuration))
      })
  }
}
