import ArgumentParser
import WorkbenchCore

/// `--config KEY=VALUE` options: `stage.key=value` sets one stage's key, `key=value` sets the
/// key on every planned stage that has it. Values are read as JSON when they parse as JSON
/// (`3`, `true`, `["a","b"]`, `"x"`), else as plain strings.
struct ConfigOverride: ExpressibleByArgument {
  var stage: String?
  var key: String
  var value: JSONValue

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "=") else { return nil }
    let path = argument[..<equals]
    let raw = String(argument[argument.index(after: equals)...])
    if let dot = path.lastIndex(of: ".") {
      stage = String(path[..<dot])
      key = String(path[path.index(after: dot)...])
    } else {
      stage = nil
      key = String(path)
    }
    guard !key.isEmpty else { return nil }
    value = (try? JSONValue.parse(raw)) ?? .string(raw)
  }

  static var defaultValueDescription: String { "KEY=VALUE" }

  /// The configurations, by stage id, that the overrides give the stages of `names`.
  static func configurations(
    _ overrides: [ConfigOverride], stages names: [String], registry: StageRegistry
  ) throws -> [String: JSONValue] {
    var configurations: [String: [String: JSONValue]] = [:]
    let factories = names.compactMap { registry.factory(named: $0) }
    for override in overrides {
      if let stage = override.stage {
        let factory = try registry.resolve(stage)
        configurations[factory.descriptor.id, default: [:]][override.key] = override.value
        continue
      }
      let matching = factories.filter { $0.configurationFields.contains { $0.name == override.key } }
      guard !matching.isEmpty else {
        throw WorkbenchError.usage(
          "no stage among \(names.joined(separator: ", ")) has the configuration key '\(override.key)'")
      }
      for factory in matching { configurations[factory.descriptor.id, default: [:]][override.key] = override.value }
    }
    return configurations.mapValues(JSONValue.object)
  }
}
