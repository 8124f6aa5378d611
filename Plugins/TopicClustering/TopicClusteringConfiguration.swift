import WorkbenchCore

/// The options of the `topic-clustering` stage (YAML keys on each `@Setting`).
public struct TopicClusteringConfiguration: StageConfiguration {
  /// The number of topics, or `auto`.
  @Setting(
    "topics",
    help: "number of topics, or auto to choose by coherence and stability between min_topics and max_topics")
  public var topics: TopicCount = .automatic
  /// The range `topics: auto` chooses from (capped by the corpus size). Unset, the smallest
  /// count is `defaultMinTopics`, except that 2 or 3 stories of which every two share
  /// `TopicCountSelection.tinyCorpusSharedWords` content words are one topic; set, it is kept.
  @Setting(
    "min_topics",
    help:
      "smallest number of topics auto considers; unset, 2, but 2 or 3 stories of which every two share 3 or more content words are one topic"
  )
  public var minTopics: Int? = nil
  /// The smallest count `topics: auto` considers when `min_topics` is not set.
  public static let defaultMinTopics = 2
  @Setting(
    "max_topics",
    help: "largest number of topics auto considers (also capped near the square root of the documents)")
  public var maxTopics = 12
  /// `nmf` (default) or `kmeans` (spherical k-means).
  @Setting("method", help: "nmf (non-negative matrix factorization) or kmeans (spherical k-means)")
  public var method: TopicMethod = .nmf
  /// Fixes every random choice: equal inputs and seed give identical outputs.
  @Setting("seed", help: "seed of every random choice; equal inputs and seed give identical results")
  public var seed = 1
  /// Terms in fewer documents than this are dropped.
  @Setting("min_df", help: "drop terms found in fewer documents than this")
  public var minDf = 2
  /// Terms in more than this fraction of the documents are dropped (on corpora of 3 or more
  /// documents).
  @Setting("max_df", help: "drop terms found in more than this fraction of documents")
  public var maxDf = 0.9
  /// The vocabulary keeps at most this many terms, the most frequent by document frequency.
  @Setting("max_features", help: "keep at most this many terms, by document frequency")
  public var maxFeatures = 20_000
  /// Whether frequent two-word phrases ("إعادة الإعمار") join the vocabulary.
  @Setting("phrases", help: "add frequent two-word phrases to the vocabulary")
  public var phrases = true
  /// A phrase joins the vocabulary when it occurs in at least this many documents.
  @Setting("phrase_min_df", help: "documents a phrase must occur in to be kept")
  public var phraseMinDf = 3
  /// Terms in more than this share of the documents are listed after a topic's other terms
  /// and never label it: a corpus's own boilerplate is demoted without a list entry.
  @Setting("label_max_df", help: "terms in more than this share of documents never label a topic and are listed last")
  public var labelMaxDf = 0.5
  /// Documents with fewer content words than this are outliers ("too short"), left out of
  /// the model.
  @Setting("min_words", help: "documents with fewer content words are outliers (too short)")
  public var minWords = 3
  /// Whether inverse document frequency is counted per script (Arabic, Latin), so that in a
  /// mixed corpus the minority language's terms are not weighed up for being rare.
  @Setting("idf_per_script", help: "count inverse document frequency per script (Arabic, Latin) in mixed corpora")
  public var idfPerScript = true
  /// With `topics: auto`, how much the stability of a count (agreement between two seeded
  /// fits) weighs against the coherence of its topics.
  @Setting(
    "stability_weight",
    help: "with topics: auto, weight of stability (agreement of two seeded fits) against coherence")
  public var stabilityWeight = 0.5
  /// With `topics: auto`, the most topics whose score is within this of the best score win.
  @Setting("score_margin", help: "with topics: auto, the most topics whose score is within this of the best win")
  public var scoreMargin = 0.1
  /// Documents are finally placed by spherical k-means on their coordinates in this many
  /// latent semantic dimensions (truncated SVD of the TF-IDF matrix); 0 places them by
  /// their TF-IDF vectors alone.
  @Setting(
    "lsa_dimensions",
    help: "place documents by k-means in this many latent semantic (truncated SVD) dimensions; 0 to use TF-IDF alone")
  public var lsaDimensions = 50
  /// How much an Arabic term's weight grows with what it tells about a newsroom's sections
  /// (`SectionTermPrior`, learned from labelled Tunisian news sections): its weight is
  /// multiplied by `1 + section_weight · informativeness`; 0 leaves the weights as TF-IDF gives them.
  @Setting(
    "section_weight",
    help:
      "weigh Arabic terms up by how much they tell about news sections (a table learned from labelled news); 0 for plain TF-IDF"
  )
  public var sectionWeight = 1.0
  /// Weight of the section scores of a classifier learned from labelled news sections
  /// (`SectionScoreClassifier`, over Arabic terms), appended to each story's latent semantic
  /// coordinates of a corpus of more than 30 stories: at 1 the scores' block is as long, on
  /// average, as the coordinates; 0 leaves them out.
  @Setting(
    "section_scores",
    help:
      "on corpora of over 30 stories, append a section classifier's scores (learned from labelled news) to the latent coordinates with this weight; 0 for none"
  )
  public var sectionScores = 1.0
  /// Top terms listed per topic (and used for its coherence).
  @Setting("top_terms", help: "top terms listed per topic and used for its coherence")
  public var topTerms = 10
  /// Representative documents listed per topic.
  @Setting("representative_documents", help: "documents listed per topic")
  public var representativeDocuments = 3
  /// Iteration limit of the factorization or clustering.
  @Setting("max_iterations", help: "iteration limit of NMF or k-means")
  public var maxIterations = 200

