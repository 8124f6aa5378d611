import Foundation
import WorkbenchCore

extension WorkflowChecker {
  static let stageKeys = ["id", "plugin", "config", "needs"]

  /// One `stages:` entry as written, checked on its own.
  struct StageEntry {
    var index: Int
    var node: YAMLNode
    /// The workflow id: `id:`, else the plugin's canonical id, else the plugin as written.
    var id: String
    /// The node that names the stage (`id:` value, else `plugin:` value, else the entry).
    var idNode: YAMLNode
    var pluginNode: YAMLNode?
    var factory: StageFactory?
    var configured: ConfiguredStage?
    var needs: [(String, YAMLNode)]
  }

  mutating func checkStages(_ entry: YAMLMappingEntry?, in root: YAMLNode) -> [WorkflowStage]? {
    guard let entry else {
      missing("stages", in: "the workflow", at: root, note: "add 'stages:' with at least one '- plugin: NAME'")
      return nil
    }
    guard let elements = entry.value.sequence else {
      error("'stages' must be a list of stages, found \(entry.value.kindDescription)", at: entry.value.location)
      return nil
    }
    guard !elements.isEmpty else {
      error(
        "the workflow has no stages", at: entry.value.location,
        note: "known plugins: \(registry.factories.map(\.descriptor.id).joined(separator: ", "))")
      return nil
    }
    var stages: [StageEntry] = []
    var valid = true
    for (index, element) in elements.enumerated() {
      if let stage = checkStage(element, index: index) {
        stages.append(stage)
        if stage.configured == nil { valid = false }
      } else {
        valid = false
      }
    }
    var graph = StageGraph(stages: stages, registry: registry)
    let ordered = graph.resolve()
    for diagnostic in graph.diagnostics { diagnostics.append(diagnostic) }
    guard valid, graph.diagnostics.isEmpty, let ordered else { return nil }
    return ordered.map { index, needs in
      let stage = stages[index]
      return WorkflowStage(
        id: stage.id, plugin: stage.configured!.descriptor.id, configured: stage.configured!, needs: needs,
        location: stage.node.location)
    }
  }

  /// Checks one stage entry: keys, plugin, configuration. Nil when it is not a mapping.
  private mutating func checkStage(_ node: YAMLNode, index: Int) -> StageEntry? {
    // `- keywords` is short for `- plugin: keywords`.
    if node.scalar != nil, !node.isNull {
      guard let name = string(node, key: "plugin") else { return nil }
      let factory = resolvePlugin(name, at: node)
      var stage = StageEntry(
        index: index, node: node, id: factory?.descriptor.id ?? name, idNode: node, pluginNode: node,
        factory: factory, needs: [])
      if let factory { stage.configured = configure(factory, config: nil, stage: stage) }
      return stage
    }
    let label = "stage \(index + 1)"
    guard let fields = keys(of: node, in: label, known: Self.stageKeys) else { return nil }
    var factory: StageFactory?
    var pluginNode: YAMLNode?
    var pluginName: String?
    if let pluginEntry = fields["plugin"], !pluginEntry.value.isNull {
      pluginNode = pluginEntry.value
      pluginName = string(pluginEntry.value, key: "plugin")
      if let pluginName { factory = resolvePlugin(pluginName, at: pluginEntry.value) }
    } else {
      missing(
        "plugin", in: label, at: fields["plugin"]?.key ?? node,
        note: "known plugins: \(registry.factories.map(\.descriptor.id).joined(separator: ", "))")
    }
    var id = factory?.descriptor.id ?? pluginName ?? label
    var idNode = pluginNode ?? node
    if let idEntry = fields["id"], !idEntry.value.isNull, let text = string(idEntry.value, key: "id") {
      if text.isEmpty || text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
        error("stage id '\(text)' must be non-empty and without spaces", at: idEntry.value.location)
      }
      id = text
      idNode = idEntry.value
    }
    var needs: [(String, YAMLNode)] = []
    if let needsEntry = fields["needs"] { needs = stringList(needsEntry) ?? [] }
    var stage = StageEntry(
      index: index, node: node, id: id, idNode: idNode, pluginNode: pluginNode, factory: factory, needs: needs)
    if let factory { stage.configured = configure(factory, config: fields["config"], stage: stage) }
    return stage
  }

  private mutating func resolvePlugin(_ name: String, at node: YAMLNode) -> StageFactory? {
    do {
      return try registry.resolve(name)
    } catch {
      var message = "unknown plugin '\(name)'"
      if let suggestion = error.suggestion { message += "; did you mean '\(suggestion)'?" }
      self.error(message, at: node.location, note: "known plugins: \(error.known.joined(separator: ", "))")
      return nil
    }
  }

  /// Decodes and validates the stage's `config:`, placing each problem at the key or value it
  /// concerns.
  private mutating func configure(_ factory: StageFactory, config: YAMLMappingEntry?, stage: StageEntry)
    -> ConfiguredStage?
  {
    var json = JSONValue.null
    if let config {
      var problems: [YAMLError] = []
      json = config.value.jsonValue(problems: &problems)
      guard problems.isEmpty else {
        for problem in problems { diagnostics.append(problem.diagnostic) }
        return nil
      }
    }
    do {
      return try factory.configure(json)
    } catch {
      for problem in error.errors {
        self.error("stage '\(stage.id)': \(problem)", at: location(of: problem, in: config, stage: stage))
      }
      return nil
    }
  }

  /// Where a configuration problem is: the key for an unknown key, the value for a wrong
  /// type or range, the `config:` value when the whole of it is wrong.
  private func location(of problem: ConfigurationError, in config: YAMLMappingEntry?, stage: StageEntry)
    -> SourceLocation
  {
    guard let config else { return (stage.pluginNode ?? stage.node).location }
    if case .unknownKey(let key, _, _) = problem, let entry = config.value.entry(key) {
      return entry.key.location
    }
    guard let field = problem.field else { return config.value.location }
    var node = config.value
    var nodeLocation = config.value.location
    for part in field.split(separator: ".") {
      if part.hasPrefix("["), part.hasSuffix("]"), let index = Int(part.dropFirst().dropLast()),
        let elements = node.sequence, elements.indices.contains(index)
      {
        node = elements[index]
      } else if let entry = node.entry(String(part)) {
        node = entry.value
      } else {
        return nodeLocation
      }
      nodeLocation = node.location
    }
    return nodeLocation
  }
}
