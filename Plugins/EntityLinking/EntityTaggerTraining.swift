import Foundation
import WorkbenchCore

/// What `workbench train entities` does: reads annotated files, holds out a document-level dev
/// fold of each, optionally cross-validates on the rest, trains the tagger on the rest and
/// stores the figures in the model.
public struct EntityTaggerTraining {
  /// One `--data FILE[:WEIGHT]`.
  public struct Source: Sendable {
    public var url: URL
    public var weight: Float
    public init(url: URL, weight: Float) {
      self.url = url
      self.weight = weight
    }
  }

  public var trainer = EntityTaggerTrainer()
  /// Every `devEvery`-th document of each file is held out (0: none).
  public var devEvery = 10
  /// Folds of document-level cross-validation on the training part (0: none).
  public var folds = 0
  /// Share of sentences of segmented Arabic files whose clitics are reattached for training.
  public var rejoinClitics = 0.5
  /// When set, the documents at `index % devEvery == tuningOffset` of each file are also left
  /// out of training and scored apart: a fold to choose options on, so that the held-out fold
  /// stays a test. Off for the model that ships (it trains on them).
  public var tuningOffset: Int?
  /// Annotated files scored with the trained model and never trained on (a test set).
  public var testFiles: [URL] = []
  /// When set, the tuning fold's texts with their gold and predicted spans are written here
  /// (JSON Lines), to count its errors by kind.
  public var tuningDump: URL?
  /// When set, the tuning fold is also scored after every epoch and its figures sent here (to
  /// choose the number of epochs in one run).
  public var tuningEveryEpoch: (@Sendable (String) -> Void)?
  public var notes: [String: JSONValue] = [:]

  public init() {}

  /// The result: the model (trained on every non-dev document), the held-out documents, and
  /// what to print.
  public struct Outcome {
    public var model: EntityTaggerModel
    public var heldOut: [EntityGoldDocument]
    public var report: [String]
  }

  /// Reads a file of annotated documents: JSON Lines gold (`EntityGoldDocument`) or
  /// token-per-line tags (CoNLL, WikiFANE).
  public static func read(_ url: URL, rejoinClitics: Double = 0) throws -> [EntityGoldDocument] {
    if url.pathExtension == "jsonl" {
      return try EntityGoldDocument.readJSONLines(url).map { document in
        var document = document
        document.mentions = document.mentions.map { mention in
          var mention = mention
          mention.type = CoarseEntityType.map(mention.type)
          return mention
        }
        return document
      }
    }
    var reader = CoNLLReader()
    reader.rejoinClitics = rejoinClitics
    return try reader.read(url)
  }

