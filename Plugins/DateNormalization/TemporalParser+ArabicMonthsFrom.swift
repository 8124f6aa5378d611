extension TemporalParser {
  /// Whether the month at tokens `first..<end` follows Arabic من as the start of what a present
  /// verb of onset or application announces, in a sentence with no tense word: "يبدأ العمل
  /// بالتعريفة الجديدة من فبراير", "تسري الأسعار الجديدة من يناير", said in June, are next
  /// year's February and January, as English "The new fuel tax applies from March" is
  /// (`monthStartsMeasure`). The verb stands before من in the sentence, at most eight words
  /// back, with no past verb between; a range ("من يوليو إلى سبتمبر") is left to the range rules,
  /// and any other verb keeps the nearest month ("تراجعت الصادرات من فبراير" is a past
  /// verb's, "بيانات من فبراير" has no verb). Asked only when no tense word placed the date.
  func arabicMonthStartsMeasure(_ first: Int, _ end: Int) -> Bool {
    guard first > 1, !tokens[first].latin, case .month? = tokens[first].entry, keyword(first - 1) == .of,
      !tokens[first - 1].latin, !tokens[first].newlineBefore, !tokens[first - 1].newlineBefore
    else { return false }
    // "من يوليو إلى سبتمبر", "من يوليو حتى سبتمبر": a range.
    if end < tokens.count, !tokens[end].newlineBefore, keyword(end) == .to { return false }
    var k = first - 2
    while k >= 0, first - k <= 9, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      if tokens[k].tense < 0 || tokens[k].entry == .keyword(.pastMarker) { return false }
      if TemporalParser.arabicOnsetVerbHashes.contains(tokens[k].wordHash) { return true }
      k -= 1
    }
    return false
  }

  /// Whether the ambiguous مارس at `i` (also "he practised") is the month after من: a verb of
  /// starting, applying or stopping stands before من in the sentence, at most eight words back
  /// ("توقفت الرحلات الجوية من مارس", "يتوقف العمل بالعقد من مارس"); "طلب من مارس الرياضة" (he
  /// asked those who practised sport) has none and stays a verb.
  func arabicMonthAfterFromOfOnset(_ i: Int) -> Bool {
    guard i > 1, !tokens[i].latin, keyword(i - 1) == .of, !tokens[i - 1].latin, !tokens[i].newlineBefore,
      !tokens[i - 1].newlineBefore
    else { return false }
    var k = i - 2
    while k >= 0, i - k <= 9, !tokens[k + 1].newlineBefore, !endsSentence(k) {
      let hash = tokens[k].wordHash
      if TemporalParser.arabicOnsetVerbHashes.contains(hash) || TemporalParser.arabicStoppedVerbHashes.contains(hash) {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Arabic present verbs of starting, applying or stopping (with و or ف): يبدأ، يسري، يطبق،
  /// يدخل (حيز التنفيذ)، ينطلق، يتوقف، يوقف. A stop "from" a month starts then as an onset does.
  static let arabicOnsetVerbHashes: Set<UInt64> = {
    let stems = [
      "يبدأ", "تبدأ", "يسري", "تسري", "يطبق", "تطبق", "يدخل", "تدخل", "ينطلق", "تنطلق", "يتوقف", "تتوقف", "يوقف",
    ]
    return Set(stems.flatMap { [$0, "و" + $0, "ف" + $0] }.map(WordHasher.hash))
  }()

  /// Arabic past verbs of stopping (with و or ف): توقف، أوقف and their feminine and plural.
  static let arabicStoppedVerbHashes: Set<UInt64> = {
    let stems = ["توقف", "توقفت", "توقفوا", "أوقف", "أوقفت", "أوقفوا", "اوقف", "اوقفت", "اوقفوا"]
    return Set(stems.flatMap { [$0, "و" + $0, "ف" + $0] }.map(WordHasher.hash))
  }()
}
