import DateNormalization
import Testing

/// A holiday's eve is the day before it, and an Arabic direction after an Islamic holiday's
/// name picks the occurrence. The holidays' days are those of the public calendars named above
/// the rows; sentences written for these tests.
@Suite struct HolidayEveTests {
  @Test(
    arguments: [
      // hebcal.com: Pesach 2024 begins at sunset on 22 April (first day 23 April); Yom Kippur
      // 2023 on 25 September.
      ("Security was tightened on the eve of Passover 2024.", "2024-06-01", ["the eve of Passover 2024=2024-04-22"]),
      ("Roads were closed on Erev Yom Kippur.", "2023-10-10", ["Erev Yom Kippur=2023-09-24"]),
      ("Roads were closed on Yom Kippur eve.", "2023-10-10", ["Yom Kippur eve=2023-09-24"]),
      // Government of India 2024 list: Diwali on 31 October.
      ("Shops will stay open late on Diwali eve.", "2024-10-20", ["Diwali eve=2024-10-30"]),
      ("Prices rose on the eve of Diwali.", "2024-11-05", ["the eve of Diwali=2024-10-30"]),
      // Umm al-Qura: 1 Shawwal 1445 = 10 April 2024.
      ("شددت الشرطة الإجراءات عشية عيد الفطر", "2024-05-01", ["عشية عيد الفطر=2024-04-09"]),
      // Passover's eve, not Easter's (عيد الفصح alone is Easter: 31 March 2024).
      ("أغلقت المعابر عشية عيد الفصح اليهودي", "2024-05-01", ["عشية عيد الفصح اليهودي=2024-04-22"]),
      ("أغلقت الكنائس عشية عيد الفصح", "2024-05-01", ["عشية عيد الفصح=2024-03-30"]),
      // Catalogued eves keep their day.
      ("احتفلوا عشية عيد الميلاد", "2024-05-01", ["عشية عيد الميلاد=2023-12-24"]),
      ("The minister spoke on the eve of the election.", "2024-05-01", []),
    ] as [(String, String, [String])])
  func eves(sentence: String, date: String, expected: [String]) {
    #expect(found(sentence, date) == expected)
  }

  /// Umm al-Qura: 10 Dhu al-Hijjah 1444 = 28 June 2023, 1445 = 16 June 2024; 1 Shawwal 1446 =
  /// 30 March 2025.
  @Test(
    arguments: [
      ("ذبحت الأضاحي في عيد الأضحى الماضي", "2024-06-10", ["عيد الأضحى الماضي=2023-06-28"]),
      ("يعود الحجاج قبل عيد الأضحى المقبل", "2024-06-10", ["عيد الأضحى المقبل=2024-06-16"]),
      ("تعود الأسواق للعمل بعد عيد الفطر المقبل", "2024-06-10", ["عيد الفطر المقبل=2025-03-30"]),
    ] as [(String, String, [String])])
  func arabicDirectionAfterAnIslamicHoliday(sentence: String, date: String, expected: [String]) {
    #expect(found(sentence, date) == expected)
  }
}
