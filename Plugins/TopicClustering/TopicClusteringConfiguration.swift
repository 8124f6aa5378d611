import WorkbenchCore

/// The options of the `topic-clustering` stage (YAML keys are the property names).
public struct TopicClusteringConfiguration: StageConfiguration {
  /// The number of topics, or `auto`.
  public var topics: TopicCount = .automatic
  /// The range `topics: auto` chooses from (capped by the corpus size).
  public var min_topics = 2
  public var max_topics = 12
  /// `nmf` (default) or `kmeans` (spherical k-means).
  public var method: TopicMethod = .nmf
  /// Fixes every random choice: equal inputs and seed give identical outputs.
  public var seed = 1
  /// Terms in fewer documents than this are dropped.
  public var min_df = 2
  /// Terms in more than this fraction of the documents are dropped (on corpora of 3 or more
  /// documents).
  public var max_df = 0.9
  /// The vocabulary keeps at most this many terms, the most frequent by document frequency.
  public var max_features = 20_000
  /// Whether frequent two-word phrases ("إعادة الإعمار") join the vocabulary.
  public var phrases = true
  /// A phrase joins the vocabulary when it occurs in at least this many documents.
  public var phrase_min_df = 3
  /// Terms in more than this share of the documents are listed after a topic's other terms
  /// and never label it: a corpus's own boilerplate is demoted without a list entry.
  public var label_max_df = 0.5
  /// Documents with fewer content words than this are outliers ("too short"), left out of
  /// the model.
  public var min_words = 3
  /// Whether inverse document frequency is counted per script (Arabic, Latin), so that in a
  /// mixed corpus the minority language's terms are not weighed up for being rare.
  public var idf_per_script = true
  /// With `topics: auto`, how much the stability of a count (agreement between two seeded
  /// fits) weighs against the coherence of its topics.
  public var stability_weight = 0.5
  /// With `topics: auto`, the most topics whose score is within this of the best score win.
  public var score_margin = 0.1
  /// Top terms listed per topic (and used for its coherence).
  public var top_terms = 10
  /// Representative documents listed per topic.
  public var representative_documents = 3
  /// Iteration limit of the factorization or clustering.
  public var max_iterations = 200

  public init() {}

  public func validate() throws {
    if case .fixed(let count) = topics, count < 1 || count > 1000 {
      throw ConfigurationError.invalid(field: "topics", message: "must be auto or between 1 and 1000")
    }
    if min_topics < 1 || max_topics < min_topics || max_topics > 1000 {
      throw ConfigurationError.invalid(
        field: "max_topics", message: "need 1 <= min_topics <= max_topics <= 1000")
    }
    if min_df < 1 { throw ConfigurationError.invalid(field: "min_df", message: "must be at least 1") }
    if !(max_df > 0 && max_df <= 1) {
      throw ConfigurationError.invalid(field: "max_df", message: "must be a fraction in (0, 1]")
    }
    if max_features < 1 { throw ConfigurationError.invalid(field: "max_features", message: "must be at least 1") }
    if !(label_max_df > 0 && label_max_df <= 1) {
      throw ConfigurationError.invalid(field: "label_max_df", message: "must be a fraction in (0, 1]")
    }
    if min_words < 0 { throw ConfigurationError.invalid(field: "min_words", message: "must not be negative") }
    if !(stability_weight >= 0 && stability_weight <= 10) {
      throw ConfigurationError.invalid(field: "stability_weight", message: "must be between 0 and 10")
    }
    if !(score_margin >= 0 && score_margin <= 1) {
      throw ConfigurationError.invalid(field: "score_margin", message: "must be between 0 and 1")
    }
    if phrase_min_df < 1 { throw ConfigurationError.invalid(field: "phrase_min_df", message: "must be at least 1") }
    if top_terms < 2 || top_terms > 100 {
      throw ConfigurationError.invalid(field: "top_terms", message: "must be between 2 and 100")
    }
    if representative_documents < 0 {
      throw ConfigurationError.invalid(field: "representative_documents", message: "must not be negative")
    }
    if max_iterations < 1 { throw ConfigurationError.invalid(field: "max_iterations", message: "must be at least 1") }
  }

  public static var fieldHelp: [String: String] {
    [
      "topics": "number of topics, or auto to choose by coherence and stability between min_topics and max_topics",
      "min_topics": "smallest number of topics auto considers",
      "max_topics": "largest number of topics auto considers (also capped near the square root of the documents)",
      "method": "nmf (non-negative matrix factorization) or kmeans (spherical k-means)",
      "seed": "seed of every random choice; equal inputs and seed give identical results",
      "min_df": "drop terms found in fewer documents than this",
      "max_df": "drop terms found in more than this fraction of documents",
      "max_features": "keep at most this many terms, by document frequency",
      "phrases": "add frequent two-word phrases to the vocabulary",
      "phrase_min_df": "documents a phrase must occur in to be kept",
      "label_max_df": "terms in more than this share of documents never label a topic and are listed last",
      "min_words": "documents with fewer content words are outliers (too short)",
      "idf_per_script": "count inverse document frequency per script (Arabic, Latin) in mixed corpora",
      "stability_weight": "with topics: auto, weight of stability (agreement of two seeded fits) against coherence",
      "score_margin": "with topics: auto, the most topics whose score is within this of the best win",
      "top_terms": "top terms listed per topic and used for its coherence",
      "representative_documents": "documents listed per topic",
      "max_iterations": "iteration limit of NMF or k-means",
    ]
  }
}

/// The topic model a stage fits.
public enum TopicMethod: String, Codable, Hashable, Sendable, CaseIterable {
  case nmf
  case kmeans
}
