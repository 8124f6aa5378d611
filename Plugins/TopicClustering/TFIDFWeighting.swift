import Foundation

/// TF-IDF with sublinear term frequency and smoothed inverse document frequency, rows scaled
/// to unit length: `(1 + ln tf) · (ln((1 + n) / (1 + df)) + 1)`, the weighting scikit-learn
/// uses with `sublinear_tf=True`.
///
/// With `columnGroups` (for example each term's script), `n` is counted per group: the
/// documents that contain any term of the column's group. In a corpus of mostly Arabic
/// stories, an English term is then as rare as it is among the English stories, not rare
/// merely for being English, so a minority language does not become a topic by itself.
public enum TFIDFWeighting {
  /// Weighs a matrix of raw counts (documents x terms) in place of a copy.
  /// `idfPower` raises the inverse document frequency to a power: 2 weighs rare terms up
  /// further, which suits NMF (see `TopicReducer.idfPower`).
  public static func weigh(
    counts: SparseMatrix, documentFrequencies: [Int], columnGroups: [Int]? = nil, idfPower: Double = 1
  ) -> SparseMatrix {
    weigh(
      counts: counts,
      idf: inverseDocumentFrequencies(
        counts: counts, documentFrequencies: documentFrequencies, columnGroups: columnGroups, idfPower: idfPower))
  }

  /// The weight of each column: `(ln((1 + n) / (1 + df)) + 1) ^ idfPower`, `n` counted per
  /// column group when `columnGroups` is given.
  public static func inverseDocumentFrequencies(
    counts: SparseMatrix, documentFrequencies: [Int], columnGroups: [Int]? = nil, idfPower: Double = 1
  ) -> [Float] {
    precondition(documentFrequencies.count == counts.columnCount)
    precondition(columnGroups.map { $0.count == counts.columnCount } ?? true)
    let groups = columnGroups ?? [Int](repeating: 0, count: counts.columnCount)
    let groupCount = (groups.max() ?? -1) + 1
    var documentsPerGroup = [Int](repeating: 0, count: max(1, groupCount))
    if columnGroups == nil {
      documentsPerGroup[0] = counts.rowCount
    } else {
      var seen = [Bool](repeating: false, count: groupCount)
      for row in 0..<counts.rowCount {
        for group in seen.indices { seen[group] = false }
        for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1]
        where !seen[groups[Int(counts.columnIndices[entry])]] {
          seen[groups[Int(counts.columnIndices[entry])]] = true
          documentsPerGroup[groups[Int(counts.columnIndices[entry])]] += 1
        }
      }
    }
    return documentFrequencies.indices.map { column in
      Float(
        pow(
          log((1 + Double(documentsPerGroup[groups[column]])) / (1 + Double(documentFrequencies[column]))) + 1, idfPower
        ))
    }
  }

  /// Weighs raw counts with given column weights: `(1 + ln tf) · idf`, rows at unit length.
  public static func weigh(counts: SparseMatrix, idf: [Float]) -> SparseMatrix {
    precondition(idf.count == counts.columnCount)
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
