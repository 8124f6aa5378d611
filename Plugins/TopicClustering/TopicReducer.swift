import Foundation
import WorkbenchCore

/// The reduce step of topic clustering: from every document's collected terms to a topic per
/// document and a record per topic.
///
/// Documents are processed in id order and every choice is seeded or ordered by term bytes,
/// so equal collected values and configuration give identical results.
public struct TopicReducer: Sendable {
  public let configuration: TopicClusteringConfiguration
  /// How many candidate models `topics: auto` fits at once. The result does not depend on it:
  /// each candidate's fit is seeded on its own.
  public let concurrency: Int

  /// The label of the per-document annotations.
  public static let label = "TOPIC"
  /// The `value` of a document that gets no topic; its `reason` attribute says why.
  public static let outlierValue = "outlier"

  /// Why a document gets no topic.
  public enum OutlierReason: String, Sendable, Hashable, CaseIterable {
    /// Fewer content words than `min_words`.
    case tooShort = "too short"
    /// Content words, but none in the vocabulary (each in too few or too many documents).
    case noTermsAfterFiltering = "no terms after filtering"
    /// Placed with other documents it shares no term with, other than formula and general
    /// words: a group of unrelated stories is not a topic (`unsharedDocuments`).
    case sharesNoTermWithItsTopic = "shares no term with its topic"
    /// In a corpus of at most `TopicCountSelection.smallCorpus` documents with terms, placed
    /// with documents it shares fewer than three content words with
    /// (`TopicCountSelection.tinyCorpusSharedWords`), while it shares three with some story
    /// outside its topic (else `sharesFewWordsWithAnyStory`).
    case sharesFewWordsWithItsTopic = "shares fewer than 3 words with its topic"
    /// In a corpus of at most `TopicCountSelection.smallCorpus` documents with terms, shares
    /// fewer than three content words with every other story, whatever else kept it out of a
    /// topic (`CorpusVocabulary.rowsSharingNoSubject`). The reason says what was counted, not
    /// that no story is on its subject: a same-subject story written in other words shares
    /// few words with it too (version 15 said `no other story shares its subject`).
    case sharesFewWordsWithAnyStory = "shares fewer than 3 content words with any other story"
    /// As `sharesFewWordsWithAnyStory`, in a corpus with stories in another language: only
    /// stories in its own language are told apart by their words (a story on its subject in
    /// the other language shares none with it).
    case sharesFewWordsWithAnyStoryInItsLanguage =
      "shares fewer than 3 content words with any other story in its language"
  }

  /// What each Arabic term tells about news sections (`section_weight`); the shipped table
  /// unless another is given.
  public let sectionPrior: SectionTermPrior
  /// The section classifier whose scores `section_scores` appends to the placement.
  public let sectionClassifier: SectionScoreClassifier

  public init(
    configuration: TopicClusteringConfiguration, concurrency: Int = 1, sectionPrior: SectionTermPrior = .shipped,
    sectionClassifier: SectionScoreClassifier = .shipped
  ) {
    self.configuration = configuration
    self.concurrency = max(1, concurrency)
    self.sectionPrior = sectionPrior
    self.sectionClassifier = sectionClassifier
  }

  /// A topic as reported: its top terms shown as surface words, its size and coherence.
  public struct Topic: Sendable, Hashable {
    public var id: Int
    public var label: String
    public var size: Int
    /// The most frequent surface form of each top term, strongest first.
    public var terms: [String]
    /// The top terms as collected (stems; phrases as two stems).
    public var stems: [String]
    public var weights: [Double]
    /// Mean NPMI of the top terms over the corpus; nil with fewer than two terms.
    public var coherence: Double?
    public var representativeDocuments: [(id: String, weight: Double)]

    public static func == (a: Topic, b: Topic) -> Bool {
      a.id == b.id && a.label == b.label && a.size == b.size && a.terms == b.terms && a.stems == b.stems
        && a.weights == b.weights && a.coherence == b.coherence
        && a.representativeDocuments.map(\.id) == b.representativeDocuments.map(\.id)
        && a.representativeDocuments.map(\.weight) == b.representativeDocuments.map(\.weight)
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(id)
      hasher.combine(terms)
    }
  }

  /// The full outcome of a reduce, before it is turned into annotations and records.
  public struct Outcome: Sendable {
    public var documentIDs: [String]
    /// Each document's topic (nil for an outlier) and its weight over all topics.
    public var assignments: [Int?]
    /// Why each document without a topic is an outlier (nil for a document with one).
    public var outliers: [OutlierReason?]
    public var weights: [[Double]]
    public var topics: [Topic]
    /// How the number of topics was chosen, with the scores of the candidates.
    public var selection: TopicCountSelection
    public var vocabularySize: Int
    public var nonZeros: Int
    public var iterations: Int
    /// What it takes to place a new document; nil when no document had terms.
    public var fitted: FittedState?
  }

