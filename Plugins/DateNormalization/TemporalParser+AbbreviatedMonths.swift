extension TemporalParser {
  /// Whether token `k` is an English month name written shorter than in full ("Dec", "Sept",
  /// "Jan"), whose dot after it is an abbreviation's, not a sentence's end.
  func isAbbreviatedMonth(_ k: Int) -> Bool {
    guard tokens[k].latin, case .month(let month, _)? = tokens[k].entry, (1...12).contains(month) else { return false }
    return tokens[k].end - tokens[k].start < TemporalParser.englishMonthLengths[month - 1]
  }

  /// Whether the text after the dot at `k` (after an abbreviated month) goes on with the same
  /// sentence: a day or a year ("Dec. 24", "Jan. 2024"), a lowercase word ("Sept. and Oct.") or
  /// punctuation ("Dec., when …"). A capitalised word or a line's end starts a new sentence
  /// ("Sales peaked in Jan. On Monday the firm reports again.").
  func continuesAfterAbbreviatedMonth(_ k: Int) -> Bool {
    guard k + 1 < tokens.count, !tokens[k + 1].newlineBefore else { return false }
    let next = tokens[k + 1]
    switch next.kind {
    case .number, .punctuation: return true
    case .word: return !next.capitalized
    }
  }

  /// Whether the month name at `i` is capitalised, written short and followed by its
  /// abbreviation's dot at `dot` ("Oct.", "Sept."): a month, even where the short name alone
  /// could be a word.
  func abbreviatedMonthWithDot(_ i: Int, dot: Int) -> Bool {
    tokens[i].capitalized && isPunctuation(dot, ".") && !tokens[dot].spaceBefore && isAbbreviatedMonth(i)
  }

  /// Whether a capitalised word that is no month follows the dot at `dot` on its line: the
  /// short name before the dot abbreviates a given name ("Sen. Aug. Pfluger", "Gen. Dec.
  /// Okafor"). Asked only where the dot alone would make the short name a month.
  func capitalisedWordAfter(dot: Int) -> Bool {
    let next = dot + 1
    guard next < tokens.count, tokens[next].capitalized, !tokens[next].newlineBefore else { return false }
    if case .month? = tokens[next].entry { return false }
    return true
  }

  /// Whether a particle of a place name and then a capitalised word follow the short month
  /// name at `i`, with or without its dot: "Mar. del Plata", "Mar de la Plata".
  func placeParticleAfter(_ i: Int) -> Bool {
    var k = i + 1
    if isPunctuation(k, "."), !tokens[k].spaceBefore { k += 1 }
    guard k + 1 < tokens.count, tokens[k].latin, !tokens[k].newlineBefore,
      TemporalParser.placeParticleHashes.contains(tokens[k].wordHash)
    else { return false }
    return tokens[k + 1].capitalized || TemporalParser.placeParticleHashes.contains(tokens[k + 1].wordHash)
  }

  /// Particles inside Romance place names ("Mar del Plata", "Rio de Janeiro").
  static let placeParticleHashes: Set<UInt64> = Set(
    ["del", "de", "la", "di", "da", "do", "dos", "das", "du", "des"].map(WordHasher.hash))

  /// The letters of the English month names in full, January to December.
  static let englishMonthLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]
}
