/// A fitted topic model over a TF-IDF matrix: how strongly each document and each term
/// belongs to each topic, and each document's topic.
struct TopicModel {
  /// Documents x topics: cosine similarities (clipped at 0) to the k-means clusters (with
  /// NMF, to the clusters refined from its factors).
  var documentTopics: DenseMatrix
  /// Terms x topics: NMF term weights, or k-means centroids.
  var termTopics: DenseMatrix
  /// Each document's topic; nil for a document without vocabulary terms.
  var assignments: [Int?]
  var iterations: Int
  /// Σ over documents of the cosine similarity to their topic's centroid: what the starts
  /// compete on.
  var objective: Double
  /// The k-means centroids the fit started from (terms x topics).
  var startCentroids: DenseMatrix
  /// Unit-length centroids of the topics' documents (terms x topics): a new document's
  /// topic is the centroid its TF-IDF vector is most similar to.
  var centroids: DenseMatrix
  /// Per topic, what a unit-length TF-IDF vector's product with its centroid is less by in
  /// the latent semantic placement's coordinates (`LatentSemanticProjection.offsets(of:)`);
  /// zero without one.
  var centroidOffsets: [Float]
  /// Rows moved to a topic they share terms with after the fit (`moving(_:to:shared:)`):
  /// their weights are shares of shared terms, not similarities, so they rank after the
  /// topic's fitted documents.
  var movedRows: Set<Int> = []

  var topicCount: Int { termTopics.columnCount }

  /// Divides each term's weights (`termTopics`, what labels rank by) by its column's factor:
  /// a fit on columns scaled by `factors` has its term weights scaled by them too.
  mutating func dividingTermWeights(by factors: [Float]) {
    precondition(factors.count == termTopics.rowCount)
    for column in 0..<termTopics.rowCount where factors[column] != 1 {
      for topic in 0..<topicCount { termTopics[column, topic] /= factors[column] }
    }
  }

  /// Seeded starts tried; the best final objective wins.
  static let starts = 3
  /// Rows the starts are tried on.
  static let startSampleSize = 2_000
  /// NMF iterations of a start tried on a sample of the rows.
  static let sampledStartIterations = 15

  /// An even stride of at most `limit` rows, or nil when there are no more rows than that.
  static func sampleRows(_ count: Int, limit: Int) -> [Int]? {
    guard count > limit else { return nil }
    return (0..<limit).map { $0 * count / limit }
  }

  /// Fits `topics` topics to the unit-length rows of `matrix`. With a `projection` of the
  /// matrix's columns (latent semantic analysis) and more than one topic, documents are
  /// finally placed by their coordinates in it.
  init(
    matrix: SparseMatrix, topics: Int, method: TopicMethod, seed: UInt64, maximumIterations: Int,
    projection: LatentSemanticProjection? = nil
  ) {
    // The best of a few seeded starts, each fitted the whole way (k-means++, k-means, and with
    // NMF the factorization and the refinement), by the final objective: one start is at the
    // mercy of its first centroid, and k-means' own objective says little about where NMF
    // will end. On a large corpus the starts run on an even sample of the rows and the
    // winner's centroids start the fit on all of them, so starts cost a bounded amount.
    let sample = Self.sampleRows(matrix.rowCount, limit: Self.startSampleSize)
    let startMatrix = sample.map { matrix.selectingRows($0) } ?? matrix
    // One topic has nothing to tell apart: centred, its documents' mean direction is about
    // zero, and a document's weight or a new document's topic would follow rounding.
    let placement =
      topics > 1 ? projection.map { Placement(projection: $0, coordinates: $0.coordinates(of: matrix)) } : nil
    let startPlacement = placement.map { whole in
      sample.map { Placement(projection: whole.projection, coordinates: whole.coordinates.selectingRows($0)) } ?? whole
    }
    var best: TopicModel?
    for start in 0..<Self.starts {
      let startSeed = start == 0 ? seed : seed &+ UInt64(start) &* 0x9E37_79B9
      let clustering = SphericalKMeans(
        matrix: startMatrix, clusters: topics, seed: startSeed,
        maximumIterations: method == .kmeans ? maximumIterations : min(maximumIterations, 10))
      // On a sample the starts only compare; a few NMF iterations tell them apart.
      let candidate = TopicModel(
        matrix: startMatrix, from: clustering, method: method,
        maximumIterations: sample == nil ? maximumIterations : min(maximumIterations, Self.sampledStartIterations),
        placement: startPlacement)
      if best == nil || candidate.objective > best!.objective { best = candidate }
    }
    guard sample != nil, let winner = best else {
      self = best!
      return
    }
    let centroids = method == .kmeans ? winner.termTopics : winner.startCentroids
    let clustering = SphericalKMeans(
      matrix: matrix, centroids: centroids,
      maximumIterations: method == .kmeans ? maximumIterations : min(maximumIterations, 10))
    self = TopicModel(
      matrix: matrix, from: clustering, method: method, maximumIterations: maximumIterations, placement: placement)
  }

