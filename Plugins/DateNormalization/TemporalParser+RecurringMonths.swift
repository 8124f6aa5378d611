extension TemporalParser {
  /// A month (or a day of one) of every year: "في غشت من كل سنة" SET `XXXX-08`, "18 نوفمبر من كل
  /// عام" `XXXX-11-18`, "in August of each year", "every August" (TimeML's SET with the year
  /// unspecified, `XXXX`).
  func monthOfEveryYear(_ i: Int) -> ParsedMatch? {
    var j = i
    var day: Int?
    var every = false
    if keyword(i) == .every {
      every = true
      j += 1
    } else if let (value, digits) = number(i), digits <= 2, (1...31).contains(value) {
      day = value
      j += 1
    }
    guard continues(j), case .month(let month, _)? = tokens[j].entry else { return nil }
    var next = j + 1
    if !every {
      // "من كل سنة", "of every year", "of each year".
      guard keyword(next) == .of, keyword(next + 1) == .every, continues(next + 2),
        case .unit(.year, .singular)? = tokens[next + 2].entry
      else { return nil }
      next += 3
    } else if !tokens[j].latin || !tokens[i].latin {
      return nil
    }
    var value = "XXXX-\(pad(month, 2))"
    if let day { value += "-\(pad(day, 2))" }
    return ParsedMatch(next: next, items: [ParsedItem(first: i, last: next - 1, value: setValue(value, .month))])
  }
}
