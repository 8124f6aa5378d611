import WorkbenchCore

/// The dependencies between a workflow's stages: explicit `needs:` plus the providers of what
/// each stage consumes (the stages whose declared labels match, as spaCy's `analyze_pipes`
/// matches `requires` to `assigns`). Reports duplicate ids, needs that name no stage, required
/// inputs no stage provides, consumed corpus stages and cycles, then orders the stages so that
/// each follows everything it needs, keeping file order wherever it is free.
struct StageGraph {
  let stages: [WorkflowChecker.StageEntry]
  let registry: StageRegistry
  private(set) var diagnostics: [Diagnostic] = []

  init(stages: [WorkflowChecker.StageEntry], registry: StageRegistry) {
    self.stages = stages
    self.registry = registry
  }

  private mutating func error(_ message: String, at location: SourceLocation, note: String? = nil) {
    diagnostics.append(Diagnostic(.error, message, at: location, suggestion: note))
  }

  /// The stages in run order with the ids each needs (in run order); nil when the graph has
  /// errors.
  mutating func resolve() -> [(index: Int, needs: [String])]? {
    var indexByID: [String: Int] = [:]
    for (index, stage) in stages.enumerated() {
      if let first = indexByID[stage.id] {
        let firstLine = stages[first].idNode.location.line
        error(
          "duplicate stage id '\(stage.id)' (first at line \(firstLine)); give one of them another 'id'",
          at: stage.idNode.location)
      } else {
        indexByID[stage.id] = index
      }
    }
    var providers: [String: [Int]] = [:]
    for (index, stage) in stages.enumerated() {
      if let plugin = stage.factory?.descriptor.id { providers[plugin, default: []].append(index) }
    }

    var upstream = [Set<Int>](repeating: [], count: stages.count)
    for (index, stage) in stages.enumerated() {
      for (name, node) in stage.needs {
        let targets: [Int]
        if let target = indexByID[name] {
          targets = [target]
        } else if let plugin = registry.factory(named: name)?.descriptor.id, let found = providers[plugin] {
          targets = found
        } else {
          var message = "stage '\(stage.id)' needs '\(name)', which is not a stage of this workflow"
          let ids = stages.map(\.id).filter { $0 != stage.id }
          // `needs` takes plugin names too: a typo of a present stage's plugin or alias counts.
          let names =
            ids
            + stages.filter { $0.id != stage.id }.flatMap { other in
              other.factory.map { [$0.descriptor.id] + $0.descriptor.aliases } ?? []
            }
          if let suggestion = Suggestion.closest(to: name, among: names) {
            message += "; did you mean '\(suggestion)'?"
          }
          error(message, at: node.location, note: ids.isEmpty ? nil : "its stages: \(ids.joined(separator: ", "))")
          continue
        }
        for target in targets {
          if checkConsumable(target, by: stage, at: node.location) { upstream[index].insert(target) }
        }
      }
      guard let descriptor = stage.factory?.descriptor else { continue }
      let pluginLocation = (stage.pluginNode ?? stage.node).location
      for input in descriptor.consumes {
        let found = stages.indices.filter { target in
          target != index && stages[target].configured.map { $0.produces.contains(where: input.matches) } == true
        }
        if found.isEmpty && input.isRequired {
          let candidates = registry.factories.filter { input.isProvided(by: $0.descriptor) }.map(\.descriptor.id)
          error(
            "stage '\(stage.id)' consumes \(input), which no stage of this workflow produces", at: pluginLocation,
            note: candidates.isEmpty
              ? "no registered plugin produces them"
              : "add a stage that produces them: \(candidates.map { "'- plugin: \($0)'" }.joined(separator: " or "))")
        }
        for target in found {
          if input.isRequired {
            if checkConsumable(target, by: stage, at: pluginLocation) { upstream[index].insert(target) }
          } else if !isCorpusStage(target) {
            upstream[index].insert(target)
          }
        }
      }
    }

    reportCycles(upstream)
    guard diagnostics.isEmpty else { return nil }
    return order(upstream)
  }

