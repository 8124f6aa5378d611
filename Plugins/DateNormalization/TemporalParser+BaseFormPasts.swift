extension TemporalParser {
  /// The tense of an English verb whose past equals its base form ("shut", "cut", "hit",
  /// "set", "put", "let", "quit", "spread", "cost", "beat") at token `k`, from what surrounds it:
  /// - an auxiliary, "to", a modal or a negation before it makes it a base form or a
  ///   participle, and that word decides ("will shut", "to cut", "was shut", "had set"): nil,
  ///   so that the tense scan goes on to it; a determiner before it makes it a noun ("the rate
  ///   cut", "a price cut"): nil too;
  /// - "he", "she" or "it" before it, which would take "-s" in the present ("it cut"): past;
  /// - an object or a particle after it, with no auxiliary before ("shut the road", "cut 400
  ///   jobs", "shut down"): a finite verb, which news dating an event puts in the past;
  /// - otherwise a past verb of the same sentence ("… after talks failed", "…, officials said").
  /// At the start of a sentence or line it is an imperative ("Let the games begin on
  /// Saturday"), and after "if", "unless", "when" or "once" a condition ("If rates hit 5% on
  /// Friday, the bank will act"): nil, so that the main clause decides.
  /// Called only from `sentenceTense`, at a word of that small set.
  func baseOrPastTense(_ k: Int) -> TemporalPreference? {
    if k == 0 || tokens[k].newlineBefore || endsSentence(k - 1) { return nil }
    var back = k - 1
    while back >= 0, k - back <= 3, !tokens[back + 1].newlineBefore, !endsSentence(back) {
      if TemporalParser.conditionHashes.contains(tokens[back].wordHash) { return nil }
      back -= 1
    }
    var before = k - 1
    if before >= 0, !tokens[k].newlineBefore, TemporalParser.verbAdverbHashes.contains(tokens[before].wordHash) {
      before -= 1
    }
    if before >= 0, !tokens[before + 1].newlineBefore, tokens[before].kind == .word {
      switch tokens[before].entry {
      case .keyword(.to)?, .keyword(.futureMarker)?, .keyword(.englishModal)?, .keyword(.may)?, .keyword(.be)?,
        .keyword(.perfectAuxiliary)?, .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?,
        .keyword(.negation)?, .keyword(.pastMarker)?:
        return nil
      default: break
      }
      // "The new model is set for release on Monday", "Talks are set to resume": a plan ahead.
      if tokens[k].wordHash == TemporalParser.setHash, TemporalParser.presentBeHashes.contains(tokens[before].wordHash),
        keyword(k + 1) == .forDuration || keyword(k + 1) == .to
      {
        return .future
      }
      if TemporalParser.auxiliaryHashes.contains(tokens[before].wordHash) { return nil }
      if TemporalParser.singularPronounHashes.contains(tokens[before].wordHash) { return .past }
    }
    let after = k + 1
    if after < tokens.count, !tokens[after].newlineBefore {
      switch tokens[after].entry {
      case .keyword(.the)?, .keyword(.article)?, .keyword(.determiner)?: return .past
      default: break
      }
      if tokens[after].kind == .number || TemporalParser.objectOpenerHashes.contains(tokens[after].wordHash) {
        return .past
      }
      // "Airlines cut fares on Saturday": a plain word before (the subject) and a plain
      // lower-case word after (the object) make it the finite verb of a news report.
      if tokens[after].kind == .word, tokens[after].latin, tokens[after].entry == nil, !tokens[after].capitalized,
        before >= 0, !tokens[before + 1].newlineBefore, tokens[before].kind == .word, tokens[before].latin,
        tokens[before].entry == nil
      {
        return .past
      }
    }
    var index = k - 1
    while index >= 0, k - index <= 12, !tokens[index + 1].newlineBefore, !endsSentence(index) {
      if pastVerb(index) { return .past }
      index -= 1
    }
    index = k + 1
    while index < tokens.count, index - k <= 12, !tokens[index].newlineBefore, !endsSentence(index - 1) {
      if pastVerb(index) { return .past }
      index += 1
    }
    return nil
  }

  /// A word in -ed or a listed past verb, not an adjective after a determiner ("the delayed
  /// talks").
  private func pastVerb(_ k: Int) -> Bool {
    guard tokens[k].latin, tokens[k].tense < 0 || tokens[k].entry == .keyword(.pastMarker) else { return false }
    return !(k > 0 && (keyword(k - 1) == .the || keyword(k - 1) == .determiner || keyword(k - 1) == .article))
  }

  /// Verbs whose past and base form are one word (and past participle too).
  static let baseOrPastHashes: Set<UInt64> = Set(
    ["shut", "cut", "hit", "set", "put", "let", "quit", "spread", "cost", "burst", "hurt", "split", "shed", "beat"].map(
      WordHasher.hash))

  /// Auxiliaries the lexicon does not list: before such a verb they make it a base form or a
  /// participle.
  static let auxiliaryHashes: Set<UInt64> = Set(
    [
      "can", "cannot", "must", "shall", "do", "does", "don", "doesn", "didn", "t", "is", "are", "am", "been",
      "being", "has", "had", "having", "get", "gets", "got",
    ].map(WordHasher.hash))

  /// Adverbs between an auxiliary and its verb ("will also cut", "has already set").
  static let verbAdverbHashes: Set<UInt64> = Set(
    ["also", "already", "just", "still", "never", "not", "again", "then", "now", "quickly", "temporarily"].map(
      WordHasher.hash))

  /// Words that open a condition: the verb after them is not the clause's tense ("if rates hit").
  static let conditionHashes: Set<UInt64> = Set(["if", "unless", "when", "once"].map(WordHasher.hash))

  static let setHash = WordHasher.hash("set")

  /// The present forms of "be" before "set for" / "set to".
  static let presentBeHashes: Set<UInt64> = Set(["is", "are", "s", "re"].map(WordHasher.hash))

  /// Pronouns that would make a present verb take "-s".
  static let singularPronounHashes: Set<UInt64> = Set(["he", "she", "it"].map(WordHasher.hash))

  /// Words that open a verb's object or complete a phrasal verb: "shut down", "cut off", "set
  /// up", "put on hold".
  static let objectOpenerHashes: Set<UInt64> = Set(
    ["down", "off", "up", "out", "back", "him", "her", "them", "some", "all", "most", "two", "three", "several"].map(
      WordHasher.hash))
}
