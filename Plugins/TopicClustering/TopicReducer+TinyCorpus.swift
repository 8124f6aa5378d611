extension TopicReducer {
  /// Whether every two of the rows with terms share a column other than the `excluded` ones
  /// (formula and general words). `topics: auto` fits one topic to a corpus of two or three
  /// such stories: with at most √n + 1 candidates it has no choice to score, and two water-cut
  /// stories given two topics look like two subjects.
  static func everyRowSharesATerm(counts: SparseMatrix, excluded: (Int) -> Bool) -> Bool {
    let rows = (0..<counts.rowCount).filter { counts.rowOffsets[$0] < counts.rowOffsets[$0 + 1] }
    guard rows.count >= 2 else { return false }
    let columns = rows.map { row in
      Set(
        (counts.rowOffsets[row]..<counts.rowOffsets[row + 1]).map { Int(counts.columnIndices[$0]) }.filter {
          !excluded($0)
        })
    }
    for first in columns.indices {
      for second in columns.indices where second > first && columns[first].isDisjoint(with: columns[second]) {
        return false
      }
    }
    return true
  }
}
