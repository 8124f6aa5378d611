import Clean
import Testing
import WorkbenchCore
import WorkbenchText

/// Each rule on fixture pages written for these tests.
@Suite struct BoilerplateRuleTests {
  func annotate(_ text: String, _ config: JSONValue = .object([:])) throws -> [(String, String)] {
    let configured = try StageFactory(CleanStage.self).configure(config)
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "" })
    guard case .document(let stage) = try configured.makeStage(context: context) else { return [] }
    return try stage.analyze(Document(id: "t", text: text), .none).map {
      ($0.attributes["reason"]?.stringValue ?? "", $0.text)
    }
  }

  static let article = "وقال الوزير إن المحادثات تناولت ملفات الطاقة والنقل والاستثمار في المرحلة المقبلة"

  @Test(arguments: [
    ("Home | About Us | Contact\n\(article)", [("navigation", "Home | About Us | Contact")]),
    ("الرئيسية\n\(article)\nاتصل بنا", [("navigation", "الرئيسية"), ("navigation", "اتصل بنا")]),
    ("\(article)\nNewsSite.net", [("site-name", "NewsSite.net")]),
    ("عنوان الخبر الطويل هنا | example.org\n\(article)", [("site-name", "عنوان الخبر الطويل هنا | example.org")]),
    ("\(article)\nIMG_20250114_0932.jpg\n\(article)", [("image-file", "IMG_20250114_0932.jpg")]),
    ("\(article)\nstock-photo-oil-pipeline-2231-large\n", [("image-file", "stock-photo-oil-pipeline-2231-large")]),
    ("\(article)\nتصوير: أحمد علي", [("photo-credit", "تصوير: أحمد علي")]),
    ("صورة للاجتماع في القصر (Photo: John Doe/Reuters)\n\(article)", [("photo-credit", "(Photo: John Doe/Reuters)")]),
    ("\(article)\nجميع الحقوق محفوظة © 2025", [("disclaimer", "جميع الحقوق محفوظة © 2025")]),
    (
      "\(article)\nThe views expressed in this article are the author's own.",
      [("disclaimer", "The views expressed in this article are the author's own.")]
    ),
    ("\(article)\n\nأضف تعليقاً", [("comment-prompt", "أضف تعليقاً")]),
    ("\(article)\nLeave a Reply", [("comment-prompt", "Leave a Reply")]),
    (
      "\(article)\n\(article)\n\(article)\n\(article)\nGreat article, I will bookmark your site and come back soon!",
      [("other-language", "Great article, I will bookmark your site and come back soon!")]
    ),
    ("\(article)\nاقتصاد\n\(article)\nاقتصاد", [("category-label", "اقتصاد"), ("category-label", "اقتصاد")]),
    (
      "\(article)\nرياضة\nمنوعات\nرياضة",
      [("category-label", "رياضة"), ("category-label", "منوعات"), ("category-label", "رياضة")]
    ),
  ])
  func marks(text: String, expected: [(String, String)]) throws {
    let found = try annotate(text)
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }

  /// Article text is never marked: headings, short quotes, list items, an English article.
  @Test(arguments: [
    "روسيا وسوريا تعززان التعاون في مجالات الطاقة\n\n\(article)",
    "\(article)\nمحادثات مغلقة\n\(article)",
    "\(article)\n– توسيع التعاون الاقتصادي والتجاري\n\(article)",
    "Oil prices rose on Monday after the talks in Moscow.\nThe ministers met for three hours.",
    "\(article) (رويترز)",
    "\(article)\nوأضاف: «سنواصل العمل».",
    "\(article)\nThe delegation reviewed plans to rebuild two refineries damaged during the war, and both sides said that technical teams would visit the sites in the coming weeks to estimate the cost of the work.\n\(article)",
  ])
  func leavesArticleTextAlone(text: String) throws {
    #expect(try annotate(text).isEmpty)
  }

  @Test func reasonsCanBeTurnedOff() throws {
    let text = "\(Self.article)\nاترك ردك\nNewsSite.net"
    #expect(try annotate(text, ["reasons": ["site-name"]]).map(\.0) == ["site-name"])
  }

  @Test func extraPhrases() throws {
    let text = "\(Self.article)\nشاركنا رأيك"
    #expect(try annotate(text, ["extra_comment_prompts": ["شاركنا رأيك"]]).map(\.0) == ["comment-prompt"])
    #expect(try annotate(text).isEmpty)
  }

  @Test func unknownReasonIsRejectedWithSuggestion() {
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["reasons": ["site-nme"]]) }
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["max_label_words": 0]) }
    #expect(throws: ConfigurationFailure.self) { try annotate("x", ["max_other_language_words": 2]) }
  }

  @Test func emptyAndOddInputs() throws {
    #expect(try annotate("").isEmpty)
    #expect(try annotate("\n\n\u{200F}\u{202E}\n").isEmpty)
    _ = try annotate(String(repeating: "(Credit: ", count: 2000))
    _ = try annotate(String(repeating: "سياسة\n", count: 5000))
  }
}
