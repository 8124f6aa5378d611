import Foundation
import Testing

@testable import TopicClustering

@Suite struct SparseMathTests {
  /// [[1, 0, 2], [0, 3, 0]]
  let matrix = SparseMatrix(columnCount: 3, rows: [[(2, 2), (0, 1)], [(1, 3)]])

  @Test func buildsSortedRows() {
    #expect(matrix.rowOffsets == [0, 2, 3])
    #expect(matrix.columnIndices == [0, 2, 1])
    #expect(matrix.values == [1, 2, 3])
    let summed = SparseMatrix(columnCount: 2, rows: [[(1, 1), (1, 2)]])
    #expect(summed.row(0).map(\.value) == [3])
  }

  @Test func multipliesWithDense() {
    var dense = DenseMatrix(rowCount: 3, columnCount: 2)
    dense.storage = [1, 2, 3, 4, 5, 6]  // rows (1,2), (3,4), (5,6)
    #expect(matrix.multiply(dense).storage == [11, 14, 9, 12])
    var left = DenseMatrix(rowCount: 2, columnCount: 1)
    left.storage = [1, 2]
    #expect(matrix.transposeMultiply(left).storage == [1, 6, 2])
  }

  @Test func transposeListsEachColumnsRowsInOrder() {
    let transposed = matrix.transposed()
    #expect(transposed.rowCount == 3)
    #expect(transposed.columnCount == 2)
    #expect(transposed.rowOffsets == [0, 1, 2, 3])
    #expect(transposed.columnIndices == [0, 1, 0])
    #expect(transposed.values == [1, 3, 2])
  }

