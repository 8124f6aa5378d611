/// A sparse matrix in compressed sparse row form: documents are rows, terms are columns.
///
/// Memory is proportional to the rows plus the non-zeros. Column indices within a row are
/// strictly increasing, which keeps every sum over a row in one fixed order.
public struct SparseMatrix: Sendable, Equatable {
  public let rowCount: Int
  public let columnCount: Int
  /// `rowOffsets[i]..<rowOffsets[i + 1]` indexes row `i`'s entries; `rowCount + 1` values.
  public var rowOffsets: [Int]
  public var columnIndices: [Int32]
  public var values: [Float]

  public init(rowCount: Int, columnCount: Int, rowOffsets: [Int], columnIndices: [Int32], values: [Float]) {
    precondition(rowOffsets.count == rowCount + 1 && columnIndices.count == values.count)
    self.rowCount = rowCount
    self.columnCount = columnCount
    self.rowOffsets = rowOffsets
    self.columnIndices = columnIndices
    self.values = values
  }

  /// Builds a matrix from rows of (column, value) pairs; pairs are sorted by column and
  /// duplicate columns summed.
  public init(columnCount: Int, rows: [[(column: Int, value: Float)]]) {
    var offsets = [0]
    offsets.reserveCapacity(rows.count + 1)
    var columns: [Int32] = []
    var values: [Float] = []
    for row in rows {
      for (column, value) in row.sorted(by: { $0.column < $1.column }) {
        precondition(column >= 0 && column < columnCount, "column out of range")
        if columns.count > offsets.last!, columns.last == Int32(column) {
          values[values.count - 1] += value
        } else {
          columns.append(Int32(column))
          values.append(value)
        }
      }
      offsets.append(columns.count)
    }
    self.init(
      rowCount: rows.count, columnCount: columnCount, rowOffsets: offsets, columnIndices: columns,
      values: values)
  }

  public var nonZeroCount: Int { values.count }

  /// The entries of one row, as (column, value) pairs.
  public func row(_ index: Int) -> [(column: Int, value: Float)] {
    (rowOffsets[index]..<rowOffsets[index + 1]).map { (Int(columnIndices[$0]), values[$0]) }
  }

  /// Scales every row to unit Euclidean length; empty rows stay empty.
  public mutating func normalizeRows() {
    for row in 0..<rowCount {
      let range = rowOffsets[row]..<rowOffsets[row + 1]
      var sum: Float = 0
      for entry in range { sum += values[entry] * values[entry] }
      guard sum > 0 else { continue }
      let scale = 1 / sum.squareRoot()
      for entry in range { values[entry] *= scale }
    }
  }

  /// `self · dense`, where `dense` has `columnCount` rows: a `rowCount` x `dense.columnCount`
  /// dense matrix. With `dense` holding Hᵀ this is X·Hᵀ.
  public func multiply(_ dense: DenseMatrix) -> DenseMatrix {
    precondition(dense.rowCount == columnCount)
    switch dense.columnCount {
    case 0: return DenseMatrix(rowCount: rowCount, columnCount: 0)
    case 1...4: return multiply(dense, lanes: SIMD4<Float>.self)
    case 5...8: return multiply(dense, lanes: SIMD8<Float>.self)
    case 9...12: return multiplyTwelve(dense)
    case 13...16: return multiply(dense, lanes: SIMD16<Float>.self)
    default: return multiplyScalar(dense)
    }
  }

  /// `selfᵀ · dense`, where `dense` has `rowCount` rows: a `columnCount` x `dense.columnCount`
  /// dense matrix. With `dense` holding W this is (WᵀX)ᵀ = XᵀW.
  public func transposeMultiply(_ dense: DenseMatrix) -> DenseMatrix {
    precondition(dense.rowCount == rowCount)
    switch dense.columnCount {
    case 0: return DenseMatrix(rowCount: columnCount, columnCount: 0)
    case 1...4: return transposeMultiply(dense, lanes: SIMD4<Float>.self)
    case 5...8: return transposeMultiply(dense, lanes: SIMD8<Float>.self)
    case 9...12: return transposeMultiplyTwelve(dense)
    case 13...16: return transposeMultiply(dense, lanes: SIMD16<Float>.self)
    default: return transposeMultiplyScalar(dense)
    }
  }

  // With up to 16 topics (the usual case) each dense row fits one SIMD vector, zero-padded:
  // a non-zero costs one multiply-add of whole vectors instead of a loop of runtime length.
  // Every lane adds the same products in the same order as the scalar loops, so the result
  // does not depend on the path taken.

