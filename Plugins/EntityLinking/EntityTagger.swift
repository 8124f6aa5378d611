/// Finds the mentions of a tokenized text with a trained `EntityTaggerModel`: features, Viterbi
/// decoding, then BIO tags read as spans whose start leaves out the proclitics of their first
/// word (`ولندن` → `لندن`).
struct EntityTagger: Sendable {
  let model: EntityTaggerModel
  let featurizer: EntityTaggerFeaturizer
  let weights: EntityTaggerWeightTable
  /// The model's transitions with the forbidden ones at `-infinity` (`EntityTaggerModel.maskedTransitions`).
  let maskedTransitions: [Float]
  /// A two-stage model's second pass: its weights and masked transitions.
  let secondStage: (weights: EntityTaggerWeightTable, masked: [Float])?

  init(model: EntityTaggerModel) {
    self.model = model
    self.maskedTransitions = EntityTaggerModel.maskedTransitions(model.transitions, tagSet: model.tagSet)
    self.featurizer = EntityTaggerFeaturizer(
      bucketBits: model.bucketBits, caseProfile: model.caseProfile, clusters: model.wordClusters,
      organizations: model.organizations)
    self.weights = EntityTaggerWeightTable(weights: model.weights, tags: model.tagSet.count)
    self.secondStage = model.secondStage.map {
      (
        EntityTaggerWeightTable(weights: $0.weights, tags: model.tagSet.count),
        EntityTaggerModel.maskedTransitions($0.transitions, tagSet: model.tagSet)
      )
    }
  }

  /// The best tags of a whole text, decoded sentence by sentence as the trainer learned them
  /// (a name never runs across a sentence end). A two-stage model decodes the text twice: the
  /// second pass reads what the first said about the same words elsewhere in the text.
  func tags(_ buckets: [Int32], in text: TokenizedText) -> [Int] {
    let first = tags(buckets, in: text, weights: weights, masked: maskedTransitions)
    guard let second = secondStage else { return first }
    let aggregate = EntityTagDocumentAggregate.buckets(
      buckets, tags: first, tagSet: model.tagSet, bucketBits: model.bucketBits)
    return tags(buckets, in: text, weights: second.weights, masked: second.masked, aggregate: aggregate)
  }

  /// One pass: `aggregate` holds `EntityTagDocumentAggregate`'s buckets (none for a first pass).
  private func tags(
    _ buckets: [Int32], in text: TokenizedText, weights: EntityTaggerWeightTable, masked: [Float],
    aggregate: [Int32] = []
  ) -> [Int] {
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    var tags: [Int] = []
    tags.reserveCapacity(text.tokens.count)
    // A token's scores do not depend on its sentence: they are summed for the whole text at
    // once (the gather works on several tokens at a time).
    let tagCount = model.tagSet.count
    var scores = weights.scores(buckets[0..<(text.tokens.count * perToken)], tokenCount: text.tokens.count)
    for (slot, bucket) in aggregate.enumerated() where bucket >= 0 {
      weights.addRow(bucket, to: &scores, token: slot / EntityTagDocumentAggregate.featuresPerToken)
    }
    // What earlier sentences said about the same words (`EntityTagHistory`) is added to a
    // sentence's scores before it is decoded, then its own tags are recorded.
    var history = EntityTagHistory()
    let mask = UInt32((1 << model.bucketBits) - 1)
    let tagSet = model.tagSet
    for sentence in text.sentences {
      for token in sentence {
        if let bucket = history.bucket(key: buckets[token &* perToken &+ EntityTagHistory.keyFeature], mask: mask) {
          weights.addRow(bucket, to: &scores, token: token)
        }
      }
      tags += EntityTaggerModel.bestPath(
        scores[(sentence.lowerBound * tagCount)..<(sentence.upperBound * tagCount)], tokenCount: sentence.count,
        masked: masked, tags: tagCount)
      for token in sentence {
        history.record(key: buckets[token &* perToken &+ EntityTagHistory.keyFeature], tag: tags[token], tagSet: tagSet)
      }
    }
    return tags
  }

  /// A mention found by the tagger: tokens `firstToken..<endToken`, scalar offsets
  /// `start..<end` in the text, and its coarse type.
  struct Span: Hashable {
    var firstToken: Int
    var endToken: Int
    var start: Int
    var end: Int
    var type: String
  }

