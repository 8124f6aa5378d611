extension EntityLinker {
  /// One word closed by "bank" ("Commerzbank", "Rabobank", "Bundesbank"): a bank, whatever
  /// the tagger read it as. Reads the folded letters of a capitalized word of six or more only.
  /// A place named so ("moved to Burbank", "from Rosebank") is no bank.
  func isBankWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    let end = Int(token.foldedEnd)
    guard token.isLatin, token.startsUppercase, !token.isAllUppercase, end - Int(token.foldedStart) >= 6,
      text.folded[end - 4] == 0x62 && text.folded[end - 3] == 0x61 && text.folded[end - 2] == 0x6E
        && text.folded[end - 1] == 0x6B
    else { return false }
    return position == 0 || !Self.placePrepositions.contains(text.tokens[position - 1].hash)
  }

  /// Words before a place: "moved to Burbank", "in Rosebank", "from Burbank".
  private static let placePrepositions = NonNameWords.hashes("to in from near")
}
