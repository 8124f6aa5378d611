import Foundation
import WorkbenchCore

/// Runs stages over the in-memory documents on the current thread: upstream stages once each,
/// untimed, and the measured stage under the clock.
final class StageRunner {
  let registry: StageRegistry
  let configurations: [String: JSONValue]
  let documents: [Document]
  let baseDirectory: URL
  let withUses: Bool
  /// Annotations per document (in document order) of the upstream stages already run.
  private var upstream: [String: [[Annotation]]] = [:]

  init(
    registry: StageRegistry, configurations: [String: JSONValue], documents: [Document],
    baseDirectory: URL, withUses: Bool
  ) {
    self.registry = registry
    self.configurations = configurations
    self.documents = documents
    self.baseDirectory = baseDirectory
    self.withUses = withUses
  }

  /// Measures one stage: builds it (untimed), prepares its inputs, then times `repeats` passes
  /// over every document and keeps the fastest.
  func measure(_ factory: StageFactory, repeats: Int) throws -> StageMeasurement {
    let inputs = try inputs(for: factory.descriptor, chain: [factory.descriptor.id])
    let instance = try build(factory)
    var fastest = StageMeasurement(
      id: factory.descriptor.id, kind: factory.descriptor.kind.rawValue, elapsed: .infinity,
      documents: documents.count, bytes: documents.reduce(0) { $0 + $1.text.utf8.count },
      outputs: 0, outputName: "annotations")
    for _ in 0..<repeats {
      let measurement = try run(instance, id: factory.descriptor.id, inputs: inputs)
      if measurement.elapsed.cpu < fastest.elapsed.cpu {
        fastest.elapsed = measurement.elapsed
        fastest.collect = measurement.collect
        fastest.reduce = measurement.reduce
        fastest.outputs = measurement.outputs
      }
    }
    return fastest
  }

  private func build(_ factory: StageFactory) throws -> StageInstance {
    let configured = try factory.configure(configurations[factory.descriptor.id] ?? .null)
    let context = StageContext(baseDirectory: baseDirectory, checksum: Self.checksum)
    return try configured.makeStage(context: context)
  }

  /// One timed pass. Returns the time taken and the number of annotations made.
  private func run(
    _ instance: StageInstance, id: String, inputs: [StageInputs]
  ) throws -> (elapsed: Elapsed, collect: Elapsed?, reduce: Elapsed?, outputs: Int) {
    switch instance {
    case .document(let stage):
      var count = 0
      let stopwatch = Stopwatch()
      for (index, document) in documents.enumerated() {
        count += try analyze(stage, id: id, document: document, inputs: inputs[index]).count
      }
      return (stopwatch.elapsed, nil, nil, count)
    case .corpus(let stage):
      var collected: [CollectedItem<Data>] = []
      collected.reserveCapacity(documents.count)
      let stopwatch = Stopwatch()
      for (index, document) in documents.enumerated() {
        do {
          collected.append(
            CollectedItem(documentID: document.id, value: try stage.collect(document, inputs[index])))
        } catch {
          throw BenchmarkError.stageFailed(stage: id, document: document.id, message: "\(error)")
        }
      }
      let collectEnd = stopwatch.elapsed
      let result = try stage.reduce(collected)
      let end = stopwatch.elapsed
      let count = result.annotations.values.reduce(0) { $0 + $1.count } + result.records.count
      return (end, collectEnd, end - collectEnd, count)
    }
  }

  private func analyze(
    _ stage: DocumentStageInstance, id: String, document: Document, inputs: StageInputs
  ) throws -> [Annotation] {
    do {
      return try stage.analyze(document, inputs)
    } catch {
      throw BenchmarkError.stageFailed(stage: id, document: document.id, message: "\(error)")
    }
  }

  /// The inputs of a stage for every document: the annotations of the first registered
  /// provider of each input it requires (and of its optional inputs, with `--uses`), computed
  /// once and reused for later stages.
  private func inputs(for descriptor: StageDescriptor, chain: [String]) throws -> [StageInputs] {
    var providers: [StageFactory] = []
    for input in descriptor.consumes where input.isRequired || withUses {
      let found = registry.factories.first { $0.descriptor.id != descriptor.id && input.isProvided(by: $0.descriptor) }
      if let found, !providers.contains(where: { $0.descriptor.id == found.descriptor.id }) { providers.append(found) }
    }
    var byStage: [(factory: StageFactory, annotations: [[Annotation]])] = []
    for factory in providers {
      let id = factory.descriptor.id
      guard !chain.contains(id) else {
        throw BenchmarkError.badConfiguration("stages require each other: \((chain + [id]).joined(separator: " -> "))")
      }
      if upstream[id] == nil {
        log("running upstream stage \(id) (untimed)")
        upstream[id] = try annotations(of: factory, chain: chain + [id])
      }
      byStage.append((factory, upstream[id]!))
    }
    return documents.indices.map { index in
      StageInputs(
        upstream: byStage.map { stage in
          StageInputs.Upstream(
            stageID: stage.factory.descriptor.id, produces: stage.factory.descriptor.produces,
            annotations: stage.annotations[index])
        })
    }
  }

  /// Every document's annotations from one stage, after its own upstream stages.
  private func annotations(of factory: StageFactory, chain: [String]) throws -> [[Annotation]] {
    let id = factory.descriptor.id
    let inputs = try inputs(for: factory.descriptor, chain: chain)
    switch try build(factory) {
    case .document(let stage):
      return try documents.indices.map { index in
        try analyze(stage, id: id, document: documents[index], inputs: inputs[index])
      }
    case .corpus(let stage):
      let collected = try documents.indices.map { index in
        CollectedItem(documentID: documents[index].id, value: try stage.collect(documents[index], inputs[index]))
      }
      let result = try stage.reduce(collected)
      return documents.map { result.annotations[$0.id] ?? [] }
    }
  }

  /// Data checksums only feed cache keys, which the benchmark does not use: FNV-1a suffices.
  private static let checksum: @Sendable (Data) -> String = { data in
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
