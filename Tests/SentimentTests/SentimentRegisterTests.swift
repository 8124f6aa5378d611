import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// How `model: auto` reads a document's register, on texts written for this test.
@Suite struct SentimentRegisterTests {
  @Test(arguments: [
    "يا جماعة الجو حلووووو النهاردة",
    "@sara you have to see this match lol",
    "ايه ده بجد مش معقول الكلام ده",
    "Great win tonight #football",
    "هههههه والله ما توقعت النتيجة",
    "الخدمة سيئة جدا 😡",
    "Worst service ever!!! never again :(",
    "شو هالحكي يا زلمة بدي افهم",
  ])
  func socialTextsReadAsSocial(text: String) {
    #expect(SentimentRegister.detect(text) == .social)
  }

  @Test(arguments: [
    "Officials met in Geneva on Monday to discuss the energy agreement.",
    "التقى وزير الخارجية نظيره في العاصمة لبحث التعاون بين البلدين.",
    "The two sides held a second round of talks, the agency said.",
    "تنطلق غدا أعمال المنتدى الاقتصادي بمشاركة رجال أعمال من عدة دول.",
  ])
  func newsTextsReadAsNews(text: String) {
    #expect(SentimentRegister.detect(text) == .news)
  }

  /// A long report with one hashtag in its caption stays news: long texts need a marker per
  /// 40 words.
  @Test func oneMarkerDoesNotMakeALongReportSocial() {
    let sentence = "The delegation discussed energy, transport and trade with the ministry on Tuesday. "
    let report = String(repeating: sentence, count: 12) + "#energy"
    #expect(report.unicodeScalars.count > SentimentRegister.shortLength)
    #expect(SentimentRegister.detect(report) == .news)
    #expect(SentimentRegister.detect(String(repeating: "so happy today 😍 ", count: 60)) == .social)
  }

  /// The stage writes the register it read and the model it used; `model: news` fixes both.
  @Test func theDocumentAnnotationNamesItsRegisterAndModel() throws {
    let tweet = try runSentiment("الخدمة سيئة جدا 😡")[0]
    #expect(tweet.attributes["register"] == "social" && tweet.attributes["model"] == "social")
    let fixed = try runSentiment("الخدمة سيئة جدا 😡", ["model": "news"])[0]
    #expect(fixed.attributes["register"] == "news" && fixed.attributes["model"] == "news")
    // The social model knows Arabic tweets only: English social text goes to the news model,
    // still read as one statement.
    let english = try runSentiment("Worst service ever!!! never again :( #fail")[0]
    #expect(english.attributes["register"] == "social" && english.attributes["model"] == "news")
    #expect(english.value == "negative")
  }

  /// `evaluate` scores exactly the document label `annotate` gives (register, model, decision).
  @Test func evaluateScoresTheDocumentLabelOfAnnotate() throws {
    let rows: [(String, String)] = [
      ("الخدمة سيئة جدا 😡 ما بنصح حدا فيها", "NEG"),
      ("احلى يوم بحياتي 😍😍 شكرا لكل اللي حضروا", "POS"),
      ("Worst service ever!!! never again :(", "NEG"),
      ("The minister met the ambassador on Monday.", "NEU"),
      ("Officials praised the successful agreement. The talks will resume next month.", "POS"),
      // Several sentences in each register (the social text is judged whole, the news text by
      // the band on its sentences' mean), and gold labels that disagree with the reading, so
      // that both commands must name the same wrong label.
      ("يا جماعة الخدمة عندهم زفت 😡. ما حدا يرد على التلفون. والله ما بعيدها!!", "POS"),
      ("ارتفعت أسهم شركة نورلاند للطيران بنسبة 4%. وقال المدير إن الطلب قوي.", "NEG"),
      ("The ceasefire collapsed overnight. Shelling destroyed two schools in the north.", "POS"),
    ]
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("register-gold-\(UUID()).tsv")
    try Data((["text\tlabel"] + rows.map { "\($0.0)\t\($0.1)" }).joined(separator: "\n").utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    let report = try SentimentEvaluator.evaluate(gold: url, configuration: .null, context: context)
    let annotated = try rows.map { try runSentiment($0.0)[0].value! }
    let aliases = SentimentEvaluator.labelAliases
    let wrong = rows.indices.filter { annotated[$0] != aliases[rows[$0].1] }
    #expect(wrong.count >= 3)
    #expect(report.failures.count == wrong.count)
    for index in wrong {
      #expect(report.failures.contains { $0.hasPrefix("row \(index + 1) ") && $0.contains("got \(annotated[index])") })
    }
  }
}
