extension TopicReducer {
  /// The rows, in order, that share no column with any other row of their topic (`members`:
  /// rows by topic), in topics of two or more rows. Columns `excluded` (the formula terms:
  /// reporting verbs, calendar and general words such as `strong` or `أكثر`) do not count as
  /// shared: two stories joined only by them are about different things. Terms common to
  /// most of the corpus do count: in a corpus about one subject they are what its stories
  /// share. A topic of one document is about that document and keeps it.
  static func unsharedDocuments(
    members: [[Int]], counts: SparseMatrix, excluded: (Int) -> Bool
  ) -> [Int] {
    var holders = [Int32](repeating: 0, count: counts.columnCount)
    var unshared: [Int] = []
    for rows in members where rows.count >= 2 {
      for row in rows {
        for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
          holders[Int(counts.columnIndices[entry])] += 1
        }
      }
      for row in rows {
        let shares = (counts.rowOffsets[row]..<counts.rowOffsets[row + 1]).contains { entry in
          let column = Int(counts.columnIndices[entry])
          return holders[column] >= 2 && !excluded(column)
        }
        if !shares { unshared.append(row) }
      }
      for row in rows {
        for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
          holders[Int(counts.columnIndices[entry])] = 0
        }
      }
    }
    return unshared.sorted()
  }
}

extension TopicModel {
  /// Takes `rows` out of their topics; topics left without documents are dropped and the
  /// rest renumbered by size, as `canonicalizeOrder` numbers them.
  mutating func unplacing(_ rows: [Int]) {
    for row in rows { assignments[row] = nil }
    canonicalizeOrder()
    let kept = sizes.filter { $0 > 0 }.count
    guard kept < topicCount else { return }
    // Empty topics sort last.
    documentTopics = Self.firstColumns(documentTopics, kept)
    termTopics = Self.firstColumns(termTopics, kept)
    centroids = Self.firstColumns(centroids, kept)
    centroidOffsets = Array(centroidOffsets.prefix(kept))
  }

  private static func firstColumns(_ matrix: DenseMatrix, _ count: Int) -> DenseMatrix {
    var result = DenseMatrix(rowCount: matrix.rowCount, columnCount: count)
    for row in 0..<matrix.rowCount {
      for column in 0..<count { result[row, column] = matrix[row, column] }
    }
    return result
  }
}

extension TopicReducer {
  /// For each of the `unshared` rows, the topic whose other documents share the most with it,
  /// if any does: the sum of the row's `weights` (TF-IDF) over the columns it shares with
  /// that topic's documents that share with their own topic, formula columns (`excluded`)
  /// left out. On a corpus of a few stories the fit can pair a story with an unrelated one
  /// (two wire stories alike in their datelines and credits) while a story on its subject
  /// sits in another topic; moving it there keeps it from being an outlier for no reason.
  /// Rows no topic shares with are left out; the result is by row, in row order.
  static func sharingTopics(
    of unshared: [Int], members: [[Int]], weights: SparseMatrix, excluded: (Int) -> Bool
  ) -> [(row: Int, topic: Int, shared: [Double])] {
    guard !unshared.isEmpty else { return [] }
    let left = Set(unshared)
    // Per topic, the columns its sharing documents hold.
    var held = [[Bool]](repeating: [], count: members.count)
    for (topic, rows) in members.enumerated() {
      var columns = [Bool](repeating: false, count: weights.columnCount)
      for row in rows where !left.contains(row) {
        for entry in weights.rowOffsets[row]..<weights.rowOffsets[row + 1] {
          columns[Int(weights.columnIndices[entry])] = true
        }
      }
      held[topic] = columns
    }
    var moves: [(row: Int, topic: Int, shared: [Double])] = []
    for row in unshared {
      var shared = [Double](repeating: 0, count: members.count)
      for entry in weights.rowOffsets[row]..<weights.rowOffsets[row + 1] {
        let column = Int(weights.columnIndices[entry])
        guard !excluded(column) else { continue }
        for topic in members.indices where held[topic][column] { shared[topic] += Double(weights.values[entry]) }
      }
      guard let best = shared.indices.max(by: { shared[$0] < shared[$1] || (shared[$0] == shared[$1] && $0 > $1) }),
        shared[best] > 0
      else { continue }
      moves.append((row, best, shared))
    }
    return moves
  }
}

extension TopicModel {
  /// Moves `row` to `topic`, its weights over the topics set to its `shared` weights'
  /// shares (so that its topic is its heaviest, and no weight is above 1 as a similarity's
  /// is not). It is recorded in `movedRows`: a share is not a similarity, so it ranks after
  /// the fitted documents of its topic whatever its size.
  mutating func moving(_ row: Int, to topic: Int, shared: [Double]) {
    assignments[row] = topic
    movedRows.insert(row)
    let total = shared.reduce(0, +)
    for column in 0..<documentTopics.columnCount {
      documentTopics[row, column] = total > 0 ? Float(shared[column] / total) : 0
    }
  }
}