  func spans(in text: TokenizedText, gazetteer: [UInt8]) -> [Span] {
    spansAndClubCodes(in: text, gazetteer: gazetteer).spans
  }

  /// The spans, with the club-name codes the features were made of (`ClubNameGazetteer.codes`
  /// of the shipped list, which this tagger's featurizer reads): the linker's club rules need
  /// the same codes, and finding them again cost as much as once more.
  func spansAndClubCodes(in text: TokenizedText, gazetteer: [UInt8]) -> (spans: [Span], clubs: [UInt8]) {
    guard !text.tokens.isEmpty else { return ([], []) }
    var buckets: [Int32] = []
    let facts = featurizer.facts(of: text)
    featurizer.features(of: text, facts: facts, gazetteer: gazetteer, cues: text.cueClasses, into: &buckets)
    // The facts add three times the organization-name code (0, 1 or 2) to the club code (0, 1
    // or 2): the remainder by three is the club code alone.
    return (
      Self.spans(of: tags(buckets, in: text), in: text, tagSet: model.tagSet, nameStarts: model.nameStarts),
      facts.club.map { $0 % 3 }
    )
  }

  /// Reads tags as spans: a `B-X` or an `I-X` that does not continue a mention of its type
  /// opens one.
  static func spans(of tags: [Int], in text: TokenizedText, tagSet: EntityTagSet, nameStarts: Set<UInt64>) -> [Span] {
    var spans: [Span] = []
    var open: (first: Int, type: Int)?
    func close(_ end: Int) {
      guard let current = open else { return }
      open = nil
      let start =
        Int(text.tokens[current.first].start) + procliticLength(current.first, in: text, nameStarts: nameStarts)
      spans.append(
        Span(
          firstToken: current.first, endToken: end, start: start, end: Int(text.tokens[end - 1].end),
          type: tagSet.types[current.type]))
    }
    for (position, tag) in tags.enumerated() {
      guard let type = tagSet.type(of: tag) else {
        close(position)
        continue
      }
      if tagSet.isInside(tag), let current = open, current.type == type { continue }
      close(position)
      open = (position, type)
    }
    close(tags.count)
    return spans
  }

  /// How many scalars of a name's first word are proclitics, not the name: و or ف, then ب ل ك,
  /// when what remains begins with the article or is a known name start and the whole word is
  /// not; a lone و before three letters or more also goes (واشنطن is listed as a name start).
  static func procliticLength(_ position: Int, in text: TokenizedText, nameStarts: Set<UInt64>) -> Int {
    let token = text.tokens[position]
    guard !token.isLatin else { return 0 }
    let scalars = text.foldedScalars(position)
    guard scalars.count >= 4, !nameStarts.contains(token.hash) else { return 0 }
    let start = scalars.startIndex
    var cursor = start
    if scalars[cursor] == 0x0648 || scalars[cursor] == 0x0641 { cursor += 1 }
    var candidates = [cursor]
    if scalars.endIndex - cursor >= 4, [0x0628, 0x0644, 0x0643].contains(scalars[cursor]) {
      // لل: ل + ال with the alef elided; the span keeps both lams (للعراق).
      candidates.append(scalars[cursor] == 0x0644 && scalars[cursor + 1] == 0x0644 ? cursor : cursor + 1)
    }
    for candidate in candidates.reversed() where candidate > start {
      let rest = scalars[candidate...]
      let hasArticle = rest.count >= 4 && rest.first == 0x0627 && rest.dropFirst().first == 0x0644
      let doubledLam = rest.count >= 3 && rest.first == 0x0644 && rest.dropFirst().first == 0x0644 && candidate > start
      if hasArticle || doubledLam || nameStarts.contains(TokenizedText.hash(rest)) {
        return scalarOffset(of: candidate - start, in: position, text: text)
      }
    }
    if scalars[start] == 0x0648, scalars.count - 1 >= 3 { return scalarOffset(of: 1, in: position, text: text) }
    return 0
  }

  /// The original scalar offset (from the token's start) of its `folded`-th folded scalar.
  private static func scalarOffset(of folded: Int, in position: Int, text: TokenizedText) -> Int {
    let token = text.tokens[position]
    return Int(text.foldedOffsets[Int(token.foldedStart) + folded]) - Int(token.start)
  }
}
