import Testing

@testable import EntityLinking

/// The document-level feature: the tags given before to the same word, and the row it adds.
@Suite struct EntityTagHistoryTests {
  static let tagSet = EntityTagSet()
  static let mask: UInt32 = (1 << 20) - 1
  static let person = tagSet.begin(tagSet.types.firstIndex(of: "PERSON")!)
  static let insidePerson = tagSet.inside(tagSet.types.firstIndex(of: "PERSON")!)
  static let place = tagSet.begin(tagSet.types.firstIndex(of: "LOCATION")!)

  @Test func aWordNeverTaggedBeforeHasNoHistory() {
    var history = EntityTagHistory()
    #expect(history.bucket(key: 4_711, mask: Self.mask) == nil)
    // Seen, but only outside names: still no feature.
    history.record(key: 4_711, tag: 0, tagSet: Self.tagSet)
    #expect(history.bucket(key: 4_711, mask: Self.mask) == nil)
  }

  @Test func theFeatureSaysWhichTagsTheWordWasGiven() {
    var asPerson = EntityTagHistory()
    asPerson.record(key: 4_711, tag: Self.person, tagSet: Self.tagSet)
    var asSurname = EntityTagHistory()
    asSurname.record(key: 4_711, tag: Self.insidePerson, tagSet: Self.tagSet)
    var asPlace = EntityTagHistory()
    asPlace.record(key: 4_711, tag: Self.place, tagSet: Self.tagSet)
    let buckets = [asPerson, asSurname, asPlace].map { $0.bucket(key: 4_711, mask: Self.mask) }
    #expect(buckets.allSatisfy { $0 != nil })
    #expect(Set(buckets.compactMap { $0 }).count == 3)
    // Another word with the same history reads the same feature: it is the tags, not the word.
    asPerson.record(key: 99, tag: Self.person, tagSet: Self.tagSet)
    #expect(asPerson.bucket(key: 99, mask: Self.mask) == buckets[0])
    // Both readings together are a fourth value.
    asPerson.record(key: 4_711, tag: Self.place, tagSet: Self.tagSet)
    #expect(asPerson.bucket(key: 4_711, mask: Self.mask).map { !buckets.contains($0) } == true)
  }

  @Test func aWordInTheSameSlotReplacesTheEarlierOneWithoutMixing() {
    var history = EntityTagHistory(slotBits: 4)
    history.record(key: 3, tag: Self.person, tagSet: Self.tagSet)
    // 3 + 16 falls in the same slot of sixteen.
    history.record(key: 19, tag: 0, tagSet: Self.tagSet)
    #expect(history.bucket(key: 3, mask: Self.mask) == nil)
    #expect(history.bucket(key: 19, mask: Self.mask) == nil)
    history.reset()
    history.record(key: 19, tag: Self.place, tagSet: Self.tagSet)
    #expect(history.bucket(key: 19, mask: Self.mask) != nil)
    history.reset()
    #expect(history.bucket(key: 19, mask: Self.mask) == nil)
  }

  @Test func theRowOfAHistoryBucketIsAddedAsTheFileStoresIt() {
    let weights = TaggerScoringTests.weights
    let table = EntityTaggerWeightTable(weights: weights, tags: 9)
    var scores = [Float](repeating: 0.5, count: 18)
    table.addRow(7, to: &scores, token: 1)
    #expect(scores[0..<9].allSatisfy { $0 == 0.5 })
    let expected: [Float] = (0..<9).map { tag in 0.5 + weights[7 * 9 + tag] }
    #expect(Array(scores[9..<18]) == expected)
    // A bucket without weights (every third one here) adds nothing.
    table.addRow(6, to: &scores, token: 0)
    #expect(scores[0..<9].allSatisfy { $0 == 0.5 })
  }
}