  /// Where documents are finally placed: a latent semantic projection and every row's
  /// unit-length coordinates in it.
  struct Placement {
    var projection: LatentSemanticProjection
    var coordinates: SparseMatrix
  }

  /// Finishes a fit from a spherical k-means clustering of the same rows.
  init(
    matrix: SparseMatrix, from clustering: SphericalKMeans, method: TopicMethod, maximumIterations: Int,
    placement: Placement? = nil
  ) {
    let topics = clustering.centroids.columnCount
    startCentroids = clustering.centroids
    centroidOffsets = [Float](repeating: 0, count: topics)
    switch method {
    case .kmeans:
      documentTopics = Self.clippedAtZero(clustering.similarities)
      termTopics = clustering.centroids
      centroids = clustering.centroids
      assignments = clustering.assignments
      iterations = clustering.iterations
      objective = clustering.objective
    case .nmf:
      // Spherical k-means centroids are a deterministic, sparse-friendly starting point
      // (the role NNDSVD plays in scikit-learn), and make NMF converge in fewer iterations.
      let factorization = NonnegativeMatrixFactorization(
        matrix: matrix, initialTermTopics: clustering.centroids, maximumIterations: maximumIterations)
      termTopics = factorization.termTopics
      // A row NMF gives no weight at all keeps its k-means cluster rather than no topic.
      let fromFactors = Self.strongestTopics(factorization).enumerated().map { $1 ?? clustering.assignments[$0] }
      // NMF finds the topics; a few spherical k-means iterations started from its clusters
      // then place each document by its whole vector rather than by its share of a
      // factorization (ANT tuning part, 3 seeds: NMI 0.543 against 0.539).
      // With a latent semantic placement to come, NMF's clusters start it directly: a
      // refinement on the TF-IDF vectors first changed nothing (tuning NMI 0.577 either way).
      if placement != nil {
        assignments = fromFactors
        centroids = clustering.centroids
        documentTopics = clustering.similarities
        iterations = factorization.iterations
        objective = 0
        break
      }
      let refined = SphericalKMeans(
        matrix: matrix,
        centroids: SphericalKMeans.centroids(
          matrix: matrix, assignments: fromFactors, similarities: clustering.similarities, clusters: topics),
        maximumIterations: Self.refinementIterations)
      assignments = refined.assignments
      centroids = refined.centroids
      // A document's weights are its similarities to the refined clusters, so that its
      // topic is always its heaviest.
      documentTopics = Self.clippedAtZero(refined.similarities)
      iterations = factorization.iterations + refined.iterations
      objective = refined.objective
    }
    if let placement { place(by: placement, matrix: matrix, method: method) }
  }

  /// Moves the documents by a few spherical k-means iterations in latent semantic space,
  /// started from their clusters. Words that occur together pull their documents together
  /// there, so a story is placed by what it is about rather than by its exact words (ANT
  /// tuning part, 3 seeds: NMI 0.575 against 0.557; uneven sections 0.50 / 0.49 against
  /// 0.46 / 0.47). The centroids kept are the clusters' directions mapped back to the
  /// terms, V·√Σ·c, with offsets x̄·V·√Σ·c (`LatentSemanticProjection.termDirections(of:)`,
  /// `offsets(of:)`): a TF-IDF vector's product with a centroid less its offset is its
  /// centred, scaled coordinates' product with c, up to the length of those coordinates, so
  /// a new document gets the topic a fitted one with its terms has.
  private mutating func place(by placement: Placement, matrix: SparseMatrix, method: TopicMethod) {
    let coordinates = placement.coordinates
    let topics = topicCount
    let start = SphericalKMeans.centroids(
      matrix: coordinates, assignments: assignments,
      similarities: DenseMatrix(rowCount: coordinates.rowCount, columnCount: topics), clusters: topics)
    let placed = SphericalKMeans(matrix: coordinates, centroids: start, maximumIterations: Self.refinementIterations)
    assignments = placed.assignments
    documentTopics = Self.clippedAtZero(placed.similarities)
    objective = placed.objective
    iterations += placed.iterations
    centroids = placement.projection.termDirections(of: placed.centroids)
    centroidOffsets = placement.projection.offsets(of: placed.centroids)
    if method == .kmeans {
      // The topics' terms are their documents' mean TF-IDF vectors.
      termTopics = SphericalKMeans.centroids(
        matrix: matrix, assignments: assignments, similarities: documentTopics, clusters: topics)
    }
  }

