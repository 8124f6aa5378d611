import Foundation

/// Finds and normalizes the temporal expressions of a text: the engine behind the
/// `date-normalization` stage, usable on its own.
///
/// ```swift
/// let extractor = TemporalExtractor()
/// let anchor = TemporalAnchor(date: CivilDate(year: 2026, month: 1, day: 5), source: .reference)
/// extractor.extract("وصل الوفد في 28 كانون الأول", anchor: anchor)  // 2025-12-28
/// ```
public struct TemporalExtractor: Sendable {
  /// How expressions without a year are placed (nearest occurrence by default).
  public var preference: TemporalPreference
  /// Whether numeric dates without a هـ marker are Hijri.
  public var numericHijri: Bool
  /// Whether to parse only around trigger words and digits (on by default; off parses every
  /// token, which gives the same results more slowly: the tests check both).
  public var prefilter: Bool
  /// How to read "3/4" and "03/04/2024": by the language around them unless set.
  public var numericOrder: NumericDateOrder
  /// News text (default) or short assistant queries, see `TemporalRegister`.
  public var register: TemporalRegister

  private let scanner = TemporalScanner(lexicon: .standard)

  public init(
    preference: TemporalPreference = .nearest, numericHijri: Bool = false, prefilter: Bool = true,
    numericOrder: NumericDateOrder = .auto, register: TemporalRegister = .news
  ) {
    self.preference = preference
    self.numericHijri = numericHijri
    self.prefilter = prefilter
    self.numericOrder = numericOrder
    self.register = register
  }

