import Foundation
import Testing
import WorkbenchCore
import WorkbenchRuntime
import WorkbenchStore
import WorkbenchWorkflow

/// The cache contract: each test counts the stage executions a run really made.
@Suite struct RunExecutorTests {
  let tag = UUID().uuidString
  let database: String
  let store: WorkbenchStore
  var counter: ExecutionCounter { Counters.counter(tag) }

  init() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-runtime-\(UUID().uuidString)")
    database = folder.appendingPathComponent("test.sqlite").path
    store = try WorkbenchStore(path: database)
  }

  static let corpus = [
    Document(id: "a.txt", text: "oil and gas"),
    Document(id: "b.txt", text: "النفط والغاز في سوريا"),
    Document(id: "c.txt", text: "power grid"),
  ]

  func plan(
    wordsConfig: JSONValue = [:], stages: [String] = ["words", "count", "share"], referenceDate: String? = nil
  ) throws -> RunPlan {
    let registry = try StageRegistry([WordStage.self, CountStage.self, ShareStage.self, AnchorStage.self])
    var configurations: [String: JSONValue] = [:]
    for name in stages { configurations[name] = ["tag": .string(tag)] }
    if var words = configurations["words"]?.objectValue {
      for (key, value) in wordsConfig.objectValue ?? [:] { words[key] = value }
      configurations["words"] = .object(words)
    }
    let planned = try StagePlanner.plan(names: stages, configurations: configurations, registry: registry)
    return RunPlan(
      workflow: "test.yaml", name: "test", stages: planned,
      baseDirectory: FileManager.default.temporaryDirectory, referenceDate: referenceDate)
  }

  func values(_ summary: RunSummary, _ stageID: String) throws -> [String: String] {
    var values: [String: String] = [:]
    try store.forEachAnnotation(runID: summary.runID, stageID: stageID) {
      values[$0.documentID, default: ""] += $0.annotation.value ?? $0.annotation.text
    }
    return values
  }

  @discardableResult
  func run(_ documents: [Document], plan: RunPlan, force: Bool = false) async throws -> RunSummary {
    counter.reset()
    let items = documents.map { CorpusEntry.document($0, source: $0.id) }
    return try await RunExecutor(store: store, plan: plan, options: RunOptions(jobs: 2, force: force, batchSize: 2))
      .run(items)
  }

  func stage(_ summary: RunSummary, _ id: String) -> StageRunSummary {
    summary.stages.first { $0.id == id }!
  }

  @Test func firstRunComputesEverythingAndStoresAnnotations() async throws {
    let summary = try await run(Self.corpus, plan: plan())
    #expect(counter.count("words") == 3)
    #expect(counter.count("count") == 3)
    #expect(counter.count("collect") == 3)
    #expect(counter.count("reduce") == 1)
    #expect(stage(summary, "words").computed == 3)
    var counts: [String: String] = [:]
    try store.forEachAnnotation(runID: summary.runID, stageID: "count") { counts[$0.documentID] = $0.annotation.value }
    #expect(counts == ["a.txt": "3", "b.txt": "4", "c.txt": "2"])
    var shares: [String: String] = [:]
    try store.forEachAnnotation(runID: summary.runID, stageID: "share") { shares[$0.documentID] = $0.annotation.value }
    #expect(shares == ["a.txt": "11/42", "b.txt": "21/42", "c.txt": "10/42"])
    let records = try store.corpusRecords(runID: summary.runID)
    #expect(records.map(\.record.value) == [.int(42)])
  }

  @Test func secondRunComputesNothing() async throws {
    try await run(Self.corpus, plan: plan())
    let summary = try await run(Self.corpus, plan: plan())
    #expect(counter.count("words") == 0)
    #expect(counter.count("count") == 0)
    #expect(counter.count("collect") == 0)
    #expect(counter.count("reduce") == 0)
    #expect(summary.stages.map(\.cached) == [3, 3, 3])
    var words = 0
    try store.forEachAnnotation(runID: summary.runID, stageID: "words") { _ in words += 1 }
    #expect(words == 9)
  }

  @Test func changedConfigRecomputesThatStageAndItsDependantsOnly() async throws {
    try await run(Self.corpus, plan: plan())
    try await run(Self.corpus, plan: plan(wordsConfig: ["label": "TOKEN"]))
    #expect(counter.count("words") == 3)
    #expect(counter.count("count") == 3)
    #expect(counter.count("collect") == 0)
    #expect(counter.count("reduce") == 0)
  }

  @Test func addedDocumentComputesOnlyThatDocumentAndTheReduce() async throws {
    try await run(Self.corpus, plan: plan())
    try await run(Self.corpus + [Document(id: "d.txt", text: "new text here")], plan: plan())
    #expect(counter.count("words") == 1)
    #expect(counter.count("count") == 1)
    #expect(counter.count("collect") == 1)
    #expect(counter.count("reduce") == 1)
  }

  @Test func editedDocumentRecomputesOnlyIt() async throws {
    try await run(Self.corpus, plan: plan())
    var edited = Self.corpus
    edited[1].text += " اليوم"
    let summary = try await run(edited, plan: plan())
    #expect(counter.count("words") == 1)
    #expect(counter.count("collect") == 1)
    #expect(counter.count("reduce") == 1)
    #expect(stage(summary, "words").cached == 2)
  }

  @Test func changedMetadataRecomputesThatDocument() async throws {
    var dated = Self.corpus
    for index in dated.indices { dated[index].metadata.date = "2026-01-0\(index + 1)" }
    try await run(dated, plan: plan(stages: ["words", "anchor"]))
    dated[1].metadata.date = "2026-02-15"
    let summary = try await run(dated, plan: plan(stages: ["words", "anchor"]))
    #expect(counter.count("anchor") == 1)
    #expect(counter.count("words") == 1, "every stage sees the metadata, so every stage recomputes")
    #expect(try values(summary, "anchor") == ["a.txt": "2026-01-01", "b.txt": "2026-02-15", "c.txt": "2026-01-03"])
  }

  @Test func aNewReferenceDateRecomputesOnlyTheStagesThatReadIt() async throws {
    try await run(Self.corpus, plan: plan(stages: ["words", "anchor"], referenceDate: "2026-01-28"))
    let summary = try await run(Self.corpus, plan: plan(stages: ["words", "anchor"], referenceDate: "2026-03-01"))
    #expect(counter.count("anchor") == 3)
    #expect(counter.count("words") == 0)
    #expect(Set(try values(summary, "anchor").values) == ["2026-03-01"])
  }

  @Test func anUnchangedCorpusReusesTheRecordOfTheLastRunWithTheSamePlan() async throws {
    let first = try await run(Self.corpus, plan: plan())
    try await run(Self.corpus, plan: plan(wordsConfig: ["label": "TOKEN"]))
    let third = try await run(Self.corpus + [Document(id: "d.txt", text: "new text here")], plan: plan())
    #expect(counter.count("words") == 1)
    #expect(counter.count("collect") == 1)
    #expect(stage(third, "words").cached == 3)
    #expect(stage(third, "share").cached == 3)
    #expect(try values(third, "count") == ["a.txt": "3", "b.txt": "4", "c.txt": "2", "d.txt": "3"])
    #expect(try values(third, "share") == ["a.txt": "11/55", "b.txt": "21/55", "c.txt": "10/55", "d.txt": "13/55"])
    let fourth = try await run(Self.corpus, plan: plan())
    #expect(counter.count("words") == 0)
    #expect(counter.count("reduce") == 0, "the reduce over the first run's corpus is cached")
    #expect(try values(fourth, "share") == (try values(first, "share")))
    #expect(try values(fourth, "count") == (try values(first, "count")))
  }

  @Test func aRunOfAnUnchangedCorpusTakesOverTheRecordWholeAndPruneKeepsIt() async throws {
    let first = try await run(Self.corpus, plan: plan())
    let second = try await run(Self.corpus, plan: plan())
    #expect(second.stages.map(\.cached) == [3, 3, 3])
    #expect(try store.run(second.runID)?.documents == 3)
    #expect(try values(second, "share") == (try values(first, "share")))
    #expect(try values(second, "words") == (try values(first, "words")))
    #expect(try store.corpusRecords(runID: second.runID).map(\.record.value) == [.int(42)])
    try store.prune(keepRuns: 1)
    #expect(try store.runs().map(\.id) == [second.runID, first.runID], "the run whose record is reused stays")
    #expect(try values(second, "count") == ["a.txt": "3", "b.txt": "4", "c.txt": "2"])
    var texts: [String] = []
    try store.forEachDocument(runID: second.runID) { texts.append($0.text) }
    #expect(texts == Self.corpus.map(\.text))
  }

  @Test func forceRecomputesEverything() async throws {
    try await run(Self.corpus, plan: plan())
    let summary = try await run(Self.corpus, plan: plan(), force: true)
    #expect(counter.count("words") == 3)
    #expect(counter.count("count") == 3)
    #expect(counter.count("collect") == 3)
    #expect(counter.count("reduce") == 1)
    var words = 0
    try store.forEachAnnotation(runID: summary.runID, stageID: "words") { _ in words += 1 }
    #expect(words == 9, "forced results replace, not duplicate, the stored ones")
  }

  @Test func aFailingDocumentFailsAloneAndTheRunCompletes() async throws {
    let summary = try await run(Self.corpus, plan: plan(wordsConfig: ["fail_on": "grid"]))
    #expect(stage(summary, "words").computed == 2)
    #expect(stage(summary, "words").failed == 1)
    #expect(stage(summary, "count").failed == 1)
    #expect(stage(summary, "share").computed == 3)
    #expect(summary.failures.map(\.documentID) == ["c.txt", "c.txt"])
    #expect(summary.failures.first?.message == "refused c.txt")
    #expect(summary.status == "completed-with-failures")
    #expect(try store.runs().first?.status == "completed-with-failures")
    // The failed document is retried on the next run; the others are cached.
    let again = try await run(Self.corpus, plan: plan(wordsConfig: ["fail_on": "grid"]))
    #expect(counter.count("words") == 1)
    #expect(stage(again, "words").cached == 2)
  }

  @Test func sameTextUnderTwoIdsIsComputedOnceAndAnnotatedForBoth() async throws {
    let twins = [Document(id: "x", text: "same words"), Document(id: "y", text: "same words")]
    let summary = try await run(twins, plan: plan(stages: ["words"]))
    #expect(counter.count("words") <= 2)
    var documents: [String] = []
    try store.forEachAnnotation(runID: summary.runID) { documents.append($0.documentID) }
    #expect(documents == ["x", "x", "y", "y"])
  }

  @Test func readFailuresAreRecordedAndTheRestRuns() async throws {
    counter.reset()
    let items: [CorpusEntry] = [
      .document(Self.corpus[0], source: "a.txt"),
      .failure(
        DocumentFailure(
          id: "bad.txt", message: "invalid UTF-8 at byte 3",
          location: SourceLocation(file: "bad.txt", line: 1, column: 4))),
    ]
    let summary = try await RunExecutor(store: store, plan: plan(stages: ["words"])).run(items)
    #expect(summary.documents == 2)
    #expect(
      summary.failures == [
        StoredFailure(stageID: "read", documentID: "bad.txt", message: "bad.txt:1:4: invalid UTF-8 at byte 3")
      ])
    #expect(stage(summary, "words").computed == 1)
  }

  @Test func summaryJSONHasTheDocumentedShape() async throws {
    let summary = try await run(Self.corpus, plan: plan(stages: ["words"]))
    let object = summary.json.objectValue!
    #expect(object["documents"] == .int(3))
    #expect(object["run"] == .int(Int(summary.runID)))
    let stage = object["stages"]!.arrayValue![0].objectValue!
    #expect(Set(stage.keys) == ["id", "plugin", "computed", "cached", "failed", "seconds"])
    #expect(stage["computed"] == .int(3))
    #expect(object["failures"] == .array([]))
  }

  @Test func anUndeclaredLabelFailsItsDocumentAndTheRunCompletes() async throws {
    let registry = try StageRegistry([StrayLabelStage.self])
    let plan = RunPlan(
      workflow: "test.yaml", name: "test", stages: try StagePlanner.plan(names: ["stray"], registry: registry),
      baseDirectory: FileManager.default.temporaryDirectory)
    let summary = try await run(Self.corpus, plan: plan)
    #expect(summary.failures.map(\.documentID) == ["c.txt"])
    #expect(
      summary.failures.first?.message
        == "stage 'stray' made an annotation labelled 'UNDECLARED', which its descriptor does not declare (it declares DECLARED); add it to `produces`"
    )
    var labels: [String] = []
    try store.forEachAnnotation(runID: summary.runID, stageID: "stray") { labels.append($0.annotation.label) }
    #expect(labels == ["DECLARED", "DECLARED"])
  }

  @Test func plannerPutsUsedStagesFirstWhateverOrderTheyAreNamedIn() throws {
    let registry = try StageRegistry([WordStage.self, CountStage.self, ShareStage.self, UsingStage.self])
    let planned = try StagePlanner.plan(names: ["uses-words", "words"], registry: registry)
    #expect(planned.map(\.id) == ["words", "uses-words"])
    #expect(planned.last?.needs == ["words"])
    let alone = try StagePlanner.plan(names: ["uses-words"], registry: registry)
    #expect(alone.map(\.id) == ["uses-words"])
    #expect(alone.first?.needs == [])
  }
}

/// Labels its annotation with a label it did not declare when the text mentions "grid".
struct StrayLabelStage: DocumentStage {
  static let descriptor = StageDescriptor(
    id: "stray", version: 1, summary: "an undeclared label for some documents",
    produces: [ProducedLabel("DECLARED", role: .documentValue)])
  init(configuration: NoConfiguration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    [document.wholeTextAnnotation(label: document.text.contains("grid") ? "UNDECLARED" : "DECLARED", value: nil)]
  }
}

/// A stage that uses `words` when it runs, and does without otherwise.
struct UsingStage: DocumentStage {
  static let descriptor = StageDescriptor(
    id: "uses-words", version: 1, summary: "uses words", consumes: [.role(.span)],
    produces: [ProducedLabel("N", role: .documentValue)])
  init(configuration: NoConfiguration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    [document.wholeTextAnnotation(label: "N", value: String(inputs.annotations(role: .span).count))]
  }
}