  public init() {}

  public func validate() throws {
    if case .fixed(let count) = topics, count < 1 || count > 1000 {
      throw ConfigurationError.invalid(field: "topics", message: "must be auto or between 1 and 1000")
    }
    let minTopics = minTopics ?? Self.defaultMinTopics
    if minTopics < 1 || maxTopics < minTopics || maxTopics > 1000 {
      throw ConfigurationError.invalid(
        field: "max_topics", message: "need 1 <= min_topics <= max_topics <= 1000")
    }
    if minDf < 1 { throw ConfigurationError.invalid(field: "min_df", message: "must be at least 1") }
    if !(maxDf > 0 && maxDf <= 1) {
      throw ConfigurationError.invalid(field: "max_df", message: "must be a fraction in (0, 1]")
    }
    if maxFeatures < 1 { throw ConfigurationError.invalid(field: "max_features", message: "must be at least 1") }
    if !(labelMaxDf > 0 && labelMaxDf <= 1) {
      throw ConfigurationError.invalid(field: "label_max_df", message: "must be a fraction in (0, 1]")
    }
    if minWords < 0 { throw ConfigurationError.invalid(field: "min_words", message: "must not be negative") }
    if !(stabilityWeight >= 0 && stabilityWeight <= 10) {
      throw ConfigurationError.invalid(field: "stability_weight", message: "must be between 0 and 10")
    }
    if !(scoreMargin >= 0 && scoreMargin <= 1) {
      throw ConfigurationError.invalid(field: "score_margin", message: "must be between 0 and 1")
    }
    if phraseMinDf < 1 { throw ConfigurationError.invalid(field: "phrase_min_df", message: "must be at least 1") }
    if lsaDimensions < 0 || lsaDimensions > 1000 {
      throw ConfigurationError.invalid(field: "lsa_dimensions", message: "must be between 0 and 1000")
    }
    if !(sectionWeight >= 0 && sectionWeight <= 10) {
      throw ConfigurationError.invalid(field: "section_weight", message: "must be between 0 and 10")
    }
    if !(sectionScores >= 0 && sectionScores <= 10) {
      throw ConfigurationError.invalid(field: "section_scores", message: "must be between 0 and 10")
    }
    if topTerms < 2 || topTerms > 100 {
      throw ConfigurationError.invalid(field: "top_terms", message: "must be between 2 and 100")
    }
    if representativeDocuments < 0 {
      throw ConfigurationError.invalid(field: "representative_documents", message: "must not be negative")
    }
    if maxIterations < 1 { throw ConfigurationError.invalid(field: "max_iterations", message: "must be at least 1") }
  }
}

/// The topic model a stage fits.
public enum TopicMethod: String, Codable, Hashable, Sendable, CaseIterable {
  case nmf
  case kmeans
}
