import Testing

@testable import TopicClustering

@Suite struct ShownTermShareTests {
  /// Twenty documents over four columns: column 0 in every document, column 1 in document 7
  /// only, column 2 in documents 3 and 12, column 3 in none.
  static let counts = SparseMatrix(
    columnCount: 4,
    rows: (0..<20).map { row in
      var entries: [(column: Int, value: Float)] = [(0, 2)]
      if row == 7 { entries.append((1, 5)) }
      if row == 3 || row == 12 { entries.append((2, 1)) }
      return entries
    })

  @Test(arguments: [
    // 20 documents: a term must be in 2 of them.
    (Array(0..<20), [0, 2]),
    // 10 documents (a tenth is 1): any one will do.
    (Array(0..<10), [0, 1, 2]),
    // 4 documents without 7 or 3: column 0 alone.
    ([0, 1, 2, 4], [0]),
    // 11 documents: a tenth rounds up to 2, and 3 and 12 are both in.
    (Array(3..<14), [0, 2]),
  ])
  func aShownTermIsInATenthOfItsTopicsDocuments(members: [Int], shown: [Int]) {
    #expect(TopicReducer.commonColumns([1, 0, 3, 2], members: members, counts: Self.counts).sorted() == shown)
  }

  @Test func candidatesKeepTheirOrder() {
    #expect(TopicReducer.commonColumns([2, 1, 0], members: Array(0..<10), counts: Self.counts) == [2, 1, 0])
  }
}