  /// Spherical k-means iterations that refine NMF's clusters.
  static let refinementIterations = 10

  /// Each row's topic by its contribution to the row's reconstruction, weight times the
  /// length of the topic's term vector (NMF's scale is split freely between the factors);
  /// nil for a row with no weight.
  static func strongestTopics(_ factorization: NonnegativeMatrixFactorization) -> [Int?] {
    let h = factorization.termTopics
    var lengths = [Float](repeating: 0, count: h.columnCount)
    for row in 0..<h.rowCount {
      for topic in 0..<h.columnCount { lengths[topic] += h[row, topic] * h[row, topic] }
    }
    var scaled = factorization.documentTopics
    for row in 0..<scaled.rowCount {
      for topic in 0..<scaled.columnCount { scaled[row, topic] *= lengths[topic].squareRoot() }
    }
    return (0..<scaled.rowCount).map { scaled.argmax(row: $0) }
  }

  static func clippedAtZero(_ similarities: DenseMatrix) -> DenseMatrix {
    var clipped = similarities
    for index in clipped.storage.indices where clipped.storage[index] < 0 { clipped.storage[index] = 0 }
    return clipped
  }

  /// The sizes of the topics.
  var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: topicCount)
    for case let topic? in assignments { sizes[topic] += 1 }
    return sizes
  }

  /// The rows (documents) of each topic, in row order.
  var members: [[Int]] {
    var members = [[Int]](repeating: [], count: topicCount)
    for (row, topic) in assignments.enumerated() { if let topic { members[topic].append(row) } }
    return members
  }

  /// The columns with the largest positive weight in a topic, largest first (ties by column).
  func topColumns(topic: Int, count: Int) -> [Int] {
    var ranked: [(column: Int, weight: Float)] = []
    for column in 0..<termTopics.rowCount where termTopics[column, topic] > 0 {
      ranked.append((column, termTopics[column, topic]))
    }
    ranked.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.column < $1.column }
    return ranked.prefix(count).map(\.column)
  }

  /// The columns that best tell a topic apart, best first (ties by column): by weight in the
  /// topic times the topic's share of the term's weight over all topics. A word every topic
  /// uses ("تونس", "government" in a corpus about one country) ranks below the words this
  /// topic has to itself, so labels name what a topic is about (FREX-style exclusivity).
  func distinctiveColumns(topic: Int, count: Int) -> [Int] {
    var ranked: [(column: Int, score: Float)] = []
    for column in 0..<termTopics.rowCount where termTopics[column, topic] > 0 {
      var total: Float = 0
      for other in 0..<topicCount { total += termTopics[column, other] }
      let weight = termTopics[column, topic]
      ranked.append((column, weight * weight / total))
    }
    ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.column < $1.column }
    return ranked.prefix(count).map(\.column)
  }

  /// Renumbers topics by decreasing size (ties by their strongest term), so that topic 0 is
  /// the largest and numbering never depends on initialization order.
  mutating func canonicalizeOrder() {
    let sizes = sizes
    let firstTerms = (0..<topicCount).map { topColumns(topic: $0, count: 1).first ?? Int.max }
    let order = (0..<topicCount).sorted {
      sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : (firstTerms[$0], $0) < (firstTerms[$1], $1)
    }
    var newIndex = [Int](repeating: 0, count: topicCount)
    for (new, old) in order.enumerated() { newIndex[old] = new }
    documentTopics = Self.permuteColumns(documentTopics, order)
    termTopics = Self.permuteColumns(termTopics, order)
    centroids = Self.permuteColumns(centroids, order)
    centroidOffsets = order.map { centroidOffsets[$0] }
    assignments = assignments.map { $0.map { newIndex[$0] } }
  }

  private static func permuteColumns(_ matrix: DenseMatrix, _ order: [Int]) -> DenseMatrix {
    var result = DenseMatrix(rowCount: matrix.rowCount, columnCount: matrix.columnCount)
    for row in 0..<matrix.rowCount {
      for (new, old) in order.enumerated() { result[row, new] = matrix[row, old] }
    }
    return result
  }
}
