extension TemporalParser {
  /// Whether "في الساعة الواحدة" from token `i` is a rate, "per hour", not one o'clock: a
  /// quantity stands before it ("تطلق المدافع 50 قذيفة في الساعة الواحدة", "ينتج المصنع ألف
  /// قطعة في الساعة الواحدة"). A clock time with a part of the day is a time ("في الساعة الواحدة
  /// ظهرا"), and so is another hour: a rate is said per one hour. `hourAt` is the hour word.
  func perHourRate(_ i: Int) -> Bool {
    var hourAt = i
    while keyword(hourAt) == .clock { hourAt += 1 }
    guard hourAt > i, hourAt < tokens.count, TemporalParser.oneHourHashes.contains(tokens[hourAt].wordHash),
      i >= 2, tokens[i - 1].entry == .keyword(.inPreposition), !tokens[i - 1].latin
    else { return false }
    // The quantity: a number or a number word up to three words before في ("50 قذيفة في
    // الساعة"); "500 برميل من النفط في الساعة" is too far and stays a time.
    for q in stride(from: i - 2, through: max(0, i - 4), by: -1) {
      if tokens[q + 1].newlineBefore { break }
      if number(q) != nil { return true }
      if case .cardinal? = entry(q) { return true }
      if TemporalParser.largeNumberHashes.contains(tokens[q].wordHash) { return true }
    }
    return false
  }

  /// Number words the lexicon does not list (it counts up to the tens): a hundred, a thousand,
  /// a million and their plurals.
  static let largeNumberHashes: Set<UInt64> = Set(
    ["مئة", "مائة", "مئات", "ألف", "الف", "آلاف", "الاف", "ألفي", "مليون", "ملايين", "مليار"].map(WordHasher.hash))

  /// الواحدة: the hour of a rate.
  static let oneHourHashes: Set<UInt64> = Set(["الواحدة"].map(WordHasher.hash))
}
