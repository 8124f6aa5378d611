import WorkbenchCore

/// `--config` options: `stage.key=value` sets one stage's key, `key=value` sets the key on
/// every measured stage that has it (the convention of `workbench annotate`).
enum ConfigurationOverrides {
  static func parse(
    _ arguments: [String], stages: [StageFactory], registry: StageRegistry
  ) throws -> [String: JSONValue] {
    var configurations: [String: [String: JSONValue]] = [:]
    for argument in arguments {
      guard let equals = argument.firstIndex(of: "=") else {
        throw BenchmarkError.badConfiguration("--config \(argument): expected KEY=VALUE")
      }
      let path = argument[..<equals]
      let raw = String(argument[argument.index(after: equals)...])
      let value = (try? JSONValue.parse(raw)) ?? .string(raw)
      if let dot = path.lastIndex(of: ".") {
        let factory = try registry.resolve(String(path[..<dot]))
        configurations[factory.descriptor.id, default: [:]][String(path[path.index(after: dot)...])] = value
        continue
      }
      let key = String(path)
      let matching = stages.filter { $0.configurationFields.contains { $0.name == key } }
      guard !matching.isEmpty else {
        throw BenchmarkError.badConfiguration("--config \(argument): no measured stage has the key '\(key)'")
      }
      for factory in matching { configurations[factory.descriptor.id, default: [:]][key] = value }
    }
    return configurations.mapValues(JSONValue.object)
  }
}