  public func run(_ sources: [Source], progress: (String) -> Void = { _ in }) throws -> Outcome {
    let clock = ContinuousClock()
    let started = clock.now
    let linker = EntityLinker(knowledgeBase: try KnowledgeBase.builtIn().knowledgeBase)
    var examples: [EntityTaggerTrainer.Example] = []
    var isDev: [Bool] = []
    var isTuning: [Bool] = []
    var heldOut: [EntityGoldDocument] = []
    var report: [String] = []
    var wawWords = Set<UInt64>()
    for source in sources {
      let name = source.url.lastPathComponent
      let asGiven = try Self.read(source.url)
      let rejoined =
        rejoinClitics > 0 && source.url.pathExtension != "jsonl"
        ? try Self.read(source.url, rejoinClitics: rejoinClitics) : asGiven
      for (index, document) in asGiven.enumerated() {
        let dev = devEvery > 0 && index % devEvery == devEvery - 1
        let tuning = !dev && devEvery > 0 && tuningOffset.map { index % devEvery == $0 } == true
        if dev { heldOut.append(document) }
        // The tuning fold is read as given, like the held-out fold, so that it predicts it.
        examples.append(
          .init(document: dev || tuning ? document : rejoined[index], weight: source.weight, source: name))
        isDev.append(dev)
        isTuning.append(tuning)
      }
      if source.url.pathExtension != "jsonl" {
        let training = asGiven.indices.filter { index in
          !(devEvery > 0 && (index % devEvery == devEvery - 1 || tuningOffset == index % devEvery))
        }
        wawWords.formUnion(Self.wawWords(in: training.map { asGiven[$0] }))
      }
      let mentions = asGiven.reduce(0) { $0 + $1.mentions.count }
      report.append(
        "\(name): \(asGiven.count) documents, \(mentions) mentions, weight \(source.weight)"
          + (devEvery > 0 ? ", \(asGiven.indices.filter { $0 % devEvery == devEvery - 1 }.count) held out" : ""))
    }
    progress("preparing \(examples.count) documents")
    let trainIndices = examples.indices.filter { !isDev[$0] && !isTuning[$0] }
    // Cross-validation folds share this profile of all training documents (how words are
    // written, no tags) and their organization list (tags: organization figures of the folds
    // are optimistic): a leak within the training side, never one from the held-out documents.
    let (prepared, caseProfile, organizations) = trainer.prepare(examples, linker: linker, training: trainIndices)
    let devIndices = examples.indices.filter { isDev[$0] }
    let tokens = trainIndices.reduce(0) { $0 + prepared[$1].text.tokens.count }
    report.append("training on \(trainIndices.count) documents (\(tokens) tokens), \(trainer.epochs) epochs")
    var info = notes
    info["data"] = .array(sources.map { .string("\($0.url.lastPathComponent):\($0.weight)") })
    info["documents"] = .int(trainIndices.count)
    info["tokens"] = .int(tokens)
    info["epochs"] = .int(trainer.epochs)
    info["seed"] = .string(String(trainer.seed))
    if trainer.twoStageParts >= 2 { info["two_stage_parts"] = .int(trainer.twoStageParts) }
    if folds >= 2 {
      var figures = EntityTaggerFigures()
      for fold in 0..<folds {
        progress("cross-validation fold \(fold + 1) of \(folds)")
        let model = trainer.train(
          prepared, indices: trainIndices.enumerated().filter { $0.offset % folds != fold }.map(\.element),
          caseProfile: caseProfile, organizations: organizations)
        let scored = EntityTaggerFigures.measure(
          model, on: prepared, indices: trainIndices.enumerated().filter { $0.offset % folds == fold }.map(\.element))
        for (type, row) in scored.byType {
          let old = figures.byType[type] ?? (0, 0, 0)
          figures.byType[type] = (old.gold + row.gold, old.found + row.found, old.predicted + row.predicted)
        }
      }
      report.append(
        "\(folds)-fold cross-validation on the training documents (exact span and type):\n    " + figures.summary)
      info["cross_validation"] = figures.json
      info["folds"] = .int(folds)
    }
    progress("training")
    let trainStart = clock.now
    let tuningIndices = examples.indices.filter { isTuning[$0] }
    var trainer = trainer
    if let tuningEveryEpoch, !tuningIndices.isEmpty {
      let (bucketBits, clusters) = (trainer.bucketBits, trainer.wordClusters)
      trainer.afterEpoch = { [prepared] epoch, weights, transitions in
        let model = EntityTaggerModel(
          tagSet: EntityTagSet(), bucketBits: bucketBits, weights: weights, transitions: transitions, nameStarts: [],
          caseProfile: caseProfile, wordClusters: clusters, organizations: organizations, info: [:])
        tuningEveryEpoch(
          (["tuning fold after epoch \(epoch):"] + Self.figures(model, on: prepared, indices: tuningIndices).lines)
            .joined(separator: "\n"))
      }
    }
    var model = trainer.train(
      prepared, indices: trainIndices, caseProfile: caseProfile, organizations: organizations, info: info)
    model.nameStarts.formUnion(wawWords)
    let trainSeconds = (clock.now - trainStart).seconds
    let seen = EntityTaggerFigures.measure(model, on: prepared, indices: Array(trainIndices.prefix(100)))
    report.append("fit on 100 training documents (seen in training, not a test figure): " + seen.summary)
    if !devIndices.isEmpty {
      let (lines, perSource) = Self.figures(model, on: prepared, indices: devIndices)
      report.append("held-out documents (never trained on), exact span and type:")
      report += lines
      model.info["held_out"] = .object(perSource)
      model.info["held_out_documents"] = .int(devIndices.count)
      model.info["dev_every"] = .int(devEvery)
    }
    if !tuningIndices.isEmpty {
      report.append("tuning fold (not trained on, options chosen on it), exact span and type:")
      report += Self.figures(model, on: prepared, indices: tuningIndices).lines
      if let tuningDump {
        try Self.dump(model, on: prepared, indices: tuningIndices).write(to: tuningDump)
      }
    }
    for url in testFiles {
      let documents = try Self.read(url).map {
        EntityTaggerTrainer.Example(document: $0, source: url.lastPathComponent)
      }
      let featurizer = EntityTaggerFeaturizer(
        bucketBits: model.bucketBits, caseProfile: model.caseProfile, clusters: model.wordClusters,
        organizations: model.organizations)
      let test = trainer.prepare(documents, linker: linker, featurizer: featurizer)
      report.append(
        "test \(url.lastPathComponent) (never trained on): "
          + EntityTaggerFigures.measure(model, on: test, indices: Array(test.indices)).summary)
    }
    report.append(
      "trained in \(String(format: "%.1f", trainSeconds)) s (\(String(format: "%.1f", (clock.now - started).seconds)) s in all)"
    )
    return Outcome(model: model, heldOut: heldOut, report: report)
  }
}

extension EntityTaggerTraining {
  /// Figures on all the documents at `indices` and, when they come from several files, per file.
  fileprivate static func figures(
    _ model: EntityTaggerModel, on prepared: [EntityTaggerTrainer.Prepared], indices: [Int]
  ) -> (lines: [String], perSource: [String: JSONValue]) {
    var perSource: [String: JSONValue] = [:]
    let all = EntityTaggerFigures.measure(model, on: prepared, indices: indices)
    var lines = ["  all: " + all.summary]
    let names = Array(Set(indices.map { prepared[$0].source })).sorted()
    for name in names where names.count > 1 {
      let figures = EntityTaggerFigures.measure(
        model, on: prepared, indices: indices.filter { prepared[$0].source == name })
      lines.append("  \(name): " + figures.summary)
      perSource[name] = figures.json
    }
    perSource["all"] = all.json
    return (lines, perSource)
  }
}

extension EntityTaggerTraining {
  /// One JSON line per document: its text, gold spans and the tagger's spans (`[start, end, type]`).
  fileprivate static func dump(_ model: EntityTaggerModel, on prepared: [EntityTaggerTrainer.Prepared], indices: [Int])
    -> Data
  {
    let tagger = EntityTagger(model: model)
    var lines = Data()
    for index in indices {
      let document = prepared[index]
      let tags = tagger.tags(document.buckets, in: document.text)
      let spans = EntityTagger.spans(of: tags, in: document.text, tagSet: model.tagSet, nameStarts: model.nameStarts)
      let object: [String: Any] = [
        "text": document.text.source, "source": document.source,
        "gold": document.mentions.map { [$0.start, $0.end, $0.type] as [Any] },
        "predicted": spans.map { [$0.start, $0.end, $0.type] as [Any] },
      ]
      lines += (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
      lines += Data("\n".utf8)
    }
    return lines
  }
}

extension Duration {
  fileprivate var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
