import Dispatch
import Synchronization

/// How many topics a model gets: the number asked for, or with `topics: auto` the candidate
/// in a range with the best score: the coherence of its topics (mean NPMI of their top
/// terms) plus `stabilityWeight` times its stability (how far two fits with different seeds
/// agree, as NMI). A count the data does not support splits differently from seed to seed;
/// coherence alone favours counts that carve out a few tight, tiny topics. Among the counts
/// whose score is within `scoreMargin` of the best, the largest wins: scores that close
/// differ by less than they move from seed to seed, and topics an analyst finds too fine can
/// be merged by eye, while a coarse topic cannot be split.
public struct TopicCountSelection: Sendable, Hashable {
  public struct Candidate: Sendable, Hashable {
    public var topics: Int
    public var coherence: Double
    /// NMI between the assignments of two fits with different seeds.
    public var stability: Double
    /// What the choice maximizes: coherence + stability weight · stability.
    public var score: Double
    /// Documents in the candidate's smallest topic (in the sample it was fitted on).
    public var smallestTopic: Int
  }

  /// What scoring a candidate count gives.
  typealias Score = (coherence: Double, stability: Double, smallestTopic: Int)

  /// Topics smaller than this never make a finer count win within the margin: a topic of one
  /// document is a split no analyst asked for.
  static let minimumTopicSize = 2

  /// Documents with terms up to which `auto` fits one topic when sharing words links them all
  /// (`allShareTerms`): below four documents √n + 1 leaves no count to score.
  static let tinyCorpus = 3
  /// Content words every two stories of a tiny corpus must share to be one topic. One shared
  /// ordinary word (`minister`, `وزير`, `wages`) is not a subject: on the test corpora
  /// unrelated pairs share 1–2 such words, stories on one subject 3–11.
  static let tinyCorpusSharedWords = 3
  /// Documents with terms up to which `auto` scores up to one topic per
  /// `minimumTopicSize` documents instead of √n + 1; the vocabulary also interns phrases found
  /// in two documents of such a corpus, and the reducer checks each story's shared words.
  static let smallCorpus = 30

  /// The number of topics to fit.
  public var chosen: Int
  /// The candidates scored by `auto`, in increasing number of topics; empty for a fixed count.
  public var candidates: [Candidate]
  /// Why `chosen` was chosen, in words, for the corpus record.
  public var reason: String

  /// Chooses a count. `score(topics, sample)` fits a model twice (on a sample of a large
  /// corpus when `sample` is true) and returns its mean coherence and its stability; with
  /// `topics: auto` up to `concurrency` candidates are scored at once.
  init(
    requested: TopicCount, minimum: Int, maximum: Int, documentsWithTerms: Int, stabilityWeight: Double = 0.5,
    scoreMargin: Double = 0, concurrency: Int = 1, allShareTerms: Bool = false,
    score: @escaping @Sendable (Int, Bool) -> Score
  ) {
    let limit = max(1, documentsWithTerms)
    switch requested {
    case .fixed(let count):
      chosen = min(count, limit)
      candidates = []
      reason = chosen == count ? "fixed" : "fixed \(count), capped at \(limit) documents with terms"
    case .automatic:
      // Beyond about √n topics a corpus is split into clusters of a handful of documents.
      // A small corpus of short stories may hold more subjects than that (12 stories from
      // 5 desks): up to one topic per two documents is scored there.
      let squareRootCap = Int(Double(limit).squareRoot()) + 1
      let cap = limit <= Self.smallCorpus ? max(squareRootCap, limit / Self.minimumTopicSize) : squareRootCap
      let upper = max(min(maximum, cap, limit), min(minimum, limit))
      let lower = min(minimum, upper)
      guard upper > lower else {
        if allShareTerms && documentsWithTerms <= Self.tinyCorpus {
          chosen = 1
          candidates = []
          reason =
            "auto: 1 topic, as the \(documentsWithTerms) documents with terms are linked by sharing \(Self.tinyCorpusSharedWords) or more words"
          return
        }
        chosen = lower
        candidates = []
        reason = "auto: only \(lower) topic(s) possible for \(documentsWithTerms) documents with terms"
        return
      }
      let scores = Self.scores(of: Array(lower...upper), concurrency: concurrency) { score($0, true) }
      candidates = zip(lower...upper, scores).map {
        Candidate(
          topics: $0, coherence: $1.coherence, stability: $1.stability,
          score: $1.coherence + stabilityWeight * $1.stability, smallestTopic: $1.smallestTopic)
      }
      // The best score; then the most topics within the margin of it (exact ties, within
      // rounding, go to fewer topics when the margin is 0).
      var best = candidates[0]
      for candidate in candidates.dropFirst() where candidate.score > best.score + 1e-9 { best = candidate }
      if scoreMargin > 0,
        let finer = candidates.last(where: {
          $0.topics > best.topics && $0.score >= best.score - scoreMargin && $0.smallestTopic >= Self.minimumTopicSize
        })
      {
        best = finer
      }
      chosen = best.topics
      reason =
        "auto: highest mean NPMI coherence + \(stabilityWeight) x stability (NMI of two seeded fits) among \(lower)...\(upper) topics"
        + (scoreMargin > 0
          ? ", then the most topics within \(scoreMargin) of it whose topics have \(Self.minimumTopicSize) documents or more"
          : "")
    }
  }
}

extension TopicCountSelection {
  /// `score` of each count, computed on up to `concurrency` threads. Threads take the next
  /// count from a shared counter, the largest counts (the slowest fits) first.
  static func scores(
    of counts: [Int], concurrency: Int, _ score: @escaping @Sendable (Int) -> Score
  ) -> [Score] {
    let workers = min(max(1, concurrency), counts.count)
    guard workers > 1 else { return counts.map(score) }
    let order = counts.indices.sorted { counts[$0] > counts[$1] }
    let next = Atomic<Int>(0)
    let results = Mutex([Score](repeating: (0, 0, 0), count: counts.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let taken = next.add(1, ordering: .relaxed).oldValue
        guard taken < order.count else { return }
        let index = order[taken]
        let value = score(counts[index])
        results.withLock { $0[index] = value }
      }
    }
    return results.withLock { $0 }
  }
}

extension SparseMatrix {
  /// The same matrix with the rows for which `isEmptied` is true left without entries.
  func emptyingRows(where isEmptied: (Int) -> Bool) -> SparseMatrix {
    guard (0..<rowCount).contains(where: isEmptied) else { return self }
    var offsets = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    for row in 0..<rowCount {
      if !isEmptied(row) {
        columns.append(contentsOf: columnIndices[rowOffsets[row]..<rowOffsets[row + 1]])
        values.append(contentsOf: self.values[rowOffsets[row]..<rowOffsets[row + 1]])
      }
      offsets.append(columns.count)
    }
    return SparseMatrix(
      rowCount: rowCount, columnCount: columnCount, rowOffsets: offsets, columnIndices: columns, values: values)
  }

  /// The matrix made of the given rows, in the order given.
  func selectingRows(_ rows: [Int]) -> SparseMatrix {
    var offsets = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    for row in rows {
      columns.append(contentsOf: columnIndices[rowOffsets[row]..<rowOffsets[row + 1]])
      values.append(contentsOf: self.values[rowOffsets[row]..<rowOffsets[row + 1]])
      offsets.append(columns.count)
    }
    return SparseMatrix(
      rowCount: rows.count, columnCount: columnCount, rowOffsets: offsets, columnIndices: columns, values: values)
  }
}
