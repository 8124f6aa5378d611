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
    guard !rows.isEmpty else { return }
    for row in rows { assignments[row] = nil }
    canonicalizeOrder()
    let kept = sizes.filter { $0 > 0 }.count
    guard kept < topicCount else { return }
    // Empty topics sort last.
    documentTopics = Self.firstColumns(documentTopics, kept)
    termTopics = Self.firstColumns(termTopics, kept)
    centroids = Self.firstColumns(centroids, kept)
  }

  private static func firstColumns(_ matrix: DenseMatrix, _ count: Int) -> DenseMatrix {
    var result = DenseMatrix(rowCount: matrix.rowCount, columnCount: count)
    for row in 0..<matrix.rowCount {
      for column in 0..<count { result[row, column] = matrix[row, column] }
    }
    return result
  }
}
