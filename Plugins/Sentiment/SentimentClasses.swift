/// The classes the stage's labels are chosen among (the `classes` option).
///
/// With `positive,negative` every label (document, sentence, target) is the sign of the
/// score (P(positive) − P(negative), as written in the `score` attribute): positive above 0,
/// negative otherwise, never neutral. Sets labelled with two classes (tweets marked positive
/// or negative) are scored this way; a neutral answer there can only be wrong.
public enum SentimentClasses: String, Codable, Hashable, Sendable, CaseIterable {
  /// The model's decision among its classes (a learned threshold for neutral, or the band).
  case positiveNegativeNeutral = "positive,negative,neutral"
  /// The sign of the score: positive or negative.
  case positiveNegative = "positive,negative"
}
