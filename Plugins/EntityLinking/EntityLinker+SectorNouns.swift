extension EntityLinker {
  /// A NIL name that opens with a sector noun in title case ("Insurer Allianz said",
  /// "Chipmaker Nexperia fell"): the noun describes the firm and is no part of its name, and it
  /// says the name is a firm's. Returns the name without the noun, as an ORGANIZATION, or nil.
  /// Only the first token's hash is read for any other name.
  func withoutSectorNoun(_ tokens: Range<Int>, in text: TokenizedText) -> LinkedMention? {
    guard tokens.count >= 2 else { return nil }
    let first = text.tokens[tokens.lowerBound]
    let second = text.tokens[tokens.lowerBound + 1]
    guard first.startsUppercase, !first.isAllUppercase, Self.sectorNouns.contains(first.hash),
      second.startsUppercase, second.joinsPrevious
    else { return nil }
    return nilMention(
      tokens: (tokens.lowerBound + 1)..<tokens.upperBound, type: "ORGANIZATION", evidence: "nil:sector-noun", in: text)
  }

  /// A one-word NIL name that is a sector's common noun opening a sentence ("Bank shares fell",
  /// "Lenders cut rates"): no name.
  func isSectorNounOpener(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    guard token.startsUppercase, !token.isAllUppercase,
      Self.sectorNouns.contains(token.hash) || Self.sectorNounsAlone.contains(token.hash)
    else { return false }
    return opensSentence(position, in: text)
  }

  /// Sector nouns that stand before a firm's name ("insurer Allianz", "Carmaker Renault") and
  /// are never a name themselves. "Bank" is not one: it opens names ("Bank Leumi").
  static let sectorNouns = NonNameWords.hashes(
    """
    insurer insurers reinsurer reinsurers lender lenders carmaker carmakers automaker automakers chipmaker
    chipmakers drugmaker drugmakers retailer retailers miner miners broker brokers brokerage brokerages airline
    airlines conglomerate grocer grocers brewer brewers
    """)
  /// Sector nouns that are no name alone at a sentence's start but may open one ("Bank shares fell").
  private static let sectorNounsAlone = NonNameWords.hashes("bank banks")
}

extension EntityLinker {
  /// One word closed by "bank" ("Commerzbank", "Rabobank", "Bundesbank"): a bank, whatever
  /// the tagger read it as. Reads the folded letters of a capitalized word of six or more only.
  func isBankWord(_ position: Int, in text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    let end = Int(token.foldedEnd)
    guard token.isLatin, token.startsUppercase, !token.isAllUppercase, end - Int(token.foldedStart) >= 6 else {
      return false
    }
    return text.folded[end - 4] == 0x62 && text.folded[end - 3] == 0x61 && text.folded[end - 2] == 0x6E
      && text.folded[end - 1] == 0x6B
  }

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
