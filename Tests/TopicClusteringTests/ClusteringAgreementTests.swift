import Testing
import TopicClustering

@Suite struct ClusteringAgreementTests {
  // Reference values computed with scikit-learn 1.x (normalized_mutual_info_score,
  // adjusted_rand_score) on the same label lists; purity counted by hand.
  @Test(arguments: [
    (["a", "a", "b", "b"], ["x", "x", "y", "y"], 1.0, 1.0, 1.0),
    (["a", "a", "b", "b"], ["y", "y", "x", "x"], 1.0, 1.0, 1.0),
    (["a", "a", "b", "b"], ["x", "y", "x", "y"], 0.0, -0.5, 0.5),
    (
      ["a", "a", "a", "b", "b", "b"], ["x", "x", "y", "y", "z", "z"], 0.5158037429793889, 0.24242424242424243, 5.0 / 6
    ),
  ])
  func matchesKnownValues(gold: [String], predicted: [String], nmi: Double, ari: Double, purity: Double) {
    let agreement = ClusteringAgreement(gold: gold, predicted: predicted)
    #expect(abs(agreement.normalizedMutualInformation - nmi) < 1e-9)
    #expect(abs(agreement.adjustedRandIndex - ari) < 1e-9)
    #expect(abs(agreement.purity - purity) < 1e-9)
  }
}
