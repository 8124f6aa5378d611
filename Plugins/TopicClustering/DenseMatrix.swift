/// A small dense row-major matrix: document-topic weights (n x k), term-topic weights (m x k)
/// and the k x k Gram matrices of NMF.
public struct DenseMatrix: Sendable, Equatable {
  public let rowCount: Int
  public let columnCount: Int
  public var storage: [Float]

  public init(rowCount: Int, columnCount: Int, repeating value: Float = 0) {
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.storage = Array(repeating: value, count: rowCount * columnCount)
  }

  public subscript(row: Int, column: Int) -> Float {
    get { storage[row * columnCount + column] }
    set { storage[row * columnCount + column] = newValue }
  }

  /// One row as an array.
  public func row(_ index: Int) -> [Float] {
    Array(storage[index * columnCount..<(index + 1) * columnCount])
  }

  /// `selfᵀ · self`: the columnCount x columnCount Gram matrix, accumulated in Double.
  public func gram() -> DenseMatrix {
    let width = columnCount
    var sums = [Double](repeating: 0, count: width * width)
    guard width > 0 else { return DenseMatrix(rowCount: 0, columnCount: 0) }
    // Each row is widened to Double once, not once per pair of its columns.
    var widened = [Double](repeating: 0, count: width)
    sums.withUnsafeMutableBufferPointer { sums in
      widened.withUnsafeMutableBufferPointer { wide in
        storage.withUnsafeBufferPointer { data in
          for row in 0..<rowCount {
            let base = data.baseAddress! + row * width
            for b in 0..<width { wide[b] = Double(base[b]) }
            for a in 0..<width {
              let left = wide[a]
              if left == 0 { continue }
              let target = sums.baseAddress! + a * width
              for b in a..<width { target[b] += left * wide[b] }
            }
          }
        }
      }
    }
    var result = DenseMatrix(rowCount: width, columnCount: width)
    for a in 0..<width {
      for b in a..<width {
        result[a, b] = Float(sums[a * width + b])
        result[b, a] = Float(sums[a * width + b])
      }
    }
    return result
  }

  /// The index of the largest value of a row (the first on ties), or nil when the row is all
  /// zeros.
  public func argmax(row: Int) -> Int? {
    var best: Int?
    var bestValue: Float = 0
    for column in 0..<columnCount where self[row, column] > bestValue {
      best = column
      bestValue = self[row, column]
    }
    return best
  }
}
