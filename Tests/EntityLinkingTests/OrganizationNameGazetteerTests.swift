import Foundation
import Testing

@testable import EntityLinking

/// The organization names of the training text as a tagger feature: which tokens they cover in
/// new text, what the trainer lists for each training document, and that the model file keeps
/// the list.
@Suite struct OrganizationNameGazetteerTests {
  static let gazetteer = OrganizationNameGazetteer(names: [
    "الزمالك", "مجلس الوزراء", "وكالة غوث وتشغيل اللاجئين", "Galata Rowing Club",
  ])

  static func document(_ text: String, organizations: [String]) -> EntityGoldDocument {
    let scalars = Array(text.unicodeScalars)
    let mentions = organizations.map { name -> EntityGoldDocument.Mention in
      let needle = Array(name.unicodeScalars)
      let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
      return EntityGoldDocument.Mention(start: start, end: start + needle.count, type: "ORGANIZATION", id: nil)
    }
    return EntityGoldDocument(id: "d", text: text, mentions: mentions, ids: [])
  }

  /// The codes of a text as the featurizer computes them (the proclitic-less form of each word
  /// from its facts).
  static func codes(_ text: String) -> [UInt8] {
    let tokenized = TokenizedText(text)
    let featurizer = EntityTaggerFeaturizer(
      bucketBits: 12, caseProfile: WordCaseProfile(), clusters: WordClusterTable())
    return gazetteer.codes(tokenized, unclitic: featurizer.facts(of: tokenized).unclitic)
  }

  @Test(arguments: [
    ("فاز الزمالك أمس", [0, 1, 0] as [UInt8]),
    // A proclitic on the first word: the name is still found.
    ("وفاز والزمالك أمس", [0, 1, 0]),
    ("قرر مجلس الوزراء ذلك", [0, 1, 2, 0]),
    // Only the whole name counts: "مجلس" alone is no listed name.
    ("قرر مجلس الأمن ذلك", [0, 0, 0, 0]),
    ("قالت وكالة غوث وتشغيل اللاجئين إن", [0, 1, 2, 2, 2, 0]),
    ("The Galata Rowing Club won", [0, 1, 2, 2, 0]),
    // A name does not run across punctuation.
    ("Galata, Rowing Club", [0, 0, 0]),
  ])
  func listedNamesAreFoundInNewText(_ text: String, _ expected: [UInt8]) {
    #expect(Self.codes(text) == expected)
  }

  @Test func theTrainingDocumentsOrganizationsAreListedAsWritten() {
    let documents = [
      Self.document("قال مجلس الوزراء إن وزارة الصحة ستبدأ", organizations: ["مجلس الوزراء", "وزارة الصحة"]),
      Self.document("فاز الزمالك على الأهلي", organizations: ["الزمالك", "الأهلي"]),
      Self.document("Galata Rowing Club won in Istanbul", organizations: []),
    ]
    #expect(
      OrganizationNameGazetteer.names(in: documents) == ["مجلس الوزراء", "وزارة الصحة", "الزمالك", "الأهلي"])
  }

  @Test func aTrainingDocumentIsFeaturizedWithTheOtherDocumentsNames() throws {
    // Ten documents naming one organization each; the tagger must not see a document's own
    // names in its list, or it would learn that every organization is listed.
    let names = (0..<10).map {
      "شركة الاختبار \(["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"][$0])"
    }
    let examples = names.map {
      EntityTaggerTrainer.Example(document: Self.document("أعلنت \($0) أرباحها", organizations: [$0]))
    }
    var trainer = EntityTaggerTrainer()
    trainer.bucketBits = 12
    let linker = EntityLinker(knowledgeBase: KnowledgeBase([]))
    let prepared = trainer.prepare(examples, linker: linker, training: Array(examples.indices))
    #expect(prepared.organizations.names.count == 10)
    let perToken = EntityTaggerFeaturizer.featuresPerToken
    let clubTemplate = 33
    // Document 0's name is in no other document: its first word reads as an unlisted word
    // (the same club feature as the verb before it), as an unseen name does in use ...
    let training = prepared.documents[0].buckets
    #expect(training[1 * perToken + clubTemplate] == training[0 * perToken + clubTemplate])
    // ... while the whole list, the model's, finds it.
    let whole = EntityTaggerFeaturizer(
      bucketBits: 12, caseProfile: WordCaseProfile(), clusters: WordClusterTable(),
      organizations: prepared.organizations)
    let text = TokenizedText("أعلنت \(names[0]) أرباحها")
    var buckets: [Int32] = []
    let none = [UInt8](repeating: 0, count: text.tokens.count)
    whole.features(of: text, facts: whole.facts(of: text), gazetteer: none, cues: none, into: &buckets)
    #expect(buckets[1 * perToken + clubTemplate] != buckets[0 * perToken + clubTemplate])
    #expect(prepared.organizations.codes(text, unclitic: whole.facts(of: text).unclitic) == [0, 1, 2, 2, 0])
  }

  @Test func theModelFileKeepsTheList() throws {
    var model = EntityTaggerModel(
      tagSet: EntityTagSet(), bucketBits: 10, weights: [Float](repeating: 0, count: (1 << 10) * 9),
      transitions: [Float](repeating: 0, count: 81), nameStarts: [], caseProfile: WordCaseProfile(),
      wordClusters: WordClusterTable(), info: [:])
    model.organizations = Self.gazetteer
    let reread = try EntityTaggerModel(data: model.serialized())
    #expect(reread.organizations.names == Self.gazetteer.names)
    #expect(reread.serialized() == model.serialized())
  }
}
