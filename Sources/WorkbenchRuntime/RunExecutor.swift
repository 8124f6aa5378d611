import Foundation
import Synchronization
import WorkbenchCore
import WorkbenchStore
import WorkbenchWorkflow

/// How a run executes.
public struct RunOptions: Sendable {
  /// Documents analysed at once.
  public var jobs: Int
  /// Recompute every result even when it is cached.
  public var force: Bool
  /// Documents per batch: one batch is read, analysed by every stage, and written in one
  /// transaction, so memory is bounded by the batch, not the corpus. Cache keys and content
  /// hashes are random, so every transaction rewrites index pages all over their indexes:
  /// 1,024 documents per transaction wrote 9% less than 512 on corpus-10000 (2,048 wrote 31%
  /// less on corpus-100000), for a few megabytes more memory.
  public var batchSize: Int
  /// Whether corpus stages are reduced at the end of the run. Off in `workbench worker`,
  /// which sees one slice of a corpus and leaves the reduce (or a saved model) to its caller.
  public var reducesCorpusStages = true

  public init(
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, batchSize: Int = 1024
  ) {
    self.jobs = max(1, jobs)
    self.force = force
    self.batchSize = max(1, batchSize)
  }
}

/// Executes a plan over a corpus against the store: looks every result up by its cache key,
/// computes what is missing concurrently, and writes each batch in one transaction.
///
/// Per-document stages and the collect step of corpus stages run batch by batch as documents
/// are read; reduces run once at the end over everything collected. A document that a stage
/// fails on is recorded as a failure for that stage (and for the stages that need it), and
/// the run goes on.
public final class RunExecutor: Sendable {
  let store: WorkbenchStore
  let plan: RunPlan
  let options: RunOptions

  public init(store: WorkbenchStore, plan: RunPlan, options: RunOptions = RunOptions()) {
    self.store = store
    self.plan = plan
    self.options = options
  }

