import Foundation
import Testing

@testable import TopicClustering

@Suite struct LatentSemanticProjectionTests {
  /// Rows (3, 0, 0, 0), (0, 2, 0, 0), (0, 0, 1, 0), (0, 0, 0, 0.5): singular values 3, 2, 1, 0.5.
  let diagonal = SparseMatrix(columnCount: 4, rows: [[(0, 3)], [(1, 2)], [(2, 1)], [(3, 0.5)]])

  @Test(arguments: [1, 2, 3] as [Int])
  func keepsTheLargestSingularValues(dimensions: Int) {
    let projection = LatentSemanticProjection(matrix: diagonal, dimensions: dimensions, seed: 7)
    let expected: [Float] = Array([3, 2, 1].prefix(dimensions))
    #expect(projection.singularValues.count == dimensions)
    for (found, value) in zip(projection.singularValues, expected) { #expect(abs(found - value) < 1e-4) }
  }

  @Test func termVectorsAreOrthonormal() {
    let matrix = SparseMatrix(
      columnCount: 5, rows: [[(0, 1), (1, 2)], [(1, 1), (2, 3)], [(3, 2), (4, 1)], [(0, 1), (4, 2)], [(2, 1)]])
    let v = LatentSemanticProjection(matrix: matrix, dimensions: 3, seed: 1).termVectors
    #expect(v.columnCount == 3)
    for a in 0..<3 {
      for b in 0..<3 {
        let dot = (0..<v.rowCount).reduce(Float(0)) { $0 + v[$1, a] * v[$1, b] }
        #expect(abs(dot - (a == b ? 1 : 0)) < 1e-4)
      }
    }
  }

  @Test func rowsAreCentredOnTheMeanDocument() {
    // Rows 0 and 2 point the same way, row 1 another; row 3 is empty. Centred on the mean of
    // the three rows with terms, rows 0 and 1 point opposite ways.
    let matrix = SparseMatrix(columnCount: 3, rows: [[(0, 0.6), (1, 0.8)], [(2, 1)], [(0, 0.6), (1, 0.8)], []])
    let projection = LatentSemanticProjection(matrix: matrix, dimensions: 2, seed: 3)
    let coordinates = projection.coordinates(of: matrix)
    #expect(coordinates.row(0).map(\.value) == coordinates.row(2).map(\.value))
    let cosine = zip(coordinates.row(0), coordinates.row(1)).reduce(Float(0)) { $0 + $1.0.value * $1.1.value }
    #expect(abs(cosine + 1) < 1e-4)
    #expect(coordinates.row(3).isEmpty)
    // A row's product with a direction mapped back to the terms, less the direction's
    // offset, has the sign of its product with the direction in the placement: how a saved
    // model places a new document as the fit did.
    var direction = DenseMatrix(rowCount: 2, columnCount: 1)
    for (column, value) in coordinates.row(0) { direction[column, 0] = value }
    let back = projection.termDirections(of: direction)
    let offset = projection.offsets(of: direction)[0]
    let products = (0..<3).map { row in
      matrix.row(row).reduce(Float(0)) { $0 + $1.value * back[$1.column, 0] } - offset
    }
    #expect(products[0] > 0 && products[1] < 0)
    #expect(abs(products[0] - products[2]) < 1e-4)
  }
}