  private func multiply<V: SIMD>(_ dense: DenseMatrix, lanes: V.Type) -> DenseMatrix where V.Scalar == Float {
    let width = dense.columnCount
    let padded = Self.pad(dense, as: V.self)
    var result = DenseMatrix(rowCount: rowCount, columnCount: width)
    result.storage.withUnsafeMutableBufferPointer { out in
      padded.withUnsafeBufferPointer { factor in
        columnIndices.withUnsafeBufferPointer { columns in
          values.withUnsafeBufferPointer { values in
            rowOffsets.withUnsafeBufferPointer { offsets in
              for row in 0..<rowCount {
                var sum = V()
                for entry in offsets[row]..<offsets[row + 1] {
                  sum += V(repeating: values[entry]) * factor[Int(columns[entry])]
                }
                let target = out.baseAddress! + row * width
                for k in 0..<width { target[k] = sum[k] }
              }
            }
          }
        }
      }
    }
    return result
  }

  private func transposeMultiply<V: SIMD>(_ dense: DenseMatrix, lanes: V.Type) -> DenseMatrix
  where V.Scalar == Float {
    let width = dense.columnCount
    let padded = Self.pad(dense, as: V.self)
    var sums = [V](repeating: V(), count: columnCount)
    sums.withUnsafeMutableBufferPointer { out in
      padded.withUnsafeBufferPointer { factor in
        columnIndices.withUnsafeBufferPointer { columns in
          values.withUnsafeBufferPointer { values in
            rowOffsets.withUnsafeBufferPointer { offsets in
              for row in 0..<rowCount {
                let source = factor[row]
                for entry in offsets[row]..<offsets[row + 1] {
                  out[Int(columns[entry])] += V(repeating: values[entry]) * source
                }
              }
            }
          }
        }
      }
    }
    return Self.unpad(sums, vectors: 1, width: width)
  }

  // 9 to 12 topics (10, the default, among them) take three 4-lane vectors per row instead
  // of one 16-lane vector: a quarter fewer multiply-adds and bytes read per non-zero.

  private func multiplyTwelve(_ dense: DenseMatrix) -> DenseMatrix {
    let width = dense.columnCount
    let padded = Self.pad(dense, as: SIMD4<Float>.self, vectors: 3)
    var result = DenseMatrix(rowCount: rowCount, columnCount: width)
    withEntries { offsets, columns, values in
      result.storage.withUnsafeMutableBufferPointer { out in
        padded.withUnsafeBufferPointer { factor in
          for row in 0..<rowCount {
            var sum0 = SIMD4<Float>()
            var sum1 = SIMD4<Float>()
            var sum2 = SIMD4<Float>()
            for entry in offsets[row]..<offsets[row + 1] {
              let value = SIMD4<Float>(repeating: values[entry])
              let source = factor.baseAddress! + Int(columns[entry]) * 3
              sum0 += value * source[0]
              sum1 += value * source[1]
              sum2 += value * source[2]
            }
            let target = out.baseAddress! + row * width
            for k in 0..<4 { target[k] = sum0[k] }
            for k in 4..<8 { target[k] = sum1[k - 4] }
            for k in 8..<width { target[k] = sum2[k - 8] }
          }
        }
      }
    }
    return result
  }

  private func transposeMultiplyTwelve(_ dense: DenseMatrix) -> DenseMatrix {
    let width = dense.columnCount
    let padded = Self.pad(dense, as: SIMD4<Float>.self, vectors: 3)
    var sums = [SIMD4<Float>](repeating: SIMD4<Float>(), count: columnCount * 3)
    withEntries { offsets, columns, values in
      sums.withUnsafeMutableBufferPointer { out in
        padded.withUnsafeBufferPointer { factor in
          for row in 0..<rowCount {
            let source0 = factor[row * 3]
            let source1 = factor[row * 3 + 1]
            let source2 = factor[row * 3 + 2]
            for entry in offsets[row]..<offsets[row + 1] {
              let value = SIMD4<Float>(repeating: values[entry])
              let target = out.baseAddress! + Int(columns[entry]) * 3
              target[0] += value * source0
              target[1] += value * source1
              target[2] += value * source2
            }
          }
        }
      }
    }
    return Self.unpad(sums, vectors: 3, width: width)
  }

