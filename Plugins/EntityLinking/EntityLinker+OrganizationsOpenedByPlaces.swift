extension EntityLinker {
  /// A place's name that opens an organization's name the tagger found without it: "Kenya
  /// African National Union", "Uganda People's Congress", "Zambia Football Association". The
  /// place and the organization must stand side by side, parted by a space only, both in Latin
  /// letters; the organization must open with an adjective of a movement or a people, or a
  /// sport (African, National, People's, Football ...), and end in a head word of a party, a
  /// movement or a body (Union, Congress, Front, Party ...). The whole run is one NIL
  /// organization.
  func organizationsOpenedByPlaces(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    guard mentions.count >= 2 else { return mentions }
    let order = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
    var result = mentions
    var removed = Set<Int>()
    for (place, organization) in zip(order, order.dropFirst()) {
      guard mentions[place].label == "LOCATION", mentions[organization].label == "ORGANIZATION" else { continue }
      let placeTokens = text.tokens(within: mentions[place].start, mentions[place].end)
      let nameTokens = text.tokens(within: mentions[organization].start, mentions[organization].end)
      guard let lastPlace = placeTokens.last, let first = nameTokens.first, let last = nameTokens.last,
        first == lastPlace + 1, nameTokens.count >= 2, text.tokens[first].joinsPrevious,
        text.tokens[lastPlace].isLatin, text.tokens[first].isLatin, text.tokens[first].startsUppercase,
        !text.tokens[placeTokens.lowerBound].isAllUppercase || text.tokens[first].isAllUppercase,
        Self.bodyHeads.contains(text.foldedString(last)), Self.bodyOpeners.contains(text.foldedString(first))
      else { continue }
      result[organization] = nilMention(
        tokens: placeTokens.lowerBound..<(last + 1), type: "ORGANIZATION", evidence: "nil:place-opened", in: text)
      removed.insert(place)
    }
    return removed.isEmpty ? result : result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  /// First words after the country in such names: adjectives of a movement or a people, or a
  /// sport (folded). A body named by its own head ("Nova Scotia House of Assembly") keeps the
  /// place apart, as Wikipedia's annotators write it.
  private static let bodyOpeners: Set<String> = [
    "african", "national", "people", "peoples", "democratic", "socialist", "patriotic", "liberation", "islamic",
    "united", "revolutionary", "workers", "labour", "labor", "football", "olympic", "rugby", "cricket", "communist",
    "progressive", "popular", "freedom", "independence", "civic",
  ]

  /// Last words of parties, movements and national bodies whose names open with a country
  /// (folded).
  private static let bodyHeads: Set<String> = [
    "union", "congress", "front", "party", "movement", "alliance", "federation", "association", "council",
    "league", "army", "assembly", "convention", "coalition",
  ]
}
