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

  /// Three-class gold: several sentences in each register (the social text is judged whole, the
  /// news text by the band on its sentences' mean), and gold labels that disagree with the
  /// reading, so that both commands must name the same wrong label.
  static let threeClassRows: [(String, String)] = [
    ("الخدمة سيئة جدا 😡 ما بنصح حدا فيها", "NEG"),
    ("احلى يوم بحياتي 😍😍 شكرا لكل اللي حضروا", "POS"),
    ("Worst service ever!!! never again :(", "NEG"),
    ("The minister met the ambassador on Monday.", "NEU"),
    ("Officials praised the successful agreement. The talks will resume next month.", "POS"),
    ("يا جماعة الخدمة عندهم زفت 😡. ما حدا يرد على التلفون. والله ما بعيدها!!", "POS"),
    ("ارتفعت أسهم شركة نورلاند للطيران بنسبة 4%. وقال المدير إن الطلب قوي.", "NEG"),
    ("The ceasefire collapsed overnight. Shelling destroyed two schools in the north.", "POS"),
  ]

  /// Two-class gold (no neutral row): texts the default reads neutral (the bridge, the
  /// postponed exams, a sentence of the council's text) and gold labels that disagree with
  /// the reading.
  static let twoClassRows: [(String, String)] = [
    ("الجو اليوم حلو كتير بعمان ☀️", "POS"),
    ("الباص تأخر ساعة وما حدا اعتذر", "NEG"),
    ("The new bridge opened to traffic on Sunday.", "POS"),
    ("أجلت الوزارة الامتحانات أسبوعا.", "NEG"),
    ("The council approved the budget. Work on the new school starts in March.", "NEG"),
    ("انقطعت الكهرباء عن الحي طوال الليل.", "POS"),
    ("يا جماعة الخدمة عندهم زفت 😡. ما حدا يرد على التلفون. والله ما بعيدها!!", "POS"),
  ]

  /// `evaluate` scores exactly the document label `annotate` gives (register, model, decision).
  /// A gold file without neutral rows is scored with `classes: positive,negative` (and says
  /// so), as `annotate --config classes=positive,negative` labels the same texts, unless the
  /// evaluation sets `classes` itself.
  @Test(arguments: [
    (threeClassRows, JSONValue.null, [:] as JSONValue, false),
    (twoClassRows, JSONValue.null, ["classes": "positive,negative"] as JSONValue, true),
    (
      twoClassRows, ["classes": "positive,negative,neutral"] as JSONValue,
      ["classes": "positive,negative,neutral"] as JSONValue, false
    ),
  ])
  func evaluateScoresTheDocumentLabelOfAnnotate(
    rows: [(String, String)], evaluated: JSONValue, annotatedWith: JSONValue, twoClasses: Bool
  ) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("register-gold-\(UUID()).tsv")
    try Data((["text\tlabel"] + rows.map { "\($0.0)\t\($0.1)" }).joined(separator: "\n").utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    let report = try SentimentEvaluator.evaluate(gold: url, configuration: evaluated, context: context)
    let annotated = try rows.map { try runSentiment($0.0, annotatedWith)[0].value! }
    let aliases = SentimentEvaluator.labelAliases
    let wrong = rows.indices.filter { annotated[$0] != aliases[rows[$0].1] }
    #expect(wrong.count >= 3)
    #expect(report.failures.count == wrong.count)
    for index in wrong {
      #expect(report.failures.contains { $0.hasPrefix("row \(index + 1) ") && $0.contains("got \(annotated[index])") })
    }
    #expect(report.notes == (twoClasses ? [SentimentEvaluator.twoClassNote] : []))
    #expect(report.text.contains("\n  \(SentimentEvaluator.twoClassNote)\n") == twoClasses)
    #expect(report.json.objectValue?["notes"] == (twoClasses ? [.string(SentimentEvaluator.twoClassNote)] : nil))
    let accuracy = report.metrics.first { $0.name == "accuracy" }!.value
    let polar = report.metrics.first { $0.name == "polar_accuracy" }!.value
    // Two classes: accuracy is the share of rows whose score has the gold sign.
    if twoClasses {
      #expect(accuracy == polar)
      #expect(!annotated.contains("neutral"))
    } else if rows.allSatisfy({ $0.1 != "NEU" }) {
      // Three classes on a two-class file: the neutral answers are the difference.
      #expect(annotated.contains("neutral"))
      #expect(accuracy < polar)
    }
  }
}
