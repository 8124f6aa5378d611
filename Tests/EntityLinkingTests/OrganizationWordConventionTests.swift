import Foundation
import Testing
import WorkbenchCore

@testable import EntityLinking

/// The club's or company's word that annotated corpora put inside or outside an organization's
/// span: the evaluator compares organization spans from the word after it.
@Suite struct OrganizationWordConventionTests {
  /// Sentences written for the test; the expected start is the span's text from the name on.
  @Test(arguments: [
    ("فاز نادي الزمالك على ضيفه", "نادي الزمالك", "الزمالك"),
    ("أعلنت شركة ابل عن هاتف جديد", "شركة ابل", "ابل"),
    ("وقع اللاعب لنادي القادسية أمس", "لنادي القادسية", "القادسية"),
    ("تعاقد فريق الوحدة مع مدرب", "فريق الوحدة", "الوحدة"),
    ("بثت قناة المجد برنامجا", "قناة المجد", "المجد"),
    ("قادت حركة فتح المفاوضات", "حركة فتح", "فتح"),
    // حركة before a name of more than one word is its head (حركة العدل والمساواة).
    ("أعلنت حركة العدل والمساواة موقفها", "حركة العدل والمساواة", "حركة العدل والمساواة"),
    // A span of the word alone, a word that is no club's or company's, and a span opening inside
    // a word stay as they are.
    ("أعلنت الشركة أمس", "الشركة", "الشركة"),
    ("أعلنت وزارة الصحة أمس", "وزارة الصحة", "وزارة الصحة"),
    ("قالت جامعة القاهرة", "جامعة القاهرة", "جامعة القاهرة"),
  ])
  func nameStart(sentence: String, span: String, expected: String) throws {
    let scalars = Array(sentence.unicodeScalars)
    let spanScalars = Array(span.unicodeScalars)
    let start = try #require(
      scalars.indices.first { scalars[$0...].starts(with: spanScalars) })
    let end = start + spanScalars.count
    let nameStart = OrganizationWordConvention.nameStart(start, end, in: TokenizedText(sentence))
    var name = String.UnicodeScalarView()
    name.append(contentsOf: scalars[nameStart..<end])
    #expect(String(name) == expected)
  }

  /// The same organization annotated with its club's word and found without it (the stage's
  /// convention for a club's proper name) is one right mention, not a miss and a false one.
  @Test func evaluatorMatchesAClubWithOrWithoutItsWord() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orgword-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent("gold.jsonl")
    let text = "فاز نادي الزمالك على ضيفه في القاهرة."
    let scalars = Array(text.unicodeScalars)
    func offset(of word: String) -> Int {
      let needle = Array(word.unicodeScalars)
      return scalars.indices.first { scalars[$0...].starts(with: needle) } ?? -1
    }
    let club = offset(of: "نادي الزمالك")
    let clubEnd = club + "نادي الزمالك".unicodeScalars.count
    let city = offset(of: "القاهرة")
    let cityEnd = city + "القاهرة".unicodeScalars.count
    let line = """
      {"id": "d1", "text": "\(text)", "mentions": [{"start": \(club), "end": \(clubEnd), "type": "ORGANIZATION"}, \
      {"start": \(city), "end": \(cityEnd), "type": "LOCATION"}]}
      """
    try (line + "\n").write(to: url, atomically: true, encoding: .utf8)
    let context = StageContext(baseDirectory: directory, checksum: { _ in "" })
    let stage = try StageFactory(EntityLinkingStage.self).configure(.null).makeStage(context: context)
    guard case .document(let linker) = stage else { throw CancellationError() }
    let found = try linker.analyze(Document(id: "d1", text: text), .none).filter { $0.label == "ORGANIZATION" }
    // The stage leaves the club's word out of the name.
    #expect(found.map(\.text) == ["الزمالك"])
    let report = try EntityLinkingEvaluator.evaluate(gold: url, configuration: .null, context: context)
    let metrics = Dictionary(uniqueKeysWithValues: report.metrics.map { ($0.name, $0.value) })
    #expect(metrics["mention_recall"] == 1.0)
    #expect(metrics["typed_f1"] == 1.0, "\(report.failures)")
  }
}
