extension TemporalParser {
  /// A decade counted from the anchor's: "this decade", "next decade", "the coming decade",
  /// "last decade" (no article), "خلال العقد المقبل", and, after a modifier (`allowBare`), "the
  /// end of the decade" (the anchor's), "مطلع العقد المقبل". The value is TIMEX3's decade, as
  /// for "the 1990s" (199): in 2027, "the end of the decade" is 202 and "العقد المقبل" 203.
  /// - English: not "the last decade" or "the past decade" (the ten years up to the anchor, read
  ///   by `recentDecade`), nor "the following decade" (after a date of the story, not the
  ///   anchor's); not before "of" ("the last decade of the century": another period's) or a
  ///   glued hyphen ("a decade-long war").
  /// - Arabic: العقد is also "the contract" ("حتى نهاية العقد الحالي" is a player's contract),
  ///   so only العقد المقبل / القادم, after في، خلال، غضون or لمدة, or after a modifier.
  func anchorDecade(_ i: Int, allowBare: Bool) -> ParsedMatch? {
    guard continues(i) else { return nil }
    var j = i
    var direction: Direction?
    if tokens[i].latin {
      var article = false
      if keyword(j) == .the {
        article = true
        j += 1
      }
      if keyword(j) == .this, tokens[j].latin {
        direction = .current
        j += 1
      } else if continues(j), case .direction(let found) = tokens[j].entry, !tokens[j].conjunction {
        guard found != .past || !article, tokens[j].wordHash != TemporalParser.followingHash else { return nil }
        direction = found
        j += 1
      }
      guard continues(j), tokens[j].latin, case .unit(.decade, .singular) = tokens[j].entry else { return nil }
      if direction == nil {
        guard allowBare else { return nil }
        direction = .current
      }
    } else {
      guard keyword(i) == .definiteDecade, continues(i + 1), case .direction(.future) = tokens[i + 1].entry,
        !TemporalParser.arabicFollowingHashes.contains(tokens[i + 1].wordHash)
      else { return nil }
      if !allowBare {
        guard i > 0, !tokens[i].newlineBefore else { return nil }
        switch keyword(i - 1) {
        case .inPreposition?, .during?, .within?, .forDuration?: break
        default: return nil
        }
      }
      direction = .future
      j = i + 1
    }
    let next = j + 1
    if keyword(next) == .of { return nil }
    if next < tokens.count, !tokens[next].spaceBefore, isPunctuation(next, "-") { return nil }
    guard let value = shifted(by: direction!.rawValue, .decade) else { return nil }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: j, value: value)])
  }

  static let followingHash = WordHasher.hash("following")

  /// التالي / التالية: "the following", counted from a date of the story, not the anchor.
  static let arabicFollowingHashes: Set<UInt64> = Set(["التالي", "التالية"].map(WordHasher.hash))
}
