extension TemporalLexicon {
  /// English nouns of events that are set for a date: "called an election for July 4", "set
  /// the hearing for Monday". The setting verb's past does not place the date; the event lies
  /// ahead (`TemporalParser.scheduledFor`). Figures are no events: "the death toll for Monday",
  /// "sales for December" keep the verb's tense.
  static let englishEventNouns = [
    "election", "elections", "vote", "referendum", "hearing", "hearings", "meeting", "summit", "talks",
    "trial", "sentencing", "ballot", "runoff", "session", "debate", "poll", "polls", "strike", "launch",
    "inauguration", "funeral", "wedding", "match", "final", "ceremony", "auction", "deadline",
  ]

  /// The hashes of `englishEventNouns`, compared in turn (only unknown Latin words of four to
  /// eleven letters reach the comparison).
  static let englishEventNounHashes: [UInt64] = englishEventNouns.map(WordHasher.hash)
}
