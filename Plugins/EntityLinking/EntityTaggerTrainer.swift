import Foundation
import WorkbenchCore

/// Trains `EntityTaggerModel`s deterministically: a structured averaged perceptron (Collins
/// 2002) over sentences in a seeded shuffle, with Viterbi decoding under the BIO constraint.
///
/// Documents are tokenized, cue-classified and matched against the knowledge base exactly as
/// the stage does on news, so the features seen in training are the ones seen in use.
public struct EntityTaggerTrainer: Sendable {
  public var epochs = 16
  public var bucketBits = 20
  public var seed: UInt64 = 20_261_206
  /// How many perceptrons, each on its own shuffle of the sentences, are averaged into the
  /// model (`train`).
  public var shuffles = 1
  /// Weights whose averaged magnitude is below this are dropped from the model file.
  public var pruneBelow: Float = 0.02
  /// A feature whose averaged weights all stay below this is dropped: a rare word or pair
  /// whose few updates cancel out. Fewer rows keep the table the stage reads in cache. Off by
  /// default: the right value depends on the data's size (1.5 for the shipped model's 412,000
  /// tokens, 16 epochs); on a small set it would drop everything.
  public var pruneRowsBelow: Float = 0
  /// The word clusters the features read; stored in the model.
  var wordClusters = WordClusterTable.shipped
  /// Whether the organization mentions of the training documents become a feature
  /// (`OrganizationNameGazetteer`, stored in the model).
  public var organizationNames = true
  /// Parts of the training documents for a two-stage tagger (0: one pass): the first pass is
  /// trained on all but one part and tags that part, and the second pass learns from those
  /// tags (`EntityTagDocumentAggregate`) as it will read them on new text.
  public var twoStageParts = 0
  /// Called after each epoch of each shuffle with the epoch's number (from 1) and the averaged
  /// emission weights and transitions so far, unpruned: to follow a fold that is not trained
  /// on epoch by epoch (nothing extra is computed when nil).
  public var afterEpoch: (@Sendable (_ epoch: Int, _ weights: [Float], _ transitions: [Float]) -> Void)?

  public init() {}

  /// A document to learn from, with how much it counts and where it came from.
  public struct Example: Sendable {
    public var document: EntityGoldDocument
    public var weight: Float
    public var source: String

    public init(document: EntityGoldDocument, weight: Float = 1, source: String = "") {
      self.document = document
      self.weight = weight
      self.source = source
    }
  }

  /// A document made ready: its tokens, their feature buckets, gold tags and sentences.
  public struct Prepared: Sendable {
    var text: TokenizedText
    var buckets: [Int32]
    var gold: [Int]
    var sentences: [Range<Int>]
    var weight: Float
    var source: String
    var mentions: [EntityGoldDocument.Mention]
  }

  /// Tokenizes and featurizes the examples with the linker's knowledge base and cue words, and
  /// learns how words are written (`WordCaseProfile`) and which organizations they name
  /// (`OrganizationNameGazetteer`) from the examples at `training` only.
  ///
  /// A training document is featurized with a profile and a name list of the other training
  /// documents (five parts, each seen through the other four): with its own words in the
  /// profile, every name of the training text would look known, and the tagger would learn to
  /// trust a profile that knows no new name in use.
  public func prepare(_ examples: [Example], linker: EntityLinker, training: [Int]) -> (
    documents: [Prepared], caseProfile: WordCaseProfile, organizations: OrganizationNameGazetteer
  ) {
    // Titles are outside names in the stage's output: the tagger learns them so.
    let documents = examples.map { $0.document.withoutLeadingTitles() }
    let texts = documents.map { TokenizedText($0.text) }
    let caseProfile = WordCaseProfile(learningFrom: training.map { texts[$0] })
    let parts = 5
    var part = [Int?](repeating: nil, count: examples.count)
    for (position, index) in training.enumerated() { part[index] = position % parts }
    func organizations(_ indices: [Int]) -> OrganizationNameGazetteer {
      organizationNames
        ? OrganizationNameGazetteer(names: OrganizationNameGazetteer.names(in: indices.map { documents[$0] })) : .empty
    }
    let featurizers = (0..<parts).map { held in
      let others = training.filter { part[$0] != held }
      return EntityTaggerFeaturizer(
        bucketBits: bucketBits, caseProfile: WordCaseProfile(learningFrom: others.map { texts[$0] }),
        clusters: wordClusters, organizations: organizations(others))
    }
    let allOrganizations = organizations(training)
    let whole = EntityTaggerFeaturizer(
      bucketBits: bucketBits, caseProfile: caseProfile, clusters: wordClusters, organizations: allOrganizations)
    let prepared = examples.indices.map { number in
      prepare(
        examples[number], document: documents[number], text: texts[number], linker: linker,
        featurizer: part[number].map { featurizers[$0] } ?? whole)
    }
    return (prepared, caseProfile, allOrganizations)
  }