  /// Runs `body` with the row offsets, column indices and values as buffers: the products'
  /// inner loops read them without bounds checks.
  private func withEntries(
    _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>) -> Void
  ) {
    rowOffsets.withUnsafeBufferPointer { offsets in
      columnIndices.withUnsafeBufferPointer { columns in
        values.withUnsafeBufferPointer { values in body(offsets, columns, values) }
      }
    }
  }

  // A vector of Floats is its lanes in order in memory, so a row is padded or unpadded by
  // copying its bytes: no per-element lane insertion or extraction, no checks per element.

  /// The rows of `dense` as `vectors` consecutive vectors each, zero beyond its columns.
  private static func pad<V: SIMD>(_ dense: DenseMatrix, as: V.Type, vectors: Int = 1) -> [V]
  where V.Scalar == Float {
    let width = dense.columnCount
    precondition(width <= vectors * V.scalarCount)
    var rows = [V](repeating: V(), count: dense.rowCount * vectors)
    let rowBytes = vectors * MemoryLayout<V>.stride
    rows.withUnsafeMutableBytes { target in
      dense.storage.withUnsafeBytes { source in
        for row in 0..<dense.rowCount {
          (target.baseAddress! + row * rowBytes).copyMemory(
            from: source.baseAddress! + row * width * MemoryLayout<Float>.stride,
            byteCount: width * MemoryLayout<Float>.stride)
        }
      }
    }
    return rows
  }

  /// The first `width` lanes of each run of `vectors` vectors, as the rows of a dense matrix.
  private static func unpad<V: SIMD>(_ rows: [V], vectors: Int, width: Int) -> DenseMatrix where V.Scalar == Float {
    precondition(width <= vectors * V.scalarCount)
    let rowCount = rows.count / vectors
    var result = DenseMatrix(rowCount: rowCount, columnCount: width)
    let rowBytes = vectors * MemoryLayout<V>.stride
    result.storage.withUnsafeMutableBytes { target in
      rows.withUnsafeBytes { source in
        for row in 0..<rowCount {
          (target.baseAddress! + row * width * MemoryLayout<Float>.stride).copyMemory(
            from: source.baseAddress! + row * rowBytes, byteCount: width * MemoryLayout<Float>.stride)
        }
      }
    }
    return result
  }

  private func multiplyScalar(_ dense: DenseMatrix) -> DenseMatrix {
    let width = dense.columnCount
    var result = DenseMatrix(rowCount: rowCount, columnCount: width)
    result.storage.withUnsafeMutableBufferPointer { out in
      dense.storage.withUnsafeBufferPointer { factor in
        columnIndices.withUnsafeBufferPointer { columns in
          values.withUnsafeBufferPointer { values in
            rowOffsets.withUnsafeBufferPointer { offsets in
              for row in 0..<rowCount {
                let target = out.baseAddress! + row * width
                for entry in offsets[row]..<offsets[row + 1] {
                  let value = values[entry]
                  let source = factor.baseAddress! + Int(columns[entry]) * width
                  for k in 0..<width { target[k] += value * source[k] }
                }
              }
            }
          }
        }
      }
    }
    return result
  }

  private func transposeMultiplyScalar(_ dense: DenseMatrix) -> DenseMatrix {
    let width = dense.columnCount
    var result = DenseMatrix(rowCount: columnCount, columnCount: width)
    result.storage.withUnsafeMutableBufferPointer { out in
      dense.storage.withUnsafeBufferPointer { factor in
        columnIndices.withUnsafeBufferPointer { columns in
          values.withUnsafeBufferPointer { values in
            rowOffsets.withUnsafeBufferPointer { offsets in
              for row in 0..<rowCount {
                let source = factor.baseAddress! + row * width
                for entry in offsets[row]..<offsets[row + 1] {
                  let value = values[entry]
                  let target = out.baseAddress! + Int(columns[entry]) * width
                  for k in 0..<width { target[k] += value * source[k] }
                }
              }
            }
          }
        }
      }
    }
    return result
  }

  /// The transpose, in the same compressed-row form: row j lists the rows of `self` holding
  /// column j, in increasing order. So `transposed().multiply(d)` adds the same products in
  /// the same order as `transposeMultiply(d)` (the same result, bit for bit), but gathers
  /// each output row in registers instead of scattering every product into memory: worth it
  /// when one matrix is multiplied many times, as in each NMF iteration.
  public func transposed() -> SparseMatrix {
    var offsets = [Int](repeating: 0, count: columnCount + 1)
    var columns = [Int32](repeating: 0, count: nonZeroCount)
    var entries = [Float](repeating: 0, count: nonZeroCount)
    offsets.withUnsafeMutableBufferPointer { offsets in
      for column in columnIndices { offsets[Int(column) + 1] += 1 }
      for column in 0..<columnCount { offsets[column + 1] += offsets[column] }
      var next = Array(offsets.dropLast())
      withEntries { rowOffsets, columnIndices, values in
        columns.withUnsafeMutableBufferPointer { columns in
          entries.withUnsafeMutableBufferPointer { entries in
            for row in 0..<rowCount {
              for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                let column = Int(columnIndices[entry])
                let place = next[column]
                columns[place] = Int32(row)
                entries[place] = values[entry]
                next[column] = place + 1
              }
            }
          }
        }
      }
    }
    return SparseMatrix(
      rowCount: columnCount, columnCount: rowCount, rowOffsets: offsets, columnIndices: columns, values: entries)
  }

  /// The sum of squares of all entries (the squared Frobenius norm).
  public var squaredNorm: Double {
    values.reduce(0) { $0 + Double($1) * Double($1) }
  }
}
