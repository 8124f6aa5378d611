import Testing

@testable import TopicClustering

/// How `topics: auto` picks among scored candidates, with scores given by hand.
@Suite struct TopicCountSelectionTests {
  /// Coherence by count; stability 1 everywhere, so the score is coherence + 0.5.
  static let coherence: [Int: Double] = [2: 0.30, 3: 0.42, 4: 0.35, 5: 0.39, 6: 0.20]

  static func select(margin: Double, smallest: [Int: Int] = [:]) -> TopicCountSelection {
    TopicCountSelection(
      requested: .automatic, minimum: 2, maximum: 6, documentsWithTerms: 100, stabilityWeight: 0.5,
      scoreMargin: margin
    ) { topics, _ in (Self.coherence[topics]!, 1, smallest[topics] ?? 10) }
  }

  @Test(arguments: [
    (0.0, 3),  // the best score
    (0.02, 3),  // 5 is 0.03 below 3: outside the margin
    (0.05, 5),  // 5 is within the margin, and finer
    (0.2, 5),  // 6 is 0.22 below: still outside
    (0.5, 6),
  ])
  func choosesTheMostTopicsWithinTheMargin(margin: Double, chosen: Int) {
    let selection = Self.select(margin: margin)
    #expect(selection.chosen == chosen)
    #expect(selection.candidates.map(\.topics) == [2, 3, 4, 5, 6])
    #expect(selection.reason.contains(margin > 0 ? "within \(margin) of it" : "2...6 topics"))
  }

  @Test func aFinerCountWithATopicOfOneDocumentDoesNotWin() {
    // 5 is within the margin but one of its topics has a single document: 4 is, and wins.
    #expect(Self.select(margin: 0.1, smallest: [5: 1]).chosen == 4)
    #expect(Self.select(margin: 0.1, smallest: [5: 1, 4: 1]).chosen == 3)
    #expect(Self.select(margin: 0.1).chosen == 5)
  }
}
