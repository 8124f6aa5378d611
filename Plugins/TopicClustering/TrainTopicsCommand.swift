import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench train topics`: fits a topic model on what `workbench worker --collect` wrote
/// and saves it for the `topic-assignment` stage.
public struct TrainTopicsCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "topics",
    abstract: "Fit a topic model on collected documents and save it for the topic-assignment stage.",
    discussion: """
      Input: JSON Lines as `workbench worker WORKFLOW --collect` writes them; the records
      {"record": "collected", "doc": ID, "stage": STAGE, "value": {...}} of the topic stage are
      read, every other line is skipped. The fit is the reduce of topic-clustering, with the
      configuration given by --config (the stage's configuration in the workflow).
      Example:
        workbench worker energy.yaml --collect < corpus.jsonl > collected.jsonl
        workbench train topics --collected collected.jsonl --config '{"topics": "auto"}' -o energy.topics
        workbench worker energy.yaml --replace topics=topic-assignment \\
          --config topics.model=energy.topics < corpus.jsonl
      """)

  @Option(help: "The collected records (JSON Lines); repeat for several files.")
  var collected: [String] = []

  @Option(help: "Only the records of this stage id (default: every collected record).")
  var stage: String?

  @Option(help: "The topic-clustering configuration as a JSON object (default: the stage's defaults).")
  var config: String?

  @Option(name: [.short, .customLong("output")], help: "The model file to write.")
  var output: String

  @Option(help: "Threads for choosing the number of topics.")
  var jobs = ProcessInfo.processInfo.activeProcessorCount

  public init() {}

  public func validate() throws {
    if collected.isEmpty { throw ValidationError("give at least one --collected FILE") }
  }

  public func run() throws {
    let configuration = try parsedConfiguration()
    var items: [CollectedItem<CollectedTerms>] = []
    let decoder = JSONDecoder()
    for path in collected {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw WorkbenchError.usage("cannot read \(path) as UTF-8 text")
      }
      var number = 0
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        number += 1
        guard line.contains("\"collected\"") else { continue }
        let object: [String: JSONValue]
        do {
          object = try JSONValue.parse(String(line)).objectValue ?? [:]
        } catch {
          throw WorkbenchError.invalidInput("\(path):\(number): not a JSON object: \(error)")
        }
        guard object["record"] == "collected", stage == nil || object["stage"]?.stringValue == stage else { continue }
        guard let id = object["doc"]?.stringValue, let value = object["value"],
          let terms = try? decoder.decode(CollectedTerms.self, from: Data(value.canonicalJSON.utf8))
        else {
          throw WorkbenchError.invalidInput(
            "\(path):\(number): a collected record needs \"doc\" and the topic stage's \"value\"")
        }
        items.append(CollectedItem(documentID: id, value: terms))
      }
    }
    guard !items.isEmpty else {
      throw WorkbenchError.invalidInput(
        "no collected records in \(collected.joined(separator: ", ")) (write them with `workbench worker WORKFLOW --collect`)"
      )
    }
    let model = SavedTopicModel.fit(items, configuration: configuration, concurrency: jobs)
    try AtomicFileWriter.write(try model.encoded(), to: URL(fileURLWithPath: output))
    FileHandle.standardError.write(
      Data("wrote \(output): \(model.topicCount) topics fitted on \(items.count) documents\n".utf8))
  }

  private func parsedConfiguration() throws -> TopicClusteringConfiguration {
    guard let config else { return TopicClusteringConfiguration() }
    do {
      let json = try JSONValue.parse(config)
      let factory = StageFactory(TopicClusteringStage.self)
      let configured = try factory.configure(json)
      return try JSONDecoder().decode(
        TopicClusteringConfiguration.self, from: Data(configured.configuration.canonicalJSON.utf8))
    } catch {
      throw WorkbenchError.usage("--config: \(error)")
    }
  }
}
