extension TemporalParser {
  /// English seasons with the article, as news writes them: "the summer of 2022" →
  /// `2022-SU`; "in the autumn", "during the winter", "over the summer", "until the spring" →
  /// the season the sentence's tense points to: the latest one begun in a past sentence
  /// ("the plant closed in the fall", said in March: last autumn), else the current one or
  /// the coming one ("parliament will reconvene in the autumn").
  ///
  /// Without a year the season needs a preposition of time before it, and nothing that makes
  /// it a modifier or a noun after it: "the summer heat", "the Winter Olympics", "the autumn
  /// of his life", "the fall of the currency", "the fall in prices" are not dates.
  func seasonWithArticle(_ i: Int) -> ParsedMatch? {
    guard keyword(i) == .the, tokens[i].latin, continues(i + 1), case .season(let season) = tokens[i + 1].entry
    else { return nil }
    let next = i + 2
    if keyword(next) == .of {
      guard let found = year(next + 1), !found.hijri else { return nil }
      let value = seasonValue(season, year: found.year, anchored: false)
      return ParsedMatch(next: found.next, items: [ParsedItem(first: i, last: found.next - 1, value: value)])
    }
    guard i > 0, !tokens[i].newlineBefore else { return nil }
    switch keyword(i - 1) {
    case .inPreposition?, .during?, .over?, .forDuration?, .to?, .since?, .by?: break
    default: return nil
    }
    if continues(next) {
      if tokens[next].kind == .word && tokens[next].entry == nil { return nil }
      if season == .fall && keyword(next) == .inPreposition { return nil }
    }
    guard let anchor else {
      return ParsedMatch(
        next: next,
        items: [ParsedItem(first: i, last: next - 1, value: unanchoredValue("XXXX-\(season.code)", grain: .quarter))])
    }
    let (begun, inSeason) = TemporalParser.seasonPosition(season, of: anchor.date)
    let year = options.preference == .past || inSeason || keyword(i - 1) == .since ? begun : begun + 1
    let value = seasonValue(season, year: year, anchored: true)
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}

extension TemporalParser {
  /// The year of "the second quarter" without a year: this year's, unless the sentence's
  /// tense points to a quarter of another year ("the firm lost money in the third quarter",
  /// said in March: last year's; "will break even in the first quarter", said in May: next
  /// year's).
  func yearOfYearlessQuarter(_ quarter: Int, anchor: CivilDate) -> Int {
    let current = (anchor.month - 1) / 3 + 1
    switch options.preference {
    case .past where quarter > current: return anchor.year - 1
    case .future where quarter < current: return anchor.year + 1
    default: return anchor.year
    }
  }
}
