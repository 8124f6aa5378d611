import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// What collect keeps of wire-style stories written for these tests: subject words as terms;
/// reporting verbs, wire credits, datelines, calendar words, number words and heading words
/// only as formula terms (`~`), which the model counts and labels never show.
@Suite struct NewsFormulaTermsTests {
  /// The surface forms of the single-word terms collected from `text`: ordinary terms, or
  /// with `formula` the formula terms (counted, never shown).
  static func forms(_ text: String, formula: Bool = false) throws -> Set<String> {
    let stage = try TopicClusteringStageTests.stage()
    let data = try stage.collect(Document(id: "d", text: text), .none)
    let entries = try JSONDecoder().decode(CollectedTerms.self, from: data).entries
    return Set(
      entries.filter { !$0.term.contains(" ") && $0.term.hasPrefix("~") == formula }.flatMap {
        $0.forms.map { $0.text.lowercased() }
      })
  }

  @Test(arguments: [
    (
      "LONDON (Reuters) - Oil prices rose 2 percent on Monday, traders said, according to a survey of refineries.",
      // "traders said" is attribution, as "dealers said" and "analysts said" are (version 17).
      ["london", "reuters", "said", "according", "monday", "percent", "2", "traders"], ["oil", "prices", "refineries"]
    ),
    (
      "SOCCER - ENGLISH PREMIER LEAGUE STANDINGS\nArsenal beat Chelsea in March, the manager told reporters.\n(Reporting by Jane Doe; Editing by Commodities Desk)",
      ["soccer", "standings", "premier", "march", "told", "jane", "desk", "commodities", "reporters"],
      ["arsenal", "chelsea", "manager"]
    ),
    (
      "تونس (وات) - قال وزير الفلاحة يوم الاثنين إن صابة الزيتون بلغت مليون طن في جانفي، وأكد مراسلنا أن الأسعار مستقرة.",
      ["تونس", "وات", "قال", "الاثنين", "يوم", "مليون", "جانفي", "أكد", "مراسلنا"], ["الزيتون", "الفلاحة", "الأسعار"]
    ),
    (
      "أضافت الوكالة وفقا لمصادر رسمية أن الفيضانات غمرت المنازل الأسبوع الماضي في 12 قرية.",
      ["الماضي", "أضافت", "الأسبوع", "12"], ["الفيضانات", "المنازل"]
    ),
    // Version 17: reporting verbs beyond "said", who a report quotes, units and sign-offs.
    (
      "The minister warned on Tuesday that floods would reach the coast and urged residents to leave 20 km of shore, analysts said .\n-- Athens Newsroom +30 1 000 0000",
      ["warned", "urged", "analysts", "km", "athens", "newsroom"],
      ["minister", "floods", "coast", "residents", "shore"]
    ),
    (
      "أعرب وزير التجارة للصحفيين عن قلقه من ارتفاع أسعار 30 طن من القمح، وقال محللون إن مصادر الشحن تتوقع نقصا.",
      ["أعرب", "طن", "محللون", "مصادر", "قال"], ["التجارة", "القمح", "الشحن"]
    ),
    // The press and a currency are a story's subject, not its formula.
    (
      "Three journalists were killed when an air strike hit a press tent, and the union of journalists said it would appeal .",
      ["said"], ["journalists", "press", "tent"]
    ),
    (
      "قتل ثلاثة صحفيين في غارة على خيمة للصحافة، وقال مسؤول إن نقابة الصحفيين تطالب بتحقيق.",
      ["وقال"], ["صحفيين", "نقابة", "خيمة"]
    ),
    (
      "The central bank will hold more of its reserves in euros rather than dollars, the governor said .",
      ["said"], ["dollars", "euros", "reserves"]
    ),
  ])
  func keepsSubjectWordsOnly(text: String, absent: [String], present: [String]) throws {
    let forms = try Self.forms(text)
    for word in absent { #expect(!forms.contains(word), "\(word) should not be a term") }
    for word in present { #expect(forms.contains(word), "\(word) should be a term") }
    let formula = try Self.forms(text, formula: true)
    #expect(formula.isDisjoint(with: present))
    #expect(formula.contains(absent[0]) || absent[0].allSatisfy(\.isNumber))
  }
}
