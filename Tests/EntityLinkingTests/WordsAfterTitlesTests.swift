import EntityLinking
import Testing
import WorkbenchCore

/// Common words after a title are no person's name: the title finder and the name after a
/// title leave them out.
@Suite struct WordsAfterTitlesTests {
  static let stage = Result { try makeStage() }

  /// (sentence, words): no person mention starts with the words.
  @Test(arguments: [
    ("وكان الأمير ثلاثة مرات بطلا للسباق.", "ثلاثة"),
    ("وقاد الشيخ ثورة العشرين ضد الاحتلال.", "ثورة"),
    ("وقال الرئيس تم الاتفاق على الهدنة.", "تم"),
  ])
  func noPerson(_ text: String, _ word: String) throws {
    let found = try Self.stage.get().analyze(Document(id: "t", text: text), .none)
    #expect(!found.contains { $0.label == "PERSON" && $0.text.hasPrefix(word) }, "\(found.map(\.text))")
  }

  /// (sentence, span, type, id): the name after the title ends before the common word.
  @Test(arguments: [
    ("وأصدر الملك خالد عام 1975 قرارا بإنشاء الجامعة.", "خالد", "PERSON", "NIL")
  ])
  func nameBeforeCommonWord(_ text: String, _ span: String, _ type: String, _ id: String) throws {
    let found = try Self.stage.get().analyze(Document(id: "t", text: text), .none)
    try expectMention(found, span: span, type: type, id: id)
    expectNoMention(found, span: "خالد عام", type: "PERSON")
  }
}
