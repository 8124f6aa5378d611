/// Where a mentioned date lies relative to its document's publication date.
enum DateRelation: Int, CaseIterable, Comparable {
  /// `unknown`: the document has no date. `unplaced`: the value has no place on a calendar
  /// (a duration, a set, `PRESENT_REF`) in a dated document.
  case earlier, same, later, unknown, unplaced

  static func < (lhs: DateRelation, rhs: DateRelation) -> Bool { lhs.rawValue < rhs.rawValue }

  var title: String {
    switch self {
    case .earlier: return "before publication"
    case .same: return "around publication"
    case .later: return "after publication"
    case .unknown: return "undated document"
    case .unplaced: return "not a calendar date"
    }
  }

  var cssClass: String {
    switch self {
    case .earlier: return "past"
    case .same: return "same"
    case .later: return "future"
    case .unknown, .unplaced: return "undated"
    }
  }
}

/// All mentions of one normalized date value.
struct DateTally {
  var value: String
  var label: String
  var interval: TimexInterval?
  var counts: [DateRelation: Int] = [:]
  var documents: Set<Int> = []
  var examples: [DateExample] = []

  init(value: String, label: String) {
    self.value = value
    self.label = label
    // Only a calendar date or period has an interval (a duration's P3Y or a set's XXXX-WXX-1
    // parse as none).
    self.interval = TimexInterval(timex: value)
  }

  var mentions: Int { counts.values.reduce(0, +) }
}

struct DateExample {
  var document: Int
  var relation: DateRelation
  var surface: String
  var context: SentenceContext
}
