import Foundation

/// Spherical k-means: clusters unit-length rows by cosine similarity, with centroids kept at
/// unit length. Seeded by greedy k-means++ from a `SeededGenerator`, so a seed fixes the result.
///
/// Each iteration costs O(non-zeros · clusters) for the similarities plus O(non-zeros) for the
/// centroids; centroids are dense (terms x clusters), rows stay sparse.
public struct SphericalKMeans: Sendable {
  /// Unit-length centroids, terms x clusters.
  public var centroids: DenseMatrix
  /// The cluster of each row; nil for an empty row.
  public var assignments: [Int?]
  /// Cosine similarity of each row to each centroid, rows x clusters.
  public var similarities: DenseMatrix
  /// Σ over rows of the similarity to the assigned centroid: what the iterations increase.
  public var objective: Double
  public var iterations: Int

  /// Clusters the rows of `matrix`, which must have unit-length (or empty) rows, from
  /// k-means++ seeds drawn with `seed`.
  public init(matrix: SparseMatrix, clusters: Int, seed: UInt64, maximumIterations: Int = 100) {
    precondition(clusters >= 1)
    var generator = SeededGenerator(seed: seed)
    let centroids = Self.seedCentroids(matrix: matrix, clusters: clusters, generator: &generator)
    self.init(matrix: matrix, centroids: centroids, maximumIterations: maximumIterations)
  }

  /// Clusters the rows of `matrix` starting from given centroids (terms x clusters), for
  /// example those found on a sample of the rows.
  public init(matrix: SparseMatrix, centroids initial: DenseMatrix, maximumIterations: Int = 100) {
    precondition(initial.rowCount == matrix.columnCount && initial.columnCount >= 1)
    let clusters = initial.columnCount
    var centroids = initial
    var assignments = [Int?](repeating: nil, count: matrix.rowCount)
    var similarities = matrix.multiply(centroids)
    var iteration = 0
    while true {
      var changed = 0
      for row in 0..<matrix.rowCount {
        let best = matrix.rowOffsets[row] == matrix.rowOffsets[row + 1] ? nil : similarities.argmaxOrFirst(row: row)
        if best != assignments[row] {
          assignments[row] = best
          changed += 1
        }
      }
      iteration += 1
      if changed == 0 || iteration > maximumIterations { break }
      centroids = Self.centroids(
        matrix: matrix, assignments: assignments, similarities: similarities, clusters: clusters)
      similarities = matrix.multiply(centroids)
    }
    var objective = 0.0
    for row in 0..<matrix.rowCount {
      if let cluster = assignments[row] { objective += Double(similarities[row, cluster]) }
    }
    self.centroids = centroids
    self.assignments = assignments
    self.similarities = similarities
    self.objective = objective
    self.iterations = iteration
  }

