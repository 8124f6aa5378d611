/// Checks of the metadata values a corpus gives documents, so that a typo is reported where
/// it was written instead of quietly leaving a document without a date or a language.
public enum MetadataValue {
  /// Nil when `text` is an ISO 8601 calendar date (`2026-01-28`), alone or followed by a time
  /// (`2026-01-28T09:30:00Z`, `2026-01-28 09:30`); otherwise what the date should look like.
  public static func dateProblem(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    let expected = "must be an ISO 8601 date (YYYY-MM-DD, optionally followed by a time), found '\(text)'"
    guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-" else { return expected }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard ("0"..."9").contains(scalars[index]) else { return nil }
        value = value * 10 + Int(scalars[index].value - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month)
    else { return expected }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard (1...days).contains(day) else { return "has no day \(day) in month \(month) of \(year): '\(text)'" }
    guard scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " else { return expected }
    return nil
  }

  /// Nil when `text` looks like a language tag (`ar`, `en`, `ar-SY`, `arz`); otherwise what
  /// a tag should look like.
  public static func languageProblem(_ text: String) -> String? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let letters =
      parts.first.map { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } } ?? false
    let primaryOK = letters && (2...3).contains(parts[0].count)
    let restOK = parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count)
        && part.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }
    return primaryOK && restOK
      ? nil
      : "must be a language code such as 'ar' or 'en' (ISO 639, optionally with a region: 'ar-SY'), found '\(text)'"
  }
}
