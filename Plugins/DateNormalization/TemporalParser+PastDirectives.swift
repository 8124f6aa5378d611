extension TemporalParser {
  /// Whether the past tense found at `k` belongs to a past verb of ordering or asking whose
  /// object and to-infinitive hold the date at tokens `first..<end`: "The governor ordered
  /// offices to stay closed until February 12", "A judge told the firm to pay by March 3",
  /// "Leaders called on supporters to gather on February 2"; and "called for" with its noun
  /// ("Students called for a march on February 14"). The order is past, what it asks for may
  /// still lie ahead: the date is placed by its nearness (`nil`), as a past plan's is
  /// (`pastIntentionGoverns`). `k` is the directive verb itself or a past form inside its
  /// infinitive ("closed" in "to stay closed"). As for plans, a weekday keeps the past, and so
  /// does a sentence that sets the order in the past ("In 2023 the council told …").
  func pastDirectiveGoverns(found k: Int, date first: Int, end: Int) -> Bool {
    guard k < first, tokens[k].latin, !namesAWeekday(first, end) else { return false }
    var verb = k
    while verb >= 0, k - verb <= 8, first - verb <= 16 {
      if pastDirectiveVerb(verb, date: first) { return !plansInThePast(verb: verb, date: first, end: end) }
      if verb == 0 || tokens[verb].newlineBefore || endsSentence(verb - 1) { return false }
      verb -= 1
    }
    return false
  }

  /// Whether token `k` is a past verb of ordering or asking that reaches the date at `first`
  /// (the test of `pastDirectiveGoverns` at the verb, without the sentence's anchors).
  func pastDirectiveVerb(_ k: Int, date first: Int) -> Bool {
    guard k < first, tokens[k].kind == .word, tokens[k].latin,
      TemporalParser.pastDirectiveHashes.contains(tokens[k].wordHash)
    else { return false }
    return directiveReaches(k, date: first)
  }

  /// Whether the directive verb at `verb` reaches the date at `first` through an object of
  /// words and "to" ("ordered all offices to …", "was told to …"), or, for "called", through
  /// "on" + object + "to" or "for" + its noun; no comma, line break or sentence end between.
  private func directiveReaches(_ verb: Int, date first: Int) -> Bool {
    var j = verb + 1
    let called = tokens[verb].wordHash == TemporalParser.calledHash
    if called {
      guard j < first, !tokens[j].newlineBefore else { return false }
      if keyword(j) == .forDuration {
        // "called for a march on February 14": the noun of the call, then the date.
        guard first - j <= 7 else { return false }
        return plainWords(j + 1, first)
      }
      guard keyword(j) == .on else { return false }
      j += 1
    }
    var to = j
    while to < first, to - j <= 5, keyword(to) != .to {
      if tokens[to].kind != .word || tokens[to].newlineBefore { return false }
      to += 1
    }
    guard to < first, keyword(to) == .to, !called || to > j else { return false }
    return plainWords(to + 1, first)
  }

  /// Whether tokens `from..<to` run on without a comma, a line break or a sentence's end.
  private func plainWords(_ from: Int, _ to: Int) -> Bool {
    var j = from
    while j < to {
      if tokens[j].newlineBefore || isPunctuation(j, ",") || endsSentence(j) { return false }
      j += 1
    }
    return !tokens[min(to, tokens.count - 1)].newlineBefore
  }

  static let calledHash = WordHasher.hash("called")

  /// Past forms of verbs of ordering, asking, urging and allowing, which govern the
  /// infinitive after their object.
  static let pastDirectiveHashes: Set<UInt64> = Set(
    ["ordered", "told", "asked", "urged", "instructed", "called", "directed", "allowed", "requested", "advised"].map(
      WordHasher.hash))
}
