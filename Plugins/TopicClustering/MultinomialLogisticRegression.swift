import Foundation

/// A multinomial logistic regression (softmax) over the rows of a sparse matrix, fitted by
/// full-batch gradient descent on the mean cross-entropy with an L2 penalty. Used to learn the
/// section classifier's term weights (`SectionScoreClassifier`): unlike a nearest centroid,
/// it weighs a term by what it adds to the other terms of a story, so a word every story of a
/// section shares with a neighbouring section counts for little.
///
/// Deterministic: the weights start at zero and every sum runs in row order.
struct MultinomialLogisticRegression {
  /// Columns x classes.
  var weights: DenseMatrix

  /// Gradient steps taken. With unit-length rows the loss's gradient changes by at most about
  /// half the step times the largest eigenvalue of the rows' mean outer product (≤ 1), so a
  /// step of 2 is stable; 3,000 steps come close to the minimum (on halves of the ANT tuning
  /// part, 1,000 steps scored 0.630 and 3,000 0.633 NMI when the scores placed the stories).
  static let iterations = 3_000
  static let step: Float = 2

  /// Fits the weights of `columns` (the others stay zero) to the classes of the rows; a row
  /// with a nil class, or with no entry in `columns`, is not learned from. `penalty` is the L2
  /// weight on the mean loss (scikit-learn's `C = 1` is `1 / rows`).
  init(
    rows matrix: SparseMatrix, classes: [Int?], classCount: Int, columns: [Bool], penalty: Float,
    iterations: Int = Self.iterations
  ) {
    precondition(classes.count == matrix.rowCount && columns.count == matrix.columnCount)
    let k = classCount
    let learned = (0..<matrix.rowCount).filter { row in
      classes[row] != nil
        && (matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1]).contains { columns[Int(matrix.columnIndices[$0])] }
    }
    var w = [Float](repeating: 0, count: matrix.columnCount * k)
    guard !learned.isEmpty, k > 1 else {
      weights = DenseMatrix(rowCount: matrix.columnCount, columnCount: k)
      return
    }
    let share = 1 / Float(learned.count)
    var gradient = [Float](repeating: 0, count: w.count)
    var logits = [Float](repeating: 0, count: k)
    for _ in 0..<iterations {
      for index in gradient.indices { gradient[index] = 0 }
      for row in learned {
        let entries = matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1]
        for j in 0..<k { logits[j] = 0 }
        for entry in entries {
          let column = Int(matrix.columnIndices[entry])
          guard columns[column] else { continue }
          let value = matrix.values[entry]
          for j in 0..<k { logits[j] += value * w[column * k + j] }
        }
        // Softmax less the one-hot class: the loss's gradient with respect to the logits.
        let largest = logits.max()!
        var total: Float = 0
        for j in 0..<k {
          logits[j] = expf(logits[j] - largest)
          total += logits[j]
        }
        for j in 0..<k { logits[j] /= total }
        logits[classes[row]!] -= 1
        for entry in entries {
          let column = Int(matrix.columnIndices[entry])
          guard columns[column] else { continue }
          let value = matrix.values[entry] * share
          for j in 0..<k { gradient[column * k + j] += value * logits[j] }
        }
      }
      for column in 0..<matrix.columnCount where columns[column] {
        for j in 0..<k {
          let index = column * k + j
          w[index] -= Self.step * (gradient[index] + penalty * w[index])
        }
      }
    }
    var result = DenseMatrix(rowCount: matrix.columnCount, columnCount: k)
    result.storage = w
    weights = result
  }
}
