import Foundation

/// Hindu, Sikh, Jain, Buddhist and Parsi holidays, whose days no calendar the stage computes
/// gives: the observed day in each Gregorian year as the `holidays` Python library
/// (vacanza/holidays, MIT licence) lists it, shipped as Resources/lunisolar-holidays.tsv with
/// the library's version, copyright and licence beside it (written by
/// scripts/generate_lunisolar_holidays.py; Python is not needed at run time).
///
/// The table covers the years the library lists (2001-2035 for most; Vesak 1901-2100, Parsi New
/// Year 1972-2099). Outside them a holiday has no date: the stage gives none rather than a
/// guess.
enum LunisolarHolidayTable {
  /// The days of each holiday, by the key the catalogue names it with, in order.
  static let days: [String: [CivilDate]] = {
    guard
      let url = Bundle.module.url(forResource: "lunisolar-holidays", withExtension: "tsv", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: "lunisolar-holidays", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [:] }
    return parse(text)
  }()

  /// The table's lines: a key, where the library states the dates, and the dates
  /// (YYYY-MM-DD, comma-separated); lines starting with # are notes.
  static func parse(_ text: String) -> [String: [CivilDate]] {
    var days: [String: [CivilDate]] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 3 else { continue }
      days[String(columns[0])] = columns[2].split(separator: ",").compactMap { CivilDate(iso: String($0)) }.sorted()
    }
    return days
  }

  /// The days of a holiday in a Gregorian year: usually one, none outside the table's years,
  /// two when the lunar date falls twice (Guru Gobind Singh Jayanti in January and December
  /// 2017).
  static func dates(of key: String, inYear year: Int) -> [CivilDate] {
    days[key, default: []].filter { $0.year == year }
  }
}
