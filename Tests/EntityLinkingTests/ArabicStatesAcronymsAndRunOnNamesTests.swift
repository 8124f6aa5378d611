import EntityLinking
import Testing
import WorkbenchCore

/// Issue 13, round 19: persons after titles and nationalities the linker missed, organizations
/// run on into a person, companies named after a place, acronyms named again after the full
/// name, a state that is not its capital and a town after إلى.
@Suite struct ArabicStatesAcronymsAndRunOnNamesTests {
  static let stage = Result { try makeStage() }

  static func annotations(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (text, span, type): the span found at its offsets with its type.
  @Test(arguments: [
    // علي after a title, in a story that writes إلى with alif maqsura and على nowhere.
    ("وأكد الناطق باسم الحكومة علي الدباغ أن الوفد سيتوجه إلى أربيل.", "علي الدباغ", "PERSON"),
    // The Congo's adjective describes the title and stays outside the name.
    ("وأعلن رئيس الوزراء الكونغولي أنطوان جيزنغا خطة جديدة للسلام.", "أنطوان جيزنغا", "PERSON"),
    // A party's name run on into the person after it.
    ("وأعلن الحزب الاشتراكي محمد الفاسي رئيسا جديدا للمكتب.", "الحزب الاشتراكي", "ORGANIZATION"),
    ("وأعلن الحزب الاشتراكي محمد الفاسي رئيسا جديدا للمكتب.", "محمد الفاسي", "PERSON"),
    // Heads and sector words of companies' names of common words.
    ("وأعلن المجمع الشريف للفوسفات عن أرباح قياسية هذا العام.", "المجمع الشريف للفوسفات", "ORGANIZATION"),
    ("وفي دبي أعلنت موانئ دبي العالمية أرباحا قياسية.", "موانئ دبي العالمية", "ORGANIZATION"),
    // A verb in the future is no family name, and the given name before it joins the name;
    // a family name of the verb's shape that ends in a vowel stays.
    ("وقالت الجامعة إن هنري ميشيل سيعلن قائمة المنتخب الأسبوع المقبل.", "هنري ميشيل", "PERSON"),
    ("وقال المخرج عبد الرحمن سيساكو إن الفيلم سيعرض في الربيع.", "عبد الرحمن سيساكو", "PERSON"),
    ("وقال الكاتب بيل ستيوارت إن الفيلم جاهز للعرض.", "بيل ستيوارت", "PERSON"),
    // A company's name goes on with its proper name: no person is cut from it.
    ("وأعلنت شركة الطيران فيرجين أتلانتيك رحلات جديدة إلى دبي.", "شركة الطيران فيرجين أتلانتيك", "ORGANIZATION"),
    // A town whose name is also a word, after إلى in a story about its country.
    ("وقالت وزارة الصحة السودانية إن الوفد وصل إلى الفاشر أمس.", "الفاشر", "LOCATION"),
  ])
  func spanAndType(_ text: String, _ span: String, _ type: String) throws {
    let found = try Self.annotations(text)
    let mention = try #require(found.first { $0.text == span }, "\(found.map(\.text))")
    #expect(mention.label == type)
    #expect(mention.start == scalarOffset(of: span, in: text))
  }

  /// (text, word): no mention contains the word: a verb and its object after a title, a verbal
  /// noun after إلى that a small town shares.
  @Test(arguments: [
    ("وقال الرئيس سيعقد مؤتمرا صحفيا غدا في القصر.", "سيعقد"),
    ("ودعا الأمين العام أعضاء المجلس إلى توحيد موقفهم من الملف.", "توحيد"),
    // Ports on a sea are no company named after a city.
    ("وتعد موانئ البحر العربي الشرقي من أشهر الموانئ في المنطقة.", "موانئ"),
  ])
  func noMention(_ text: String, _ word: String) throws {
    let found = try Self.annotations(text)
    #expect(!found.contains { $0.text.contains(word) }, "\(found.map(\.text))")
  }

  /// ولاية + a city's name is the state, a place with no id, not the capital; the city alone
  /// keeps its id.
  @Test func stateIsNotItsCapital() throws {
    let text = "وتفشت الكوليرا في ولاية الخرطوم، وقال مسؤول في الخرطوم إن الوضع تحت السيطرة."
    let places = try Self.annotations(text).filter { $0.text == "الخرطوم" }
    #expect(places.count == 2)
    let state = try #require(places.first { $0.start == scalarOffset(of: "الخرطوم", in: text) })
    let city = try #require(places.first { $0.start == scalarOffset(of: "الخرطوم", in: text, occurrence: 1) })
    #expect(state.label == "LOCATION")
    #expect(state.value?.hasPrefix("nil:") == true)
    #expect(city.value == "geonames:379252")
  }

  /// An acronym in brackets after the full name, used alone later (bare and after ل), is the
  /// same organization; the name the tagger cut short runs to the bracket.
  @Test func acronymNamesTheOrganizationAgain() throws {
    let text =
      "أعلنت الشركة العمانية للمصافي والصناعات البترولية (أوربك) افتتاح مصفاة جديدة. وقال الوزير إن أوربك ستصدر نصف إنتاجها، وأكد الرئيس التنفيذي لأوربك ذلك."
    let organizations = try Self.annotations(text).filter { $0.label == "ORGANIZATION" }
    let name = "الشركة العمانية للمصافي والصناعات البترولية"
    let full = try #require(organizations.first { $0.text == name }, "\(organizations.map(\.text))")
    #expect(full.start == scalarOffset(of: name, in: text))
    let later = organizations.filter { $0.text == "أوربك" }
    #expect(
      later.map(\.start) == [
        scalarOffset(of: "أوربك", in: text, occurrence: 1), scalarOffset(of: "أوربك", in: text, occurrence: 2),
      ])
    #expect(later.allSatisfy { $0.value == full.value })
  }
}
