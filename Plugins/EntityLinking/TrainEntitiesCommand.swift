import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench train entities`: the command-line face of `EntityTaggerTraining`.
public struct TrainEntitiesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Train the entity tagger from CoNLL/BIO token files or JSON Lines gold.",
    discussion: """
      Each --data file is token<TAB>tag per line (BIO or IOB1; blank lines between sentences;
      -DOCSTART- between documents, else every 20 sentences make one) or JSON Lines gold
      ({"text", "mentions": [{"start", "end", "type"}]}). Types map to PERSON, LOCATION,
      ORGANIZATION and MISC. Every 10th document of each file is held out and scored, never
      trained on. Training is deterministic.
      Example:
        workbench train entities --data ar.conll --data en.conll --data mine.jsonl:3 -o news.wbner
      Then: workbench annotate --stage entities --config tagger=news.wbner article.txt
      """)

  @Option(name: .customLong("data"), help: "An annotated file, optionally FILE:WEIGHT; repeat for several.")
  var data: [String] = []

  @Option(name: [.short, .customLong("output")], help: "The model file to write.")
  var output: String

  @Option(help: "Hold out every N-th document of each file (0: none).")
  var devEvery = 10

  @Option(help: "Folds of cross-validation on the training documents (0: none).")
  var folds = 0

  @Option(help: "Passes over the training data.")
  var epochs = EntityTaggerTrainer().epochs

  @Option(help: "Leave out also every document at index % dev-every == N and score it apart (a fold to tune on).")
  var tuningOffset: Int?

  @Option(name: .customLong("test"), help: "An annotated file to score the model on, never trained on; repeatable.")
  var testFiles: [String] = []

  @Option(help: "Drop features whose averaged weights all stay below this (a smaller, faster model; 0: keep all).")
  var pruneRows: Float = 0

  @Option(help: "log2 of the number of feature hash buckets.")
  var bucketBits = 20

  @Option(help: "Share of sentences of clitic-segmented Arabic files trained with their clitics reattached.")
  var rejoinClitics = 0.5

  @Option(help: "The seed of the shuffles.")
  var seed: UInt64 = 20_261_206

  @Option(help: "Perceptrons, each on its own shuffle of the sentences, averaged into the model.")
  var shuffles = EntityTaggerTrainer().shuffles

  @Option(
    help:
      "Train a second pass that reads the first pass's tags of the same word elsewhere in the document, the first pass trained on this many parts of the training documents (0: one pass)."
  )
  var twoStage = 0

  @Option(help: "Write the held-out documents as JSON Lines gold, for `workbench evaluate`.")
  var writeHeldOut: String?

  @Option(name: .customLong("note"), help: "KEY=VALUE stored in the model file (source, licence); repeatable.")
  var notes: [String] = []

  public init() {}

  public func validate() throws {
    if data.isEmpty { throw ValidationError("give at least one --data FILE") }
    if folds == 1 || folds < 0 { throw ValidationError("--folds must be 0 (none) or at least 2") }
    if devEvery == 1 || devEvery < 0 { throw ValidationError("--dev-every must be 0 (none) or at least 2") }
    if !(14...24).contains(bucketBits) { throw ValidationError("--bucket-bits must be between 14 and 24") }
    if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
    if shuffles < 1 { throw ValidationError("--shuffles must be at least 1") }
    if pruneRows < 0 { throw ValidationError("--prune-rows must be 0 or more") }
    if twoStage == 1 || twoStage < 0 { throw ValidationError("--two-stage must be 0 (one pass) or at least 2") }
    if !(0...1).contains(rejoinClitics) { throw ValidationError("--rejoin-clitics must be between 0 and 1") }
    if let tuningOffset, devEvery < 2 || !(0..<(devEvery - 1)).contains(tuningOffset) {
      throw ValidationError("--tuning-offset must be between 0 and dev-every - 2")
    }
  }

  public func run() throws {
    var training = EntityTaggerTraining()
    training.trainer.epochs = epochs
    training.trainer.bucketBits = bucketBits
    training.trainer.pruneRowsBelow = pruneRows
    training.trainer.seed = seed
    training.trainer.shuffles = shuffles
    training.trainer.twoStageParts = twoStage
    training.devEvery = devEvery
    training.folds = folds
    training.rejoinClitics = rejoinClitics
    training.tuningOffset = tuningOffset
    for path in testFiles {
      guard FileManager.default.fileExists(atPath: path) else { throw WorkbenchError.usage("no test file at \(path)") }
      training.testFiles.append(URL(fileURLWithPath: path))
    }
    for note in notes {
      let parts = note.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { throw WorkbenchError.usage("--note must be KEY=VALUE, got '\(note)'") }
      training.notes[parts[0]] = .string(parts[1])
    }
    var sources: [EntityTaggerTraining.Source] = []
    for item in data {
      let file = WeightedDataFile(item)
      let (path, weight) = (file.path, file.weight)
      guard FileManager.default.fileExists(atPath: path) else { throw WorkbenchError.usage("no data file at \(path)") }
      sources.append(.init(url: URL(fileURLWithPath: path), weight: Float(weight)))
    }
    let outcome: EntityTaggerTraining.Outcome
    do {
      outcome = try training.run(sources) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    } catch let error as CoNLLReader.ReadError {
      throw WorkbenchError.invalidInput(error.description)
    }
    for line in outcome.report { print(line) }
    let bytes = outcome.model.serialized()
    do {
      try bytes.write(to: URL(fileURLWithPath: output))
      if let writeHeldOut {
        try EntityGoldDocument.jsonLines(outcome.heldOut).write(to: URL(fileURLWithPath: writeHeldOut))
        print("wrote \(outcome.heldOut.count) held-out documents to \(writeHeldOut)")
      }
    } catch {
      throw WorkbenchError.usage("cannot write: \(error.localizedDescription)")
    }
    print("wrote \(output) (\(bytes.count) bytes)")
  }
}
