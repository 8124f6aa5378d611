import Foundation

/// Latent semantic analysis: the rank-`dimensions` truncated SVD of a weighted document-term
/// matrix, X ≈ U·Σ·Vᵀ, found by randomized range finding with power iterations (Halko,
/// Martinsson and Tropp 2011, the method of scikit-learn's `TruncatedSVD`). A document's
/// coordinates are x·V: words that occur in the same documents share directions, so two
/// stories on one subject written with different words come closer.
///
/// Documents are placed by their coordinates centred on the corpus's mean document and
/// scaled by the square root of each dimension's singular value (`coordinates(of:)`).
///
/// Costs a few sparse products with `dimensions + 10` dense columns and an eigensolve of a
/// matrix of that size; seeded, so equal inputs give equal coordinates.
struct LatentSemanticProjection {
  /// V: terms x dimensions, the right singular vectors (then any columns `appendScores` adds).
  var termVectors: DenseMatrix
  var singularValues: [Float]
  /// The mean coordinates, x̄·V, of the rows with terms of the matrix the projection was
  /// found on; zero when those rows do not spread around it (`spreadsAroundMean`).
  var center: [Float]
  /// Each dimension's weight in the placement: √σ (an appended score's: its block's scale).
  var scales: [Float]

  init(matrix: SparseMatrix, dimensions: Int, seed: UInt64, powerIterations: Int = 2) {
    let width = max(1, min(dimensions + 10, min(matrix.rowCount, matrix.columnCount)))
    var generator = SeededGenerator(seed: seed ^ 0x5EED_15A0)
    var omega = DenseMatrix(rowCount: matrix.columnCount, columnCount: width)
    for index in omega.storage.indices { omega.storage[index] = Float(generator.nextUnit() * 2 - 1) }
    var range = Self.orthonormalized(matrix.multiply(omega))
    // Power iterations sharpen the range towards the leading singular vectors. Only the
    // range is orthonormalized: Xᵀ·Q keeps its columns' scale within Float's range.
    for _ in 0..<powerIterations {
      range = Self.orthonormalized(matrix.multiply(matrix.transposeMultiply(range)))
    }
    // Bᵀ = Xᵀ·Q (terms x width); B·Bᵀ = Qᵀ·X·Xᵀ·Q, whose eigenvectors are B's left singular
    // vectors and eigenvalues its squared singular values.
    let projectedT = matrix.transposeMultiply(range)
    let (values, vectors) = Self.symmetricEigen(projectedT.gram())
    let order = values.indices.sorted { values[$0] > values[$1] }.prefix(min(dimensions, width))
    let kept = order.filter { values[$0] > 1e-12 }
    // V = Bᵀ·Ũ·Σ⁻¹, each kept eigenvector scaled by its singular value's inverse.
    var rotation = DenseMatrix(rowCount: width, columnCount: kept.count)
    for (column, index) in kept.enumerated() {
      let singular = values[index].squareRoot()
      for inner in 0..<width { rotation[inner, column] = Float(vectors[inner * width + index] / singular) }
    }
    termVectors = Self.product(projectedT, rotation)
    singularValues = kept.map { Float(values[$0].squareRoot()) }
    scales = singularValues.map { $0.squareRoot() }
    let mean = Self.meanCoordinates(of: matrix, termVectors: termVectors)
    center =
      Self.spreadsAroundMean(singularValues: singularValues, center: mean, matrix: matrix) ? mean : mean.map { _ in 0 }
  }

  /// Whether the rows (with terms) differ from their mean in the projection: their mean
  /// squared distance to it, Σσ²/n − |x̄·V|², is more than rounding of Σσ²/n. One document,
  /// or documents all alike, sit on their mean: centred, every row would be zero and be
  /// placed nowhere, so such a corpus is placed uncentred.
  static func spreadsAroundMean(singularValues: [Float], center: [Float], matrix: SparseMatrix) -> Bool {
    let rows = (0..<matrix.rowCount).filter { matrix.rowOffsets[$0] < matrix.rowOffsets[$0 + 1] }.count
    guard rows > 1 else { return false }
    let meanSquare = singularValues.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(rows)
    let centerSquare = center.reduce(0.0) { $0 + Double($1) * Double($1) }
    return meanSquare - centerSquare > 1e-4 * meanSquare
  }

