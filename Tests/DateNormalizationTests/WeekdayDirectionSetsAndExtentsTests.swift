import DateNormalization
import Testing

/// Version 22's forms, against Thursday 2026-10-15 (the nearest Monday, Tuesday and Wednesday
/// are behind it, the coming ones a week on). Sentences written for these tests: "text=TYPE
/// value[/mod]" in text order.
@Suite struct WeekdayDirectionSetsAndExtentsTests {
  /// A verb that is as often a plural noun ("votes", "returns", "debates") announces the day
  /// after its subject; as a noun (after an article, a compound's first noun, or with a past
  /// verb after the date) it keeps the sentence's tense.
  @Test(
    arguments: [
      ("Congress votes on Tuesday on the spending bill.", ["Tuesday=DATE 2026-10-20"]),
      ("The committee votes on Monday.", ["Monday=DATE 2026-10-19"]),
      ("She returns on Wednesday after the summit.", ["Wednesday=DATE 2026-10-21"]),
      ("The assembly debates on Tuesday whether to extend the mandate.", ["Tuesday=DATE 2026-10-20"]),
      ("Negotiators hold talks on Monday in Oslo.", ["Monday=DATE 2026-10-19"]),
      ("The two leaders sign the accord on Tuesday.", ["Tuesday=DATE 2026-10-20"]),
      // Nouns: the day keeps the past or the nearest reading.
      ("The votes on Monday went to the opposition.", ["Monday=DATE 2026-10-12"]),
      ("Tax returns on Monday showed a rise in income.", ["Monday=DATE 2026-10-12"]),
      ("Election returns on Tuesday gave the mayor a lead.", ["Tuesday=DATE 2026-10-13"]),
      ("Media reports on Monday, citing officials, said the talks stalled.", ["Monday=DATE 2026-10-12"]),
      ("Mobile clinics on Sunday found dozens of cases.", ["Sunday=DATE 2026-10-11"]),
    ] as [(String, [String])])
  func nounLikeVerbsAnnounceTheDayAfterTheirSubject(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// A plural weekday is every such day; counted ones are dates.
  @Test(
    arguments: [
      ("The market is closed on Sundays.", ["Sundays=SET XXXX-WXX-7"]),
      (
        "Banks open Saturdays and Sundays in December.",
        [
          "Saturdays=SET XXXX-WXX-6", "Sundays=SET XXXX-WXX-7", "December=DATE 2026-12",
        ]
      ),
      (
        "Buses run on Mondays, Wednesdays and Fridays.",
        [
          "Mondays=SET XXXX-WXX-1", "Wednesdays=SET XXXX-WXX-3", "Fridays=SET XXXX-WXX-5",
        ]
      ),
      ("two Sundays ago", ["two Sundays ago=DATE 2026-10-04"]),
    ] as [(String, [String])])
  func pluralWeekdaysAreSets(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// "early"/"late" before a weekday and "earlier"/"later" before the current period are in
  /// the extent; after "open" the word is about the hours.
  @Test(
    arguments: [
      ("The fire broke out early on Tuesday.", ["early on Tuesday=DATE 2026-10-13/START"]),
      ("Rebels attacked the town late Monday.", ["late Monday=DATE 2026-10-12/END"]),
      ("The bank cut rates earlier this month.", ["earlier this month=DATE 2026-10"]),
      ("Results are due later this week.", ["later this week=DATE 2026-W42"]),
      ("Pharmacies stay open late on Fridays.", ["Fridays=SET XXXX-WXX-5"]),
      ("Shops stayed open late on Monday.", ["Monday=DATE 2026-10-12"]),
    ] as [(String, [String])])
  func earlyAndLateBelongToTheExtent(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Working hours, and midnight closing a range of the evening.
  @Test(
    arguments: [
      ("The office is open from 8 to 4.", ["8=TIME 2026-10-15T08:00", "4=TIME 2026-10-15T16:00"]),
      ("Volunteers work from 9 to 5 on Saturday.", ["9=TIME 2026-10-17T09:00", "5 on Saturday=TIME 2026-10-17T17:00"]),
      (
        "Bars may serve drinks from 6 p.m. to midnight.",
        [
          "6 p.m.=TIME 2026-10-15T18:00", "midnight=TIME 2026-10-15T24:00",
        ]
      ),
      // Guards: counts, not hours.
      ("The party's seats fell from 9 to 5 percent of the chamber.", []),
      ("The number of clinics open fell from 9 to 5 seats.", []),
    ] as [(String, [String])])
  func workingHoursAndMidnight(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Arabic: the eve before a weekday, a week after the event told before, أفريل as a name, and
  /// يوم before a day in digits outside the extent.
  @Test(
    arguments: [
      ("اندلعت الاشتباكات ليلة السبت في الضاحية.", ["ليلة السبت=TIME 2026-10-09TNI"]),
      ("تبدأ الاحتفالات ليلة الأحد المقبل.", ["ليلة الأحد المقبل=TIME 2026-10-17TNI"]),
      ("سمع دوي الانفجار ليلة الثلاثاء إلى الأربعاء.", ["ليلة الثلاثاء إلى الأربعاء=TIME 2026-10-13TNI"]),
      (
        "أعلن الطرفان الهدنة في 3 أكتوبر. وبعد أسبوع انهار الاتفاق.",
        [
          "3 أكتوبر=DATE 2026-10-03", "بعد أسبوع=DATE 2026-10-10",
        ]
      ),
      ("وصل الوفد في 1 أكتوبر، وبعد يومين غادر.", ["1 أكتوبر=DATE 2026-10-01", "بعد يومين=DATE 2026-10-03"]),
      ("يعود الوفد بعد أسبوع.", ["بعد أسبوع=DATE 2026-W43"]),
      ("التقى الوزير أفريل هاينز في واشنطن.", []),
      ("تراجعت الصادرات في أفريل الماضي.", ["أفريل الماضي=DATE 2026-04"]),
      ("ارتفعت المبيعات في مارس وأبريل بنسبة كبيرة.", ["مارس=DATE 2026-03", "أبريل=DATE 2026-04"]),
      ("تنطلق الدورة يوم 12 نوفمبر المقبل.", ["12 نوفمبر المقبل=DATE 2026-11-12"]),
    ] as [(String, [String])])
  func arabicEvesAmountsAfterEventsAndNames(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Version 24: numbers after "from" are hours only right after a word of opening or working,
  /// with no verb of change.
  @Test(
    arguments: [
      ("The working party shrank from 8 to 3.", []),
      ("The number of available beds dropped from 11 to 6.", []),
      ("The shift pattern was changed from 8 to 4.", []),
      // Since version 25 "daily" before working hours is no SET of its own
      // (`StoriesPlansAndMeasuresFromMonthsTests`).
      ("The library is open daily from 9 to 5.", ["9=TIME 2026-10-15T09:00", "5=TIME 2026-10-15T17:00"]),
    ] as [(String, [String])])
  func workingHoursNeedAWordOfWorkRightBeforeFrom(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Version 24: يعود / تعود with a noun of origin and إلى means "dates back to", a day behind;
  /// a return lies ahead.
  @Test(
    arguments: [
      ("تعود جذور النزاع إلى اجتماع الأحد.", ["الأحد=DATE 2026-10-11"]),
      ("يعود سبب التأخير إلى عاصفة الاثنين.", ["الاثنين=DATE 2026-10-12"]),
      ("يعود تاريخ القرار إلى جلسة الأحد.", ["الأحد=DATE 2026-10-11"]),
      ("يعود الرئيس إلى باريس الاثنين.", ["الاثنين=DATE 2026-10-19"]),
    ] as [(String, [String])])
  func datesBackToIsNoReturn(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Version 24: a plural weekday in a name is no SET; "for" and a lower-case word keep it.
  @Test(
    arguments: [
      ("Thousands joined Fridays for Future rallies in Rome.", []),
      ("The Mondays toured Japan last year.", ["last year=DATE 2025"]),
      ("The shop is closed on Sundays for repairs.", ["Sundays=SET XXXX-WXX-7"]),
    ] as [(String, [String])])
  func pluralWeekdaysInNames(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }

  /// Version 24: after "until" or a verb of staying, working or running, "late" is about hours
  /// and stays out of the extent; after a report it is the end of the day.
  @Test(
    arguments: [
      ("Pubs stayed open until late on Friday.", ["Friday=DATE 2026-10-09"]),
      ("She worked late on Tuesday.", ["Tuesday=DATE 2026-10-13"]),
      ("The hearing ran late on Monday.", ["Monday=DATE 2026-10-12"]),
      ("The deal was announced late on Friday.", ["late on Friday=DATE 2026-10-09/END"]),
      ("The ruling came late on Tuesday.", ["late on Tuesday=DATE 2026-10-13/END"]),
    ] as [(String, [String])])
  func lateAfterHoursWordsIsOutOfTheExtent(sentence: String, expected: [String]) {
    #expect(typed(sentence, "2026-10-15") == expected)
  }
}
