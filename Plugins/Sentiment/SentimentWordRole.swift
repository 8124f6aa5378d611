/// The rule-based role of a function word on top of the learned weights: negators open a
/// negation scope, intensifiers and diminishers scale the word they modify.
enum SentimentWordRole: UInt8, Sendable {
  /// Negates the next words of its clause (لا، لم، لن، ليس، غير، بدون؛ not, never, no; the
  /// featurizer also treats the `t` of `n't` as one).
  case negator
  /// `ما` and similar: a negator only when a verb follows (ما زار vs ما هو).
  case negatorBeforeVerb
  /// Strengthens the next word (very, highly, strongly).
  case intensifierBefore
  /// Strengthens the previous word (جدا، للغاية، بشدة).
  case intensifierAfter
  /// Weakens the next word (slightly, somewhat, بعض).
  case diminisherBefore
  /// Weakens the previous word (نسبيا، قليلا).
  case diminisherAfter

  /// The words of each role, as written; they are normalized and hashed like any token.
  static let words: [SentimentWordRole: [String]] = [
    .negator: [
      "لا", "لم", "لن", "ليس", "ليست", "لست", "لسنا", "ليسوا", "غير", "بدون", "دون", "بلا", "مش", "مو",
      "ولا", "ولم", "ولن", "وليس", "وليست", "فلا", "فلم", "فلن", "لولا", "عدم", "وعدم", "بعدم",
      "not", "never", "no", "nor", "without", "cannot", "neither", "none", "nobody", "nothing",
      "dont", "doesnt", "didnt",
      "isnt", "wasnt", "arent", "cant", "wont", "lack", "lacks", "lacked", "failed", "fails",
    ],
    .negatorBeforeVerb: ["ما", "وما", "فما"],
    .intensifierBefore: [
      "very", "extremely", "highly", "deeply", "strongly", "greatly", "really", "so", "totally",
      "hugely", "truly", "most", "particularly", "especially", "بالغ", "شديد", "شديده", "اشد",
    ],
    .intensifierAfter: ["جدا", "للغايه", "بشده", "كثيرا", "تماما", "بقوه", "جدااا"],
    .diminisherBefore: [
      "slightly", "somewhat", "partly", "partially", "marginally", "relatively", "fairly", "bit",
      "بعض", "شبه",
    ],
    .diminisherAfter: ["نسبيا", "قليلا", "جزييا"],
  ]

  /// Whether a normalized word scalar can open a verb in the imperfect or perfect (ما + verb).
  static func canOpenVerb(_ folded: UInt32) -> Bool {
    folded == 0x064A || folded == 0x062A || folded == 0x0646 || folded == 0x0627  // ي ت ن ا
  }
}
