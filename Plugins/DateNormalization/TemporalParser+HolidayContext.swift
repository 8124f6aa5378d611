extension TemporalParser {
  /// A holiday read without a year keeps its date only in a temporal context; mentioned in
  /// passing, as the name of a feast, it is not a date in news ("تقاليد عيد الميلاد", "Christmas
  /// traditions", "نظمت الجالية مهرجان هولي").
  ///
  /// The rule, in Arabic: a year-less holiday counts when its expression has a direction
  /// ("عيد الفطر المقبل"), when a preposition or a time word comes right before it (في، ب، ل، منذ،
  /// قبل، بعد، خلال، حتى، بمناسبة، عطلة، موعد، سهرة، يوم، ليلة), a conjunction ties it to another (و),
  /// a tense word governs it or follows it ("احتفل المسلمون عيد الأضحى"), a date or a number
  /// follows within two words ("يصادف عيد الأضحى يوم 6 يونيو"), or it is the whole text of its
  /// line or sentence (a heading, a query). Otherwise the name is the second term of a construct
  /// and stays out. English has no construct to read: an English name is out only before a noun
  /// it qualifies (a list: traditions, tree, costumes, shoppers, dinner …).
  func holidayInContext(_ match: ParsedMatch?, at i: Int) -> ParsedMatch? {
    guard let match, match.items.count == 1, match.items[0].value.anchored else { return match }
    // English puts the noun a holiday qualifies after it ("Christmas traditions"); anything else
    // after an English name ("Christmas is on a Monday", "spent Christmas with") keeps the date.
    if tokens[i].latin {
      return match.next < tokens.count && keyword(match.next) == .holidayAttribute ? nil : match
    }
    for k in i..<min(match.next, tokens.count) {
      if case .direction = tokens[k].entry { return match }
      if keyword(k) == .this { return match }
    }
    // A proclitic preposition on the name itself: "بعيد الميلاد", "لعيد الأضحى".
    if tokens[i].wordStart < tokens[i].start, !tokens[i].conjunction { return match }
    if tokens[i].conjunction { return match }
    let opensLine = i == 0 || tokens[i].newlineBefore || tokens[i - 1].kind == .punctuation
    if !opensLine, let before = tokens[i - 1].entry {
      switch before {
      case .keyword(let word):
        switch word {
        case .inPreposition, .on, .clock, .since, .before, .after, .during, .within, .forDuration, .to, .by,
          .from, .between, .and, .occasion, .approximately, .dayWord, .pastMarker, .futureMarker, .may, .every:
          return match
        default: break
        }
      case .unit(.day, _), .dayPart, .weekday, .dayOffset, .holidayWord, .holiday:
        return match
      default: break
      }
    }
    if !opensLine, tokens[i - 1].tense != 0 { return match }
    // The holiday as the subject of a verb: "Purim was celebrated last week".
    if match.next < tokens.count, !tokens[match.next].newlineBefore {
      let after = tokens[match.next]
      if after.tense != 0 || after.imperfect { return match }
      switch after.entry {
      case .keyword(.pastMarker)?, .keyword(.futureMarker)?, .keyword(.be)?, .keyword(.may)?: return match
      default: break
      }
    }
    var k = match.next
    while k < min(match.next + 3, tokens.count) {
      if tokens[k].newlineBefore || tokens[k].kind == .punctuation { break }
      if tokens[k].kind == .number || tokens[k].entry?.isTrigger == true { return match }
      k += 1
    }
    let closesLine =
      match.next >= tokens.count || tokens[match.next].newlineBefore || tokens[match.next].kind == .punctuation
    return opensLine && closesLine ? match : nil
  }
}