  /// x̄·V, x̄ the mean of the rows with terms.
  static func meanCoordinates(of matrix: SparseMatrix, termVectors: DenseMatrix) -> [Float] {
    var mean = [Float](repeating: 0, count: matrix.columnCount)
    var rows = 0
    for row in 0..<matrix.rowCount where matrix.rowOffsets[row] < matrix.rowOffsets[row + 1] {
      rows += 1
      for entry in matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1] {
        mean[Int(matrix.columnIndices[entry])] += matrix.values[entry]
      }
    }
    var center = [Float](repeating: 0, count: termVectors.columnCount)
    guard rows > 0 else { return center }
    for column in 0..<matrix.columnCount where mean[column] != 0 {
      let weight = mean[column] / Float(rows)
      for dimension in center.indices { center[dimension] += weight * termVectors[column, dimension] }
    }
    return center
  }

  /// Each row's coordinates, (x·V − x̄·V)·√Σ, scaled to unit length (as LSA before k-means
  /// is used), as a sparse matrix with every entry so that the sparse clustering code runs
  /// on it. Centring takes out the direction every news story shares, and √σ lets the
  /// strongest dimensions count more than unit variance would (ANT tuning part, seeds 1–6:
  /// NMI 0.577 against 0.565 for x·V; its two uneven subsamples 0.519 / 0.483 against
  /// 0.514 / 0.473; centring alone 0.573, √σ alone 0.570).
  func coordinates(of matrix: SparseMatrix) -> SparseMatrix {
    var dense = matrix.multiply(termVectors)
    for row in 0..<dense.rowCount {
      for column in 0..<dense.columnCount {
        dense[row, column] = (dense[row, column] - center[column]) * scales[column]
      }
    }
    var offsets = [0]
    var columns: [Int32] = []
    var values: [Float] = []
    for row in 0..<dense.rowCount {
      if matrix.rowOffsets[row] < matrix.rowOffsets[row + 1] {
        for column in 0..<dense.columnCount {
          columns.append(Int32(column))
          values.append(dense[row, column])
        }
      }
      offsets.append(columns.count)
    }
    var result = SparseMatrix(
      rowCount: dense.rowCount, columnCount: dense.columnCount, rowOffsets: offsets, columnIndices: columns,
      values: values)
    result.normalizeRows()
    return result
  }

  /// Directions in the projection's space (dimensions x k) mapped back to the terms,
  /// V·√Σ·c (terms x k): with `offsets(of:)`, x·V·√Σ·c − x̄·V·√Σ·c is a row's product with
  /// c in the placement's coordinates, up to their length.
  func termDirections(of directions: DenseMatrix) -> DenseMatrix {
    var scaled = directions
    for dimension in 0..<scaled.rowCount {
      for column in 0..<scaled.columnCount { scaled[dimension, column] *= scales[dimension] }
    }
    return Self.product(termVectors, scaled)
  }

  /// Per direction (column of `directions`), x̄·V·√Σ·c: what a row's product with its term
  /// direction is less by in the placement's coordinates.
  func offsets(of directions: DenseMatrix) -> [Float] {
    (0..<directions.columnCount).map { column in
      var sum: Float = 0
      for dimension in 0..<directions.rowCount {
        sum += center[dimension] * scales[dimension] * directions[dimension, column]
      }
      return sum
    }
  }

  /// The dense product a·b.
  static func product(_ a: DenseMatrix, _ b: DenseMatrix) -> DenseMatrix {
    precondition(a.columnCount == b.rowCount)
    let inner = a.columnCount
    let width = b.columnCount
    var result = DenseMatrix(rowCount: a.rowCount, columnCount: width)
    result.storage.withUnsafeMutableBufferPointer { out in
      a.storage.withUnsafeBufferPointer { left in
        b.storage.withUnsafeBufferPointer { right in
          for row in 0..<a.rowCount {
            let target = out.baseAddress! + row * width
            for k in 0..<inner {
              let value = left[row * inner + k]
              let source = right.baseAddress! + k * width
              for column in 0..<width { target[column] += value * source[column] }
            }
          }
        }
      }
    }
    return result
  }

  /// The columns of `matrix` made orthonormal (modified Gram–Schmidt in Double); a column
  /// that vanishes stays zero.
  static func orthonormalized(_ matrix: DenseMatrix) -> DenseMatrix {
    let rows = matrix.rowCount
    let width = matrix.columnCount
    // Column-major, so that each column is contiguous.
    var columns = [Double](repeating: 0, count: rows * width)
    columns.withUnsafeMutableBufferPointer { data in
      matrix.storage.withUnsafeBufferPointer { source in
        for row in 0..<rows {
          for column in 0..<width { data[column * rows + row] = Double(source[row * width + column]) }
        }
      }
    }
    columns.withUnsafeMutableBufferPointer { data in
      let base = data.baseAddress!
      for column in 0..<width {
        let current = base + column * rows
        for previous in 0..<column {
          let other = base + previous * rows
          var dot = 0.0
          for row in 0..<rows { dot += current[row] * other[row] }
          for row in 0..<rows { current[row] -= dot * other[row] }
        }
        var norm = 0.0
        for row in 0..<rows { norm += current[row] * current[row] }
        let scale = norm > 1e-24 ? 1 / norm.squareRoot() : 0
        for row in 0..<rows { current[row] *= scale }
      }
    }
    var result = DenseMatrix(rowCount: rows, columnCount: width)
    result.storage.withUnsafeMutableBufferPointer { target in
      columns.withUnsafeBufferPointer { data in
        for row in 0..<rows {
          for column in 0..<width { target[row * width + column] = Float(data[column * rows + row]) }
        }
      }
    }
    return result
  }

  /// Eigenvalues and eigenvectors (column-major in a flat array, vector j at `[i * n + j]`)
  /// of a small symmetric matrix, by cyclic Jacobi rotations.
  static func symmetricEigen(_ matrix: DenseMatrix) -> (values: [Double], vectors: [Double]) {
    let n = matrix.rowCount
    var a = matrix.storage.map(Double.init)
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    for _ in 0..<60 {
      var off = 0.0
      for i in 0..<n {
        for j in (i + 1)..<max(i + 1, n) { off += a[i * n + j] * a[i * n + j] }
      }
      if off < 1e-22 { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) {
          let apq = a[p * n + q]
          guard abs(apq) > 1e-300 else { continue }
          let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
          let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let akp = a[k * n + p]
            let akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
          }
          for k in 0..<n {
            let apk = a[p * n + k]
            let aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let vkp = v[k * n + p]
            let vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
          }
        }
      }
    }
    return ((0..<n).map { a[$0 * n + $0] }, v)
  }
}