  /// Mean of each cluster's rows, scaled to unit length. A cluster left empty takes the row
  /// least similar to its own centroid, so the number of clusters is kept.
  static func centroids(
    matrix: SparseMatrix, assignments: [Int?], similarities: DenseMatrix, clusters: Int
  ) -> DenseMatrix {
    var sums = DenseMatrix(rowCount: matrix.columnCount, columnCount: clusters)
    var sizes = [Int](repeating: 0, count: clusters)
    var assignments = assignments
    for row in 0..<matrix.rowCount {
      if let cluster = assignments[row] { sizes[cluster] += 1 }
    }
    for cluster in 0..<clusters where sizes[cluster] == 0 {
      var worst: Int?
      var worstSimilarity = Float.infinity
      for row in 0..<matrix.rowCount {
        guard let assigned = assignments[row], sizes[assigned] > 1 else { continue }
        if similarities[row, assigned] < worstSimilarity {
          worst = row
          worstSimilarity = similarities[row, assigned]
        }
      }
      guard let worst, let previous = assignments[worst] else { continue }
      sizes[previous] -= 1
      sizes[cluster] += 1
      assignments[worst] = cluster
    }
    // Every non-zero is added once per call (each k-means iteration): through buffers, with
    // no bounds check per entry.
    sums.storage.withUnsafeMutableBufferPointer { sums in
      matrix.columnIndices.withUnsafeBufferPointer { columns in
        matrix.values.withUnsafeBufferPointer { values in
          for row in 0..<matrix.rowCount {
            guard let cluster = assignments[row] else { continue }
            for entry in matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1] {
              sums[Int(columns[entry]) * clusters + cluster] += values[entry]
            }
          }
        }
      }
    }
    return normalizedColumns(sums)
  }

  /// Greedy k-means++ on cosine distance: each new centroid is the best of a few candidates
  /// drawn with probability proportional to the squared distance to the nearest centroid.
  static func seedCentroids(matrix: SparseMatrix, clusters: Int, generator: inout SeededGenerator) -> DenseMatrix {
    let rows = (0..<matrix.rowCount).filter { matrix.rowOffsets[$0] < matrix.rowOffsets[$0 + 1] }
    var centroids = DenseMatrix(rowCount: matrix.columnCount, columnCount: clusters)
    guard !rows.isEmpty else { return centroids }
    let trials = 2 + Int(log(Double(clusters)))
    let first = rows[Int(generator.nextUnit() * Double(rows.count))]
    var nearest = similaritiesTo(row: first, matrix: matrix)
    place(row: first, matrix: matrix, into: &centroids, cluster: 0)
    for cluster in 1..<max(1, clusters) {
      var potentials = [Double](repeating: 0, count: matrix.rowCount)
      var total = 0.0
      for row in rows {
        let distance = max(0, 1 - Double(nearest[row]))
        total += distance * distance
        potentials[row] = total
      }
      var bestRow: Int?
      var bestPotential = Double.infinity
      var bestNearest = nearest
      for _ in 0..<trials {
        let target = generator.nextUnit() * total
        // The first row whose cumulative potential exceeds the draw.
        var low = 0
        var high = rows.count - 1
        while low < high {
          let middle = (low + high) / 2
          if potentials[rows[middle]] > target { high = middle } else { low = middle + 1 }
        }
        let candidate = rows[low]
        let similarities = similaritiesTo(row: candidate, matrix: matrix)
        var potential = 0.0
        var merged = nearest
        for row in rows {
          merged[row] = max(merged[row], similarities[row])
          let distance = max(0, 1 - Double(merged[row]))
          potential += distance * distance
        }
        if potential < bestPotential {
          bestPotential = potential
          bestRow = candidate
          bestNearest = merged
        }
      }
      guard let bestRow else { break }
      nearest = bestNearest
      place(row: bestRow, matrix: matrix, into: &centroids, cluster: cluster)
    }
    return centroids
  }

  /// Cosine similarity of every row to one row (rows are unit length).
  static func similaritiesTo(row: Int, matrix: SparseMatrix) -> [Float] {
    var dense = [Float](repeating: 0, count: matrix.columnCount)
    for entry in matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1] {
      dense[Int(matrix.columnIndices[entry])] = matrix.values[entry]
    }
    var result = [Float](repeating: 0, count: matrix.rowCount)
    result.withUnsafeMutableBufferPointer { result in
      dense.withUnsafeBufferPointer { center in
        matrix.rowOffsets.withUnsafeBufferPointer { offsets in
          matrix.columnIndices.withUnsafeBufferPointer { columns in
            matrix.values.withUnsafeBufferPointer { values in
              for other in 0..<matrix.rowCount {
                var sum: Float = 0
                for entry in offsets[other]..<offsets[other + 1] {
                  sum += values[entry] * center[Int(columns[entry])]
                }
                result[other] = sum
              }
            }
          }
        }
      }
    }
    return result
  }

  static func place(row: Int, matrix: SparseMatrix, into centroids: inout DenseMatrix, cluster: Int) {
    for entry in matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1] {
      centroids[Int(matrix.columnIndices[entry]), cluster] = matrix.values[entry]
    }
  }

  /// Scales each column to unit length (zero columns stay zero).
  static func normalizedColumns(_ matrix: DenseMatrix) -> DenseMatrix {
    var result = matrix
    let width = matrix.columnCount
    var norms = [Double](repeating: 0, count: width)
    norms.withUnsafeMutableBufferPointer { norms in
      matrix.storage.withUnsafeBufferPointer { data in
        for row in 0..<matrix.rowCount {
          for column in 0..<width {
            let value = Double(data[row * width + column])
            norms[column] += value * value
          }
        }
      }
    }
    let scales = norms.map { $0 > 0 ? Float(1 / $0.squareRoot()) : 0 }
    result.storage.withUnsafeMutableBufferPointer { data in
      for row in 0..<matrix.rowCount {
        for column in 0..<width { data[row * width + column] *= scales[column] }
      }
    }
    return result
  }
}

extension DenseMatrix {
  /// The index of the largest value of a row, the first on ties (also for an all-zero row).
  func argmaxOrFirst(row: Int) -> Int {
    var best = 0
    for column in 1..<columnCount where self[row, column] > self[row, best] { best = column }
    return best
  }
}
