import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench plugins`: the stages this build knows, with their configuration.
struct PluginsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins", abstract: "List the analysis stages and their options.")

  @Flag(help: "Print a JSON array, one object per stage.")
  var json = false

  @Flag(help: "Print each stage's reference page in Markdown (with --output, write one file per stage).")
  var markdown = false

  @Option(
    help: ArgumentHelp(
      "With --markdown: the folder to write <stage id>.reference.md into (only pages it wrote before are replaced).",
      valueName: "folder"))
  var output: String?

  func validate() throws {
    if json && markdown { throw ValidationError("choose one of --json and --markdown") }
    if output != nil && !markdown { throw ValidationError("--output goes with --markdown") }
  }

  func run() throws {
    let registry = try CommandEnvironment.registry()
    if markdown {
      try writeMarkdown(registry.factories)
      return
    }
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
      if !descriptor.consumes.isEmpty {
        print(
          "  consumes: \(descriptor.consumes.map { $0.description + ($0.isRequired ? " (required)" : "") }.joined(separator: ", "))"
        )
      }
      print("  produces: \(descriptor.produces.map { "\($0.label) (\($0.role.rawValue))" }.joined(separator: ", "))")
      for field in factory.configurationFields {
        var line = "  --config \(field.name)=\(field.defaultValue.canonicalJSON)  [\(field.type)]"
        if let help = field.help { line += "  \(help)" }
        print(line)
      }
      for example in descriptor.examples {
        var line = "  example: \(example.text.debugDescription)"
        if example.configuration != .null { line += " with \(example.configuration.canonicalJSON)" }
        print(line + " -> " + example.expected.map(\.description).joined(separator: "; "))
      }
    }
  }

  private func writeMarkdown(_ factories: [StageFactory]) throws {
    guard let output else {
      print(factories.map { StageReferencePage(factory: $0).markdown }.joined(separator: "\n"), terminator: "")
      return
    }
    let folder = URL(fileURLWithPath: output, isDirectory: true)
    let pages = factories.map { StageReferencePage.inFolder(folder, factory: $0) }
    for page in pages {
      let url = folder.appendingPathComponent(page.fileName)
      if let existing = try? String(contentsOf: url, encoding: .utf8),
        !existing.hasPrefix(StageReferencePage.banner)
      {
        throw WorkbenchError.usage(
          "\(url.path) exists and is not a page this command wrote; it is left as it is (move it away)")
      }
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for page in pages {
      try AtomicFileWriter.write(Data(page.markdown.utf8), to: folder.appendingPathComponent(page.fileName))
    }
    print("wrote \(pages.count) stage reference pages to \(output)")
  }

  static func jsonObject(_ input: ConsumedInput) -> JSONValue {
    var object: [String: JSONValue] = ["required": .bool(input.isRequired)]
    switch input.selector {
    case .role(let role): object["role"] = .string(role.rawValue)
    case .label(let label): object["label"] = .string(label)
    }
    return .object(object)
  }

  static func jsonObject(_ label: ProducedLabel) -> JSONValue {
    .object([
      "label": .string(label.label), "role": .string(label.role.rawValue),
      "attributes": .array(label.attributes.map(JSONValue.string)),
      "label_option": label.configurationKey.map(JSONValue.string) ?? .null,
    ])
  }

  static func jsonObject(_ factory: StageFactory) -> JSONValue {
    let descriptor = factory.descriptor
    return .object([
      "id": .string(descriptor.id),
      "aliases": .array(descriptor.aliases.map(JSONValue.string)),
      "version": .int(descriptor.version),
      "kind": .string(descriptor.kind.rawValue),
      "summary": .string(descriptor.summary),
      "consumes": .array(descriptor.consumes.map(Self.jsonObject)),
      "produces": .array(descriptor.produces.map(Self.jsonObject)),
      "examples": .int(descriptor.examples.count),
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
