import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench kb`: builds and inspects the SQLite knowledge base the entity-linking stage can
/// read with its `kb` option. A command this plugin contributes to the command line.
public struct KBCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "kb", abstract: "Build and inspect the entity-linking knowledge base.",
    subcommands: [KBImportCommand.self, KBStatsCommand.self, KBLookupCommand.self])

  public init() {}
}

/// Where the knowledge base file is.
struct KBFileOption: ParsableArguments {
  @Option(name: .customLong("kb"), help: "The knowledge base file.")
  var path = ".workbench/kb.sqlite"

  var url: URL { URL(fileURLWithPath: path) }
}

/// `workbench kb import FILE`: loads a Wikidata JSON dump (or the built-in tables).
struct KBImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Load entities from a Wikidata JSON dump (.json, .json.gz, .json.bz2) into the knowledge base.",
    discussion: """
      The dump is streamed line by line, so memory stays flat. Entities keep their labels and \
      aliases in --languages and a type from their instance-of (P31) claims; entities whose \
      classes map to no type are skipped. Pass `builtin` as FILE to copy the plugin's built-in \
      tables into the file.
      """)

  @Argument(help: "The dump file, or `builtin`.")
  var file: String

  @OptionGroup var kb: KBFileOption

  @Option(help: "Languages of the labels and aliases to keep, comma-separated.")
  var languages = "ar,en"

  @Option(name: .customLong("type"), help: "Map another P31 class to a type: QID=TYPE (repeatable).")
  var types: [String] = []

  @Flag(help: "Keep entities whose classes map to no type, typed OTHER.")
  var keepUntyped = false

  func run() throws {
    let file = try KnowledgeBaseFile(writingTo: kb.url)
    if self.file == "builtin" {
      let builtIn = try KnowledgeBase.builtIn().knowledgeBase
      try file.write(builtIn.entities)
      print("imported \(builtIn.count) built-in entities (\(builtIn.aliasCount) aliases) into \(kb.path)")
      return
    }
    var importer = WikidataDumpImporter(
      languages: languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    importer.keepUntyped = keepUntyped
    for mapping in types {
      let parts = mapping.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, parts[0].hasPrefix("Q"), !parts[1].isEmpty else {
        throw WorkbenchError.usage("--type expects QID=TYPE, not \(mapping)")
      }
      importer.typeByClass[parts[0]] = parts[1].uppercased()
    }
    let started = Date()
    let summary: WikidataDumpImporter.Summary
    do {
      summary = try importer.importDump(URL(fileURLWithPath: self.file)) { batch in try file.write(batch) }
    } catch let error as KnowledgeBaseError {
      throw WorkbenchError.invalidInput(error.description)
    }
    let seconds = Date().timeIntervalSince(started)
    print(
      "imported \(summary.imported) entities from \(summary.lines) lines in \(String(format: "%.1f", seconds)) s "
        + "(\(summary.skipped) skipped: no mapped type or no name in \(languages); \(summary.malformed) malformed) into \(kb.path)"
    )
  }
}

/// `workbench kb stats`: counts by type and language.
struct KBStatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Count the knowledge base's entities by type and aliases by language.")

  @OptionGroup var kb: KBFileOption

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let statistics = try open(kb).statistics()
    let entities = statistics.entitiesByType.values.reduce(0, +)
    let aliases = statistics.aliasesByLanguage.values.reduce(0, +)
    if json {
      let object: [String: Any] = [
        "file": kb.path, "entities": entities, "aliases": aliases, "entities_by_type": statistics.entitiesByType,
        "aliases_by_language": statistics.aliasesByLanguage, "revision": statistics.revision,
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
      return
    }
    print("\(kb.path): \(entities) entities, \(aliases) aliases")
    for (type, count) in statistics.entitiesByType.sorted(by: { $0.value > $1.value }) { print("  \(type)  \(count)") }
    for (language, count) in statistics.aliasesByLanguage.sorted(by: { $0.value > $1.value }) {
      print("  aliases[\(language)]  \(count)")
    }
  }
}

/// `workbench kb lookup NAME`: the entities a name can refer to.
struct KBLookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Show the entities with an alias that matches NAME (after folding; proclitics are not removed).")

  @Argument(help: "The name to look up.")
  var name: String

  @OptionGroup var kb: KBFileOption

  @Flag(help: "Look the name up in the built-in tables instead of the file.")
  var builtin = false

  func run() throws {
    let found =
      builtin
      ? KnowledgeBase.lookup(name, in: try KnowledgeBase.builtIn().knowledgeBase) : try open(kb).lookup(name)
    if found.isEmpty {
      throw WorkbenchError.failures("no entity named \(name)")
    }
    for entity in found {
      print("\(entity.id)  \(entity.type)  \(entity.name_en)  \(entity.name_ar)  prior \(entity.prior)")
      if !entity.description.isEmpty { print("  \(entity.description)") }
      let aliases = entity.aliases.map {
        "\($0.text) [\($0.language)\($0.kind == .name ? "" : ", \($0.kind.rawValue)")]"
      }
      print("  aliases: \(aliases.joined(separator: "; "))")
      if !entity.related.isEmpty { print("  related: \(entity.related.joined(separator: ", "))") }
    }
  }
}

private func open(_ kb: KBFileOption) throws -> KnowledgeBaseFile {
  do {
    return try KnowledgeBaseFile(readingFrom: kb.url)
  } catch let error as KnowledgeBaseError {
    throw WorkbenchError.usage(error.description)
  }
}
