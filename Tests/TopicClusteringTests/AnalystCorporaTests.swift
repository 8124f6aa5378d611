import Foundation
import Testing
import WorkbenchCore

@testable import TopicClustering

/// Three small corpora written for these tests, read as an analyst reads them: `analyst-en`
/// (a port strike with a loosely written truck-driver story, a heat wave, a central-bank rate
/// rise, free school lunches, and a chess final and a shipwreck that stand alone),
/// `analyst-ar` (doctors' strike, power cuts with two loosely written stories, Carthage
/// festival, olive harvest, and a handball final and a mosaic find that stand alone) and
/// `analyst-mixed` (English and Arabic desks, and one flood written in both languages).
@Suite struct AnalystCorporaTests {
  static func topics(_ folder: String, only ids: Set<String>? = nil) throws -> [String: (value: String, text: String)] {
    let documents = try OwnCorporaTests.corpus(folder).filter { ids?.contains($0.id) ?? true }
    let result = try TopicClusteringStageTests.run(documents, ["topics": "auto"])
    return result.annotations.mapValues { annotations in
      let annotation = annotations.first!
      let value = annotation.value!
      let text =
        value == TopicReducer.outlierValue
        ? annotation.attributes["reason"]!.stringValue! : annotation.attributes["topic_label"]!.stringValue!
      return (value, text)
    }
  }

  /// The label of each topic and the reason of each outlier, by story.
  @Test(arguments: [
    (
      "analyst-en",
      [
        "p1": "harbour · container ships · shifts", "p3": "harbour · container ships · shifts",
        "h2": "heat wave · weather service · degrees", "b1": "central bank · interest rate · mortgage borrowers",
        "s2": "region · education ministry · lunches",
        "c1": "shares fewer than 3 content words with any other story",
        "f1": "shares fewer than 3 content words with any other story",
      ]
    ),
    (
      "analyst-ar",
      [
        "d1": "إضراب · الأطباء الشبان · المستشفيات الجامعية", "m2": "المسرح الأثري · أسعار التذاكر · الدورة",
        "z1": "اليد العاملة · الجني · الزيتون",
        "x1": "shares fewer than 3 content words with any other story",
        "y1": "shares fewer than 3 content words with any other story",
      ]
    ),
    (
      "analyst-mixed",
      [
        "en-bank1": "central bank · interest rate · mortgage borrowers",
        "ar-doc2": "منحة الاستمرار · إضراب · الأطباء الشبان",
        "en-flood": "shares fewer than 3 content words with any other story in its language",
        "ar-flood": "shares fewer than 3 content words with any other story in its language",
      ]
    ),
  ])
  func labelsAndReasons(folder: String, expected: [String: String]) throws {
    let shown = try Self.topics(folder)
    for (story, text) in expected { #expect(shown[story]?.text == text, "\(story)") }
  }

  /// Every story of a corpus on a different subject is an outlier for that one reason,
  /// whichever step left it out (version 14 showed three reasons: `no terms after
  /// filtering`, `shares no term with its topic`, `shares fewer than 3 words with its topic`).
  @Test(arguments: [
    ("analyst-en", ["b1", "c1", "f1", "h1", "p1", "s1"]),
    ("analyst-ar", ["d1", "k1", "m1", "x1", "y1", "z1"]),
  ])
  func storiesEachOnTheirOwnSubject(folder: String, stories: [String]) throws {
    let shown = try Self.topics(folder, only: Set(stories))
    for story in stories {
      #expect(shown[story]?.value == "outlier", "\(story)")
      #expect(shown[story]?.text == "shares fewer than 3 content words with any other story", "\(story)")
    }
  }

  /// A loosely written story that still names the blackout (`انقطاع الكهرباء`, `الحر`) is
  /// placed; a story that never names it is placed with the other one that does not, not
  /// left out. A story alone under `auto` is an outlier, not a topic of one.
  @Test func looselyWrittenStoriesArePlaced() throws {
    let shown = try Self.topics("analyst-ar")
    for story in ["k1", "k2", "k3", "k4"] { #expect(shown[story]?.value != "outlier", "\(story)") }
    #expect(shown["k1"]?.value == shown["k2"]?.value)
    #expect(!shown.values.contains { $0.text == "الإفريقية · البطولة · تاريخه" })
  }

  /// Asked for a count, a story alone keeps its topic of one (the docs' `single-stories`).
  @Test func aCountKeepsATopicOfOne() throws {
    let documents = try OwnCorporaTests.corpus("analyst-en")
    let result = try TopicClusteringStageTests.run(documents, ["topics": 6])
    let values = result.annotations.mapValues { $0.first!.value! }
    #expect(values.values.filter { $0 == "outlier" }.count < 2)
  }
}

/// A two-word Arabic term that is the middle of a longer name does not lead a label.
@Suite struct PieceOfLongerNameTests {
  @Test(arguments: [
    ("الوطنية استغلال", true),  // الشركة الوطنية لاستغلال وتوزيع المياه
    ("الجهوي للسياحة", false),  // the preposition is kept before the article
    ("الأطباء الشبان", false),  // a noun and its adjective
    ("منحة الاستمرار", false),  // a construct
    ("أعوان بلديين", false),  // indefinite noun and adjective
    ("الماء الصالح للشرب", false),  // three words, chained on purpose
    ("central bank", false),
    ("الزيتون", false),
  ])
  func pieceOfLongerName(term: String, isPiece: Bool) {
    #expect(TopicReducer.isPieceOfLongerName(term) == isPiece)
  }

  /// The five-desks Arabic water label: version 15 before this rule showed `الماء الصالح للشرب
  /// · الوطنية استغلال · التزويد`.
  @Test func labelSkipsThePiece() {
    let terms = ["الماء الصالح للشرب", "الوطنية استغلال", "التزويد", "الشركة الوطنية"]
    #expect(
      TopicReducer.label(terms: terms, demoted: terms.map { _ in false })
        == "الماء الصالح للشرب · التزويد · الشركة الوطنية")
    // With fewer than two other terms it is kept.
    #expect(
      TopicReducer.label(terms: ["الوطنية استغلال", "التزويد"], demoted: [false, false]) == "التزويد · الوطنية استغلال")
  }
}