  /// Runs the plan over `documents` and returns the summary. Throws only when a stage cannot
  /// be built or the store cannot be written; document problems become failures.
  ///
  /// When the last run with the same stages finished without failures, `documents` is first
  /// read once just to compare it with what that run read, batch by batch; if nothing changed
  /// the new run takes over that run's record whole, else `documents` is read again and run
  /// the normal way. So `documents` must yield the same entries each time it is iterated.
  public func run(
    _ documents: some Sequence<CorpusEntry>, documentsTotal: Int? = nil,
    progress: (@Sendable (RunProgress) -> Void)? = nil
  ) async throws -> RunSummary {
    try plan.validate()
    let clock = ContinuousClock()
    let started = clock.now
    let stages = try buildStages()
    var counts = plan.stages.map { stage in
      StageRunSummary(
        id: stage.id, plugin: stage.plugin, version: stage.configured.descriptor.version,
        configuration: stage.configured.canonicalConfiguration, produces: stage.configured.produces)
    }
    let digest = Self.planDigest(stages)
    let previous = options.force ? nil : try store.previousRun(planDigest: digest, workflow: plan.workflow)
    if let previous, previous.status == "completed", !previous.corpusDigest.isEmpty,
      let read = readsTheSameCorpus(documents, as: previous.corpusDigest)
    {
      for index in counts.indices { counts[index].cached = read }
      let runID = try store.beginRun(
        workflow: plan.workflow, name: plan.name, description: plan.description, stages: counts,
        planDigest: digest, reuses: previous.recordRunID)
      let summary = RunSummary(
        runID: runID, documents: read, stages: counts, failures: [], seconds: Self.seconds(clock.now - started))
      try store.finishRun(
        runID, status: summary.status, stages: counts, summary: summary.json, corpusDigest: previous.corpusDigest)
      progress?(
        RunProgress(
          documentsDone: read, documentsTotal: documentsTotal, stages: counts, elapsed: summary.seconds))
      return summary
    }
    let runID = try store.beginRun(
      workflow: plan.workflow, name: plan.name, description: plan.description, stages: counts,
      planDigest: digest)
    var corpusDigest: [String] = []
    var failures: [StoredFailure] = []
    var collected: [Int: [(documentID: String, key: String)]] = [:]
    var documentsDone = 0

    func report(reducing: String? = nil) {
      progress?(
        RunProgress(
          documentsDone: documentsDone, documentsTotal: documentsTotal, stages: counts,
          elapsed: Self.seconds(clock.now - started), reducing: reducing))
    }

    report()
    var batch: [CorpusEntry] = []
    func flush() async throws {
      guard !batch.isEmpty else { return }
      // Counts are added stage by stage as the batch advances, so progress moves within a batch.
      let outcome = try await process(batch, stages: stages, previous: previous?.recordRunID, runID: runID) {
        index, stageCounts in
        counts[index].computed += stageCounts.computed
        counts[index].cached += stageCounts.cached
        counts[index].failed += stageCounts.failed
        counts[index].seconds += stageCounts.seconds
        report()
      }
      failures += outcome.failures
      corpusDigest.append(outcome.digest)
      for (index, keys) in outcome.collected { collected[index, default: []] += keys }
      documentsDone += outcome.documents
      batch.removeAll(keepingCapacity: true)
      report()
    }
    for item in documents {
      batch.append(item)
      if batch.count >= options.batchSize { try await flush() }
    }
    try await flush()

    for (index, stage) in stages.enumerated() {
      guard case .corpus(let instance) = stage.instance, options.reducesCorpusStages else { continue }
      report(reducing: stage.planned.id)
      let reduceStart = clock.now
      let outcome = try reduce(
        stage, instance, collected: collected[index] ?? [], runID: runID)
      counts[index].seconds += Self.seconds(clock.now - reduceStart)
      if let failure = outcome {
        counts[index].failed += 1
        failures.append(failure)
      }
    }

    let summary = RunSummary(
      runID: runID, documents: documentsDone, stages: counts, failures: failures,
      seconds: Self.seconds(clock.now - started))
    try store.finishRun(
      runID, status: summary.status, stages: counts, summary: summary.json, corpusDigest: corpusDigest)
    return summary
  }

  /// The number of documents when `documents`, cut into batches as a run cuts them, reads
  /// exactly what the batches digested in `digests` read; nil at the first difference.
  func readsTheSameCorpus(_ documents: some Sequence<CorpusEntry>, as digests: [String]) -> Int? {
    var described: [String] = []
    var batches = 0
    var count = 0
    func batchMatches() -> Bool {
      defer {
        batches += 1
        described.removeAll(keepingCapacity: true)
      }
      return batches < digests.count && ContentHash.of(fields: described) == digests[batches]
    }
    for entry in documents {
      guard case .document(let document, let source) = entry else { return nil }
      described += Self.described(document.id, ContentHash.of(document.text), document.metadata.canonicalJSON, source)
      count += 1
      if count % options.batchSize == 0, !batchMatches() { return nil }
    }
    if count % options.batchSize != 0, !batchMatches() { return nil }
    return batches == digests.count ? count : nil
  }

  /// What a batch digest is made of for one document: a run is reused only when every one of
  /// these is the same, in the same order.
  static func described(_ id: String, _ contentHash: String, _ metadataJSON: String, _ source: String) -> [String] {
    [id, contentHash, metadataJSON, source]
  }

  // MARK: - Stages

  struct BuiltStage: Sendable {
    let planned: PlannedStage
    let instance: StageInstance
    /// Everything about the stage that enters its keys: plugin, version, configuration, data.
    let fingerprint: String
    /// The configuration as canonical JSON (encoded once, not per result).
    let configuration: String
    let dataChecksums: String
    /// Indices into the plan of the stages this one needs.
    let needs: [Int]

    var isCorpus: Bool {
      if case .corpus = instance { return true }
      return false
    }
  }

