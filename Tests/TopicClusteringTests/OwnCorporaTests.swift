import Foundation
import Testing
import TopicClustering
import WorkbenchCore

/// The stage over two small corpora written for these tests (Fixtures/): English wire
/// stories with datelines, "(Reuters)", credits and all-caps headings, and a mixed Arabic and
/// English corpus of Tunisian-style news, each with one document too short to place.
@Suite struct OwnCorporaTests {
  static func corpus(_ folder: String) throws -> [Document] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(folder)")
    return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted().map {
      Document(
        id: String($0.dropLast(4)), text: try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
    }
  }

  static func run(_ folder: String, _ options: JSONValue) throws -> CorpusResult {
    try TopicClusteringStageTests.run(try corpus(folder), options)
  }

  /// Words that must never be a label term: written for this test, apart from the stage's list.
  static let neverInLabels: Set<String> = [
    "said", "says", "told", "according", "reuters", "newsroom", "desk", "editing", "reporting",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "march", "april", "may",
    "week", "weekend", "percent", "million", "ten", "four",
    // Heading and dateline words that are nowhere else in the stories.
    "soccer", "standings", "results", "fixtures", "commodities", "floods", "brief",
    "london", "madrid", "munich", "york", "singapore", "houston", "jakarta", "manila", "dhaka",
    "holloway", "marsh", "ford",
    "قال", "قالت", "أكد", "أكدت", "أضاف", "وأضاف", "وفق", "حسب", "مراسل", "مراسلنا", "وكالة", "وات",
    "الاثنين", "الخميس", "الأحد", "يوم", "تونس", "صفاقس", "سوسة", "نابل",
  ]

  static func labelWords(_ result: CorpusResult) -> [String] {
    result.records.filter { $0.kind == "topic" }.flatMap { record in
      record.value.objectValue!["label"]!.stringValue!.components(separatedBy: " · ").flatMap {
        $0.split(separator: " ").map(String.init)
      }
    }
  }

  @Test(arguments: [(3, "nmf"), (3, "kmeans")])
  func wireStoriesGroupBySubjectWithCleanLabels(topics: Int, method: String) throws {
    let result = try Self.run("wire", ["topics": .int(topics), "method": .string(method)])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(Set(["w01", "w02", "w03", "w04"].map { value[$0]! }).count == 1)
    #expect(Set(["w05", "w06", "w07", "w08"].map { value[$0]! }).count == 1)
    #expect(Set(["w09", "w10", "w11"].map { value[$0]! }).count == 1)
    #expect(Set(["w01", "w05", "w09"].map { value[$0]! }).count == 3)
    // The one-word story is an outlier that says why; every other story has a topic.
    #expect(value["w12"] == "outlier")
    #expect(result.annotations["w12"]!.first!.attributes["reason"] == .string("too short"))
    #expect(value.filter { $0.key != "w12" }.values.allSatisfy { Int($0) != nil })
    for word in Self.labelWords(result) {
      #expect(!Self.neverInLabels.contains(word.lowercased()), "label word \(word)")
      #expect(!word.contains { $0.isNumber }, "label word \(word)")
      #expect(word != word.uppercased() || word.count <= 4, "all-caps label word \(word)")
    }
  }