  /// The NMF iterations use `transposed().multiply` for XᵀW: it must give the very bits of
  /// `transposeMultiply`, for every SIMD width the products dispatch on.
  @Test(arguments: [1, 3, 6, 10, 14, 20])
  func transposedProductIsTransposeMultiply(topics: Int) {
    var generator = SeededGenerator(seed: 7)
    let rows = (0..<40).map { _ in
      (0..<25).compactMap { column -> (column: Int, value: Float)? in
        generator.nextUnit() < 0.3 ? (column, Float(generator.nextUnit())) : nil
      }
    }
    let sparse = SparseMatrix(columnCount: 25, rows: rows)
    var dense = DenseMatrix(rowCount: 40, columnCount: topics)
    for index in dense.storage.indices { dense.storage[index] = Float(generator.nextUnit()) }
    #expect(
      sparse.transposed().multiply(dense).storage.map(\.bitPattern)
        == sparse.transposeMultiply(dense).storage.map(\.bitPattern))
  }

  @Test func gramIsSymmetricProduct() {
    var dense = DenseMatrix(rowCount: 2, columnCount: 2)
    dense.storage = [1, 2, 3, 4]
    #expect(dense.gram().storage == [10, 14, 14, 20])
  }

  @Test func tfidfIsSublinearAndUnitLength() {
    // Two documents; term 0 in both (idf 1), term 1 only in the first (idf ln(3/2) + 1).
    let counts = SparseMatrix(columnCount: 2, rows: [[(0, 1), (1, Float(M_E))], [(0, 4)]])
    let weighted = TFIDFWeighting.weigh(counts: counts, documentFrequencies: [2, 1])
    let idf = Float(log(1.5) + 1)
    let first: [Float] = [1, 2 * idf]
    let norm = (first[0] * first[0] + first[1] * first[1]).squareRoot()
    #expect(abs(weighted.values[0] - first[0] / norm) < 1e-6)
    #expect(abs(weighted.values[1] - first[1] / norm) < 1e-6)
    #expect(weighted.values[2] == 1)
  }

  /// Two blocks of documents over disjoint terms: both models must separate them.
  static let blocks = SparseMatrix(
    columnCount: 6,
    rows: [
      [(0, 0.8), (1, 0.6)], [(0, 0.6), (1, 0.6), (2, 0.52915026)], [(1, 0.6), (2, 0.8)],
      [(3, 0.8), (4, 0.6)], [(4, 0.6), (5, 0.8)], [(3, 0.6), (5, 0.8)],
    ])

  @Test func nmfSeparatesBlocks() {
    let start = SphericalKMeans(matrix: Self.blocks, clusters: 2, seed: 7).centroids
    let model = NonnegativeMatrixFactorization(matrix: Self.blocks, initialTermTopics: start)
    let topics = (0..<6).map { model.documentTopics.argmax(row: $0) }
    #expect(topics[0] == topics[1] && topics[1] == topics[2])
    #expect(topics[3] == topics[4] && topics[4] == topics[5])
    #expect(topics[0] != topics[3])
    // Terms of the first block weigh nothing in the second block's topic.
    let second = topics[3]!
    #expect((0..<3).allSatisfy { model.termTopics[$0, second] < 1e-3 })
  }

  @Test(arguments: [1, 2, 3, 99] as [UInt64])
  func kmeansSeparatesBlocksForAnySeed(seed: UInt64) {
    let clustering = SphericalKMeans(matrix: Self.blocks, clusters: 2, seed: seed)
    let topics = clustering.assignments
    #expect(Set(topics[0..<3]).count == 1)
    #expect(Set(topics[3..<6]).count == 1)
    #expect(topics[0] != topics[3])
  }

  @Test func emptyRowsStayUnassigned() {
    let matrix = SparseMatrix(columnCount: 2, rows: [[(0, 1)], [], [(1, 1)]])
    #expect(SphericalKMeans(matrix: matrix, clusters: 2, seed: 1).assignments[1] == nil)
  }

  @Test func npmiMatchesHandComputation() {
    // Terms 0 and 1 together in 2 of 4 documents, each alone in none else: P(a,b) = P(a) =
    // P(b) = 1/2, so NPMI = ln(2) / ln(2) = 1. Terms 0 and 2 never together: −1.
    let presence = SparseMatrix(
      columnCount: 3, rows: [[(0, 1), (1, 1)], [(0, 1), (1, 1)], [(2, 1)], [(2, 1)]])
    #expect(TopicCoherence.npmi(terms: [0, 1], in: presence) == 1)
    #expect(TopicCoherence.npmi(terms: [0, 2], in: presence) == -1)
    // Term 0 in documents 0, 1; term 2 in documents 1, 2, 3 of a corpus of 4.
    let overlap = SparseMatrix(columnCount: 3, rows: [[(0, 1)], [(0, 1), (2, 1)], [(2, 1)], [(2, 1)]])
    let expected = log(0.25 / (0.5 * 0.75)) / -log(0.25)
    #expect(abs(TopicCoherence.npmi(terms: [0, 2], in: overlap)! - expected) < 1e-12)
    #expect(TopicCoherence.npmi(terms: [0], in: overlap) == nil)
  }

  @Test func seededGeneratorRepeats() {
    var a = SeededGenerator(seed: 42)
    var b = SeededGenerator(seed: 42)
    #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    var c = SeededGenerator(seed: 43)
    #expect(a.next() != c.next())
  }

  @Test func termTableInternsAndGrows() {
    var table = TermTable()
    let words = (0..<5000).map { "w\($0)" }
    var ids: [Int32] = []
    for word in words {
      var copy = word
      ids.append(copy.withUTF8 { table.intern($0) })
    }
    #expect(ids == (0..<5000).map(Int32.init))
    var probe = "w4321"
    #expect(probe.withUTF8 { table.id(of: $0) } == 4321)
    #expect(table.string(of: 17) == "w17")
  }

  /// The hash reads eight bytes at a time: terms that differ only in a tail byte, only past
  /// the first eight bytes, or by length (a prefix, an empty term) must stay apart.
  @Test func termTableKeepsTermsApartAcrossChunks() {
    var terms = (0...24).map { String(repeating: "a", count: $0) }
    terms += ["abcdefgh", "abcdefgi", "abcdefghX", "abcdefghY", "abcdefgh12345678", "abcdefgh12345679"]
    terms += ["النفط", "النفطي", "والنفط", "وزارة الطاقة", "وزارة الطاقه"]
    var table = TermTable()
    for (index, term) in terms.enumerated() {
      var bytes = term
      #expect(bytes.withUTF8 { table.intern($0) } == Int32(index))
    }
    for (index, term) in terms.enumerated() {
      var bytes = term
      #expect(bytes.withUTF8 { table.id(of: $0) } == Int32(index))
      #expect(table.string(of: index) == term)
    }
    var unknown = "abcdefgj"
    #expect(unknown.withUTF8 { table.id(of: $0) } == nil)
  }
}
