extension EntityLinker {
  /// A NIL name that opens with a sector noun in title case ("Insurer Allianz said",
  /// "Chipmaker Nexperia fell"): the noun describes the firm and is no part of its name, and it
  /// says the name is a firm's. Returns the name without the noun, as an ORGANIZATION, or nil.
  /// These nouns also describe people ("Former Miner Sam Cole"): a given name and a surname after
  /// the noun are a PERSON without it.
  /// Only the first token's hash is read for any other name.
  func withoutSectorNoun(_ tokens: Range<Int>, in text: TokenizedText) -> LinkedMention? {
    guard tokens.count >= 2 else { return nil }
    let first = text.tokens[tokens.lowerBound]
    let second = text.tokens[tokens.lowerBound + 1]
    guard first.startsUppercase, !first.isAllUppercase, second.startsUppercase, second.joinsPrevious,
      Self.sectorNouns.contains(first.hash)
    else { return nil }
    let name = (tokens.lowerBound + 1)..<tokens.upperBound
    if isGivenNameAndSurname(name, in: text) {
      return nilMention(tokens: name, type: "PERSON", evidence: "nil:person-after-sector-noun", in: text)
    }
    return nilMention(tokens: name, type: "ORGANIZATION", evidence: "nil:sector-noun", in: text)
  }

  /// Two capitalized Latin words, the first a common given name ("Tom Hill", "Anna Lopez"): a
  /// person's name, whatever noun stands before it.
  func isGivenNameAndSurname(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    guard tokens.count == 2 else { return false }
    let surname = text.tokens[tokens.lowerBound + 1]
    guard surname.startsUppercase, surname.isLatin, !surname.isAllUppercase else { return false }
    return Self.givenNames.contains(text.tokens[tokens.lowerBound].hash)
  }

  /// Whether a sector noun opening a sentence alone is a person's surname: a verb of speech
  /// follows ("Brewer said on Tuesday", "Miner told reporters"), and after a plural noun also a
  /// pronoun of one person ("Banks said he would donate"; "Banks said they" are lenders).
  func isSurnameThatSpeaks(_ position: Int, in text: TokenizedText) -> Bool {
    let count = text.tokens.count
    guard position + 1 < count, text.tokens[position + 1].joinsPrevious, !text.tokens[position + 1].startsUppercase,
      Self.personsVerbs.contains(text.tokens[position + 1].hash)
    else { return false }
    let token = text.tokens[position]
    guard text.folded[Int(token.foldedEnd) - 1] == 0x73 else { return true }
    return position + 2 < count && Self.personsPronouns.contains(text.tokens[position + 2].hash)
  }

  private static let personsVerbs = NonNameWords.hashes("said says told tells added adds")
  private static let personsPronouns = NonNameWords.hashes("he she his her")
  /// Common given names in English-language news, with `NilMentionFinder.latinGivenNames`.
  private static let givenNames = NonNameWords.hashes(
    NilMentionFinder.latinGivenNames.joined(separator: " ") + " "
      + """
      tom sam dan ben joe jim bob bill tim mike nick chris matt andy alex jack harry henry edward richard
      daniel kevin brian jason eric scott greg gary larry jeff frank fred ron ray roy tony ted ed al
      sarah emma kate anne amy lisa laura linda susan karen nancy mary jane jennifer jessica rachel rebecca helen
      julia claire diane ellen ruth alice grace lucy sophie dana ann
      """)

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
    airlines conglomerate grocer grocers brewer brewers haulier hauliers shipper shippers shipowner shipowners
    """)
  /// Sector nouns that are no name alone at a sentence's start but may open one ("Bank shares fell").
  private static let sectorNounsAlone = NonNameWords.hashes("bank banks")
}
