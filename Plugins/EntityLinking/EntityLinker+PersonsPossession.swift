extension EntityLinker {
  /// "Morgan's staff said", "Harris's aides": a one-word name whose people or campaign follow
  /// is a person's (or a firm's), not a place's.
  func isPersonsPossession(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 2 < count, text.tokens[position + 1].hash == Self.possessiveS,
      text.tokens[position + 1].scalarBefore == 0x27 || text.tokens[position + 1].scalarBefore == 0x2019
    else { return false }
    return Self.personsPeople.contains(text.tokens[position + 2].hash)
  }

  private static let possessiveS = TokenizedText.hash(NameFolding.fold("s").unicodeScalars.map(\.value))
  /// What a person has that a place has not: "X 's staff", "X 's aides", "X 's wife".
  private static let personsPeople = NonNameWords.hashes(
    """
    staff staffer staffers aide aides spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys campaign
    wife husband son daughter family
    """)
}