  /// Tokenizes and featurizes the examples with a given featurizer (a trained model's).
  func prepare(_ examples: [Example], linker: EntityLinker, featurizer: EntityTaggerFeaturizer) -> [Prepared] {
    examples.map { example in
      let document = example.document.withoutLeadingTitles()
      return prepare(
        example, document: document, text: TokenizedText(document.text), linker: linker, featurizer: featurizer)
    }
  }

  private func prepare(
    _ example: Example, document: EntityGoldDocument, text: TokenizedText, linker: EntityLinker,
    featurizer: EntityTaggerFeaturizer
  ) -> Prepared {
    var text = text
    linker.cues.classify(&text)
    let gazetteer = EntityTaggerFeaturizer.gazetteer(
      linker.findOccurrences(in: text), index: linker.index, knowledgeBase: linker.knowledgeBase,
      tokenCount: text.tokens.count)
    var buckets: [Int32] = []
    featurizer.features(
      of: text, facts: featurizer.facts(of: text), gazetteer: gazetteer, cues: text.cueClasses, into: &buckets)
    return Prepared(
      text: text, buckets: buckets, gold: Self.goldTags(document.mentions, in: text, tagSet: EntityTagSet()),
      sentences: Self.sentences(of: text), weight: example.weight, source: example.source,
      mentions: document.mentions)
  }

  /// A token is inside a mention when it overlaps it; the first such token begins it (a token
  /// may start before the mention: a proclitic glued to the name).
  static func goldTags(_ mentions: [EntityGoldDocument.Mention], in text: TokenizedText, tagSet: EntityTagSet) -> [Int]
  {
    var tags = [Int](repeating: 0, count: text.tokens.count)
    let sorted = mentions.sorted { $0.start < $1.start }
    var position = 0
    for mention in sorted {
      guard let type = tagSet.types.firstIndex(of: mention.type) else { continue }
      while position < text.tokens.count && Int(text.tokens[position].end) <= mention.start { position += 1 }
      var first = true
      var cursor = position
      while cursor < text.tokens.count && Int(text.tokens[cursor].start) < mention.end {
        if tags[cursor] == 0 {
          tags[cursor] = first ? tagSet.begin(type) : tagSet.inside(type)
          first = false
        }
        cursor += 1
      }
    }
    return tags
  }