  /// A fitted model as plain values, enough to place a new document without the corpus: the
  /// vocabulary, its column weights, each topic's centroid and label. Saved as it is
  /// (`Codable`); its arrays are parallel, by column and by topic.
  public struct FittedState: Sendable, Hashable, Codable {
    public var method: TopicMethod
    /// Each column's term as collected: a stem, a phrase as two stems joined by a space, a
    /// formula term (counted, never shown) starting with `~`.
    public var terms: [String]
    /// Each column's weight, inverse document frequency raised to the method's power (per
    /// script with `idf_per_script`), an Arabic column's times its section factor
    /// (`section_weight`, `SectionTermPrior`).
    public var idf: [Float]
    /// Per topic, by column, the direction a document's TF-IDF vector is compared with: the
    /// unit-length mean of its documents' vectors, or with `lsa_dimensions` that mean taken
    /// in latent semantic space and mapped back to the terms.
    public var centroids: [[Float]]
    /// Per topic, what a document's product with its centroid is less by (the latent
    /// semantic placement is centred on the corpus's mean document); nil in models saved
    /// before stage version 11, whose placement was not centred.
    public var offsets: [Float]?
    /// Per topic, its label and its shown terms.
    public var labels: [String]
    public var topicTerms: [[String]]

    /// The similarity of a document to each topic, from its raw count per column: the
    /// document is weighed as the corpus was, `(1 + ln count) · idf`, at unit length, and
    /// multiplied with each centroid, less the topic's offset (a cosine without `lsa_dimensions`). Its topic is the
    /// most similar (the first on ties); all zero for a document without terms.
    public func similarities(counts: [(column: Int, count: Float)]) -> [Float] {
      var weighted: [(column: Int, weight: Float)] = []
      var norm: Float = 0
      for (column, count) in counts where count > 0 && idf.indices.contains(column) {
        let weight = (1 + logf(count)) * idf[column]
        weighted.append((column, weight))
        norm += weight * weight
      }
      guard norm > 0 else { return [Float](repeating: 0, count: centroids.count) }
      let scale = 1 / norm.squareRoot()
      return centroids.indices.map { topic in
        weighted.reduce(0) { $0 + $1.weight * scale * centroids[topic][$1.column] } - (offsets?[topic] ?? 0)
      }
    }
  }

  /// Runs the reduce and returns annotations and records.
  public func reduce(_ collected: [CollectedItem<CollectedTerms>]) -> CorpusResult {
    let sorted = collected.sorted { $0.documentID.utf8.lexicographicallyPrecedes($1.documentID.utf8) }
    let outcome = analyze(sorted)
    return result(outcome, documents: sorted)
  }

  /// The corpus's vocabulary under this reducer's options (document frequency bounds,
  /// features, phrases): what the fit and the section classifier's learning both count.
  func vocabulary(of documents: [CollectedTerms]) -> CorpusVocabulary {
    CorpusVocabulary(
      documents: documents,
      options: .init(
        minimumDocumentFrequency: configuration.minDf, maximumDocumentShare: configuration.maxDf,
        maximumFeatures: configuration.maxFeatures, phrases: configuration.phrases,
        phraseMinimumDocumentFrequency: configuration.phraseMinDf))
  }

