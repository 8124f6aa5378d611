import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// Hindu, Sikh, Jain, Buddhist and Parsi holidays from the shipped table (vacanza/holidays).
/// Each expected day is the one a public holiday list gives, named in the comment above its
/// rows. Sentences written for these tests.
@Suite struct LunisolarHolidayTests {
  @Test(
    arguments: [
      // Government of India holidays for 2024, closed and restricted (ICAR-CRIDA's copy of the
      // central government list, icar-crida.res.in "List of holidays 2024").
      ("Markets in Delhi were shut for Diwali 2024.", "Diwali 2024=2024-10-31"),
      ("Holi 2024 was celebrated across India.", "Holi 2024=2024-03-25"),
      ("Bonfires were lit for Holika Dahan 2024.", "Holika Dahan 2024=2024-03-24"),
      ("Effigies burned on Dussehra 2024.", "Dussehra 2024=2024-10-12"),
      ("Temples were crowded on Guru Nanak Jayanti 2024.", "Guru Nanak Jayanti 2024=2024-11-15"),
      ("Jain temples opened for Mahavir Jayanti 2024.", "Mahavir Jayanti 2024=2024-04-21"),
      ("Monks prayed on Buddha Purnima 2024.", "Buddha Purnima 2024=2024-05-23"),
      ("Processions marked Ram Navami 2024.", "Ram Navami 2024=2024-04-17"),
      ("Offices closed on Ugadi 2024.", "Ugadi 2024=2024-04-09"),
      ("Harvest fires burned on Lohri 2024.", "Lohri 2024=2024-01-13"),
      ("Kites filled the sky on Makar Sankranti 2024.", "Makar Sankranti 2024=2024-01-14"),
      ("Farmers cooked rice for Pongal 2024.", "Pongal 2024=2024-01-15"),
      ("Gurdwaras marked Guru Gobind Singh Jayanti 2024.", "Guru Gobind Singh Jayanti 2024=2024-01-17"),
      ("Pilgrims gathered for Guru Ravidas Jayanti 2024.", "Guru Ravidas Jayanti 2024=2024-02-24"),
      ("Devotees fasted on Maha Shivaratri 2024.", "Maha Shivaratri 2024=2024-03-08"),
      ("Farmers danced on Baisakhi 2024.", "Baisakhi 2024=2024-04-13"),
      ("Chariots were pulled for Rath Yatra 2024.", "Rath Yatra 2024=2024-07-07"),
      ("Sisters tied threads on Raksha Bandhan 2024.", "Raksha Bandhan 2024=2024-08-19"),
      ("Idols were carried for Ganesh Chaturthi 2024.", "Ganesh Chaturthi 2024=2024-09-07"),
      ("Kerala celebrated Onam 2024.", "Onam 2024=2024-09-15"),
      ("Processions were held on Valmiki Jayanti 2024.", "Valmiki Jayanti 2024=2024-10-17"),
      ("Parsis in Mumbai celebrated Parsi New Year 2024.", "Parsi New Year 2024=2024-08-15"),
      // Singapore, Ministry of Manpower, public holidays 2024: Vesak Day 22 May.
      ("Singapore marked Vesak 2024 with lanterns.", "Vesak 2024=2024-05-22"),
    ] as [(String, String)])
  func englishNames(sentence: String, expected: String) {
    #expect(found(sentence, "2024-06-01") == [expected])
  }

  /// Other spellings, and "in" before the year.
  @Test(
    arguments: [
      ("Sales peaked before Deepavali in 2024.", ["Deepavali in 2024=2024-10-31"]),
      ("Women fasted for Karva Chauth 2024.", ["Karva Chauth 2024=2024-10-20"]),
      ("Families met on Bhai Dooj 2024.", ["Bhai Dooj 2024=2024-11-03"]),
      ("Devotees waded into the Ganges for Chhath Puja 2024.", ["Chhath Puja 2024=2024-11-07"]),
      ("Crowds gathered for Krishna Janmashtami 2024.", ["Krishna Janmashtami 2024=2024-08-26"]),
    ] as [(String, [String])])
  func otherSpellings(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-06-01") == expected)
  }

  /// Without a year: the occurrence the direction or the tense points to; a lunar date that
  /// falls twice in a year (Guru Gobind Singh Jayanti, January and December 2025) is found.
  @Test(
    arguments: [
      ("Diwali was celebrated last week.", "2024-11-05", ["Diwali=2024-10-31", "last week=2024-W44"]),
      ("Traders expect strong sales next Diwali.", "2024-11-05", ["next Diwali=2025-10-20"]),
      (
        "Gurdwaras will mark the next Guru Gobind Singh Jayanti.", "2025-12-20",
        ["next Guru Gobind Singh Jayanti=2025-12-27"]
      ),
    ] as [(String, String, [String])])
  func withoutYear(sentence: String, date: String, expected: [String]) {
    #expect(found(sentence, date) == expected)
  }

  /// Arabic news names (عيد/مهرجان ديوالي, مهرجان هولي), same days as above.
  @Test(
    arguments: [
      ("احتفل الهندوس بعيد ديوالي 2024 في نيودلهي", ["عيد ديوالي 2024=2024-10-31"]),
      ("أقيم مهرجان هولي 2024 في الهند", ["مهرجان هولي 2024=2024-03-25"]),
      ("أطلقت الألعاب النارية في الديوالي الماضي", ["الديوالي الماضي=2024-10-31"]),
    ] as [(String, [String])])
  func arabicNames(sentence: String, expected: [String]) {
    #expect(found(sentence, "2024-12-01") == expected)
  }

  /// Outside the table's years a holiday name gives no day rather than a guess.
  @Test func outsideTheTableNoDay() {
    #expect(found("Diwali 1995 was quiet.", "2024-06-01") == [])
    #expect(found("Diwali was quiet.", "1995-06-01") == [])
  }

  /// The shipped table names its source, version and licence, and has every holiday the
  /// catalogue names.
  @Test func theTableNamesItsSourceAndCoversTheCatalogue() throws {
    let folder = repositoryRoot.appendingPathComponent("Plugins/DateNormalization")
    let table = try String(
      contentsOf: folder.appendingPathComponent("Resources/lunisolar-holidays.tsv"), encoding: .utf8)
    let notes = table.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
    #expect(notes.contains("vacanza/holidays) version"))
    #expect(notes.contains("MIT licence"))
    let licence = try String(
      contentsOf: folder.appendingPathComponent("Resources/lunisolar-holidays.LICENSE"), encoding: .utf8)
    #expect(licence.contains("Permission is hereby granted, free of charge"))
    let keys = Set(table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.prefix { $0 != "\t" }) })
    let catalogue = try String(
      contentsOf: folder.appendingPathComponent("HolidayCatalog+Lunisolar.swift"), encoding: .utf8)
    let named = catalogue.components(separatedBy: ".lunisolar(\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    #expect(named.count > 100)
    #expect(Set(named).subtracting(keys).isEmpty)
  }
}
