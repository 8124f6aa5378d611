extension TemporalParser {
  /// Whether منذ at `i` with an amount says for how long something has lasted (TimeML's
  /// DURATION: "يعيش اللاجئون في المخيم منذ ثلاثة أعوام") rather than how long ago it happened
  /// (a DATE: "غادر السفير البلاد منذ يومين", "سافر الوزير إلى باريس منذ يومين"). Arabic says
  /// "for" with منذ and a present verb, so the reading is a duration when the verb that opens
  /// the clause is imperfect (or ما زال, still); a perfect verb, the negated past with لم, or no
  /// verb the scanner knows leave منذ as "ago", the reading `sentenceTense` then places; a
  /// clause whose start lies beyond the words the scanner kept is read as a duration.
  ///
  /// The clause is bounded as `sentenceTense` bounds it (a sentence end, a line break, a
  /// complementizer). A relative clause between the verb and منذ does not decide: in "يعيش
  /// السوريون الذين نزحوا إلى تركيا منذ عشر سنوات" the Syrians live there for ten years.
  func sinceMeansFor(_ i: Int) -> Bool {
    var present: Bool? = nil
    var k = i - 1
    var opensClause = false
    while k >= 0 && i - k <= 24 {
      if tokens[k + 1].newlineBefore || endsSentence(k) || keyword(k) == .complementizer {
        opensClause = true
        break
      }
      if TemporalParser.relativePronounHashes.contains(tokens[k].wordHash) {
        // What was found after it is the relative clause's verb.
        present = nil
      } else if tokens[k].tense < 0 || tokens[k].tense > 0 || tokens[k].entry == .keyword(.pastMarker)
        || tokens[k].entry == .keyword(.futureMarker)
      {
        present = false
      } else if TemporalParser.stillHashes.contains(tokens[k].wordHash) || isImperfectVerb(k) {
        present = true
      }
      k -= 1
    }
    if let present { return present }
    // The scanner keeps a few words before a region's first trigger ("يعيش أكثر من ألفي لاجئ في
    // المخيم منذ ثلاثة أعوام" starts at أكثر): a clause that reaches past them has a verb not
    // seen here, and it keeps the duration reading منذ had before the verb was looked at. A
    // clause seen whole without a known verb ("سافر الوزير إلى باريس منذ يومين") is "ago".
    if k < 0 { opensClause = tokens[0].start == 0 }
    return !opensClause
  }

  /// Whether token `k` is an unknown word with an imperfect verb's form in a verb's place: a
  /// word right after a preposition is a name ("إلى تركيا", "في تونس").
  private func isImperfectVerb(_ k: Int) -> Bool {
    guard tokens[k].imperfect, !tokens[k].definite else { return false }
    guard k > 0, !tokens[k].newlineBefore else { return true }
    switch keyword(k - 1) {
    case .inPreposition?, .to?, .of?, .on?, .from?, .by?: return false
    default: return !TemporalParser.prepositionHashes.contains(tokens[k - 1].wordHash)
    }
  }

  /// الذي، التي، الذين…: they open a relative clause.
  static let relativePronounHashes: Set<UInt64> = Set(
    ["الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "اللائي"].map(
      WordHasher.hash))
  /// زال after ما or لا (still): the state goes on, as a present verb says.
  static let stillHashes: Set<UInt64> = Set(
    ["زال", "زالت", "زالوا", "مازال", "مازالت", "مازالوا", "لازال", "لازالت", "لازالوا"].map(WordHasher.hash))
  /// Prepositions the lexicon does not list, before a name that looks like an imperfect verb.
  static let prepositionHashes: Set<UInt64> = Set(["على", "عن", "مع", "نحو", "داخل", "قرب"].map(WordHasher.hash))
}
