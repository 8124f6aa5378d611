extension TemporalParser {
  /// Arabic counted periods with the article and a direction: "الشهرين الماضيين", "العامين
  /// الماضيين", "اليومين المقبلين", "السنتين الأخيرتين" (a definite dual), "الأشهر الستة
  /// الماضية", "الأسابيع الثلاثة المقبلة", "السنوات 5 الأخيرة" (a definite plural and its
  /// number). TIMEX3 annotates them as DURATIONs, like "the past two weeks"; the direction
  /// word is part of the extent. Without a number or a dual ("السنوات الأخيرة", recent years)
  /// the amount is vague: TimeML's `PXY`.
  func arabicCountedPeriod(_ i: Int) -> ParsedMatch? {
    // After خلال، في، طوال the match starts at the preposition (so that it is longer than the
    // duration rule's "خلال اليومين") but the extent at the period.
    switch keyword(i) {
    case .during?, .within?, .forDuration?, .inPreposition?:
      guard let period = arabicCountedPeriod(i + 1) else { return nil }
      return period
    default: break
    }
    guard continues(i), !tokens[i].latin, tokens[i].definite, case .unit(let unit, let form) = tokens[i].entry,
      unit != .quarter
    else { return nil }
    let count: Int
    var next: Int
    switch form {
    case .dual:
      count = 2
      next = i + 1
    case .plural:
      if let (value, after) = cardinal(i + 1), value > 2 {
        count = value
        next = after
      } else {
        count = 0  // "السنوات الأخيرة": a vague amount, PXY
        next = i + 1
        // "الأيام القليلة الماضية" (the past few days): still PXD.
        if keyword(next) == .fewCount, !tokens[next].latin { next += 1 }
      }
    default:
      return nil
    }
    guard continues(next) else { return nil }
    switch tokens[next].entry {
    case .direction(let direction) where direction != .current: break
    case .keyword(.lastInPeriod): break
    default: return nil
    }
    next += 1
    let value =
      count == 0
      ? vagueAmountValue(unit)
      : ParsedValue(
        label: .duration, value: TemporalParser.durationValue([(count, unit)]), mod: nil, anchored: false,
        grain: unit, hijri: nil, offset: nil, day: nil, clock: nil)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}

extension TemporalParser {
  /// A year named relative to the anchor after a season: "هذا العام" 0, "العام الماضي" -1,
  /// "السنة المقبلة" +1, "العام الجاري" 0; the offset and the token after it. The year is
  /// `relativePeriod`'s, limited to Arabic words with the article.
  func arabicRelativeYear(_ i: Int) -> (offset: Int, next: Int)? {
    let j = keyword(i) == .this ? i + 1 : i
    guard continues(j), !tokens[j].latin, tokens[j].definite, case .unit(.year, .singular) = tokens[j].entry,
      let anchor, let period = relativePeriod(i, allowBare: false), period.items.count == 1,
      period.items[0].value.grain == .year, let year = Int(period.items[0].value.value)
    else { return nil }
    return (year - anchor.date.year, period.next)
  }
}
