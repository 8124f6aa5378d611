import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// Jewish holidays from the Hebrew calendar (ICU through Foundation). Each expected day is the
/// holiday's own day (it begins at the sunset before) as a public calendar lists it, named in
/// the comment above its rows. Sentences written for these tests.
@Suite struct JewishHolidayTests {
  @Test(
    arguments: [
      // hebrewpodcasts.com, "Jewish holidays calendar" (5778, 2017-2018).
      ("The markets were closed for Rosh Hashanah 2017.", "Rosh Hashanah 2017=2017-09-21"),
      ("Roads were empty on Yom Kippur 2017.", "Yom Kippur 2017=2017-09-30"),
      ("Pilgrims came for Sukkot 2017.", "Sukkot 2017=2017-10-05"),
      ("Schools closed on Shemini Atzeret 2017.", "Shemini Atzeret 2017=2017-10-12"),
      ("Candles were lit for Hanukkah 2017.", "Hanukkah 2017=2017-12-13"),
      ("Crowds gathered for Purim 2018.", "Purim 2018=2018-03-01"),
      ("Families met for Passover 2018.", "Passover 2018=2018-03-31"),
      ("Sirens sounded on Yom HaShoah 2018.", "Yom HaShoah 2018=2018-04-12"),
      ("Fireworks marked Yom HaAtzmaut 2018.", "Yom HaAtzmaut 2018=2018-04-19"),
      ("Bonfires burned on Lag BaOmer 2018.", "Lag BaOmer 2018=2018-05-03"),
      ("Dairy sales rose before Shavuot 2018.", "Shavuot 2018=2018-05-20"),
      // oocities.org "Hebrew festivals" table for 2000 (5760 is a leap year: Purim in Adar II).
      ("Trees were planted on Tu BiShvat 2000.", "Tu BiShvat 2000=2000-01-22"),
      ("Purim 2000 was celebrated in Jerusalem.", "Purim 2000=2000-03-21"),
      ("Yom Ha'atzmaut 2000 was marked with parades.", "Yom Ha'atzmaut 2000=2000-05-10"),
      ("Lag B'Omer 2000 drew crowds.", "Lag B'Omer 2000=2000-05-23"),
      ("Tisha B'Av 2000 was a fast.", "Tisha B'Av 2000=2000-08-10"),
      ("Chanukah 2000 began quietly.", "Chanukah 2000=2000-12-22"),
      // Yom HaShoah moved off a Friday or a Sunday (leabright.wordpress.com, 2014 list).
      ("Yom HaShoah 2014 was observed.", "Yom HaShoah 2014=2014-04-28"),
      ("Yom HaShoah 2015 was observed.", "Yom HaShoah 2015=2015-04-16"),
      ("Yom HaShoah 2020 was observed.", "Yom HaShoah 2020=2020-04-21"),
      // Tisha B'Av on the Sabbath is kept on Sunday (synagogue schedules for 2016, 2018, 2019).
      ("Tisha B'Av 2016 was observed.", "Tisha B'Av 2016=2016-08-14"),
      ("Tisha B'Av 2018 was observed.", "Tisha B'Av 2018=2018-07-22"),
      ("Tisha B'Av 2019 was observed.", "Tisha B'Av 2019=2019-08-11"),
      // Simchat Torah in Israel, with Shemini Atzeret: the attack of 7 October 2023.
      ("Israel was attacked on Simchat Torah 2023.", "Simchat Torah 2023=2023-10-07"),
    ] as [(String, String)])
  func englishNames(sentence: String, expected: String) {
    #expect(found(sentence, "2024-06-01") == [expected])
  }

  /// Arabic news names; عيد الفصح alone stays Easter and رأس السنة alone 1 January.
  @Test(
    arguments: [
      ("أغلقت المعابر بمناسبة عيد الفصح اليهودي 2018", ["عيد الفصح اليهودي 2018=2018-03-31"]),
      ("اقتحم مستوطنون الأقصى في يوم الغفران 2017", ["يوم الغفران 2017=2017-09-30"]),
      ("احتفلوا بعيد الغفران 2017", ["عيد الغفران 2017=2017-09-30"]),
      ("حلّ رأس السنة العبرية 2017", ["رأس السنة العبرية 2017=2017-09-21"]),
      ("أضيئت الشموع في عيد الحانوكا 2017", ["عيد الحانوكا 2017=2017-12-13"]),
      ("دعوات لاقتحامات في ذكرى خراب الهيكل 2018", ["ذكرى خراب الهيكل 2018=2018-07-22"]),
      ("احتفل المسيحيون بعيد الفصح 2018", ["عيد الفصح 2018=2018-04-01"]),
      ("احتفلوا برأس السنة 2018", ["رأس السنة 2018=2018-01-01"]),
    ] as [(String, [String])])
  func arabicNames(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-01") == expected)
  }

  /// Without a year the occurrence nearest the document date, or the one the tense points to.
  @Test(
    arguments: [
      ("The ceasefire talks resume after Passover.", "2018-03-20", ["Passover=2018-03-31"]),
      ("Purim was celebrated last week.", "2018-03-08", ["Purim=2018-03-01", "last week=2018-W09"]),
      ("The army was on alert on Yom Kippur.", "2023-10-10", ["Yom Kippur=2023-09-25"]),
      // Arabic puts last/next after the name.
      ("اقتحموا الأقصى في عيد الغفران الماضي", "2018-06-01", ["عيد الغفران الماضي=2017-09-30"]),
      ("تغلق المعابر حتى عيد الفصح اليهودي المقبل", "2018-06-01", ["عيد الفصح اليهودي المقبل=2019-04-20"]),
    ] as [(String, String, [String])])
  func withoutYear(sentence: String, date: String, expected: [String]) {
    #expect(found(sentence, date) == expected)
  }

  @Test func theStageWritesTheHebrewDate() throws {
    let stage = try SeedTests.stage()
    let annotation = try stage.analyze(Document(id: "j", text: "Families met for Passover 2018."), .none).first
    #expect(annotation?.value == "2018-03-31")
    #expect(annotation?.attributes["calendar"] == "hebrew")
    #expect(annotation?.attributes["hebrew"] == "15 Nisan 5778")
    let leap = try stage.analyze(Document(id: "k", text: "Crowds gathered for Purim 2000."), .none).first
    #expect(leap?.attributes["hebrew"] == "14 Adar II 5760")
  }
}
