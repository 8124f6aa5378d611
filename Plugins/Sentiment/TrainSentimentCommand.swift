import ArgumentParser
import Foundation
import WorkbenchCore

/// `workbench train sentiment`: fits the sentiment model on labelled texts, reports
/// cross-validated figures, and writes a model file for the stage's `model` option.
public struct TrainSentimentCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "sentiment",
    abstract: "Train a sentiment model from CSV, TSV or JSON Lines files.",
    discussion: """
      Training is deterministic: the same files and options give the same model, byte for byte.
      Each file's rows count once, or WEIGHT times with --data FILE:WEIGHT. The text comes from
      the first --text-column a file has, the label from the first --label-column.
      Example:
        workbench train sentiment --data tweets.csv --data news.tsv:4 \\
          --text-column tweet --text-column text --label-column sentiment --label-column label \\
          --labels NEG=negative,NEU=neutral,POS=positive -o news.wbsent
      Then: workbench annotate --stage sentiment --config model=news.wbsent article.txt
      """)

  @Option(
    name: .customLong("data"), help: "A labelled file (.csv, .tsv, .jsonl), optionally FILE:WEIGHT; repeat for several."
  )
  var data: [String] = []

  @Option(name: .customLong("text-column"), help: "The column holding the text; repeat to give alternatives.")
  var textColumns: [String] = []

  @Option(name: .customLong("label-column"), help: "The column holding the label; repeat to give alternatives.")
  var labelColumns: [String] = []

  @Option(help: "Rename labels: FROM=TO,FROM=TO (e.g. NEG=negative,NEU=neutral,POS=positive).")
  var labels: String?

  @Option(name: [.short, .customLong("output")], help: "The model file to write.")
  var output: String

  @Option(help: "Folds of cross-validation (0: none).")
  var folds = 5

  @Option(help: "Passes over the training data.")
  var epochs = 8

  @Option(help: "log2 of the number of feature hash buckets (model size: 6 × 2^bits bytes for 3 classes).")
  var bucketBits = 18

  @Option(help: "AdaGrad's learning rate.")
  var learningRate: Float = 0.5

  @Option(help: "L2 regularization of the weights (larger: smoother, less fitted to the training texts).")
  var l2: Float = 1e-6

  @Option(help: "Class weights: balanced (by inverse frequency, for macro-F1), sqrt (halfway) or none.")
  var classWeights = "balanced"

  @Option(
    help:
      "Folds of the cross-validation that fits the calibration and the label decision (0: argmax of the raw probabilities)."
  )
  var decisionFolds = 5

  @Flag(help: "Average the weights over the ends of the second half of the epochs (steadier).")
  var average = false

  @Option(help: "The seed of the shuffles.")
  var seed: UInt64 = 20_260_128

  @Option(name: .customLong("note"), help: "KEY=VALUE stored in the model file (source, licence); repeatable.")
  var notes: [String] = []

  public init() {}

  public func validate() throws {
    if data.isEmpty { throw ValidationError("give at least one --data FILE") }
    if textColumns.isEmpty { throw ValidationError("give --text-column") }
    if labelColumns.isEmpty { throw ValidationError("give --label-column") }
    if folds == 1 || folds < 0 { throw ValidationError("--folds must be 0 (none) or at least 2") }
    if !(10...24).contains(bucketBits) { throw ValidationError("--bucket-bits must be between 10 and 24") }
    if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
    if SentimentTrainer.ClassWeighting(rawValue: classWeights) == nil {
      throw ValidationError("--class-weights must be balanced, sqrt or none")
    }
    if decisionFolds == 1 || decisionFolds < 0 {
      throw ValidationError("--decision-folds must be 0 (none) or at least 2")
    }
    if !(l2 >= 0) { throw ValidationError("--l2 must be at least 0") }
    if !(learningRate > 0) { throw ValidationError("--learning-rate must be above 0") }
  }

  public func run() throws {
    let labelMap = try parseLabelMap()
    var examples: [LabelledText] = []
    var sources: [String] = []
    for item in data {
      let file = WeightedDataFile(item)
      let (path, weight) = (file.path, file.weight)
      guard FileManager.default.fileExists(atPath: path) else { throw WorkbenchError.usage("no data file at \(path)") }
      do {
        let rows = try LabelledTextTable.read(
          URL(fileURLWithPath: path), textColumns: textColumns, labelColumns: labelColumns, labelMap: labelMap,
          weight: weight)
        examples += rows
        sources.append(URL(fileURLWithPath: path).lastPathComponent)
      } catch let error as LabelledTextTable.ReadError {
        throw WorkbenchError.invalidInput(error.description)
      }
    }
    let classLabels = Self.orderedLabels(Set(examples.map(\.label)))
    guard classLabels.count >= 2 else {
      throw WorkbenchError.invalidInput("the data has \(classLabels.count) label(s); a classifier needs at least two")
    }
    print("examples: \(examples.count) from \(sources.joined(separator: ", "))")
    for label in classLabels {
      print("  \(label): \(examples.filter { $0.label == label }.count)")
    }

    var trainer = SentimentTrainer()
    trainer.epochs = epochs
    trainer.bucketBits = bucketBits
    trainer.seed = seed
    trainer.l2 = l2
    trainer.learningRate = learningRate
    trainer.averageEpochs = average
    trainer.classWeighting = SentimentTrainer.ClassWeighting(rawValue: classWeights)!
    trainer.decisionFolds = decisionFolds
    let clock = ContinuousClock()
    let featureStart = clock.now
    let featureCPUStart = Self.cpuSeconds()
    let features = trainer.features(of: examples)
    let featureTime = clock.now - featureStart
    let featureCPU = Self.cpuSeconds() - featureCPUStart

    var info: [String: JSONValue] = [
      "data": .array(data.map(JSONValue.string)), "examples": .int(examples.count),
      "seed": .string(String(seed)), "epochs": .int(epochs), "l2": .double(Double(l2)),
      "learning_rate": .double(Double(learningRate)),
      "class_weights": .string(classWeights), "decision_folds": .int(decisionFolds),
      "average": .bool(average),
    ]
    for note in notes {
      let parts = note.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { throw WorkbenchError.usage("--note must be KEY=VALUE, got '\(note)'") }
      info[parts[0]] = .string(parts[1])
    }
    if folds >= 2 {
      let start = clock.now
      let predictions = trainer.crossValidate(examples, features: features, labels: classLabels, folds: folds)
      let seconds = (clock.now - start).seconds
      var figures: [String: JSONValue] = [:]
      print("\(folds)-fold cross-validation (\(String(format: "%.1f", seconds)) s):")
      let groups =
        [("all", examples.indices.map { $0 })]
        + (sources.count > 1
          ? sources.map { source in (source, examples.indices.filter { examples[$0].source == source }) } : [])
      for (name, indices) in groups {
        let scores = ClassificationScores(
          labels: classLabels, gold: indices.map { classLabels.firstIndex(of: examples[$0].label)! },
          predicted: indices.map { predictions[$0] })
        print(
          "  \(name): accuracy \(String(format: "%.4f", scores.accuracy)) (\(scores.correct)/\(scores.total)), "
            + "macro-F1 \(String(format: "%.4f", scores.macroF1))")
        figures[name] = .object([
          "accuracy": .double((scores.accuracy * 10_000).rounded() / 10_000),
          "macro_f1": .double((scores.macroF1 * 10_000).rounded() / 10_000), "rows": .int(scores.total),
        ])
      }
      info["cross_validation"] = .object(figures)
      info["folds"] = .int(folds)
    }
    let trainStart = clock.now
    let cpuStart = Self.cpuSeconds()
    let model = trainer.trainWithDecision(examples, features: features, labels: classLabels, info: info)
    let trainTime = (clock.now - trainStart).seconds + featureTime.seconds
    let trainCPU = Self.cpuSeconds() - cpuStart + featureCPU
    if decisionFolds >= 2 {
      let offsets = zip(classLabels, model.decision.offsets).map { "\($0) \(String(format: "%+.2f", $1))" }
      print(
        "decision (\(decisionFolds)-fold cross-validation): temperature \(String(format: "%.2f", model.decision.temperature)), "
          + "log-probability offsets \(offsets.joined(separator: ", "))")
    }
    let bytes = model.serialized()
    do {
      try bytes.write(to: URL(fileURLWithPath: output))
    } catch {
      throw WorkbenchError.usage("cannot write \(output): \(error.localizedDescription)")
    }
    print(
      "trained on \(examples.count) examples in \(String(format: "%.2f", trainTime)) s "
        + "(\(String(format: "%.2f", trainCPU)) s of CPU, features included); "
        + "wrote \(output) (\(bytes.count) bytes)")
  }

  private func parseLabelMap() throws -> [String: String] {
    guard let labels else { return [:] }
    var map: [String: String] = [:]
    for pair in labels.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw WorkbenchError.usage("--labels must be FROM=TO,FROM=TO; got '\(pair)'")
      }
      map[parts[0]] = parts[1]
    }
    return map
  }

  /// CPU time of this process: the fair measure on a machine shared with other work.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// `FILE:WEIGHT` when the part after the last colon is a positive number, else the path.
  /// negative, neutral, positive first when present (the stage's score uses them), then the rest.
  static func orderedLabels(_ labels: Set<String>) -> [String] {
    let known = ["negative", "neutral", "positive"].filter(labels.contains)
    return known + labels.subtracting(known).sorted()
  }
}

extension Duration {
  fileprivate var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
