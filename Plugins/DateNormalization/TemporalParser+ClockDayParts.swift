extension TemporalParser {
  /// "at night" after a clock or a date ("11 o'clock at night", "Friday at night"): the
  /// token after it.
  func atNight(_ j: Int) -> Int? {
    guard keyword(j) == .clock, continues(j), tokens[j].latin, continues(j + 1),
      tokens[j + 1].entry == .dayPart(.night)
    else { return nil }
    return j + 2
  }

  /// A part of the day said after an hour with a preposition: "in the evening", "in the
  /// morning", "at night" (not "this morning": "six this morning" is as often a count).
  func trailingDayPart(_ k: Int) -> (DayPart, Int)? {
    guard continues(k), tokens[k].latin, keyword(k) == .inPreposition || keyword(k) == .clock,
      let (part, next) = dayPartPhrase(k), part != .noon
    else { return nil }
    return (part, next)
  }

  /// Whether a spoken hour followed by a part of the day is a clock time: "six in the
  /// evening", "eleven at night" in a query. News text keeps them out ("arrested three in the
  /// morning raid" counts people).
  func queryDayPartAfterHour(_ k: Int) -> Bool {
    options.register == .query && trailingDayPart(k) != nil
  }

  /// Whether token `j` is noon or midnight (the hour "ten to midnight" counts back from).
  func noonOrMidnight(_ j: Int) -> Bool {
    continues(j) && tokens[j].latin && (tokens[j].entry == .dayPart(.noon) || keyword(j) == .midnight)
  }
}
