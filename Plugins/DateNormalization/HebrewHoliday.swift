/// A Jewish holiday: a day of the Hebrew calendar, some moved by a weekday rule.
///
/// The Hebrew dates are those listed by Wikipedia's "Jewish holidays" article and by the
/// Israeli holiday tables of the `holidays` Python library (vacanza/holidays,
/// `holidays/countries/israel.py`, MIT): 1 Tishrei Rosh Hashanah, 10 Tishrei Yom Kippur,
/// 15 Tishrei Sukkot, 22 Tishrei Shemini Atzeret, 25 Kislev Hanukkah, 15 Shevat Tu BiShvat,
/// 14 and 15 Adar (Adar II in a leap year) Purim and Shushan Purim, 15 Nisan Passover,
/// 27 Nisan Yom HaShoah, 5 Iyar Yom HaAtzmaut, 18 Iyar Lag BaOmer, 6 Sivan Shavuot, 9 Av
/// Tisha B'Av.
struct HebrewHoliday: Hashable, Sendable {
  /// How the observed day moves from the Hebrew date.
  enum Observance: Hashable, Sendable {
    case onTheDate
    /// Tisha B'Av: a fast that falls on the Sabbath is kept on Sunday (vacanza/holidays,
    /// `SAT_TO_NEXT_SUN`; hebcal lists it as "Tish'a B'Av (observed)").
    case sabbathToSunday
    /// Yom HaShoah: from 27 Nisan on a Friday to Thursday, on a Sunday to Monday, so that it is
    /// not next to the Sabbath (the Knesset's rule as reformjudaism.org, "When is Yom HaShoah",
    /// states it).
    case yomHaShoah
    /// Yom HaAtzmaut: from 5 Iyar on a Friday or Saturday to the Thursday before, and from 2004
    /// on a Monday to Tuesday (vacanza/holidays, `israel.py`, from Wikipedia's "Public holidays
    /// in Israel").
    case yomHaAtzmaut
  }

  let month: HebrewCalendar.Month
  let day: Int
  var observance: Observance = .onTheDate

  /// The observed day in a Gregorian year.
  func date(inYear year: Int) -> CivilDate? {
    guard let date = HebrewCalendar.occurrence(month: month, day: day, inGregorianYear: year)?.date else { return nil }
    // CivilDate.weekday: 1 Monday ... 7 Sunday.
    let shift: Int
    switch observance {
    case .onTheDate: shift = 0
    case .sabbathToSunday: shift = date.weekday == 6 ? 1 : 0
    case .yomHaShoah: shift = date.weekday == 5 ? -1 : date.weekday == 7 ? 1 : 0
    case .yomHaAtzmaut:
      switch date.weekday {
      case 5: shift = -1
      case 6: shift = -2
      case 1 where year >= 2004: shift = 1
      default: shift = 0
      }
    }
    return date.adding(days: shift)
  }
}