  private func isCorpusStage(_ index: Int) -> Bool {
    stages[index].factory?.descriptor.kind == .corpus
  }

  /// Whether `target` can feed `stage`: corpus stages produce their annotations only after
  /// the whole corpus is reduced, so no stage can consume them.
  private mutating func checkConsumable(
    _ target: Int, by stage: WorkflowChecker.StageEntry, at location: SourceLocation
  ) -> Bool {
    guard isCorpusStage(target) else { return true }
    error(
      "stage '\(stage.id)' needs the corpus stage '\(stages[target].id)'; stages can only consume per-document stages",
      at: location)
    return false
  }

  /// Reports each cycle once, as the path through it from its first stage in file order.
  private mutating func reportCycles(_ upstream: [Set<Int>]) {
    for component in StageGraph.stronglyConnectedComponents(upstream) {
      guard let start = component.min() else { continue }
      guard component.count > 1 || upstream[start].contains(start) else { continue }
      let members = Set(component)
      // Breadth-first from the start back to itself, inside the component.
      var previous: [Int: Int] = [:]
      var queue = upstream[start].filter(members.contains).sorted()
      for next in queue { previous[next] = start }
      var head = 0
      while head < queue.count, previous[start] == nil || queue[head] != start {
        let current = queue[head]
        head += 1
        if current == start { break }
        for next in upstream[current].sorted() where members.contains(next) && previous[next] == nil {
          previous[next] = current
          queue.append(next)
        }
      }
      var path = [start]
      var current = previous[start] ?? start
      while current != start, path.count <= component.count {
        path.append(current)
        current = previous[current] ?? start
      }
      path.append(start)
      // `previous` links run backwards along the needs; reverse to read "a needs b needs ...".
      let names = [path[0]] + path.dropFirst().dropLast().reversed() + [path[0]]
      error(
        "stages need each other in a cycle: \(names.map { stages[$0].id }.joined(separator: " -> "))",
        at: stages[start].node.location)
    }
  }

  /// Tarjan's algorithm over "needs" edges.
  static func stronglyConnectedComponents(_ edges: [Set<Int>]) -> [[Int]] {
    var index = 0
    var indices = [Int?](repeating: nil, count: edges.count)
    var lowLinks = [Int](repeating: 0, count: edges.count)
    var onStack = [Bool](repeating: false, count: edges.count)
    var stack: [Int] = []
    var components: [[Int]] = []

    func connect(_ node: Int) {
      indices[node] = index
      lowLinks[node] = index
      index += 1
      stack.append(node)
      onStack[node] = true
      for next in edges[node].sorted() {
        if indices[next] == nil {
          connect(next)
          lowLinks[node] = min(lowLinks[node], lowLinks[next])
        } else if onStack[next] {
          lowLinks[node] = min(lowLinks[node], indices[next]!)
        }
      }
      if lowLinks[node] == indices[node] {
        var component: [Int] = []
        while let top = stack.popLast() {
          onStack[top] = false
          component.append(top)
          if top == node { break }
        }
        components.append(component)
      }
    }
    for node in edges.indices where indices[node] == nil { connect(node) }
    return components
  }

  /// Kahn's algorithm, always taking the earliest ready stage in file order.
  private func order(_ upstream: [Set<Int>]) -> [(index: Int, needs: [String])] {
    var remaining = upstream
    var done = [Bool](repeating: false, count: stages.count)
    var position = [Int](repeating: 0, count: stages.count)
    var result: [Int] = []
    while result.count < stages.count {
      guard let next = remaining.indices.first(where: { !done[$0] && remaining[$0].isEmpty }) else { break }
      done[next] = true
      position[next] = result.count
      result.append(next)
      for index in remaining.indices { remaining[index].remove(next) }
    }
    return result.map { index in
      (index, upstream[index].sorted { position[$0] < position[$1] }.map { stages[$0].id })
    }
  }
}