  /// Identifies the stages with everything that enters their keys, and how they feed each
  /// other: two runs with the same digest compute the same keys for the same document.
  static func planDigest(_ stages: [BuiltStage]) -> String {
    ContentHash.of(
      fields: stages.flatMap { stage in
        [stage.planned.id, stage.fingerprint, stage.needs.map(String.init).joined(separator: ",")]
      })
  }

  func buildStages() throws -> [BuiltStage] {
    var indexByID: [String: Int] = [:]
    return try plan.stages.enumerated().map { index, planned in
      indexByID[planned.id] = index
      let context = StageContext(
        baseDirectory: plan.baseDirectory, referenceDate: plan.referenceDate, concurrency: options.jobs,
        checksum: { ContentHash.of($0) })
      let instance: StageInstance
      do {
        instance = try planned.configured.makeStage(context: context)
      } catch {
        throw PlanError("stage '\(planned.id)' could not be set up: \(error)")
      }
      let checksums = JSONValue.object(context.dataChecksums.mapValues(JSONValue.string)).canonicalJSON
      let descriptor = planned.configured.descriptor
      let configuration = planned.configured.canonicalConfiguration
      return BuiltStage(
        planned: planned, instance: instance,
        fingerprint: ContentHash.of(fields: [descriptor.id, String(descriptor.version), configuration, checksums]),
        configuration: configuration,
        dataChecksums: checksums,
        needs: planned.needs.compactMap { indexByID[$0] })
    }
  }

  // MARK: - Batches

  struct StageCounts {
    var computed = 0
    var cached = 0
    var failed = 0
    var seconds = 0.0
  }

  struct BatchOutcome {
    var documents = 0
    /// The digest of what the batch read (see `described`).
    var digest = ""
    var counts: [StageCounts]
    var failures: [StoredFailure] = []
    var collected: [Int: [(documentID: String, key: String)]] = [:]
  }

  /// A document of the batch with what the stages made of it so far.
  struct BatchDocument {
    let document: Document
    let contentHash: String
    /// What the stages see of the document: its text's hash, and its metadata when it has
    /// some (a stage may read the date or language, so a changed date must recompute).
    let documentKey: String
    /// One state per stage reached so far, in plan order: stage `i` is `states[i]`.
    var states: [StageState] = []

    /// Whether any stage failed on the document.
    var hasFailure: Bool { states.contains { $0.isFailed } }

    /// The keys of the results of `stages`; every one of them must have a key (none failed).
    func keys(of stages: [Int]) -> [String] {
      stages.compactMap { states[$0].key }
    }

    /// The annotations of stage `index` (which has a result), read from the store the first
    /// time a later stage needs a cached result.
    mutating func annotations(of index: Int, in store: WorkbenchStore) throws -> [Annotation] {
      switch states[index] {
      case .computed(_, let annotations), .cached(_, _, let annotations?):
        return annotations
      case .cached(let key, let resultID, nil):
        let annotations = try store.annotations(forResultID: resultID)
        states[index] = .cached(key: key, resultID: resultID, annotations: annotations)
        return annotations
      case .pending, .failed:
        preconditionFailure("a stage's input is read before the stage has a result")
      }
    }
  }

  /// What one stage made of one document of a batch.
  enum StageState {
    /// Keyed; the result is still to be looked up or computed.
    case pending(key: String)
    /// Found stored under `key`, in row `resultID`; the annotations are read from the store
    /// only when a later stage of the batch consumes them.
    case cached(key: String, resultID: Int64, annotations: [Annotation]?)
    /// Computed in this batch (a corpus stage's collect has no annotations).
    case computed(key: String, annotations: [Annotation])
    /// Failed, or not run because a stage it needs failed.
    case failed

    /// The result's key; nil for a failure.
    var key: String? {
      switch self {
      case .pending(let key), .cached(let key, _, _), .computed(let key, _): return key
      case .failed: return nil
      }
    }

    var isFailed: Bool {
      if case .failed = self { return true }
      return false
    }
  }

