import Foundation

/// TF-IDF with sublinear term frequency and smoothed inverse document frequency, rows scaled
/// to unit length: `(1 + ln tf) · (ln((1 + n) / (1 + df)) + 1)`, the weighting scikit-learn
/// uses with `sublinear_tf=True`.
public enum TFIDFWeighting {
  /// Weighs a matrix of raw counts (documents x terms) in place of a copy.
  public static func weigh(counts: SparseMatrix, documentFrequencies: [Int]) -> SparseMatrix {
    precondition(documentFrequencies.count == counts.columnCount)
    let documents = Double(counts.rowCount)
    let idf = documentFrequencies.map { Float(log((1 + documents) / (1 + Double($0))) + 1) }
    var weighted = counts
    for entry in 0..<weighted.values.count {
      let tf = weighted.values[entry]
      guard tf > 0 else {
        weighted.values[entry] = 0
        continue
      }
      weighted.values[entry] = (1 + logf(tf)) * idf[Int(weighted.columnIndices[entry])]
    }
    weighted.normalizeRows()
    return weighted
  }
}