  /// Sentences: runs of tokens between line breaks (the CoNLL reader puts one between
  /// sentences) or sentence-ending punctuation. A full stop after an initial or an
  /// abbreviation (William T. Sherman, Lt. Gen., U.S. Sixth Fleet), or before a lower-case
  /// Latin word, ends no sentence.
  static func sentences(of text: TokenizedText) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for position in text.tokens.indices where position > start {
      let token = text.tokens[position]
      let before = token.scalarBefore
      if before == 0x2E, isAbbreviation(position - 1, in: text) || (token.isLatin && !token.startsUppercase) {
        continue
      }
      if before == 0x0A || before == 0x2E || before == 0x061F || before == 0x3F || before == 0x21 {
        ranges.append(start..<position)
        start = position
      }
    }
    if start < text.tokens.count { ranges.append(start..<text.tokens.count) }
    return ranges
  }

  /// Latin abbreviations a full stop follows inside a sentence (folded).
  private static let abbreviations: Set<UInt64> = Set(
    [
      "mr", "mrs", "ms", "dr", "jr", "sr", "st", "lt", "gen", "col", "capt", "sgt", "gov", "sen", "rep", "inc", "co",
      "corp", "ltd", "no", "vs", "mt", "ft", "prof", "rev", "maj", "adm", "cmdr", "messrs", "jan", "feb", "aug",
      "sept", "oct", "nov", "dec",
    ].map { TokenizedText.hash($0.unicodeScalars.map(\.value)) })

  /// A one-letter Latin word (an initial, a letter of U.S.) or a known abbreviation.
  private static func isAbbreviation(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.isLatin else { return false }
    return token.foldedEnd - token.foldedStart == 1 || abbreviations.contains(token.hash)
  }

  /// Trains on the prepared documents at `indices`.
  /// `caseProfile` and `organizations` are the ones `prepare` returned: the model reads new
  /// text with them.
  ///
  /// With `shuffles` above 1, that many perceptrons are trained on differently shuffled
  /// sentences and their averaged weights are averaged again: one linear model of the same
  /// size, which depends less on the order the sentences came in (one perceptron's figures
  /// move by about a point with the shuffle alone).
  public func train(
    _ documents: [Prepared], indices: [Int], caseProfile: WordCaseProfile,
    organizations: OrganizationNameGazetteer = .empty, info: [String: JSONValue] = [:]
  ) -> EntityTaggerModel {
    let tagSet = EntityTagSet()
    let (weights, transitions) = averagedOverShuffles(documents, indices: indices, aggregates: nil)
    var nameStarts = Set<UInt64>()
    for index in indices {
      let document = documents[index]
      for token in document.text.tokens.indices
      where tagSet.type(of: document.gold[token]) != nil && !tagSet.isInside(document.gold[token]) {
        // Only a word that begins the mention where the word begins is a name as written.
        if document.mentions.contains(where: { $0.start == Int(document.text.tokens[token].start) }),
          !document.text.tokens[token].isLatin
        {
          nameStarts.insert(document.text.tokens[token].hash)
        }
      }
    }
    var model = EntityTaggerModel(
      tagSet: tagSet, bucketBits: bucketBits, weights: weights, transitions: transitions, nameStarts: nameStarts,
      caseProfile: caseProfile, wordClusters: wordClusters, organizations: organizations, info: info)
    if twoStageParts >= 2 {
      var secondPass = self
      secondPass.afterEpoch = nil
      let second = secondPass.averagedOverShuffles(
        documents, indices: indices, aggregates: firstPassAggregates(documents, indices: indices))
      model.secondStage = .init(weights: second.weights, transitions: second.transitions)
    }
    return model
  }

  /// `shuffles` averaged perceptrons averaged, pruned.
  private func averagedOverShuffles(_ documents: [Prepared], indices: [Int], aggregates: [[Int32]]?) -> (
    weights: [Float], transitions: [Float]
  ) {
    let tags = EntityTagSet().count
    var weights = [Float](repeating: 0, count: (1 << bucketBits) * tags)
    var transitions = [Float](repeating: 0, count: tags * tags)
    let runs = max(1, shuffles)
    for run in 0..<runs {
      let one = averagedPerceptron(documents, indices: indices, seed: seed &+ UInt64(run), aggregates: aggregates)
      for index in weights.indices { weights[index] += one.weights[index] / Float(runs) }
      for index in transitions.indices { transitions[index] += one.transitions[index] / Float(runs) }
    }
    for index in weights.indices where abs(weights[index]) < pruneBelow { weights[index] = 0 }
    if pruneRowsBelow > 0 {
      for row in 0..<(1 << bucketBits)
      where !weights[(row * tags)..<((row + 1) * tags)].contains(where: { abs($0) >= pruneRowsBelow }) {
        for tag in 0..<tags { weights[row * tags + tag] = 0 }
      }
    }
    return (weights, transitions)
  }

  /// The second pass's aggregate features of every training document, made from the tags of a
  /// first pass trained without the document's part (`twoStageParts`); empty for the others.
  private func firstPassAggregates(_ documents: [Prepared], indices: [Int]) -> [[Int32]] {
    var aggregates = [[Int32]](repeating: [], count: documents.count)
    var firstPass = self
    firstPass.afterEpoch = nil
    for part in 0..<twoStageParts {
      let trainedOn = indices.enumerated().filter { $0.offset % twoStageParts != part }.map(\.element)
      let (weights, transitions) = firstPass.averagedOverShuffles(documents, indices: trainedOn, aggregates: nil)
      let tagger = EntityTagger(
        model: EntityTaggerModel(
          tagSet: EntityTagSet(), bucketBits: bucketBits, weights: weights, transitions: transitions, nameStarts: [],
          caseProfile: WordCaseProfile(learningFrom: []), wordClusters: wordClusters, info: [:]))
      for (offset, index) in indices.enumerated() where offset % twoStageParts == part {
        let document = documents[index]
        aggregates[index] = EntityTagDocumentAggregate.buckets(
          document.buckets, tags: tagger.tags(document.buckets, in: document.text), tagSet: EntityTagSet(),
          bucketBits: bucketBits)
      }
    }
    return aggregates
  }

  /// One averaged perceptron over the sentences of `indices` in an order shuffled by `seed`:
  /// its averaged emission weights and transitions, not yet pruned.
  private func averagedPerceptron(_ documents: [Prepared], indices: [Int], seed: UInt64, aggregates: [[Int32]]?) -> (
    weights: [Float], transitions: [Float]
  ) {
    let tagSet = EntityTagSet()
    let tags = tagSet.count
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    var weights = [Float](repeating: 0, count: (1 << bucketBits) * tags)
    var totals = [Double](repeating: 0, count: weights.count)
    var transitions = [Float](repeating: 0, count: tags * tags)
    var transitionTotals = [Double](repeating: 0, count: tags * tags)
    var order: [(document: Int, sentence: Int)] = []
    for index in indices {
      for sentence in documents[index].sentences.indices { order.append((index, sentence)) }
    }
    var generator = SplitMix64(seed: seed)
    var step: Double = 1
    // The history feature (`EntityTagHistory`) reads the tags the model gave the earlier
    // sentences of the document when it last decoded them (none before the first time), so
    // that it learns how far to trust its own earlier decisions, as in use.
    var lastTags = [[Int]](repeating: [], count: documents.count)
    for index in indices { lastTags[index] = [Int](repeating: -1, count: documents[index].gold.count) }
    var history = EntityTagHistory()
    let mask = UInt32((1 << bucketBits) - 1)
    let keyFeature = EntityTagHistory.keyFeature
    // The history's bucket, then the aggregate features of a second pass.
    let extraPerToken = 1 + (aggregates == nil ? 0 : EntityTagDocumentAggregate.featuresPerToken)
    for epoch in 0..<epochs {
      generator.shuffle(&order)
      for (index, sentence) in order {
        let document = documents[index]
        let range = document.sentences[sentence]
        let buckets = document.buckets[(range.lowerBound * perToken)..<(range.upperBound * perToken)]
        history.reset()
        for earlier in document.sentences[..<sentence] {
          for token in earlier where lastTags[index][token] >= 0 {
            history.record(
              key: document.buckets[token * perToken + keyFeature], tag: lastTags[index][token], tagSet: tagSet)
          }
        }
        var extra: [Int32] = []
        extra.reserveCapacity(range.count * extraPerToken)
        for token in range {
          extra.append(history.bucket(key: document.buckets[token * perToken + keyFeature], mask: mask) ?? -1)
          if let aggregates {
            let rows = aggregates[index]
            for slot in 0..<(extraPerToken - 1) {
              extra.append(rows.isEmpty ? -1 : rows[token * (extraPerToken - 1) + slot])
            }
          }
        }
        let predicted = weights.withUnsafeBufferPointer { w in
          EntityTaggerModel.decode(
            buckets, tokenCount: range.count, weights: w, transitions: transitions, tagSet: tagSet, extra: extra,
            extraPerToken: extraPerToken)
        }
        for (offset, token) in range.enumerated() { lastTags[index][token] = predicted[offset] }
        let rate = document.weight
        let scaled = Double(rate) * step
        for (offset, token) in range.enumerated() {
          let gold = document.gold[token]
          let guess = predicted[offset]
          let goldPrevious = offset == 0 ? 0 : document.gold[token - 1]
          let guessPrevious = offset == 0 ? 0 : predicted[offset - 1]
          if gold != guess {
            for feature in buckets[
              (buckets.startIndex + offset * perToken)..<(buckets.startIndex + (offset + 1) * perToken)]
            {
              let row = Int(feature) * tags
              weights[row + gold] += rate
              totals[row + gold] += scaled
              weights[row + guess] -= rate
              totals[row + guess] -= scaled
            }
            for slot in 0..<extraPerToken where extra[offset * extraPerToken + slot] >= 0 {
              let row = Int(extra[offset * extraPerToken + slot]) * tags
              weights[row + gold] += rate
              totals[row + gold] += scaled
              weights[row + guess] -= rate
              totals[row + guess] -= scaled
            }
          }
          if gold != guess || goldPrevious != guessPrevious {
            transitions[goldPrevious * tags + gold] += rate
            transitionTotals[goldPrevious * tags + gold] += scaled
            transitions[guessPrevious * tags + guess] -= rate
            transitionTotals[guessPrevious * tags + guess] -= scaled
          }
        }
        step += 1
      }
      if let afterEpoch {
        afterEpoch(
          epoch + 1, weights.indices.map { weights[$0] - Float(totals[$0] / step) },
          transitions.indices.map { transitions[$0] - Float(transitionTotals[$0] / step) })
      }
    }
    // Averaged weights: w - totals / steps (the running sum of every intermediate weight).
    for index in weights.indices { weights[index] -= Float(totals[index] / step) }
    for index in transitions.indices { transitions[index] -= Float(transitionTotals[index] / step) }
    return (weights, transitions)
  }
}
