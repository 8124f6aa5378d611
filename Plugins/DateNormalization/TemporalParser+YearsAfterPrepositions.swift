extension TemporalParser {
  /// Whether a four-digit number after the preposition at `i` ("in", "since", "from" …) is a
  /// year. From 1900 to 2100 it is unless a counted noun follows ("in 2000 votes"); a
  /// preposition, a conjunction or a pronoun after it is no counted noun ("The ship sank in
  /// 1912 off Newfoundland", "in 2019 when …", "in 2019 he …"), and after a sentence-opening
  /// "In" any word may follow ("In 2019 police arrested …"). An older number after English "in"
  /// or "since" is a year only where a count cannot be: at the end of the clause or before
  /// such a word ("founded in 1876.", "in 1837, employs …"), or after a sentence-opening "In"
  /// before a word that is no counted noun ("In 1850 the town …"), and not after a number ("one
  /// in 1500", odds).
  func yearFollowsPreposition(_ i: Int, _ year: Int, next: Int) -> Bool {
    if (1900...2100).contains(year) {
      if !isCountedNoun(next) { return true }
      guard tokens[i].latin else { return false }
      return TemporalParser.afterYearHashes.contains(tokens[next].wordHash) || opensSentence(i)
    }
    // Only "in" and "since": after "of", "from", "to" or "between" an older number is an amount
    // ("a total of 1500.", "from 1200 to 1500 units", "between 1500 and 1800 people").
    guard (1000...1899).contains(year), tokens[i].latin, keyword(i) == .inPreposition || keyword(i) == .since else {
      return false
    }
    if i > 0, tokens[i - 1].kind == .number || isNumberWord(i - 1) { return false }
    if !continues(next) || tokens[next].kind == .punctuation { return !isPunctuation(next, "%") }
    if opensSentence(i), !isCountedNoun(next) { return true }  // "In 1850 the town …"
    return tokens[next].latin && TemporalParser.afterYearHashes.contains(tokens[next].wordHash)
  }

  /// Whether token `i` opens a sentence: the text's first token, one after a sentence's end or a
  /// new line, written with a capital.
  private func opensSentence(_ i: Int) -> Bool {
    guard tokens[i].capitalized else { return false }
    return i == 0 || tokens[i].newlineBefore || endsSentence(i - 1)
  }

  /// An English number word before a preposition ("one in 1500").
  private func isNumberWord(_ k: Int) -> Bool {
    guard tokens[k].latin, case .cardinal? = tokens[k].entry else { return false }
    return true
  }

  /// Words that may follow a year and are no counted noun: prepositions, conjunctions,
  /// pronouns and adverbs of news narration.
  static let afterYearHashes: Set<UInt64> = afterOvernightHashes.union(
    [
      "off", "aboard", "under", "during", "following", "near", "he", "she", "it", "they", "we", "i", "his",
      "her", "its", "their", "there", "where", "which", "who", "that", "or", "so", "then", "alone", "only",
      "too", "already", "again",
    ].map(WordHasher.hash))
}
