/// A month or a day of a month named in a range ("from late November", "to 5 February"), as
/// placed: its year, and whether that year was written or taken from the anchor.
struct MonthRangeEnd {
  var year: Int
  var month: Int
  var day: Int?
  /// The year was written ("November 2025"); otherwise the anchor and the tense chose it, and a
  /// range may move it.
  var yearWritten: Bool

  /// Months since year 0, for ordering.
  var monthKey: Int { year * 12 + month }

  /// Whether this end comes strictly before `other` (a month without a day against a day of the
  /// same month is neither before nor after).
  func isBefore(_ other: MonthRangeEnd) -> Bool {
    if monthKey != other.monthKey { return monthKey < other.monthKey }
    guard let day, let otherDay = other.day else { return false }
    return day < otherDay
  }
}

extension TemporalParser {
  /// The month or day at `item` when it may open or close a range of months: a DATE of month or
  /// day grain with a month name and no weekday (`weekdayDay` serves those) and no direction
  /// word ("last November" is placed by its word). nil for anything else, which is most items:
  /// the label and grain are tested first.
  func monthRangeEnd(_ item: ParsedItem, _ value: ParsedValue) -> MonthRangeEnd? {
    guard value.label == .date, value.grain == .month || value.grain == .day, value.hijri == nil,
      value.offset == nil, item.first <= item.last, item.last < tokens.count
    else { return nil }
    let text = value.value.utf8
    guard text.count == 7 || text.count == 10, let year = Int(value.value.prefix(4)),
      let month = Int(value.value.dropFirst(5).prefix(2))
    else { return nil }
    let day = text.count == 10 ? Int(value.value.suffix(2)) : nil
    var named = false
    for k in item.first...item.last {
      switch tokens[k].entry {
      case .month?, .monthHead?: named = true
      case .weekday?, .direction?: return nil
      default: break
      }
    }
    guard named else { return nil }
    return MonthRangeEnd(year: year, month: month, day: day, yearWritten: !value.anchored)
  }

  /// The years of a range of months put in order: each end without a year takes the nearest
  /// month (or the sentence's tense), so "from late November to early February" said in June
  /// would end in the February before it began. The end follows the start: when both lie
  /// behind the anchor the start moves a year back (a past winter), otherwise the end a year
  /// on; an end without a year after a start with one takes the first such month after it,
  /// and a start without one before a written end the last before it. Returns the years to
  /// add to the start and to the end.
  func orderedRange(start: MonthRangeEnd, end: MonthRangeEnd) -> (start: Int, end: Int)? {
    guard !(start.yearWritten && end.yearWritten), end.monthKey != start.monthKey || end.day != nil
    else { return nil }
    if start.yearWritten {
      var moved = end
      moved.year = start.year
      if !start.isBefore(moved) { moved.year += 1 }
      return moved.year == end.year ? nil : (0, moved.year - end.year)
    }
    if end.yearWritten {
      var moved = start
      moved.year = end.year
      if !moved.isBefore(end) { moved.year -= 1 }
      return moved.year == start.year ? nil : (moved.year - start.year, 0)
    }
    guard !start.isBefore(end), let anchor else { return nil }
    let anchorEnd = MonthRangeEnd(
      year: anchor.date.year, month: anchor.date.month, day: anchor.date.day, yearWritten: false)
    return end.isBefore(anchorEnd) && start.isBefore(anchorEnd) ? (-1, 0) : (0, 1)
  }

  /// Whether the item at `first` closes a range opened by the item that ended just before token
  /// `startNext`: a range word between them ("to", "until", إلى، حتى), or "and" after "between"
  /// / بين ("between November and February", "بين نوفمبر وفبراير").
  func closesMonthRange(_ first: Int, startNext: Int, startFirst: Int) -> Bool {
    if let k = rangeWord(before: first), k == startNext || (k == startNext + 1 && keyword(startNext) == .and) {
      return true
    }
    guard startFirst > 0, !tokens[startFirst].newlineBefore,
      TemporalParser.betweenHashes.contains(tokens[startFirst - 1].wordHash)
    else { return false }
    if first == startNext + 1, keyword(startNext) == .and { return true }
    // "وفبراير": the conjunction is a proclitic of the month.
    return first == startNext && tokens[first].conjunction
  }

  static let betweenHashes: Set<UInt64> = Set(["between", "بين", "وبين"].map(WordHasher.hash))

  /// A year moved by `years` in a DATE value of a month or a day ("2026-02" → "2027-02"); nil
  /// for 29 February in a year without one.
  static func shiftedYear(_ value: String, by years: Int) -> String? {
    guard let year = Int(value.prefix(4)) else { return nil }
    let moved = year + years
    if value.hasSuffix("-02-29"), !(moved % 4 == 0 && (moved % 100 != 0 || moved % 400 == 0)) { return nil }
    return String(repeating: "0", count: max(0, 4 - String(moved).count)) + String(moved) + value.dropFirst(4)
  }
}
