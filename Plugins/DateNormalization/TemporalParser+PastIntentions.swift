extension TemporalParser {
  /// Whether the English word at `k` is a past verb of intention before "to" whose infinitive
  /// holds a date with a month at tokens `first..<end`: "the envoy planned to return on January
  /// 6", "he intended to visit Baghdad on January 10", "planned to launch the phone in March".
  /// The past tells when the plan was made, not when its date falls, which may still lie ahead:
  /// such a date is placed by its nearness (`nil`), not by the past. A weekday keeps the past
  /// ("The minister hoped to sign the accord on Monday" is the Monday behind): a plan of the
  /// past for a day of the week is mostly for the week it was made in. A comma between the verb
  /// and the date ends the infinitive ("planned to cut jobs, a filing on Tuesday showed").
  /// Nor when the sentence sets the plan in the past (`plansInThePast`): "Last year she wanted
  /// to retire in May", "They wanted to marry in August, before the war broke out" keep the past.
  /// Asked only at a word with a past tense that the tense search visits around a found date.
  func pastIntentionGoverns(_ k: Int, date first: Int, end: Int) -> Bool {
    pastIntentionVerb(k, date: first, end: end) && !plansInThePast(verb: k, date: first, end: end)
  }

  /// Whether a past verb of intention at `k` governs the date at tokens `first..<end` (the test
  /// of `pastIntentionGoverns` without the sentence's anchors).
  func pastIntentionVerb(_ k: Int, date first: Int, end: Int) -> Bool {
    // "planned" is the lexicon's word of plans ("planned for"); the others are read as pasts.
    guard tokens[k].tense < 0 || tokens[k].entry == .keyword(.planned), k + 1 < first, tokens[k].latin,
      keyword(k + 1) == .to,
      !tokens[k + 1].newlineBefore, TemporalParser.pastIntentionVerbHashes.contains(tokens[k].wordHash),
      !namesAWeekday(first, end)
    else { return false }
    var j = k + 2
    while j < first {
      if tokens[j].newlineBefore || isPunctuation(j, ",") { return false }
      j += 1
    }
    return true
  }

  /// Whether the sentence of a past plan at verb `k` and date `first..<end` anchors it in the
  /// past: a year ("In 2025 the ministry planned …"), "ago" or last/previous/past + a unit ("Two
  /// years ago", "Last year") anywhere in it, or a clause after the date opened by before, until,
  /// when or but whose verb is past ("…, before the war broke out"): the plan was for then.
  func plansInThePast(verb k: Int, date first: Int, end: Int) -> Bool {
    var j = k
    while j > 0, !tokens[j].newlineBefore, !endsSentence(j - 1) { j -= 1 }
    var clause = false
    while j < tokens.count {
      if j > k, tokens[j].newlineBefore || endsSentence(j) { break }
      if j < first || j >= end {
        if let year = number(j), year.digits == 4, (1000...2999).contains(year.value) { return true }
        switch tokens[j].entry {
        case .keyword(.ago)?: return true
        case .direction(.past)?:
          if j + 1 < tokens.count, case .unit? = tokens[j + 1].entry { return true }
        default: break
        }
      }
      if j >= end {
        if tokens[j].latin, TemporalParser.pastClauseOpenerHashes.contains(tokens[j].wordHash) { clause = true }
        if clause, tokens[j].latin, tokens[j].tense < 0 || tokens[j].entry == .keyword(.pastMarker) { return true }
      }
      j += 1
    }
    return false
  }

  /// The reading of a plan's bare month (or day and month) `item` in the year of a date named
  /// earlier in its sentence, `year` (its value and last token): "In 2025 the ministry planned
  /// to open the bridge in June" is June 2025, "Two years ago the firm aimed to list its shares
  /// in September" September of that year. Only after a past verb of intention or of ordering
  /// ("In 2024 the mayor told builders to finish the road by June") that governs the month, and
  /// only for a year not after the anchor's; nil otherwise.
  func planMonth(_ item: ParsedItem, inYearOf year: (value: Int, last: Int)) -> ParsedValue? {
    guard item.value.grain == .month || item.value.grain == .day, item.first > year.last,
      item.first - year.last <= 24, let anchor, year.value <= anchor.date.year, tokens[item.first].latin
    else { return nil }
    for j in (year.last + 1)...item.first where tokens[j].newlineBefore || endsSentence(j - 1) { return nil }
    var k = item.first - 1
    while k > year.last, item.first - k <= 16 {
      if pastIntentionVerb(k, date: item.first, end: item.last + 1) || pastDirectiveVerb(k, date: item.first) {
        return bareMonth(item, inYear: year.value)
      }
      k -= 1
    }
    return nil
  }

  /// Words that open a clause after a plan's date whose past verb sets the plan in the past.
  static let pastClauseOpenerHashes: Set<UInt64> = Set(
    ["before", "until", "till", "when", "but", "after"].map(WordHasher.hash))

  /// Past forms of verbs of intention and of promise, which govern a plan's infinitive.
  static let pastIntentionVerbHashes: Set<UInt64> = Set(
    ["planned", "intended", "hoped", "aimed", "wanted", "vowed", "pledged", "promised"].map(WordHasher.hash))
}
