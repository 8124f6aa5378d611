extension TemporalParser {
  /// An amount with its unit glued to the digits, after English "in": "in 1h" (an hour; not
  /// 1 o'clock), "in 15'" (fifteen minutes). The second sign (") is left out: after a number
  /// it is as often inches.
  func gluedAmount(_ j: Int) -> (count: Int, unit: TimeUnit, next: Int)? {
    guard let (count, _) = number(j), count > 0, j + 1 < tokens.count, !tokens[j + 1].spaceBefore else { return nil }
    if keyword(j + 1) == .hourLetter,
      !(j + 2 < tokens.count && tokens[j + 2].kind == .number && !tokens[j + 2].spaceBefore)
    {
      return (count, .hour, j + 2)
    }
    if isPunctuation(j + 1, "'", "’"),
      !(j + 2 < tokens.count && tokens[j + 2].kind == .word && !tokens[j + 2].spaceBefore)
    {
      return (count, .minute, j + 2)
    }
    return nil
  }
}

extension TemporalParser {
  /// The letter a glued to a clock time, for a.m. ("9a", "3:18a"); spaced, "a" is the article
  /// ("at 9 a meeting began").
  func gluedMorningLetter(_ j: Int) -> Bool {
    guard keyword(j) == .article, tokens[j].latin, !tokens[j].spaceBefore, tokens[j].end - tokens[j].start == 1,
      j > 0, tokens[j - 1].kind == .number
    else { return false }
    return !(j + 1 < tokens.count && !tokens[j + 1].spaceBefore && tokens[j + 1].kind == .word)
  }
}
