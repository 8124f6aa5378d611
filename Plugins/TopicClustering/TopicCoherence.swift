import Foundation

/// Topic coherence as the mean normalized pointwise mutual information (NPMI) of a topic's
/// top terms, with probabilities estimated from document co-occurrence in the corpus itself.
///
/// For terms a and b: `NPMI = ln(P(a,b) / (P(a)·P(b))) / −ln P(a,b)`, in [−1, 1]; −1 when the
/// two never occur in the same document, 1 when they always occur together.
public enum TopicCoherence {
  /// The mean NPMI over all pairs of `terms` (column indices of `matrix`), counting a term as
  /// present in a document when its entry is non-zero. Nil for fewer than two terms.
  public static func npmi(terms: [Int], in matrix: SparseMatrix) -> Double? {
    npmi(topics: [terms], in: matrix)[0]
  }

  /// The mean NPMI of several topics' top terms, in one pass over the matrix.
  public static func npmi(topics: [[Int]], in matrix: SparseMatrix) -> [Double?] {
    // Slot of each (topic, term) in a per-topic presence vector, by column: every entry of the
    // matrix is looked up, so an array index instead of a hashed key.
    var slots = [[(topic: Int, position: Int)]](repeating: [], count: matrix.columnCount)
    for (topic, terms) in topics.enumerated() {
      // A term outside the matrix is in no document.
      for (position, term) in terms.enumerated() where slots.indices.contains(term) {
        slots[term].append((topic, position))
      }
    }
    var single = topics.map { [Int](repeating: 0, count: $0.count) }
    var pairs = topics.map { [Int](repeating: 0, count: $0.count * $0.count) }
    var present = topics.map { [Bool](repeating: false, count: $0.count) }
    var touched: [Int] = []
    for row in 0..<matrix.rowCount {
      touched.removeAll(keepingCapacity: true)
      for entry in matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1] where matrix.values[entry] != 0 {
        let places = slots[Int(matrix.columnIndices[entry])]
        for place in places where !present[place.topic][place.position] {
          present[place.topic][place.position] = true
          if !touched.contains(place.topic) { touched.append(place.topic) }
        }
      }
      for topic in touched {
        let count = topics[topic].count
        for a in 0..<count where present[topic][a] {
          single[topic][a] += 1
          for b in (a + 1)..<max(a + 1, count) where present[topic][b] { pairs[topic][a * count + b] += 1 }
        }
        for a in 0..<count { present[topic][a] = false }
      }
    }
    let documents = Double(matrix.rowCount)
    return topics.indices.map { topic -> Double? in
      let count = topics[topic].count
      guard count >= 2, documents > 0 else { return nil }
      var sum = 0.0
      for a in 0..<count {
        for b in (a + 1)..<count {
          sum += score(
            pair: Double(pairs[topic][a * count + b]), a: Double(single[topic][a]),
            b: Double(single[topic][b]), documents: documents)
        }
      }
      return sum / Double(count * (count - 1) / 2)
    }
  }

  /// NPMI from document counts.
  static func score(pair: Double, a: Double, b: Double, documents: Double) -> Double {
    guard pair > 0, a > 0, b > 0 else { return -1 }
    let joint = pair / documents
    if joint >= 1 { return 1 }
    return log(joint / ((a / documents) * (b / documents))) / -log(joint)
  }
}
