import Foundation
import WorkbenchCore

/// Small stages with the shapes the loader must handle: aliases, typed and range-checked
/// configuration, a required and an optional input, and a corpus stage.
struct TestDateStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("max_years") var max_years = 10
    @Setting("calendar") var calendar = "gregorian"
    @Setting("anchors") var anchors: [String] = []
    init() {}
    func validate() throws {
      guard (1...100).contains(max_years) else {
        throw ConfigurationError.invalid(field: "max_years", message: "must be between 1 and 100")
      }
    }
  }
  static let descriptor = StageDescriptor(
    id: "date-normalization", aliases: ["dates"], version: 1, summary: "test dates",
    produces: [ProducedLabel("DATE", role: .temporalValue)])
  init(configuration: Configuration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

struct TestLinkingStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("threshold") var threshold = 0.5
    init() {}
  }
  static let descriptor = StageDescriptor(
    id: "entity-linking", aliases: ["entities"], version: 1, summary: "test linking",
    consumes: [.role(.boilerplate)], produces: [ProducedLabel("ENTITY", role: .linkedEntity)])
  init(configuration: Configuration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

struct TestCleanStage: DocumentStage {
  static let descriptor = StageDescriptor(
    id: "clean", version: 1, summary: "test clean",
    produces: [ProducedLabel("BOILERPLATE", role: .boilerplate)])
  init(configuration: NoConfiguration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

struct TestSentimentStage: DocumentStage {
  static let descriptor = StageDescriptor(
    id: "sentiment", version: 1, summary: "test sentiment",
    consumes: [.role(.linkedEntity, required: true), .role(.boilerplate)],
    produces: [ProducedLabel("SENTIMENT", role: .tone)])
  init(configuration: NoConfiguration, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

struct TestTopicStage: CorpusStage {
  struct Configuration: StageConfiguration {
    @Setting("topics") var topics = 5
    init() {}
  }
  static let descriptor = StageDescriptor(
    id: "topic-clustering", aliases: ["topics"], version: 1, summary: "test topics",
    produces: [ProducedLabel("TOPIC", role: .topic)])
  init(configuration: Configuration, context: StageContext) throws {}
  func collect(_ document: Document, inputs: StageInputs) throws -> Int { document.scalarCount }
  func reduce(_ collected: [CollectedItem<Int>]) throws -> CorpusResult { CorpusResult() }
}

let testRegistry: StageRegistry = try! StageRegistry([
  TestDateStage.self, TestLinkingStage.self, TestCleanStage.self, TestSentimentStage.self, TestTopicStage.self,
])

/// A temporary folder holding the files a test writes; removed when the test is done.
final class Fixture {
  let folder: URL

  init(_ files: [String: [UInt8]] = [:]) throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("workbench-workflow-\(UUID().uuidString)").standardizedFileURL
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (path, bytes) in files { try write(path, bytes) }
  }

  convenience init(text files: [String: String]) throws {
    try self.init(files.mapValues { Array($0.utf8) })
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

  func write(_ path: String, _ bytes: [UInt8]) throws {
    let url = url(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  func write(_ path: String, text: String) throws { try write(path, Array(text.utf8)) }

  /// Text with this folder's path removed, so that messages read as relative paths.
  func relative(_ text: String) -> String {
    text.replacingOccurrences(of: folder.path + "/", with: "")
  }
}
