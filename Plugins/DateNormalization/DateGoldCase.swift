import Foundation
import WorkbenchCore

/// One case of a gold file, in any of the formats the evaluator reads.
///
/// - Duckling (`duckling_ar.jsonl`): `text`, `reference_time`, `gold` = `{type: value, value,
///   grain}` or `{type: interval, from, to, grain}`; values are local times at the reference's
///   offset.
/// - dateparser (`dateparser_ar.jsonl`): `text` with `gold` (a date-time; `calendar` naming
///   Hijri makes numeric dates Hijri; `relative_base` the reference), or `gold_ago` (amounts
///   before the reference, compared at `period` precision).
/// - Duckling negative records (`duckling_en_negative.jsonl`): `gold` is null; the case is
///   right when nothing is found.
/// - Workbench: `text`, `reference_date`, `expected` = a list of `{value, text?, label?}`;
///   the case is right when the stage finds exactly these.
struct DateGoldCase {
  enum Expectation {
    case value(String, grain: String)
    case interval(from: String, to: String, grain: String)
    case ago(years: Int, months: Int, weeks: Int, days: Int, hours: Int, minutes: Int)
    case expressions([(value: String, text: String?, label: String?)])
  }

  var line: Int
  var text: String
  var reference: String?
  var category: String
  var expectation: Expectation
  /// The corpus's own convention for dates without a year: Duckling's is the future.
  var preference: TemporalPreference?
  /// The corpus's register: Duckling's records are assistant queries.
  var register: TemporalRegister?
  var numericHijri = false

  static func parse(_ object: [String: JSONValue], line: Int) -> DateGoldCase? {
    guard let text = object["text"]?.stringValue else { return nil }
    if let gold = object["gold"]?.objectValue, let type = gold["type"]?.stringValue {
      let grain = gold["grain"]?.stringValue ?? "day"
      let expectation: Expectation
      if type == "interval", let from = gold["from"]?.stringValue, let to = gold["to"]?.stringValue {
        expectation = .interval(from: from, to: to, grain: grain)
      } else if let value = gold["value"]?.stringValue {
        expectation = .value(value, grain: grain)
      } else {
        return nil
      }
      return DateGoldCase(
        line: line, text: text, reference: object["reference_time"]?.stringValue,
        category: type == "interval" ? "duckling interval" : "duckling \(grain)",
        expectation: expectation, preference: .future, register: .query)
    }
    if object["gold"] == .null, object["reference_time"] != nil {
      return DateGoldCase(
        line: line, text: text, reference: object["reference_time"]?.stringValue,
        category: "duckling negative", expectation: .expressions([]), preference: .future, register: .query)
    }
    if let gold = object["gold"]?.stringValue {
      let hijri = object["calendar"]?.stringValue?.hasPrefix("hijri") ?? false
      var value = gold
      if value.count == 16 { value += ":00" }
      let timed = !value.hasSuffix("T00:00:00")
      return DateGoldCase(
        line: line, text: text, reference: object["relative_base"]?.stringValue ?? "2013-02-12",
        category: hijri ? "dateparser hijri" : "dateparser absolute",
        expectation: .value(value, grain: timed ? "minute" : "day"), preference: nil,
        numericHijri: hijri)
    }
    if let ago = object["gold_ago"]?.objectValue {
      func amount(_ key: String) -> Int { ago[key]?.intValue ?? 0 }
      return DateGoldCase(
        line: line, text: text, reference: "2013-02-12T12:00:00",
        category: "dateparser relative",
        expectation: .ago(
          years: amount("years"), months: amount("months"), weeks: amount("weeks"),
          days: amount("days"), hours: amount("hours"), minutes: amount("minutes")),
        preference: nil)
    }
    if let expected = object["expected"]?.arrayValue {
      let items = expected.compactMap { item -> (String, String?, String?)? in
        guard let object = item.objectValue, let value = object["value"]?.stringValue else { return nil }
        return (value, object["text"]?.stringValue, object["label"]?.stringValue)
      }
      return DateGoldCase(
        line: line, text: text, reference: object["reference_date"]?.stringValue,
        category: object["category"]?.stringValue ?? "workbench",
        expectation: .expressions(items), preference: nil)
    }
    return nil
  }
}
