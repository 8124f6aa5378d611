import Foundation
import WorkbenchCore

/// Trains `EntityTaggerModel`s deterministically: a structured averaged perceptron (Collins
/// 2002) over sentences in a seeded shuffle, with Viterbi decoding under the BIO constraint.
///
/// Documents are tokenized, cue-classified and matched against the knowledge base exactly as
/// the stage does on news, so the features seen in training are the ones seen in use.
public struct EntityTaggerTrainer: Sendable {
  public var epochs = 8
  public var bucketBits = 20
  public var seed: UInt64 = 20_261_206
  /// Weights whose averaged magnitude is below this are dropped from the model file.
  public var pruneBelow: Float = 0.02

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

  /// Tokenizes and featurizes the examples with the linker's knowledge base and cue words.
  public func prepare(_ examples: [Example], linker: EntityLinker) -> [Prepared] {
    let featurizer = EntityTaggerFeaturizer(bucketBits: bucketBits)
    let tagSet = EntityTagSet()
    return examples.map { example in
      // Titles are outside names in the stage's output: the tagger learns them so.
      let document = example.document.withoutLeadingTitles()
      var text = TokenizedText(document.text)
      text.cueClasses = linker.cues.classify(text)
      let gazetteer = EntityTaggerFeaturizer.gazetteer(
        linker.findOccurrences(in: text), index: linker.index, knowledgeBase: linker.knowledgeBase,
        tokenCount: text.tokens.count)
      var buckets: [Int32] = []
      featurizer.features(of: text, facts: featurizer.facts(of: text), gazetteer: gazetteer, cues: text.cueClasses, into: &buckets)
      return Prepared(
        text: text, buckets: buckets, gold: Self.goldTags(document.mentions, in: text, tagSet: tagSet),
        sentences: Self.sentences(of: text), weight: example.weight, source: example.source,
        mentions: document.mentions)
    }
  }

  /// A token is inside a mention when it overlaps it; the first such token begins it (a token
  /// may start before the mention: a proclitic glued to the name).
  static func goldTags(_ mentions: [EntityGoldDocument.Mention], in text: TokenizedText, tagSet: EntityTagSet) -> [Int] {
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
  /// sentences) or sentence-ending punctuation.
  static func sentences(of text: TokenizedText) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for position in text.tokens.indices where position > start {
      let before = text.tokens[position].scalarBefore
      if before == 0x0A || before == 0x2E || before == 0x061F || before == 0x3F || before == 0x21 {
        ranges.append(start..<position)
        start = position
      }
    }
    if start < text.tokens.count { ranges.append(start..<text.tokens.count) }
    return ranges
  }

  /// Trains on the prepared documents at `indices`.
  public func train(_ documents: [Prepared], indices: [Int], info: [String: JSONValue] = [:]) -> EntityTaggerModel {
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
    for _ in 0..<epochs {
      generator.shuffle(&order)
      for (index, sentence) in order {
        let document = documents[index]
        let range = document.sentences[sentence]
        let buckets = document.buckets[(range.lowerBound * perToken)..<(range.upperBound * perToken)]
        let predicted = weights.withUnsafeBufferPointer { w in
          EntityTaggerModel.decode(buckets, tokenCount: range.count, weights: w, transitions: transitions, tagSet: tagSet)
        }
        let rate = document.weight
        let scaled = Double(rate) * step
        for (offset, token) in range.enumerated() {
          let gold = document.gold[token]
          let guess = predicted[offset]
          let goldPrevious = offset == 0 ? 0 : document.gold[token - 1]
          let guessPrevious = offset == 0 ? 0 : predicted[offset - 1]
          if gold != guess {
            for feature in buckets[(buckets.startIndex + offset * perToken)..<(buckets.startIndex + (offset + 1) * perToken)] {
              let row = Int(feature) * tags
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
    }
    // Averaged weights: w - totals / steps (the running sum of every intermediate weight).
    for index in weights.indices {
      let averaged = weights[index] - Float(totals[index] / step)
      weights[index] = abs(averaged) < pruneBelow ? 0 : averaged
    }
    for index in transitions.indices {
      transitions[index] -= Float(transitionTotals[index] / step)
    }
    var nameStarts = Set<UInt64>()
    for index in indices {
      let document = documents[index]
      for token in document.text.tokens.indices where tagSet.type(of: document.gold[token]) != nil && !tagSet.isInside(document.gold[token]) {
        // Only a word that begins the mention where the word begins is a name as written.
        if document.mentions.contains(where: { $0.start == Int(document.text.tokens[token].start) }),
          !document.text.tokens[token].isLatin
        {
          nameStarts.insert(document.text.tokens[token].hash)
        }
      }
    }
    return EntityTaggerModel(
      tagSet: tagSet, bucketBits: bucketBits, weights: weights, transitions: transitions, nameStarts: nameStarts,
      info: info)
  }
}
