extension TemporalParser {
  /// Midnight and noon in words: "منتصف الليل" (midnight), "منتصف النهار", "منتصف الظهيرة" and
  /// "عند الظهيرة" (noon), as clock times of the reference day.
  ///
  /// Midnight is written `T24:00` of the day it ends, ISO 8601's end of a day, which TIMEX3
  /// values reuse: "يبدأ حظر التجول عند منتصف الليل" said on 18 June is the midnight between
  /// the 18th and the 19th. It is the instant Duckling gives "at midnight" (the next day's
  /// 00:00 in its corpus), written on the day the sentence is about. "منتصف ليل الجمعة" (a
  /// construct with a day) is left alone: which side of Friday it means is not settled.
  func arabicMidnightOrNoon(_ i: Int) -> ParsedMatch? {
    guard continues(i), !tokens[i].latin, let anchor else { return nil }
    var last = i
    var midnight = false
    if tokens[i].entry == .modifier(.mid) {
      guard continues(i + 1), tokens[i + 1].definite else { return nil }
      if tokens[i + 1].entry == .dayPart(.night), !TemporalParser.nightNounHashes.contains(tokens[i + 1].wordHash) {
        midnight = true
      } else if !TemporalParser.noonNounHashes.contains(tokens[i + 1].wordHash) {
        return nil
      }
      last = i + 1
    } else {
      // "عند الظهيرة", "حتى الظهيرة": noon by itself needs a preposition of time.
      guard tokens[i].definite, TemporalParser.noonNounHashes.contains(tokens[i].wordHash),
        TemporalParser.noonAloneHashes.contains(tokens[i].wordHash), i > 0, !tokens[i].newlineBefore,
        [.keyword(.clock), .keyword(.to), .keyword(.inPreposition)].contains(tokens[i - 1].entry)
      else { return nil }
    }
    let clock = Clock(hour: midnight ? 24 : 12, minute: 0, second: nil, grain: .hour)
    var value = timeValue(day: anchor.date, clock: clock, anchored: true)
    value.clock = nil
    return ParsedMatch(next: last + 1, items: [ParsedItem(first: i, last: last, value: value)])
  }

  /// النهار and الظهيرة after منتصف: noon.
  static let noonNounHashes: Set<UInt64> = Set(["النهار", "الظهيرة", "الظهر"].map(WordHasher.hash))
  /// Of them, the one that is noon without منتصف (الظهر alone is also the back, or the prayer).
  static let noonAloneHashes: Set<UInt64> = Set(["الظهيرة"].map(WordHasher.hash))
  /// Night words other than الليل: "منتصف ليلة" is mid-night of a named night, not the clock.
  static let nightNounHashes: Set<UInt64> = Set(["ليلة", "ليلا", "العشاء"].map(WordHasher.hash))
}