  /// The expressions of `text`, in text order, resolved against `anchor` (nil leaves relative
  /// and year-less expressions underspecified).
  public func extract(_ text: String, anchor: TemporalAnchor?) -> [TemporalExpression] {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      extract(bytes, anchor: anchor)
    } ?? []
  }

  func extract(_ bytes: UnsafeBufferPointer<UInt8>, anchor: TemporalAnchor?) -> [TemporalExpression] {
    // A query is short and may hold no trigger word ("nine fifty nine a m"): it is read whole.
    let regions =
      prefilter && register == .news
      ? scanner.regions(bytes)
      : [TemporalScanner.Region(byteStart: 0, byteEnd: bytes.count, scalarStart: 0)]
    var results: [TemporalExpression] = []
    let options = ParseOptions(
      preference: preference, numericHijri: numericHijri, numericOrder: numericOrder, register: register)
    for region in regions {
      var tokens = scanner.tokens(bytes, region)
      if register == .query { TemporalLexicon.readAsQuery(&tokens) }
      var parser = TemporalParser(tokens: tokens, anchor: anchor, options: options)
      parser.text = bytes
      parser.regionByteStart = region.byteStart
      var index = 0
      var weekdayRangeStart: (next: Int, day: CivilDate)?
      var namedYear: (value: Int, last: Int)?
      // The last year named in the text, anchored or not ("In 2025", "Two years ago"), for a
      // past plan's month later in its sentence (`planMonth`).
      var sentenceYear: (value: Int, last: Int)?
      // The month that may open a range of months, and its index in `results`.
      var monthRangeStart: (next: Int, first: Int, end: MonthRangeEnd, result: Int)?
      while index < tokens.count {
        parser.expressionStart = index
        guard let match = parser.match(at: index), match.next > index else {
          index += 1
          continue
        }
        for var item in match.items where item.first <= item.last && item.last < tokens.count {
          // "at 5 pm", "عند الساعة العاشرة": the preposition is no part of the clock time (as
          // "on" is none of a date's), while الساعة, a noun of the expression, stays.
          if item.first < item.last, tokens[item.first].entry == .keyword(.clock),
            tokens[item.first].latin || tokens[item.first].wordHash == TemporalExtractor.indaHash
          {
            item.first += 1
          }
          let start = tokens[item.first].start
          let end = tokens[item.last].end
          guard start < end else { continue }
          var value = item.value
          let weekday = parser.weekdayDay(item)
          if let rangeStart = weekdayRangeStart, weekday != nil,
            parser.endsWeekdayRange(item, startNext: rangeStart.next)
          {
            value = parser.rangeEnd(value, after: rangeStart.day)
          }
          weekdayRangeStart = weekday.map { (match.next, $0) }
          if let year = namedYear, let inYear = parser.monthInNamedYear(item, after: year) {
            value = inYear
          } else if let year = sentenceYear, let inYear = parser.planMonth(item, inYearOf: year) {
            value = inYear
          }
          let monthEnd = parser.monthRangeEnd(item, value)
          if let start = monthRangeStart, let end = monthEnd,
            parser.closesMonthRange(item.first, startNext: start.next, startFirst: start.first),
            let years = parser.orderedRange(start: start.end, end: end)
          {
            if years.end != 0, let moved = TemporalParser.shiftedYear(value.value, by: years.end) {
              value.value = moved
            }
            if years.start != 0, let moved = TemporalParser.shiftedYear(results[start.result].value, by: years.start) {
              results[start.result].value = moved
            }
          }
          monthRangeStart = monthEnd.map { (item.last + 1, item.first, $0, results.count) }
          namedYear =
            value.grain == .year && !value.anchored && value.label == .date && value.mod == nil
            ? Int(value.value).map { ($0, item.last) } : nil
          if value.grain == .year, value.label == .date, value.mod == nil, let year = Int(value.value) {
            sentenceYear = (year, item.last)
          }
          let byteStart = tokens[item.first].byteStart
          let byteEnd = tokens[item.last].byteEnd
          results.append(
            TemporalExpression(
              start: start, end: end, label: value.label, value: value.value,
              mod: value.mod?.rawValue, anchored: value.anchored,
              grain: TemporalExtractor.grainName(value.grain), hijri: value.hijri,
              offset: value.offset,
              text: String(decoding: UnsafeBufferPointer(rebasing: bytes[byteStart..<byteEnd]), as: UTF8.self),
              hebrew: value.hebrew))
        }
        index = match.next
      }
    }
    return results
  }

  static let indaHash = WordHasher.hash("عند")

  static func grainName(_ unit: TimeUnit) -> String {
    switch unit {
    case .second: return "second"
    case .minute: return "minute"
    case .hour: return "hour"
    case .day: return "day"
    case .week: return "week"
    case .month: return "month"
    case .quarter: return "quarter"
    case .year: return "year"
    case .decade: return "decade"
    case .century: return "century"
    }
  }

  /// Words that introduce a publication date: "تم جلبه من مصدره الأصلي بتاريخ ...",
  /// "تاريخ النشر", "نشر في", "Published".
  static let publicationCues = ["بتاريخ", "تاريخ النشر", "نشر في", "نُشر في", "published", "Published"]

  /// The publication date a text states about itself: a full date right after a cue such as
  /// "بتاريخ", else a full date in the first 200 characters (a dateline). Nil when neither.
  /// Only windows after the cues and the opening of the text are parsed.
  public func publicationDate(in text: String) -> CivilDate? {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes -> CivilDate? in
      func fullDate(_ start: Int, _ length: Int, within scalars: Int) -> CivilDate? {
        var end = min(bytes.count, start + length)
        while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let found = extract(window, anchor: nil).first {
          $0.label == .date && $0.grain == "day" && !$0.anchored && $0.mod == nil && $0.start <= scalars
        }
        return found.flatMap { CivilDate(iso: $0.value) }
      }
      for cue in TemporalExtractor.publicationCues {
        let pattern = Array(cue.utf8)
        var index = 0
        while index + pattern.count <= bytes.count {
          if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
            if let date = fullDate(index + pattern.count, 160, within: 4) { return date }
            index += pattern.count
          } else {
            index += 1
          }
        }
      }
      return fullDate(0, 600, within: 200)
    } ?? nil
  }
}
