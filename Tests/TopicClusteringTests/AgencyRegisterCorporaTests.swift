import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// The stage over two corpora written for these tests in a news agency's register
/// (Fixtures/agency-en, agency-ar): English wire stories of the 1990s with datelines such as
/// `LONDON 1996-08-30`, all-caps headings, results tables, market reports full of numbers and
/// "dealers said", desk sign-offs (`-- Jakarta Newsroom +62 ...`), a copyright line and
/// bylines alone on a line; Arabic agency stories with `مراسل`, `وكالة`, `قال`, `أضاف`,
/// `أفاد` and `محللون`. No term of any topic may be formula, and every story is
/// placed or told why not.
@Suite struct AgencyRegisterCorporaTests {
  /// Words no topic term may contain: written for this test, apart from the stage's lists.
  static let neverInTerms: Set<String> = [
    "said", "told", "reporters", "dealers", "traders", "brokers", "analysts", "sources", "reuters",
    "newsroom", "desk", "commodities", "limited", "peter", "hall",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "august", "september", "october", "november", "december",
    "percent", "million", "billion", "kg", "tonnes", "cents", "always", "higher", "lower",
    "قال", "وقال", "أضاف", "وأضاف", "أفاد", "أفادت", "أكد", "وأكد", "مراسل", "مراسلنا", "الوكالة", "وكالة",
    "محللون", "مصدر", "مصادر", "دولارا", "بالمائة", "الأحد", "الثلاثاء", "نوفمبر",
  ]

  static func topicTerms(_ result: CorpusResult) -> [String] {
    result.records.filter { $0.kind == "topic" }.flatMap { record in
      let object = record.value.objectValue!
      let label = object["label"]!.stringValue!.components(separatedBy: " · ")
      let terms = object["terms"]!.arrayValue!.compactMap(\.stringValue)
      return (label + terms).flatMap { $0.split(separator: " ").map(String.init) }
    }
  }

  static func labels(_ result: CorpusResult) -> [String: String] {
    var labels: [String: String] = [:]
    for record in result.records where record.kind == "topic" {
      labels[record.key] = record.value.objectValue!["label"]!.stringValue!
    }
    return labels
  }

  @Test(arguments: ["agency-en", "agency-ar"], [JSONValue.int(8), .string("auto")])
  func noTopicTermIsFormulaAndEveryStoryIsPlaced(folder: String, topics: JSONValue) throws {
    let result = try OwnCorporaTests.run(folder, ["topics": topics])
    for word in Self.topicTerms(result) {
      #expect(!Self.neverInTerms.contains(word.lowercased()), "term word \(word)")
      #expect(!word.contains { $0.isNumber }, "term word \(word)")
    }
    let documents = try OwnCorporaTests.corpus(folder)
    #expect(result.annotations.count == documents.count)
    for document in documents {
      let annotation = try #require(result.annotations[document.id]?.first, "\(document.id) has no topic")
      if annotation.value == "outlier" {
        #expect(annotation.attributes["reason"]?.stringValue?.isEmpty == false, "\(document.id) has no reason")
      } else {
        #expect(Int(annotation.value ?? "") != nil, "\(document.id): \(annotation.value ?? "nil")")
      }
    }
    // The one-line correction (English) and the two-word story (Arabic) are too short.
    let short = folder == "agency-en" ? "short1" : "sh1"
    #expect(result.annotations[short]!.first!.attributes["reason"] == .string("too short"))
  }

  /// The tin and rubber reports share the market's words ("market price", "buyers"), but
  /// their sign-offs (`-- Kuala Lumpur Commodities Desk +603 ...`) and the cricket reports'
  /// byline (`Peter Hall`, the last line of both) are no label's words; the stories keep
  /// their subjects' topics.
  @Test func signOffsAndBylinesDoNotLabelTopics() throws {
    let result = try OwnCorporaTests.run("agency-en", ["topics": 8])
    let value = result.annotations.mapValues { $0.first!.value! }
    let labels = Self.labels(result)
    #expect(Set(["soc1", "soc2", "soc3", "soc4", "soc5"].map { value[$0]! }).count == 1)
    #expect(Set(["pol1", "pol2", "pol3", "pol4", "pol5"].map { value[$0]! }).count == 1)
    #expect(labels[value["pol1"]!]!.contains("election"))
    #expect(labels[value["ten1"]!]!.contains("singles"))
    for label in labels.values {
      #expect(!label.contains("Commodities") && !label.contains("Hall") && !label.contains("dealers"), "\(label)")
    }
  }
}
