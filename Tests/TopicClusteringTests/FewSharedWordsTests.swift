import Foundation
import Testing
import WorkbenchCore

@testable import TopicClustering

/// On a small corpus a story that shares only one or two ordinary words with a topic is not
/// placed in it. Stories written for this test: three on a wildfire, two on a tennis final,
/// and a bread recipe that shares `water` and `hot` with the wildfire stories.
@Suite struct FewSharedWordsTests {
  static let stories = [
    "fire1":
      "A wildfire burned pine forest above the village, and firefighters dropped water from helicopters as hot winds fanned the flames toward the houses.",
    "fire2":
      "Firefighters fought the wildfire through a hot night; the flames reached the pine forest behind the village and families left their houses.",
    "fire3":
      "The wildfire that burned the pine forest is contained, firefighters said, but families from the village cannot return to their houses yet.",
    "tennis1":
      "The champion won the tennis final in three sets, breaking serve twice on the clay court before a packed stadium.",
    "tennis2":
      "Fans in the stadium cheered the champion after the final, a tennis match decided on the clay court by a late break of serve.",
    "bread":
      "For the loaf, mix flour, yeast and salt with warm water, knead the dough for ten minutes and bake it in a hot oven until the crust is golden.",
  ]

  @Test func aRecipeSharingTwoWordsIsNotInTheWildfireTopic() throws {
    let documents = Self.stories.sorted { $0.key < $1.key }.map { Document(id: $0.key, text: $0.value) }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["fire1"] == value["fire2"] && value["fire2"] == value["fire3"] && value["fire1"] != "outlier")
    // Version 14 placed it in the wildfire topic (before the review's fix); version 15 says
    // why it is left out: it shares fewer than 3 words with each other story.
    #expect(value["bread"] == "outlier", "\(value)")
    #expect(
      result.annotations["bread"]!.first!.attributes["reason"]
        == .string("shares fewer than 3 content words with any other story"))
    #expect(value["tennis1"] == value["tennis2"] && value["tennis1"] != value["fire1"])
  }
}
