import Foundation
import WorkbenchCore

/// Counts how often each test stage ran, per stage id, so tests can assert what a run
/// computed rather than trusting the run's own summary.
final class ExecutionCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  func increment(_ stage: String) { lock.withLock { counts[stage, default: 0] += 1 } }
  func count(_ stage: String) -> Int { lock.withLock { counts[stage] ?? 0 } }
  func reset() { lock.withLock { counts.removeAll() } }
}

/// Counters per test, keyed by a unique run tag in the configuration, so parallel tests do
/// not see each other's executions.
enum Counters {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var counters: [String: ExecutionCounter] = [:]

  static func counter(_ tag: String) -> ExecutionCounter {
    lock.withLock {
      if let counter = counters[tag] { return counter }
      let counter = ExecutionCounter()
      counters[tag] = counter
      return counter
    }
  }
}

/// Marks each word of the text: a per-document stage with a config that changes its output.
struct WordStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("tag") var tag = ""
    @Setting("label") var label = "WORD"
    @Setting("fail_on") var fail_on = ""
  }

  static let descriptor = StageDescriptor(
    id: "words", version: 1, summary: "marks words",
    produces: [ProducedLabel("WORD", role: .span, configurationKey: "label")])

  let configuration: Configuration
  init(configuration: Configuration, context: StageContext) throws { self.configuration = configuration }

  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    Counters.counter(configuration.tag).increment("words")
    if !configuration.fail_on.isEmpty, document.text.contains(configuration.fail_on) {
      throw TestStageError.refused(document.id)
    }
    var annotations: [Annotation] = []
    var start: Int?
    for (offset, scalar) in document.text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        if let begin = start {
          annotations.append(
            Annotation(start: begin, end: offset, text: document.slice(begin, offset), label: configuration.label))
        }
        start = nil
      } else if start == nil {
        start = offset
      }
    }
    if let begin = start {
      let end = document.scalarCount
      annotations.append(
        Annotation(start: begin, end: end, text: document.slice(begin, end), label: configuration.label))
    }
    return annotations
  }
}

enum TestStageError: Error, CustomStringConvertible {
  case refused(String)
  var description: String {
    switch self {
    case .refused(let id): return "refused \(id)"
    }
  }
}

/// Counts the words the `words` stage found: a stage that requires another.
struct CountStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("tag") var tag = ""
  }

  static let descriptor = StageDescriptor(
    id: "count", version: 1, summary: "counts words", consumes: [.role(.span, required: true)],
    produces: [ProducedLabel("COUNT", role: .documentValue)])

  let configuration: Configuration
  init(configuration: Configuration, context: StageContext) throws { self.configuration = configuration }

  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    Counters.counter(configuration.tag).increment("count")
    let count = inputs.annotations(role: .span).count
    return [document.wholeTextAnnotation(label: "COUNT", value: String(count))]
  }
}

/// The length of each document, then its share of the corpus: a corpus stage.
struct ShareStage: CorpusStage {
  struct Configuration: StageConfiguration {
    @Setting("tag") var tag = ""
  }

  static let descriptor = StageDescriptor(
    id: "share", version: 1, summary: "share of corpus length",
    produces: [ProducedLabel("SHARE", role: .documentValue)], kind: .corpus)

  let configuration: Configuration
  init(configuration: Configuration, context: StageContext) throws { self.configuration = configuration }

  func collect(_ document: Document, inputs: StageInputs) throws -> Int {
    Counters.counter(configuration.tag).increment("collect")
    return document.scalarCount
  }

  func reduce(_ collected: [CollectedItem<Int>]) throws -> CorpusResult {
    Counters.counter(configuration.tag).increment("reduce")
    let total = collected.reduce(0) { $0 + $1.value }
    var annotations: [String: [Annotation]] = [:]
    for item in collected {
      annotations[item.documentID] = [
        Annotation(start: 0, end: item.value, text: "", label: "SHARE", value: "\(item.value)/\(total)")
      ]
    }
    return CorpusResult(
      annotations: annotations,
      records: [CorpusRecord(kind: "total", key: "all", value: .int(total))])
  }
}

/// Annotates each document with the date it is anchored on: its own, else the run's
/// reference date. A stage that reads document metadata and the reference date.
struct AnchorStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("tag") var tag = ""
  }

  static let descriptor = StageDescriptor(
    id: "anchor", version: 1, summary: "the anchor date", produces: [ProducedLabel("ANCHOR", role: .documentValue)])

  let configuration: Configuration
  let referenceDate: String?
  init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    self.referenceDate = context.referenceDate
  }

  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    Counters.counter(configuration.tag).increment("anchor")
    return [document.wholeTextAnnotation(label: "ANCHOR", value: document.metadata.date ?? referenceDate ?? "none")]
  }
}