  private func process(
    _ items: [CorpusEntry], stages: [BuiltStage], previous previousRun: Int64?, runID: Int64,
    stageDone: (Int, StageCounts) -> Void
  ) async throws -> BatchOutcome {
    var outcome = BatchOutcome(counts: Array(repeating: StageCounts(), count: stages.count))
    var write = WriteBatch()
    var previous: PreviousRun?
    if let previousRun {
      let ids = items.compactMap { item -> String? in
        if case .document(let document, _) = item { return document.id }
        return nil
      }
      previous = try store.previousRecords(
        run: previousRun, documentIDs: ids, corpusStages: stages.filter(\.isCorpus).map(\.planned.id))
      write.copiedFrom = previousRun
      write.copiedStages = stages.map(\.planned.id)
    }
    var documents: [BatchDocument] = []
    var described: [String] = []
    for item in items {
      outcome.documents += 1
      switch item {
      case .failure(let problem):
        described += ["!", problem.id]
        let failure = StoredFailure(
          stageID: "read", documentID: problem.id, message: "\(problem.location): \(problem.message)")
        outcome.failures.append(failure)
        write.failures.append(failure)
      case .document(let document, let source):
        let hash = ContentHash.of(document.text)
        let metadataJSON = document.metadata.canonicalJSON
        described += Self.described(document.id, hash, metadataJSON, source)
        if let previous,
          previous.reusable(document.id, contentHash: hash, metadataJSON: metadataJSON, source: source),
          let collectKeys = Self.collectKeys(of: document.id, in: previous, stages: stages)
        {
          // Unchanged since a run with the same plan: every key, and so every result, is the
          // one that run linked.
          write.copiedDocuments.append(document.id)
          for index in stages.indices {
            outcome.counts[index].cached += 1
            if let key = collectKeys[index] { outcome.collected[index, default: []].append((document.id, key)) }
          }
          continue
        }
        write.documents.append(
          StoredDocument(
            id: document.id, contentHash: hash, source: source, metadataJSON: metadataJSON,
            text: document.text))
        documents.append(
          BatchDocument(
            document: document, contentHash: hash,
            documentKey: document.metadata.isEmpty ? hash : ContentHash.of(fields: [hash, metadataJSON])))
      }
    }

    for (index, stage) in stages.enumerated() {
      try await run(stage: stage, index: index, on: &documents, outcome: &outcome, write: &write)
      stageDone(index, outcome.counts[index])
    }
    // write.documents and documents were filled together, in the same order.
    for position in documents.indices {
      write.documents[position].complete = !documents[position].hasFailure
    }
    try store.write(write, runID: runID, replacing: options.force)
    outcome.digest = ContentHash.of(fields: described)
    return outcome
  }

  /// The keys the earlier run collected for a document, by stage index (nil for per-document
  /// stages); nil when a corpus stage's key is missing, so the document is computed instead.
  static func collectKeys(of id: String, in previous: PreviousRun, stages: [BuiltStage]) -> [String?]? {
    var keys: [String?] = []
    for stage in stages {
      guard stage.isCorpus else {
        keys.append(nil)
        continue
      }
      guard let key = previous.collectKeys[stage.planned.id]?[id] else { return nil }
      keys.append(key)
    }
    return keys
  }

