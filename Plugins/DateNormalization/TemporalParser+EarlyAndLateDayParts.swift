extension TemporalParser {
  /// The early or late part of a day's morning or night, TIMEX3's part of the day with START
  /// or END: "early in the morning", "early morning", "in the early hours of the morning"
  /// (morning, START), "late at night", "late tonight" (night, END). `i` is the token after a
  /// date ("Monday early in the morning"); with `alone`, the phrase names the anchor day's
  /// ("late tonight").
  func earlyOrLateDayPart(_ i: Int) -> (part: DayPart, mod: TemporalModifier, next: Int)? {
    guard continues(i), tokens[i].latin else { return nil }
    // "in the early hours of the morning"
    if keyword(i) == .inPreposition, keyword(i + 1) == .the, entry(i + 2) == .modifier(.start), continues(i + 3),
      case .unit(.hour, .plural) = tokens[i + 3].entry, keyword(i + 4) == .of, keyword(i + 5) == .the,
      continues(i + 6), tokens[i + 6].entry == .dayPart(.morning)
    {
      return (.morning, .start, i + 7)
    }
    guard continues(i), case .modifier(let modifier) = tokens[i].entry, modifier == .start || modifier == .end else {
      return nil
    }
    var j = i + 1
    if modifier == .end, keyword(j) == .tonight { return (.night, .end, j + 1) }
    if modifier == .end, atNight(j) != nil { return (.night, .end, j + 2) }
    if keyword(j) == .inPreposition, keyword(j + 1) == .the { j += 2 }
    guard continues(j), case .dayPart(let part) = tokens[j].entry else { return nil }
    switch (modifier, part) {
    case (.start, .morning), (.end, .night), (.end, .evening): return (part, modifier, j + 1)
    default: return nil
    }
  }

  /// "late tonight", "early morning", "early in the morning" alone (the anchor day's), and
  /// around a day: "early Monday morning", "late Friday night", "late on Sunday evening".
  func earlyOrLateDayPartAlone(_ i: Int) -> ParsedMatch? {
    guard continues(i), tokens[i].latin, case .modifier(let modifier) = tokens[i].entry,
      modifier == .start || modifier == .end, let anchor,
      // Cheap first: a part of the day or "tonight" within the next five tokens.
      (i + 1..<min(i + 6, tokens.count)).contains(where: {
        if case .dayPart? = tokens[$0].entry { return true }
        return tokens[$0].entry == .keyword(.tonight)
      })
    else { return nil }
    // "late on Sunday evening", "early on Monday morning": "on" before the day, as in "late on
    // Sunday"; not after a word of hours ("stayed open late on Friday night").
    let on =
      keyword(i + 1) == .on
      && !(i > 0 && !tokens[i].newlineBefore
        && TemporalParser.openLateHashes.contains(tokens[i - 1].wordHash))
    let dayStart = on ? i + 2 : i + 1
    if keyword(i + 1) != .on || on,
      let date = longestDay([relativeExpression(dayStart), dateExpression(dayStart)]),
      let day = date.items[0].value.day,
      let (part, next) = dayPartPhrase(date.next),
      modifier == .start ? part == .morning : part == .night || part == .evening,
      var value = partOfDayValue(day, part, anchored: date.items[0].value.anchored)
    {
      value.mod = modifier
      return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
    }
    // "late last night", "late tonight": the night the relative reading gives, with END, as
    // "late Friday night" is.
    // After "open", "until" or "worked" the word tells how long ("stayed open late last night").
    let howLong = i > 0 && !tokens[i].newlineBefore && TemporalParser.openLateHashes.contains(tokens[i - 1].wordHash)
    if modifier == .end, !howLong, let night = partOfDayExpression(i + 1) ?? relativeExpression(i + 1),
      night.items.count == 1,
      night.items[0].first == i + 1,
      night.items[0].value.label == .time, night.items[0].value.mod == nil,
      night.items[0].value.value.hasSuffix("TNI") || night.items[0].value.value.hasSuffix("TEV")
    {
      var value = night.items[0].value
      value.mod = .end
      return ParsedMatch(next: night.next, items: [ParsedItem(first: i, last: night.next - 1, value: value)])
    }
    // "early morning @ 3", "late tonight at 11": the clock time is read from the part of the day.
    // Only in queries: in news "late night host", "an early morning raid on Tuesday" name no day.
    guard options.register == .query, let (part, mod, next) = earlyOrLateDayPart(i), keyword(next) != .clock,
      !isPunctuation(next, "@"),
      var value = partOfDayValue(anchor.date, part, anchored: true)
    else { return nil }
    value.mod = mod
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: value)])
  }
}
