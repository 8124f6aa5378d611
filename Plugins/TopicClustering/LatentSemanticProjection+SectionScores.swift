import Foundation

extension LatentSemanticProjection {
  /// Appends a block of dimensions to the placement: each row's product with `termWeights`
  /// (terms x s), centred on the rows' mean like the latent dimensions and scaled so that the
  /// block's mean squared length is `weight²` times that of the latent coordinates. Still a
  /// linear map of the terms, so centroids map back to terms (`termDirections(of:)`) as before.
  /// An uncentred projection (one document, copies of one) is left as it is.
  mutating func appendScores(_ termWeights: DenseMatrix, of matrix: SparseMatrix, weight: Float) {
    guard weight > 0, center.contains(where: { $0 != 0 }), termWeights.rowCount == matrix.columnCount else { return }
    let scores = matrix.multiply(termWeights)
    let latent = matrix.multiply(termVectors)
    let width = termWeights.columnCount
    let dimensions = termVectors.columnCount
    var mean = [Double](repeating: 0, count: width)
    var rows: [Int] = []
    for row in 0..<matrix.rowCount where matrix.rowOffsets[row] < matrix.rowOffsets[row + 1] {
      rows.append(row)
      for column in 0..<width { mean[column] += Double(scores[row, column]) }
    }
    guard rows.count > 1 else { return }
    mean = mean.map { $0 / Double(rows.count) }
    var scoreSquares = 0.0
    var latentSquares = 0.0
    for row in rows {
      for column in 0..<width {
        let value = Double(scores[row, column]) - mean[column]
        scoreSquares += value * value
      }
      for dimension in 0..<dimensions {
        let value = Double((latent[row, dimension] - center[dimension]) * scales[dimension])
        latentSquares += value * value
      }
    }
    guard scoreSquares > 0 else { return }
    let scale = Float(Double(weight) * (latentSquares / scoreSquares).squareRoot())
    var widened = DenseMatrix(rowCount: termVectors.rowCount, columnCount: dimensions + width)
    for term in 0..<termVectors.rowCount {
      for dimension in 0..<dimensions { widened[term, dimension] = termVectors[term, dimension] }
      for column in 0..<width { widened[term, dimensions + column] = termWeights[term, column] }
    }
    termVectors = widened
    center += mean.map(Float.init)
    scales += [Float](repeating: scale, count: width)
  }
}
