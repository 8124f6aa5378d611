extension TemporalParser {
  /// An Arabic amount of time with a bound or an approximation before it: "أكثر من عامين"
  /// (`P2Y` MORE_THAN), "لأكثر من عقد", "ما يزيد على عشر سنوات", "أقل من ساعتين" (LESS_THAN),
  /// "نحو ثلاثة أشهر", "قرابة أسبوع", "زهاء عشرين عاما" (APPROX), the bound or approximation in
  /// `mod`. A bare singular counts after the bound ("أكثر من عقد"
  /// is more than one decade) but not one heading a name or another noun ("أكثر من العام
  /// الماضي", "حوالي عام 2000", "أكثر من عقد مع شركات": `bareSingularCounts`).
  func boundedArabicAmount(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin else { return nil }
    var j = i + 1
    let mod: TemporalModifier
    switch keyword(i) {
    case .approximately?:
      mod = .approx
    case .amountBound(.more)?, .amountBound(.less)?:
      mod = keyword(i) == .amountBound(.more) ? .moreThan : .lessThan
      if keyword(j) == .of {
        j += 1  // أكثر من، أقل من
      } else if continues(j),
        tokens[j].wordHash == TemporalParser.alaHash || tokens[j].wordHash == TemporalParser.anHash,
        i > 0, tokens[i - 1].wordHash == TemporalParser.maHash
      {
        j += 1  // ما يزيد على، ما يربو عن
      } else {
        return nil
      }
    default:
      return nil
    }
    let amount: (value: String, unit: TimeUnit, next: Int)
    if let fraction = fractionalAmount(j) {
      amount = (TemporalParser.durationValue(fraction), fraction.unit, fraction.next)
    } else if continues(j), !tokens[j].definite, bareSingularCounts(j, nounMayFollow: false),
      let counted = countedUnit(j, allowBareSingular: true), counted.count > 0
    {
      amount = (TemporalParser.durationValue([(counted.count, counted.unit)]), counted.unit, counted.next)
    } else {
      return nil
    }
    // "قبل نحو ثلاثة أشهر" is read from قبل; "أكثر من عامين من المفاوضات" is still an amount.
    let value = ParsedValue(
      label: .duration, value: amount.value, mod: mod, anchored: false, grain: amount.unit, hijri: nil,
      offset: nil, day: nil, clock: nil)
    // The approximation word stays out of a duration's extent, as the project's earlier news
    // sets write it ("قرابة ثلاثة أسابيع" is "ثلاثة أسابيع" with APPROX); a bound is part of it.
    return ParsedMatch(
      next: amount.next, items: [ParsedItem(first: mod == .approx ? i + 1 : i, last: amount.next - 1, value: value)])
  }

  static let maHash = WordHasher.hash("ما")
  static let alaHash = WordHasher.hash("على")
  static let anHash = WordHasher.hash("عن")
}

extension TemporalParser {
  /// An Arabic amount without a count: "عدة أيام", "بضعة أشهر", "سنوات طويلة", "لسنوات عديدة"
  /// (TimeML's DURATION with `X` for the count: `PXD`, `PXM`, `PXY`). After قبل، بعد، منذ the
  /// few are a date (`vagueShift`).
  func arabicCountlessAmount(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin else { return nil }
    if keyword(i) == .fewCount {
      guard continues(i + 1), !tokens[i + 1].definite, case .unit(let unit, .plural) = tokens[i + 1].entry,
        unit != .quarter
      else { return nil }
      if i > 0, !tokens[i].newlineBefore {
        switch keyword(i - 1) {
        case .before?, .after?, .since?: return nil
        default: break
        }
      }
      return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: vagueAmountValue(unit))])
    }
    guard !tokens[i].definite, case .unit(let unit, .plural) = tokens[i].entry, unit != .quarter, continues(i + 1),
      TemporalParser.longOrManyHashes.contains(tokens[i + 1].wordHash)
    else { return nil }
    return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: vagueAmountValue(unit))])
  }

  /// طويلة، عديدة، عدة after a plural unit ("سنوات طويلة"): many of it.
  static let longOrManyHashes: Set<UInt64> = Set(["طويلة", "عديدة", "عدة", "مديدة"].map(WordHasher.hash))
}