  private func run(
    stage: BuiltStage, index: Int, on documents: inout [BatchDocument], outcome: inout BatchOutcome,
    write: inout WriteBatch
  ) async throws {
    let isCorpus = stage.isCorpus
    let stageID = stage.planned.id
    var pending: [(position: Int, key: String)] = []
    for position in documents.indices {
      if let failedNeed = stage.needs.first(where: { documents[position].states[$0].isFailed }) {
        documents[position].states.append(.failed)
        outcome.counts[index].failed += 1
        let failure = StoredFailure(
          stageID: stageID, documentID: documents[position].document.id,
          message: "not run: the stage it needs, '\(plan.stages[failedNeed].id)', failed on this document")
        outcome.failures.append(failure)
        write.failures.append(failure)
        continue
      }
      let key = ContentHash.of(
        fields: [isCorpus ? "collect" : "document", stage.fingerprint, documents[position].documentKey]
          + documents[position].keys(of: stage.needs))
      documents[position].states.append(.pending(key: key))
      pending.append((position, key))
    }

    let stored = options.force ? [:] : try store.resultIDs(forKeys: pending.map(\.key))
    var toCompute: [(position: Int, key: String, document: Document, inputs: StageInputs)] = []
    for (position, key) in pending {
      let documentID = documents[position].document.id
      if let id = stored[key] {
        outcome.counts[index].cached += 1
        documents[position].states[index] = .cached(key: key, resultID: id, annotations: nil)
        write.links.append(
          ResultLink(stageID: stageID, documentID: documentID, resultKey: key, resultID: id, computed: false))
        if isCorpus { outcome.collected[index, default: []].append((documentID, key)) }
        continue
      }
      var inputs: [StageInputs.Upstream] = []
      for need in stage.needs {
        let annotations = try documents[position].annotations(of: need, in: store)
        inputs.append(plan.stages[need].upstream(annotations))
      }
      toCompute.append((position, key, documents[position].document, StageInputs(upstream: inputs)))
    }

    let results = await compute(stage.instance, toCompute.map { ($0.document, $0.inputs) })
    for (computed, result) in zip(toCompute, results) {
      let (position, key, document) = (computed.position, computed.key, computed.document)
      outcome.counts[index].seconds += result.seconds
      switch result.output {
      case .failure(let message):
        documents[position].states[index] = .failed
        outcome.counts[index].failed += 1
        let failure = StoredFailure(stageID: stageID, documentID: document.id, message: message)
        outcome.failures.append(failure)
        write.failures.append(failure)
      case .annotations(let annotations):
        outcome.counts[index].computed += 1
        documents[position].states[index] = .computed(key: key, annotations: annotations)
        write.results.append(
          storedResult(stage, key: key, kind: .document, document: documents[position], annotations: annotations))
        write.links.append(ResultLink(stageID: stageID, documentID: document.id, resultKey: key, computed: true))
      case .collected(let payload):
        outcome.counts[index].computed += 1
        documents[position].states[index] = .computed(key: key, annotations: [])
        write.results.append(
          storedResult(stage, key: key, kind: .collect, document: documents[position], payload: payload))
        write.links.append(ResultLink(stageID: stageID, documentID: document.id, resultKey: key, computed: true))
        outcome.collected[index, default: []].append((document.id, key))
      }
    }
  }

  private func storedResult(
    _ stage: BuiltStage, key: String, kind: ResultKind, document: BatchDocument,
    annotations: [Annotation] = [], payload: Data? = nil
  ) -> StoredResult {
    StoredResult(
      key: key, kind: kind, plugin: stage.planned.plugin, version: stage.planned.configured.descriptor.version,
      configuration: stage.configuration, dataChecksums: stage.dataChecksums,
      contentHash: document.contentHash, upstreamKeys: document.keys(of: stage.needs),
      payload: payload, annotations: annotations)
  }

  // MARK: - Computing

  enum Output: Sendable {
    case annotations([Annotation])
    case collected(Data)
    case failure(String)
  }

  struct Computed: Sendable {
    var output: Output
    var seconds: Double
  }

