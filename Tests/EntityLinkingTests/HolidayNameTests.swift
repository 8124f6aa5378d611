import EntityLinking
import Testing
import WorkbenchCore

/// Holidays and other common phrases that a place table labels in Arabic by translating a
/// town's name (Bayramiç → عيد الفطر) are not places; towns named as they are written still link.
@Suite struct HolidayNameTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, the phrase that is no place, the town its Arabic label was given to)
  @Test(arguments: [
    ("يحتفل المسلمون بعيد الفطر بعد انتهاء شهر الصيام، وتزدحم الأسواق قبله بأيام.", "الفطر", "Q812617"),
    ("قال التجار إن المبيعات ارتفعت قبل عيد الفطر بنسبة كبيرة هذا العام.", "الفطر", "Q812617"),
    ("تزينت الشوارع بالأضواء استعدادا لعيد الميلاد ورأس السنة.", "الميلاد", "Q51045"),
    ("أقيمت الصلوات في الكنائس بمناسبة عيد الفصح يوم الأحد.", "الفصح", "Q1278114"),
    ("احتفل المسيحيون الأرثوذكس بعيد الغطاس على ضفاف النهر.", "الغطاس", "Q142621"),
    ("وقالت الوزارة إنها تعمل من أجل تحسين الخدمات في وسط المدينة.", "أجل", "Q84082"),
  ])
  func holidaysAreNotPlaces(_ text: String, _ word: String, _ town: String) throws {
    let annotations = try Self.found(text)
    #expect(!annotations.contains { $0.value == town })
    #expect(!annotations.contains { $0.text.contains(word) && $0.label == "LOCATION" })
  }

  /// (text, the town as written, its id)
  @Test(arguments: [
    ("وصل الرئيس إلى شرم الشيخ للمشاركة في القمة.", "شرم الشيخ", "geonames:349340"),
    ("افتتح معرض للصناعات التقليدية في حمام سوسة أمس.", "حمام سوسة", "Q545273"),
    ("قصفت الطائرات مدينة غزة فجر اليوم.", "مدينة غزة", "Q47492"),
    ("تزدحم الأسواق قبل عيد الفطر في بيروت ودمشق.", "بيروت", "geonames:276781"),
  ])
  func townsStillLink(_ text: String, _ name: String, _ id: String) throws {
    let annotations = try Self.found(text)
    let town = try #require(annotations.first { $0.text == name })
    #expect(town.label == "LOCATION")
    #expect(town.value == id)
  }
}
