extension EntityLinker {
  /// A one-word name before "'s disease" or "'s syndrome" ("Alzheimer's disease", "Parkinson's
  /// disease"): the illness named after a person, MISC, not a person in the story. Reads the
  /// next two tokens only.
  func isDiseaseEponym(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 2 < count else { return false }
    let possessive = text.tokens[position + 1]
    guard possessive.scalarBefore == 0x27 || possessive.scalarBefore == 0x2019,
      possessive.hash == Self.possessiveS, !text.tokens[position + 2].startsUppercase
    else { return false }
    return Self.illnessNouns.contains(text.tokens[position + 2].hash)
  }

  private static let possessiveS = TokenizedText.hash(NameFolding.fold("s").unicodeScalars.map(\.value))
  private static let illnessNouns = NonNameWords.hashes("disease diseases syndrome")
}
