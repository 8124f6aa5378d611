extension EntityLinker {
  /// The words of a state or continent before its name (دولة الكويت, قارة آسيا), with و, ل and
  /// ب: left out of the place's span.
  static let stateWords = NonNameWords.hashes("دولة ودولة لدولة بدولة قارة وقارة لقارة بقارة")

  /// Whether a place linked on a cue word ends a longer place the tagger found that starts before
  /// it, where the cue names a natural feature and belongs to the name ("شبه جزيرة الاسكا", "نهر
  /// الاردن": WikiFANE puts جزيرة inside the name 107 times against 52, نهر 92 against 22),
  /// unlike a town's or province's word (مدينة, محافظة), which stays a cue outside the name. The
  /// linked mention then takes the tagger's span and keeps its link.
  func isNaturalFeatureName(_ span: EntityTagger.Span, over linked: LinkedMention) -> Bool {
    guard span.start < linked.start, span.type == "LOCATION" else { return false }
    return linked.evidence.contains { $0.hasPrefix("cue:") && ($0.hasSuffix("جزيرة") || $0.hasSuffix("نهر")) }
  }
}
