import ArgumentParser
import BuiltInStages
import WorkbenchCore

/// `workbench plugins`: the stages this build knows, with their configuration.
struct PluginsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins", abstract: "List the analysis stages and their options.")

  @Flag(help: "Print a JSON array, one object per stage.")
  var json = false

  func run() throws {
    let registry = try builtInRegistry()
    if json {
      let array = JSONValue.array(registry.factories.map(Self.jsonObject))
      print(array.canonicalJSON)
      return
    }
    for factory in registry.factories {
      let descriptor = factory.descriptor
      var header = "\(descriptor.id) v\(descriptor.version) (\(descriptor.kind.rawValue))"
      if !descriptor.aliases.isEmpty { header += "  aliases: \(descriptor.aliases.joined(separator: ", "))" }
      print(header)
      print("  \(descriptor.summary)")
      if !descriptor.requires.isEmpty { print("  requires: \(descriptor.requires.joined(separator: ", "))") }
      if !descriptor.uses.isEmpty { print("  uses: \(descriptor.uses.joined(separator: ", "))") }
      print("  produces: \(descriptor.produces.joined(separator: ", "))")
      for field in factory.configurationFields {
        var line = "  --config \(field.name)=\(field.defaultValue.canonicalJSON)  [\(field.type)]"
        if let help = field.help { line += "  \(help)" }
        print(line)
      }
    }
  }

  static func jsonObject(_ factory: StageFactory) -> JSONValue {
    let descriptor = factory.descriptor
    return .object([
      "id": .string(descriptor.id),
      "aliases": .array(descriptor.aliases.map(JSONValue.string)),
      "version": .int(descriptor.version),
      "kind": .string(descriptor.kind.rawValue),
      "summary": .string(descriptor.summary),
      "requires": .array(descriptor.requires.map(JSONValue.string)),
      "uses": .array(descriptor.uses.map(JSONValue.string)),
      "produces": .array(descriptor.produces.map(JSONValue.string)),
      "module": .string(factory.moduleName),
      "config": .array(
        factory.configurationFields.map { field in
          .object([
            "name": .string(field.name), "type": .string(field.type),
            "default": field.defaultValue, "help": field.help.map(JSONValue.string) ?? .null,
          ])
        }),
    ])
  }
}
