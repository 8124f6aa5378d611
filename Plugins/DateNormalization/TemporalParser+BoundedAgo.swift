extension TemporalParser {
  /// "غادر السفير البلاد منذ أكثر من عامين", "وقع الحادث قبل أقل من أسبوع": a bounded amount
  /// back from the anchor is a past point, as "منذ عامين" is: the date that amount ago, with
  /// the bound as TIMEX3's BEFORE (more than: earlier still) or AFTER (less than: later),
  /// the stage's English convention for "more than two years ago" (TIDES's MOD table). After
  /// a present verb منذ says for how long, and the amount stays a DURATION with MORE_THAN /
  /// LESS_THAN (`boundedArabicAmount`, which reads it from the bound on).
  /// "منذ ما يزيد على عامين" and "منذ أزيد من عامين" read as "منذ أكثر من عامين".
  func arabicBoundedAgo(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, keyword(i) == .before || keyword(i) == .since else { return nil }
    // "ما يزيد على", "ما يربو عن": the bound one word further, its preposition على or عن.
    let relative = continues(i + 1) && tokens[i + 1].wordHash == TemporalParser.maHash
    // "منذ ما لا يقل عن ثلاثة أشهر": at least that long ago, ON_OR_BEFORE.
    let atLeast =
      relative && continues(i + 3) && tokens[i + 2].wordHash == TemporalParser.laHash
      && TemporalParser.lessVerbHashes.contains(tokens[i + 3].wordHash)
    let boundAt = atLeast ? i + 3 : relative ? i + 2 : i + 1
    let bound: AmountBound
    if atLeast {
      bound = .more
    } else if case .keyword(.amountBound(let word))? = entry(boundAt) {
      bound = word
    } else {
      return nil
    }
    guard bound == .more || bound == .less, continues(boundAt + 1),
      relative
        ? tokens[boundAt + 1].wordHash == TemporalParser.alaHash
          || tokens[boundAt + 1].wordHash == TemporalParser.anHash
        : keyword(boundAt + 1) == .of
    else { return nil }
    if keyword(i) == .since, sinceMeansFor(i) || negatedBefore(i) { return nil }
    let start = boundAt + 2
    let amount: (count: Int, unit: TimeUnit, next: Int)
    if let fraction = fractionalAmount(start), let (count, unit) = TemporalParser.wholeAmount(fraction) {
      amount = (count, unit, fraction.next)
    } else if continues(start), !tokens[start].definite, bareSingularCounts(start, nounMayFollow: false),
      let counted = countedUnit(start, allowBareSingular: true), counted.count > 0
    {
      amount = (counted.count, counted.unit, counted.next)
    } else {
      return nil
    }
    // "قبل أكثر من شهر من الانتخابات": counted from the event, an amount (read from the bound).
    if keyword(amount.next) == .of, isCountedNoun(amount.next + 1) { return nil }
    guard var value = arabicWeekShift(-amount.count, amount.unit) ?? shifted(by: -amount.count, amount.unit) else {
      return nil
    }
    value.mod = atLeast ? .onOrBefore : bound == .more ? .before : .after
    return ParsedMatch(next: amount.next, items: [ParsedItem(first: i, last: amount.next - 1, value: value)])
  }

  /// Whether لم negates the clause before token `i`: "لم يتلق الموظفون رواتبهم منذ أكثر من
  /// ثلاثة أشهر" says for how long they have gone without, a DURATION.
  private func negatedBefore(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0 && i - k <= 24 {
      if tokens[k + 1].newlineBefore || endsSentence(k) || keyword(k) == .complementizer { return false }
      if TemporalParser.negationHashes.contains(tokens[k].wordHash) { return true }
      k -= 1
    }
    return false
  }

  static let laHash = WordHasher.hash("لا")

  /// يقل / تقل after لا: "ما لا يقل عن", no less than.
  static let lessVerbHashes: Set<UInt64> = Set(["يقل", "تقل"].map(WordHasher.hash))

  static let negationHashes: Set<UInt64> = Set(["لم", "ولم", "فلم", "لما"].map(WordHasher.hash))
}
