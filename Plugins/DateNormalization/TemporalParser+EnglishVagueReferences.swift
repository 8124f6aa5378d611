extension TemporalParser {
  /// English vague references, TimeML's PAST_REF / PRESENT_REF / FUTURE_REF (a DATE): "recently",
  /// "lately", "currently", "nowadays", "soon", "in the (near) future", "for the foreseeable
  /// future", "in future", "at the moment", "at present". "as soon as", "soon after the vote",
  /// "the future of the plant" and "at the moment of the blast" are tied to something else.
  func englishVagueReference(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, case .keyword(.englishVague(let word)) = tokens[i].entry else { return nil }
    var first = i
    let name: String
    switch word {
    case .recently: name = "PAST_REF"
    case .currently: name = "PRESENT_REF"
    case .soon:
      // "as soon as", "soon after the vote", "soon afterwards", "soon-to-be".
      if keyword(i + 1) == .after || keyword(i + 1) == .englishVague(.eventAnchor) { return nil }
      if isPunctuation(i + 1, "-"), !tokens[i + 1].spaceBefore { return nil }
      if i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .englishVague(.eventAnchor) { return nil }
      name = "FUTURE_REF"
    case .future:
      guard keyword(i + 1) != .of, let start = articleBefore(i, prepositions: [.inPreposition, .forDuration])
      else {
        // British "in future".
        guard i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .inPreposition, keyword(i + 1) != .of else {
          return nil
        }
        return vagueReferenceMatch(first: i, last: i, "FUTURE_REF")
      }
      first = start
      name = "FUTURE_REF"
    case .moment:
      guard keyword(i + 1) != .of, let start = articleBefore(i, prepositions: [.clock, .forDuration]) else {
        return nil
      }
      return presentMoment(first: start, last: i)
    case .present:
      guard i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .clock, tokens[i - 1].latin else { return nil }
      return presentMoment(first: i, last: i)
    case .recent:
      // "recent years", "in recent weeks": a vague amount (TimeML's DURATION PXY, PXW).
      guard let unit = vaguePluralUnit(i + 1) else { return nil }
      return ParsedMatch(next: i + 2, items: [ParsedItem(first: i, last: i + 1, value: vagueAmountValue(unit))])
    case .qualifier, .eventAnchor: return nil
    }
    return vagueReferenceMatch(first: first, last: i, name)
  }

  /// "in the past", "in the recent past", "lessons from the past", "في الماضي", "في السابق":
  /// PAST_REF. The direction word must close its phrase ("in the past two weeks", "in the past
  /// year" are read by the rules of periods), and an Arabic one must be the masculine word
  /// itself, without a proclitic (not "في الماضية", "في بالماضي").
  func pastReference(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].entry == .direction(.past), closesVaguePhrase(i + 1) else { return nil }
    if !tokens[i].latin {
      guard i > 0, !tokens[i].newlineBefore, keyword(i - 1) == .inPreposition, !tokens[i - 1].latin,
        tokens[i].opensRegion, tokens[i].start == tokens[i].wordStart
      else { return nil }
      return vagueReferenceMatch(first: i, last: i, "PAST_REF")
    }
    guard let start = articleBefore(i, prepositions: [.inPreposition, .from, .of]) else { return nil }
    return vagueReferenceMatch(first: start, last: i, "PAST_REF")
  }

  /// A vague amount of a plural with a direction: "the coming weeks" PXW, "in coming days" PXD,
  /// "over the past months" PXM, "the following days" PXD (TimeML's DURATION with an unknown
  /// count). "the last weeks of the campaign" and "the past days before the vote" are periods of
  /// something else.
  func englishVaguePluralAmount(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, case .direction(let direction) = tokens[i].entry, direction != .current,
      let unit = vaguePluralUnit(i + 1)
    else { return nil }
    let first = i > 0 && !tokens[i].newlineBefore && keyword(i - 1) == .the ? i - 1 : i
    return ParsedMatch(next: i + 2, items: [ParsedItem(first: first, last: i + 1, value: vagueAmountValue(unit))])
  }

  /// A bare English plural after "for", "in" or "within", or "the years" after "over": "fought
  /// for years" PXY, "the first time in decades" PXDE, "expected within days" PXD, "over the
  /// years" PXY. "for years 2020 to 2022" and "within hours of the attack" are not.
  func englishBareAmount(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin else { return nil }
    var j = i + 1
    switch keyword(i) {
    case .forDuration?, .inPreposition?, .within?: break
    case .over?:
      guard keyword(j) == .the else { return nil }
      j += 1
    default: return nil
    }
    guard let unit = vaguePluralUnit(j) else { return nil }
    // "said in minutes released on Wednesday": the minutes of a meeting.
    if unit <= .minute && keyword(i) == .inPreposition { return nil }
    return ParsedMatch(
      next: j + 1, items: [ParsedItem(first: keyword(i) == .over ? i + 1 : j, last: j, value: vagueAmountValue(unit))])
  }

  /// "طوال الأسبوع المقبل", "خلال الشهر المقبل": a period named relative to the anchor after
  /// طوال / خلال is that period (TimeML's DATE `2024-W11`), not an amount of one week.
  func throughoutRelativePeriod(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, keyword(i) == .forDuration || keyword(i) == .during,
      continues(i + 1), tokens[i + 1].definite, case .unit(_, .singular)? = tokens[i + 1].entry,
      continues(i + 2), case .direction? = tokens[i + 2].entry,
      let period = relativeExpression(i + 1), period.items.count == 1, period.items[0].value.label == .date
    else { return nil }
    return period
  }

  /// The unit of a Latin plural at `j` that closes its phrase ("years", "weeks"; not "years of
  /// war", "weeks before the vote", "years 2020"), for the vague amounts.
  private func vaguePluralUnit(_ j: Int) -> TimeUnit? {
    guard continues(j), tokens[j].latin, case .unit(let unit, .plural)? = tokens[j].entry, unit != .quarter,
      closesVaguePhrase(j + 1)
    else { return nil }
    return unit
  }

  /// Whether token `k` ends the phrase of a vague reference or amount: the end of the line, a
  /// sign (not a hyphen joined to a word), or a word that adds nothing temporal ("in the past,
  /// …", "for years to come"). A number, a unit, a month, "of", "before", "after" or "ago" go
  /// on into another reading.
  func closesVaguePhrase(_ k: Int) -> Bool {
    guard k < tokens.count, !tokens[k].newlineBefore else { return true }
    switch tokens[k].kind {
    case .number: return false
    case .punctuation: return !(isPunctuation(k, "-") && k + 1 < tokens.count && !tokens[k + 1].spaceBefore)
    case .word: break
    }
    switch tokens[k].entry {
    case nil: return true
    case .unit?, .month?, .weekday?, .cardinal?, .ordinal?, .season?, .decadeWord?, .dayPart?, .hijriMonth?,
      .direction?, .fraction?, .holiday?:
      return false
    case .keyword(let keyword)?:
      switch keyword {
      case .of, .before, .after, .ago, .fewCount, .couple, .hence: return false
      default: return true
      }
    default: return true
    }
  }

  /// The index of "the" before token `i`, with an optional qualifier ("near", "recent") between,
  /// when one of `prepositions` stands before the article: "in the near future", "at the moment".
  private func articleBefore(_ i: Int, prepositions: [Keyword]) -> Int? {
    var k = i - 1
    if k > 0, !tokens[k + 1].newlineBefore {
      switch keyword(k) {
      case .englishVague(.qualifier)?, .englishVague(.recent)?: k -= 1
      default: break
      }
    }
    guard k > 0, !tokens[k + 1].newlineBefore, !tokens[k].newlineBefore, keyword(k) == .the,
      let preposition = keyword(k - 1), prepositions.contains(preposition), tokens[k - 1].latin
    else { return nil }
    return k
  }

  /// "at the moment", "at present": like "now", the reference instant when the anchor has a
  /// time of day (Duckling's queries), else PRESENT_REF.
  private func presentMoment(first: Int, last: Int) -> ParsedMatch {
    guard let anchor, let second = anchor.secondOfDay else {
      return vagueReferenceMatch(first: first, last: last, "PRESENT_REF")
    }
    let clock = Clock(hour: second / 3600, minute: second % 3600 / 60, second: second % 60, grain: .second)
    return ParsedMatch(
      next: last + 1,
      items: [ParsedItem(first: first, last: last, value: timeValue(day: anchor.date, clock: clock, anchored: true))])
  }

  private func vagueReferenceMatch(first: Int, last: Int, _ name: String) -> ParsedMatch {
    ParsedMatch(
      next: last + 1, items: [ParsedItem(first: first, last: last, value: unanchoredValue(name, grain: .day))])
  }
}