  @Test func mixedCorpusPlacesEveryDocumentWithCleanLabels() throws {
    let result = try Self.run("mixed", ["topics": 6])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["m15"] == "outlier")
    #expect(value.filter { $0.key != "m15" }.values.allSatisfy { Int($0) != nil })
    // Arabic olive-oil, football and flood stories each share a topic.
    #expect(Set(["m01", "m02", "m03"].map { value[$0]! }).count == 1)
    #expect(Set(["m06", "m07", "m08"].map { value[$0]! }).count == 1)
    #expect(Set(["m11", "m12"].map { value[$0]! }).count == 1)
    #expect(Set(["m01", "m06", "m11"].map { value[$0]! }).count == 3)
    for word in Self.labelWords(result) {
      #expect(!Self.neverInLabels.contains(word.lowercased()), "label word \(word)")
    }
    for record in result.records where record.kind == "topic" {
      let parts = record.value.objectValue!["label"]!.stringValue!.components(separatedBy: " · ")
      #expect((2...4).contains(parts.count))
    }
  }

  /// Two more corpora written for this test: English wire stories on interest rates,
  /// wildfires and tennis (r13 is only a heading word), and Tunisian-style Arabic stories on
  /// municipal elections, the grain harvest and handball (a10 is only a thank-you).
  @Test(arguments: [
    (
      "wire-rates",
      [["r01", "r02", "r03", "r04", "r14"], ["r05", "r06", "r07", "r08"], ["r09", "r10", "r11", "r12"]], "r13"
    ),
    // a02, on the same elections in other words (الناخبون، الانتخابية: not the stem of
    // الانتخابات), shares too few terms with a01 and a03 to be placed with them.
    ("arabic-news", [["a01", "a03"], ["a04", "a05", "a06"], ["a07", "a08", "a09"]], "a10"),
  ])
  func subjectsShareATopicWithCleanLabels(folder: String, subjects: [[String]], outlier: String) throws {
    let result = try Self.run(folder, ["topics": 3])
    let value = result.annotations.mapValues { $0.first!.value! }
    for subject in subjects { #expect(Set(subject.map { value[$0]! }).count == 1, "\(subject)") }
    #expect(Set(subjects.map { value[$0[0]]! }).count == 3)
    #expect(value[outlier] == "outlier")
    #expect(result.annotations[outlier]!.first!.attributes["reason"] == .string("too short"))
    let extra: Set<String> = [
      "reporters", "june", "january", "september", "october", "november", "percent", "degrees",
      "frankfurt", "washington", "tokyo", "athens", "sydney", "angeles", "lisbon", "paris", "melbourne", "berlin",
      "weber", "potter", "ortega", "maler", "ransom", "rutherford", "markets", "wildfires",
      "shorts", "أعلنت", "أعلن", "وأكد", "وقال", "وقالت", "مراسلنا", "بالمائة", "جوان", "جويلية", "جانفي", "السبت",
      "الأربعاء", "باجة", "الكاف", "رادس", "الحمامات", "مليون", "ملايين",
    ]
    for word in Self.labelWords(result) {
      #expect(
        !Self.neverInLabels.contains(word.lowercased()) && !extra.contains(word.lowercased()), "label word \(word)")
      #expect(!word.contains { $0.isNumber }, "label word \(word)")
    }
  }

  /// A corpus written for this test where two stories stand alone: an English budget vote
  /// (s06) and an Arabic museum reopening (s12), beside a port strike, a wheat harvest, the
  /// baccalaureate exams and water cuts (s13 is only a thank-you). A one-story topic is
  /// labelled by its story's own words, not by what NMF left over from the other topics.
  @Test func aTopicOfOneStoryIsLabelledByItsOwnWords() throws {
    let documents = try Self.corpus("single-stories")
    let result = try TopicClusteringStageTests.run(documents, ["topics": 6])
    let value = result.annotations.mapValues { $0.first!.value! }
    #expect(value["s13"] == "outlier")
    #expect(result.annotations["s13"]!.first!.attributes["reason"] == .string("too short"))
    for subject in [["s01", "s02", "s03"], ["s04", "s05"], ["s07", "s08", "s09"], ["s10", "s11"], ["s06"], ["s12"]] {
      #expect(Set(subject.map { value[$0]! }).count == 1, "\(subject)")
    }
    let topics = Dictionary(
      uniqueKeysWithValues: result.records.filter { $0.kind == "topic" }.map {
        ($0.key, $0.value.objectValue!["label"]!.stringValue!)
      })
    #expect(topics.count == 6)
    #expect(topics[value["s06"]!] == "budget · cut · approved")
    #expect(topics[value["s12"]!] == "المتحف · أبوابه · الأثري")
    // Every label word is written in one of its topic's stories (an Arabic word maybe after
    // ل, as in للمياه for المياه).
    let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.text) })
    for (topic, label) in topics {
      let members = value.filter { $0.value == topic }.map { texts[$0.key]! }
      let parts = label.components(separatedBy: " · ")
      #expect((2...4).contains(parts.count), "\(label)")
      for word in parts.flatMap({ $0.split(separator: " ").map(String.init) }) {
        let written = word.hasPrefix("ال") ? String(word.dropFirst(2)) : word
        #expect(members.contains { $0.contains(written) }, "label word \(word) of \(label)")
        #expect(!Self.neverInLabels.contains(word.lowercased()), "label word \(word)")
      }
    }
  }
}