  /// Runs the stage on each document, at most `jobs` at once; results come back in input order.
  ///
  /// `jobs` workers take the next document from a shared counter until none is left: one task
  /// per worker rather than per document, so cheap stages do not pay a task switch each, and
  /// an expensive document does not hold up a fixed share of the others.
  private func compute(_ instance: StageInstance, _ work: [(Document, StageInputs)]) async -> [Computed] {
    guard !work.isEmpty else { return [] }
    let workers = min(options.jobs, work.count)
    if workers == 1 { return work.map { Self.computeOne(instance, $0.0, $0.1) } }
    let next = WorkCounter()
    var results = [Computed?](repeating: nil, count: work.count)
    await withTaskGroup(of: [(Int, Computed)].self) { group in
      for _ in 0..<workers {
        group.addTask {
          var done: [(Int, Computed)] = []
          while case let index = next.take(), index < work.count {
            done.append((index, Self.computeOne(instance, work[index].0, work[index].1)))
          }
          return done
        }
      }
      for await done in group {
        for (index, computed) in done { results[index] = computed }
      }
    }
    return results.map { $0! }
  }

  private static func computeOne(_ instance: StageInstance, _ document: Document, _ inputs: StageInputs)
    -> Computed
  {
    let clock = ContinuousClock()
    let start = clock.now
    let output: Output
    do {
      switch instance {
      case .document(let stage):
        let annotations = try stage.analyze(document, inputs)
        if let problem = Self.checkBounds(annotations, document) {
          output = .failure(problem)
        } else {
          output = .annotations(annotations)
        }
      case .corpus(let stage):
        output = .collected(try stage.collect(document, inputs))
      }
    } catch {
      output = .failure(String(describing: error))
    }
    return Computed(output: output, seconds: seconds(clock.now - start))
  }

  /// A stage must annotate inside the text; an annotation outside it is the stage's bug,
  /// reported as a failure of that document rather than stored.
  static func checkBounds(_ annotations: [Annotation], _ document: Document) -> String? {
    guard let last = annotations.map(\.end).max() else { return nil }
    let count = last > 0 ? document.scalarCount : 0
    for annotation in annotations
    where annotation.start < 0 || annotation.end < annotation.start || annotation.end > count {
      return
        "stage produced an annotation outside the text (\(annotation.start)..<\(annotation.end), text has \(count) scalars)"
    }
    return nil
  }

  // MARK: - Reduce

  private func reduce(
    _ stage: BuiltStage, _ instance: CorpusStageInstance,
    collected: [(documentID: String, key: String)], runID: Int64
  ) throws -> StoredFailure? {
    let items = collected.sorted { $0.documentID < $1.documentID }
    let key = ContentHash.of(
      fields: ["reduce", stage.fingerprint] + items.map { $0.documentID + "\t" + $0.key })
    let stageID = stage.planned.id
    var write = WriteBatch()
    if !options.force, let id = try store.resultIDs(forKeys: [key])[key] {
      write.links.append(ResultLink(stageID: stageID, documentID: "", resultKey: key, resultID: id, computed: false))
      try store.write(write, runID: runID, replacing: false)
      return nil
    }
    let payloads = try store.payloads(forResults: items.map(\.key))
    let inputs = items.compactMap { item in
      payloads[item.key].map { CollectedItem(documentID: item.documentID, value: $0) }
    }
    let result: CorpusResult
    do {
      result = try instance.reduce(inputs)
    } catch {
      let failure = StoredFailure(stageID: stageID, documentID: "", message: "reduce failed: \(error)")
      write.failures.append(failure)
      try store.write(write, runID: runID, replacing: false)
      return failure
    }
    let known = Set(items.map(\.documentID))
    let annotations = result.annotations.filter { known.contains($0.key) }
    write.results.append(
      StoredResult(
        key: key, kind: .reduce, plugin: stage.planned.plugin,
        version: stage.planned.configured.descriptor.version,
        configuration: stage.configuration,
        dataChecksums: stage.dataChecksums, contentHash: nil, upstreamKeys: items.map(\.key),
        documentAnnotations: annotations, records: result.records))
    write.links.append(ResultLink(stageID: stageID, documentID: "", resultKey: key, computed: true))
    try store.write(write, runID: runID, replacing: options.force)
    return nil
  }

  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}

/// Hands out increasing indices to concurrent workers.
final class WorkCounter: Sendable {
  private let value = Atomic<Int>(0)

  func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