  /// Fits the model. `collected` must be in a fixed order (the stage sorts by document id).
  public func analyze(_ collected: [CollectedItem<CollectedTerms>]) -> Outcome {
    let documents = collected.map(\.value)
    let vocabulary = self.vocabulary(of: documents)
    // Outliers are decided before the model: a document too short to place, or whose words
    // all fell out of the vocabulary, is left out of the fit instead of pulling a topic.
    var outliers: [OutlierReason?] = (0..<documents.count).map { row in
      if vocabulary.contentWords[row] < configuration.minWords { return .tooShort }
      let hasTerms = vocabulary.counts.rowOffsets[row] < vocabulary.counts.rowOffsets[row + 1]
      return hasTerms ? nil : .noTermsAfterFiltering
    }
    let counts = vocabulary.counts.emptyingRows { outliers[$0] != nil }
    var idf = TFIDFWeighting.inverseDocumentFrequencies(
      counts: counts, documentFrequencies: vocabulary.documentFrequencies,
      columnGroups: configuration.idfPerScript ? vocabulary.columnScripts : nil,
      idfPower: Self.idfPower(configuration.method))
    let sectionFactors =
      configuration.sectionWeight > 0
      ? Self.weighBySections(&idf, vocabulary, prior: sectionPrior, weight: configuration.sectionWeight) : nil
    let matrix = TFIDFWeighting.weigh(counts: counts, idf: idf)
    let nonEmpty = outliers.filter { $0 == nil }.count
    let seed = UInt64(bitPattern: Int64(configuration.seed))
    let demoted = Self.demotedColumns(vocabulary, documents: documents.count, share: configuration.labelMaxDf)
    let hidden = vocabulary.formulaColumns
    // One projection of the whole matrix serves every fit, `auto`'s candidates included. A
    // projection found on a sample leaves out the terms the sample lacks (tuning part, from
    // half its documents: NMI 0.561 against 0.577).
    var projection =
      configuration.lsaDimensions > 0 && nonEmpty > 0
      ? LatentSemanticProjection(matrix: matrix, dimensions: configuration.lsaDimensions, seed: seed) : nil
    // On a few stories the scores, scaled to the coordinates' length, blow up small
    // differences between stories of one section (on the five seed articles, one subject, a
    // three-story topic was labelled by general words and one story's label had NPMI −1).
    if configuration.sectionScores > 0, projection != nil, nonEmpty > TopicCountSelection.smallCorpus,
      let weights = sectionClassifier.termWeights(vocabulary, columns: matrix.columnCount)
    {
      projection!.appendScores(weights, of: matrix, weight: Float(configuration.sectionScores))
    }
    let selection = TopicCountSelection(
      requested: configuration.topics,
      minimum: configuration.minTopics ?? TopicClusteringConfiguration.defaultMinTopics,
      maximum: configuration.maxTopics,
      documentsWithTerms: nonEmpty, stabilityWeight: configuration.stabilityWeight,
      scoreMargin: configuration.scoreMargin, concurrency: concurrency,
      allShareTerms: configuration.minTopics == nil && nonEmpty <= TopicCountSelection.tinyCorpus
        && vocabulary.sharedContentWordsLink(
          rows: outliers.indices.filter { outliers[$0] == nil }, minimum: TopicCountSelection.tinyCorpusSharedWords)
    ) { [configuration, projection] topics, sample in
      // Candidates are fitted on an even sample of at most 4,000 documents, so that
      // `topics: auto` costs a bounded multiple of one fit on a large corpus.
      let rows = sample ? TopicModel.sampleRows(matrix.rowCount, limit: 4_000) : nil
      let fitted = rows.map { matrix.selectingRows($0) } ?? matrix
      let sampleCounts = rows.map { counts.selectingRows($0) } ?? counts
      var model = TopicModel(
        matrix: fitted, topics: topics, method: configuration.method, seed: seed,
        maximumIterations: configuration.maxIterations, projection: projection)
      if let sectionFactors { model.dividingTermWeights(by: sectionFactors) }
      let tops = (0..<topics).map {
        Self.displayColumns(
          model, topic: $0, count: configuration.topTerms, vocabulary, demoted: demoted, hidden: hidden)
      }
      let scores = TopicCoherence.npmi(topics: tops, in: sampleCounts).compactMap { $0 }
      let coherence = scores.isEmpty ? -1 : scores.reduce(0, +) / Double(scores.count)
      let smallest = model.sizes.min() ?? 0
      guard configuration.stabilityWeight > 0 else { return (coherence, 0, smallest) }
      let other = TopicModel(
        matrix: fitted, topics: topics, method: configuration.method, seed: seed &+ 0x2545_F491_4F6C_DD1D,
        maximumIterations: configuration.maxIterations, projection: projection)
      let placed = (0..<fitted.rowCount).filter { model.assignments[$0] != nil && other.assignments[$0] != nil }
      let stability = ClusteringAgreement(
        gold: placed.map { String(model.assignments[$0]!) }, predicted: placed.map { String(other.assignments[$0]!) }
      ).normalizedMutualInformation
      return (coherence, stability, smallest)
    }

    func withoutTopics() -> Outcome {
      Outcome(
        documentIDs: collected.map(\.documentID), assignments: collected.map { _ in nil }, outliers: outliers,
        weights: collected.map { _ in [] }, topics: [], selection: selection, vocabularySize: matrix.columnCount,
        nonZeros: 0, iterations: 0, fitted: nil)
    }
    // On a small corpus, a story that shares fewer than three content words with every other
    // story is said to, rather than given the reason of the step that left it out (on six
    // stories each on a different subject, three reasons were shown for one cause).
    func explainStoriesAlone() {
      let others = outliers.indices.filter { outliers[$0] != .tooShort }
      guard others.count <= TopicCountSelection.smallCorpus else { return }
      let candidates = others.filter { outliers[$0] != nil }
      for found in vocabulary.rowsSharingNoSubject(
        candidates, others: others, minimum: TopicCountSelection.tinyCorpusSharedWords)
      {
        outliers[found.row] =
          found.otherLanguagePresent ? .sharesFewWordsWithAnyStoryInItsLanguage : .sharesFewWordsWithAnyStory
      }
    }
    guard nonEmpty > 0 else {
      explainStoriesAlone()
      return withoutTopics()
    }
    var model = TopicModel(
      matrix: matrix, topics: max(1, selection.chosen), method: configuration.method, seed: seed,
      maximumIterations: configuration.maxIterations, projection: projection)
    // The section weights decide which stories go together; the labels describe them in the
    // corpus's own terms (the term weights as plain TF-IDF would scale them), or a section
    // word such as `الشركة` led a label before the subject `الماء الصالح للشرب`.
    if let sectionFactors { model.dividingTermWeights(by: sectionFactors) }
    model.canonicalizeOrder()
    var members = model.members
    // On a small corpus unrelated stories end up together, joined by a word such as
    // "strong"; they are outliers that say so rather than a topic with a misleading label.
    var unshared = Self.unsharedDocuments(members: members, counts: counts) { hidden.contains($0) }
    let moves = Self.sharingTopics(of: unshared, members: members, weights: matrix) { hidden.contains($0) }
    if !moves.isEmpty {
      for move in moves { model.moving(move.row, to: move.topic, shared: move.shared) }
      members = model.members
      unshared = Self.unsharedDocuments(members: members, counts: counts) { hidden.contains($0) }
    }
    for row in unshared { outliers[row] = .sharesNoTermWithItsTopic }
    // Two or three stories that share a word or two (`minister`, `وزير`) have nothing else in
    // the vocabulary (min_df 2), so no fit can split them; they are not one subject either. On
    // a small corpus a story sharing one or two words with its topic is no more on its subject
    // (a bread recipe with wildfire stories on `water` and `hot`).
    if nonEmpty <= TopicCountSelection.smallCorpus {
      let placed = members.map { $0.filter { outliers[$0] == nil } }
      let few = vocabulary.rowsSharingFewContentWords(
        groups: placed, minimum: TopicCountSelection.tinyCorpusSharedWords)
      for row in few { outliers[row] = .sharesFewWordsWithItsTopic }
      unshared = (unshared + few).sorted()
      // `auto` may give a story that no other story shares 3 words with a topic of its own
      // (the cap is n/2 here); another such story is an outlier. One rule for both: a topic
      // is two or more stories. A topic of one asked for with a count is kept.
      if configuration.topics == .automatic {
        let alone = members.filter { $0.count == 1 && outliers[$0[0]] == nil }.map { $0[0] }
        let found = vocabulary.rowsSharingNoSubject(
          alone, others: outliers.indices.filter { outliers[$0] != .tooShort },
          minimum: TopicCountSelection.tinyCorpusSharedWords)
        for item in found { outliers[item.row] = .sharesFewWordsWithAnyStory }
        unshared = (unshared + found.map(\.row)).sorted()
      }
    }
    // Documents all alike leave a topic empty (no fit can split them): it is dropped, not
    // reported with no documents.
    if !unshared.isEmpty || !moves.isEmpty || model.sizes.contains(0) {
      model.unplacing(unshared)
      members = model.members
    }
    explainStoriesAlone()
    guard model.topicCount > 0 else { return withoutTopics() }
    let sizes = model.sizes
    let shown = (0..<model.topicCount).map { topic in
      shownTerms(
        model, topic: topic, members: members[topic], vocabulary, counts: counts, demoted: demoted, hidden: hidden)
    }
    let coherence = TopicCoherence.npmi(topics: shown.map { $0.columns.compactMap { $0 } }, in: counts)
    for row in outliers.indices where outliers[row] == nil && model.assignments[row] == nil {
      // Not expected (the model places every row with terms), but never an unexplained null.
      outliers[row] = .noTermsAfterFiltering
    }
    // On a small corpus a two-story phrase can be cut out of a longer name; what the words
    // around each of its occurrences are tells (`CorpusVocabulary.constantNeighbour`).
    let neighbours = (0..<model.topicCount).map { topic -> [(after: Int32?, before: [Int32])] in
      shown[topic].terms.indices.map { index in
        guard nonEmpty <= TopicCountSelection.smallCorpus else { return (nil, []) }
        let id = shown[topic].terms[index]
        let stem = vocabulary.table.bytes(of: Int(id))
        guard let first = stem.first, (0xD8...0xDB).contains(first), stem.contains(UInt8(ascii: " ")) else {
          return (nil, [])
        }
        let after = vocabulary.constantNeighbours(of: id, after: true, rows: members[topic])
        return (
          after.flatMap { Set($0).count == 1 ? $0[0] : nil },
          vocabulary.constantNeighbours(of: id, after: false, rows: members[topic]) ?? []
        )
      }
    }
    let forms = vocabulary.surfaceForms(
      ofTerms: Set(
        shown.flatMap { $0.terms + $0.continuations.compactMap { $0 } }
          + neighbours.flatMap { $0.flatMap { $0.before + [$0.after].compactMap { $0 } } }),
      documents: documents)

    var weights: [[Double]] = []
    weights.reserveCapacity(matrix.rowCount)
    for row in 0..<matrix.rowCount {
      let values = model.documentTopics.row(row).map(Double.init)
      let total = values.reduce(0, +)
      weights.append(values.map { total > 0 ? Self.rounded($0 / total) : 0 })
    }

    let topics = (0..<model.topicCount).map { topic -> Topic in
      func written(_ id: Int32) -> String { forms[id] ?? vocabulary.table.string(of: Int(id)) }
      // A continued phrase reads as three words, the last as the continuation writes it, when
      // each word has the article (`الماء الصالح للشرب`); a piece of a longer name
      // (`الوطنية استغلال توزيع` of `الشركة الوطنية لاستغلال وتوزيع المياه`) is not continued.
      let continued = zip(shown[topic].terms, shown[topic].continuations).map { id, next -> String? in
        guard let next, let last = written(next).split(separator: " ").last else { return nil }
        let words = written(id).split(separator: " ") + [last]
        let isArabic = last.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } == true
        return !isArabic || words.allSatisfy { $0.hasPrefix("ال") || $0.hasPrefix("لل") } ? String(last) : nil
      }
      // A construct cut before its end (`أسعار لحوم`, whose every `لحوم` is followed by
      // `الدواجن`): both words indefinite, so the second is the head of the complement, and
      // the phrase is shown with the word that always follows it; a phrase that opens with a
      // verb is not. (`الوطنية استغلال`, definite then indefinite, is a piece of a longer name.)
      let extended = shown[topic].terms.indices.map { index -> (word: String, next: Int32)? in
        guard continued[index] == nil, let next = neighbours[topic][index].after else { return nil }
        let text = written(shown[topic].terms[index])
        let words = text.split(separator: " ")
        guard words.count == 2, !Self.isDefiniteArabic(words[0]), !Self.isDefiniteArabic(words[1]),
          !Self.opensWithArabicVerb(text),
          let last = written(next).split(separator: " ").last
        else { return nil }
        return (String(last), next)
      }
      // The tail of a longer name (`الجهوي للسياحة`, after `المندوب` or `المندوبية` each
      // time): a definite word always preceded by a definite word it qualifies.
      let fragments = shown[topic].terms.indices.map { index -> Bool in
        let before = neighbours[topic][index].before
        guard extended[index] == nil, continued[index] == nil, !before.isEmpty else { return false }
        let words = written(shown[topic].terms[index]).split(separator: " ")
        return words.count == 2 && Self.isDefiniteArabic(words[0])
          && before.allSatisfy { written($0).split(separator: " ").first.map(Self.isDefiniteArabic) == true }
      }
      let nextTerms = shown[topic].terms.indices.map { index -> Int32? in
        continued[index] != nil ? shown[topic].continuations[index] : extended[index]?.next
      }
      let terms = shown[topic].terms.indices.map { index in
        written(shown[topic].terms[index]) + ((continued[index] ?? extended[index]?.word).map { " " + $0 } ?? "")
      }
      let stems = shown[topic].terms.indices.map { index in
        vocabulary.table.string(of: Int(shown[topic].terms[index]))
          + (nextTerms[index].map { " " + (vocabulary.table.string(of: Int($0)).split(separator: " ").last ?? "") }
            ?? "")
      }
      // Fitted documents first: a moved document's weight is a share, not a similarity.
      let ranked = members[topic].sorted {
        let movedA = model.movedRows.contains($0)
        let movedB = model.movedRows.contains($1)
        if movedA != movedB { return movedB }
        let a = model.documentTopics[$0, topic]
        let b = model.documentTopics[$1, topic]
        return a != b ? a > b : $0 < $1
      }
      return Topic(
        id: topic, label: Self.label(terms: terms, demoted: shown[topic].demoted, fragments: fragments),
        size: sizes[topic],
        terms: terms,
        stems: stems,
        weights: shown[topic].weights.map(Self.rounded),
        coherence: coherence[topic].map(Self.rounded),
        representativeDocuments: ranked.prefix(configuration.representativeDocuments).map {
          (collected[$0].documentID, Self.rounded(Double(model.documentTopics[$0, topic])))
        })
    }
    return Outcome(
      documentIDs: collected.map(\.documentID), assignments: model.assignments, outliers: outliers, weights: weights,
      topics: topics,
      selection: selection, vocabularySize: matrix.columnCount, nonZeros: matrix.nonZeroCount,
      iterations: model.iterations,
      fitted: FittedState(
        method: configuration.method, terms: vocabulary.columnTerms.indices.map(vocabulary.term(ofColumn:)), idf: idf,
        centroids: (0..<model.topicCount).map { topic in
          (0..<model.centroids.rowCount).map { model.centroids[$0, topic] }
        },
        offsets: model.centroidOffsets,
        labels: topics.map(\.label), topicTerms: topics.map(\.terms)))
  }

  /// Multiplies each Arabic column's weight (formula terms included) by its section
  /// factor (`SectionTermPrior.factor`); Latin-script terms keep theirs, as no labelled
  /// English sections taught the table anything about them.
  /// Returns each column's factor.
  static func weighBySections(
    _ idf: inout [Float], _ vocabulary: CorpusVocabulary, prior: SectionTermPrior, weight: Double
  ) -> [Float] {
    var factors = [Float](repeating: 1, count: idf.count)
    for column in idf.indices {
      let term = vocabulary.term(ofColumn: column)
      guard SectionTermPrior.isArabic(term) else { continue }
      factors[column] = prior.factor(of: term, weight: weight)
      idf[column] *= factors[column]
    }
    return factors
  }

  /// The power of the inverse document frequency for a method. NMF fits the strongest
  /// directions of the matrix, and with plain TF-IDF those are the words many sections share;
  /// idf squared lets the rarer words that tell sections apart lead (tuning part of ANT, 3
  /// seeds: NMI 0.539 against 0.520). Spherical k-means compares whole documents and loses
  /// with it (0.435 against 0.471), so it keeps plain idf.
  static func idfPower(_ method: TopicMethod) -> Double {
    method == .nmf ? 2 : 1
  }

  /// Columns whose terms are in more than `share` of the documents (on corpora of 3 or more).
  static func demotedColumns(_ vocabulary: CorpusVocabulary, documents: Int, share: Double) -> Set<Int> {
    Set(
      vocabulary.documentFrequencies.indices.filter {
        CorpusVocabulary.isCommon(
          Double(vocabulary.documentFrequencies[$0]), documents: Double(documents), share: share)
      })
  }

  /// Whether a shown two-word Arabic term is a definite word followed by an indefinite one
  /// without ل (`الوطنية استغلال` of `الشركة الوطنية لاستغلال وتوزيع المياه`): neither a noun
  /// with its adjective nor a construct, so the middle of a longer name whose preposition the
  /// collector dropped. It stays among the topic's terms but does not lead its label.
  static func isPieceOfLongerName(_ term: String) -> Bool {
    let words = term.split(separator: " ")
    guard words.count == 2, words[0].hasPrefix("ال"),
      words[1].unicodeScalars.first.map({ (0x0621...0x064A).contains($0.value) }) == true
    else { return false }
    return !words[1].hasPrefix("ال") && !words[1].hasPrefix("لل")
  }

  /// A topic's label: its first three terms that are not demoted (common to most of the
  /// corpus) nor weak leads (`isWeakLead`: a piece of a longer name, a verb, an adjective
  /// alone; or marked `fragments`, the tail of a longer name), each once; weak leads, then
  /// demoted terms, only when fewer than two others are left.
  static func label(terms: [String], demoted: [Bool], fragments: [Bool]? = nil) -> String {
    var chosen: [String] = []
    for (index, (term, isDemoted)) in zip(terms, demoted).enumerated()
    where chosen.count < 3 && !isDemoted && !chosen.contains(term) && !(fragments?[index] ?? false)
      && !isWeakLead(term)
    {
      chosen.append(term)
    }
    for (term, isDemoted) in zip(terms, demoted) where chosen.count < 2 && !isDemoted && !chosen.contains(term) {
      chosen.append(term)
    }
    for (term, isDemoted) in zip(terms, demoted) where chosen.count < 2 && isDemoted && !chosen.contains(term) {
      chosen.append(term)
    }
    return chosen.joined(separator: " · ")
  }

  /// The terms a topic shows (interned ids), with their weights, their columns (nil for a
  /// term outside the vocabulary) and whether each is demoted.
  struct ShownTerms {
    var terms: [Int32] = []
    /// For each term, the phrase that continues it into three words (`chainingPhrases`).
    var continuations: [Int32?] = []
    var weights: [Double] = []
    var columns: [Int?] = []
    var demoted: [Bool] = []
  }

  /// Topics of at most this many documents show their documents' own strongest terms: NMF
  /// fits the corpus's main directions, and what it leaves to a one-story topic are
  /// leftovers that may not occur in the story at all ("long · coach · fans" for a story
  /// about a budget vote).
  static let fewDocuments = 3
  /// The share of a topic's documents a distinctive term must occur in to be shown: a large
  /// mixed topic ("diverse" news) otherwise shows the terms of a small cluster NMF found
  /// inside it (ANT tuning part, 3 seeds: mean NPMI 0.398 against 0.376 with one document).
  static let minimumTermShare = 0.1

  /// What a topic shows: NMF's most distinctive terms (`displayColumns`) that occur in at
  /// least `minimumTermShare` of the topic's documents (and at least one), or, for a topic of
  /// few documents or with fewer than two such terms, its documents' own strongest terms
  /// (`CorpusVocabulary.ownTerms`).
  func shownTerms(
    _ model: TopicModel, topic: Int, members: [Int], _ vocabulary: CorpusVocabulary, counts: SparseMatrix,
    demoted: Set<Int>, hidden: Set<Int>
  ) -> ShownTerms {
    let count = configuration.topTerms
    var shown = ShownTerms()
    if members.count > Self.fewDocuments {
      let candidates = Self.displayColumns(
        model, topic: topic, count: count, vocabulary, demoted: demoted, hidden: hidden)
      let columns = Self.commonColumns(candidates, members: members, counts: counts)
      if columns.count >= 2 {
        let ranked = model.distinctiveColumns(topic: topic, count: count * 4).filter { !hidden.contains($0) }
        let chained = Self.chainingPhrases(
          columns, ranked: ranked, term: { vocabulary.term(ofColumn: $0) },
          support: { vocabulary.documentFrequencies[$0] },
          writtenTogether: {
            vocabulary.writesTogether(
              Int32(vocabulary.columnTerms[$0]), Int32(vocabulary.columnTerms[$1]), rows: members)
          })
        for (column, next) in chained {
          shown.terms.append(Int32(vocabulary.columnTerms[column]))
          shown.continuations.append(next.map { Int32(vocabulary.columnTerms[$0]) })
          shown.weights.append(Double(model.termTopics[column, topic]))
          shown.columns.append(column)
          shown.demoted.append(demoted.contains(column))
        }
        return shown
      }
    }
    let own = vocabulary.ownTerms(ofDocuments: members, maximumDocumentShare: configuration.labelMaxDf)
    func term(_ item: (term: Int32, weight: Double)) -> String { vocabulary.table.string(of: Int(item.term)) }
    let chained = Self.chainingPhrases(
      Self.mergingPhrases(own, count: count, term: term), ranked: own, term: term,
      support: { vocabulary.termDocumentFrequencies[Int($0.term)] },
      writtenTogether: { vocabulary.writesTogether($0.term, $1.term, rows: members) })
    for (item, next) in chained {
      shown.terms.append(item.term)
      shown.continuations.append(next?.term)
      shown.weights.append(item.weight / Double(max(1, members.count)))
      shown.columns.append(vocabulary.column(ofTerm: item.term))
      shown.demoted.append(false)
    }
    return shown
  }

  /// The `chosen` terms, each phrase `x y` with the phrase `y z` of `ranked` that continues it,
  /// when both are in about as many documents (`support`, each at least
  /// `phraseChainSupport` of the other): a three-word name is collected as two phrases, and
  /// a label showed both halves (`الماء الصالح · الشرب` for `الماء الصالح للشرب`). The
  /// continuation, and a chosen term that is its last word, are not shown again. The three
  /// words must be written together (`writtenTogether`, asked last): two names that share a
  /// word are not one (`الأمم المتحدة` + `المتحدة الأمريكية` gave `الأمم المتحدة الأمريكية`).
  static func chainingPhrases<T>(
    _ chosen: [T], ranked: [T], term: (T) -> String, support: (T) -> Int, writtenTogether: (T, T) -> Bool
  ) -> [(item: T, next: T?)] {
    let words = chosen.map { term($0).split(separator: " ") }
    guard words.contains(where: { $0.count == 2 }) else { return chosen.map { ($0, nil) } }
    var result: [(item: T, next: T?)] = []
    var taken: Set<String> = []
    for (index, item) in chosen.enumerated() {
      let parts = words[index]
      guard !taken.contains(term(item)) else { continue }
      guard parts.count == 2 else {
        result.append((item, nil))
        continue
      }
      // Arabic: a noun and its complement or adjective chain (`الشركة الوطنية للسكك`). Two
      // English phrases sharing a word in the same stories need not be one (`Brent crude` and
      // `crude inventories` gave `Brent crude inventories` on the wire test corpus, `civil war`
      // and `war crimes` gave `civil war crimes`), unless that word is a particle inside a
      // name (`Etoile du` and `du Sahel`).
      let middle = parts[1]
      let isArabic = middle.utf8.first.map { (0xD8...0xDB).contains($0) } == true
      guard isArabic || Self.nameParticles.contains(middle) else {
        result.append((item, nil))
        continue
      }
      let next = ranked.first { candidate in
        let other = term(candidate).split(separator: " ")
        guard other.count == 2, other[0] == parts[1], other[1] != parts[0], !taken.contains(term(candidate)) else {
          return false
        }
        let (a, b) = (Double(support(item)), Double(support(candidate)))
        return min(a, b) >= phraseChainSupport * max(a, b) && writtenTogether(item, candidate)
      }
      guard let next else {
        result.append((item, nil))
        continue
      }
      let nextParts = term(next).split(separator: " ")
      let replaced = [term(next), String(nextParts[1])]
      taken.formUnion(replaced)
      // The continuation or its last word, already shown before this phrase, gives way to it.
      if let first = result.firstIndex(where: { replaced.contains(term($0.item)) }) {
        result.removeAll { replaced.contains(term($0.item)) }
        result.insert((item, next), at: first)
      } else {
        result.append((item, next))
      }
    }
    return result
  }

  /// The only English (Latin-script) words an English three-word name is chained through:
  /// particles inside names (`Etoile du Sahel`, `Bank of England`, `Abu Bakr al Baghdadi`),
  /// never any short word (`war`, `oil`, `tax`).
  static let nameParticles: Set<Substring> = [
    "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do", "dos", "du", "el", "ibn",
    "la", "le", "of", "van", "von",
  ]

  /// How close the document counts of two phrases must be for one to continue the other.
  static let phraseChainSupport = 0.75

  /// The `candidates` (columns) that occur in at least `minimumTermShare` of the `members`
  /// (rows of `counts`), and in at least one, in their order.
  static func commonColumns(_ candidates: [Int], members: [Int], counts: SparseMatrix) -> [Int] {
    let needed = max(1, Int((minimumTermShare * Double(members.count)).rounded(.up)))
    var remaining = [Int](repeating: 0, count: counts.columnCount)
    for column in candidates { remaining[column] = needed }
    // The top terms of a topic usually reach the share within its first documents, so the
    // scan stops early.
    var missing = candidates.count
    for row in members where missing > 0 {
      for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1]
      where remaining[Int(counts.columnIndices[entry])] > 0 {
        remaining[Int(counts.columnIndices[entry])] -= 1
        if remaining[Int(counts.columnIndices[entry])] == 0 { missing -= 1 }
      }
    }
    return candidates.filter { remaining[$0] == 0 }
  }

  /// The first `count` of `ranked` for display, where a single term that is part of a phrase
  /// already listed gives way to it, and a phrase takes the place of the first of its words
  /// already listed, so labels do not repeat a word.
  static func mergingPhrases<T>(_ ranked: [T], count: Int, term: (T) -> String) -> [T] {
    var chosen: [T] = []
    var phraseParts: Set<String> = []
    for item in ranked where chosen.count < count {
      let text = term(item)
      let parts = text.split(separator: " ").map(String.init)
      if parts.count == 1, phraseParts.contains(text) { continue }
      if parts.count > 1 {
        phraseParts.formUnion(parts)
        if let first = chosen.firstIndex(where: { parts.contains(term($0)) }) {
          chosen[first] = item
          chosen = chosen.enumerated().filter { $0.offset <= first || !parts.contains(term($0.element)) }.map(\.element)
          continue
        }
      }
      chosen.append(item)
    }
    return chosen
  }

  /// A topic's top columns for display, by distinctiveness (`TopicModel.distinctiveColumns`):
  /// a single term that is part of a phrase of the same
  /// topic gives way to the phrase, so labels do not repeat a word; demoted columns (terms in
  /// most of the corpus) come after the others; hidden columns (formula terms) never show.
  static func displayColumns(
    _ model: TopicModel, topic: Int, count: Int, _ vocabulary: CorpusVocabulary, demoted: Set<Int> = [],
    hidden: Set<Int> = []
  ) -> [Int] {
    let ranked = model.distinctiveColumns(topic: topic, count: count * 4).filter { !hidden.contains($0) }
    let chosen = mergingPhrases(ranked, count: count) { vocabulary.term(ofColumn: $0) }
    return chosen.filter { !demoted.contains($0) } + chosen.filter { demoted.contains($0) }
  }

  static func rounded(_ value: Double) -> Double {
    (value * 10_000).rounded() / 10_000
  }

  func result(_ outcome: Outcome, documents: [CollectedItem<CollectedTerms>]) -> CorpusResult {
    var annotations: [String: [Annotation]] = [:]
    for (index, item) in documents.enumerated() {
      let attributes: [String: JSONValue]
      let value: String
      if let topic = outcome.assignments[index], outcome.outliers[index] == nil {
        value = String(topic)
        attributes = [
          "weight": .double(outcome.weights[index][topic]),
          "weights": .array(outcome.weights[index].map(JSONValue.double)),
          "topic_label": .string(outcome.topics[topic].label),
        ]
      } else {
        value = Self.outlierValue
        attributes = ["reason": .string((outcome.outliers[index] ?? .noTermsAfterFiltering).rawValue)]
      }
      annotations[item.documentID] = [
        Annotation(start: 0, end: item.value.length, text: "", label: Self.label, value: value, attributes: attributes)
      ]
    }
    var records = outcome.topics.map { topic in
      CorpusRecord(
        kind: "topic", key: String(topic.id),
        value: .object([
          "id": .int(topic.id),
          "label": .string(topic.label),
          "size": .int(topic.size),
          "terms": .array(topic.terms.map(JSONValue.string)),
          "stems": .array(topic.stems.map(JSONValue.string)),
          "weights": .array(topic.weights.map(JSONValue.double)),
          "coherence": topic.coherence.map(JSONValue.double) ?? .null,
          "representative_documents": .array(
            topic.representativeDocuments.map { document in
              var object: [String: JSONValue] = ["id": .string(document.id), "weight": .double(document.weight)]
              let title = documents.first { $0.documentID == document.id }?.value.title
              if let title { object["title"] = .string(title) }
              return .object(object)
            }),
        ]))
    }
    let coherences = outcome.topics.compactMap(\.coherence)
    records.append(
      CorpusRecord(
        kind: "topic-model", key: "summary",
        value: .object([
          "method": .string(configuration.method.rawValue),
          "topics": .int(outcome.topics.count),
          "requested": .string(configuration.topics.description),
          "chosen_by": .string(outcome.selection.reason),
          "candidates": .array(
            outcome.selection.candidates.map {
              .object([
                "topics": .int($0.topics), "coherence": .double(Self.rounded($0.coherence)),
                "stability": .double(Self.rounded($0.stability)), "score": .double(Self.rounded($0.score)),
                "smallest_topic": .int($0.smallestTopic),
              ])
            }),
          "mean_coherence": coherences.isEmpty
            ? .null : .double(Self.rounded(coherences.reduce(0, +) / Double(coherences.count))),
          "documents": .int(documents.count),
          "outliers": .int(outcome.outliers.filter { $0 != nil }.count),
          "outlier_reasons": .object(
            Dictionary(grouping: outcome.outliers.compactMap { $0?.rawValue }, by: { $0 }).mapValues { .int($0.count) }),
          "vocabulary": .int(outcome.vocabularySize),
          "non_zeros": .int(outcome.nonZeros),
          "iterations": .int(outcome.iterations),
          "seed": .int(configuration.seed),
        ])))
    return CorpusResult(annotations: annotations, records: records)
  }
}
