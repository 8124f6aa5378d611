extension TemporalParser {
  /// "the following day", "the next day", "اليوم التالي": the day after the date in focus ("The
  /// dam burst on March 2 and the army arrived the following day" is March 3). The date in focus
  /// is found as for "a day later" (`focusDate`): the last date of the clause, else of the
  /// sentence, else of the sentence before ("The talks opened on Monday. Both sides walked out
  /// the next day."), wherever the words stand in their sentence. Only a date of a day counts
  /// ("fell in March and recovered the following day" gives nothing). With no date to count
  /// from, the rule is silent and the older readings stay (Arabic "اليوم التالي" the day after
  /// the anchor).
  func followingDay(_ i: Int) -> ParsedMatch? {
    guard continues(i), continues(i + 1) else { return nil }
    let last: Int
    if tokens[i].latin {
      guard keyword(i) == .the, TemporalParser.followingOrNextHashes.contains(tokens[i + 1].wordHash),
        continues(i + 2), tokens[i + 2].latin, case .unit(.day, .singular) = tokens[i + 2].entry
      else { return nil }
      last = i + 2
    } else {
      guard entry(i) == .dayOffset(0), TemporalParser.arabicFollowingHashes.contains(tokens[i + 1].wordHash) else {
        return nil
      }
      last = i + 1
    }
    // "the next day-long strike": a compound, not a day.
    if last + 1 < tokens.count, !tokens[last + 1].spaceBefore, isPunctuation(last + 1, "-") { return nil }
    let focus: ParsedValue?
    switch focusDate(before: i, unit: .day, later: true) {
    case .date(let found)?: focus = found
    case .apposition?: return nil
    case nil: focus = dateOfSentenceBefore(i)
    }
    guard let focus, focus.label == .date, focus.day != nil,
      let value = TemporalParser.shift(focus, by: 1, .day)
    else { return nil }
    return ParsedMatch(next: last + 1, items: [ParsedItem(first: i, last: last, value: value)])
  }

  /// The last date in the sentence before the one token `i` stands in.
  private func dateOfSentenceBefore(_ i: Int) -> ParsedValue? {
    var start = i
    while start > 0, i - start < 40, !tokens[start].newlineBefore, !endsSentence(start - 1) { start -= 1 }
    // A paragraph's first sentence counts from the last one of the paragraph before, when that
    // ends with a mark (a dateline does not: the anchor is its date).
    guard start > 1, endsSentence(start - 1) else { return nil }
    return lastDate(from: start - 1, unit: .day)
  }

  /// "following" and "next" before "day".
  static let followingOrNextHashes: Set<UInt64> = Set(["following", "next"].map(WordHasher.hash))
}
