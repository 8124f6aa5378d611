/// The kind of text the grammar reads, for the conventions that only fit one of them.
///
/// News text (the default) writes full phrases; an assistant's short query ("sat", "at 1030",
/// "2 / 15", "tonight at 2") drops the context that would tell a date from a word or a number.
/// The query register reads those forms the way Duckling's English corpus, a corpus of
/// assistant queries, does; news text never gets them unless asked for.
public enum TemporalRegister: String, Sendable, Hashable, Codable, CaseIterable {
  /// News and other running text: only forms that are dates in any sentence.
  case news
  /// Short queries to an assistant: weekday abbreviations that are also words ("sat", "sun",
  /// "mon."), month/day with spaces ("2 / 15", "2 - 15"), clock times without a colon ("at
  /// 1030", "at 3 15"), and Duckling's readings of "tonight at 2" (14:00) and "this evening at
  /// 12" (midnight).
  case query
}
