import EntityLinking
import Foundation
import Testing
import WorkbenchCore

/// Training the tagger on a few sentences written for the test: the model file round-trips,
/// holds its figures, and the stage uses it.
@Suite struct EntityTaggerTrainingTests {
  /// Twelve short documents in CoNLL layout, with a document mark before each.
  static let conll: String = {
    let people = ["Anna Berg", "Lars Holm", "Maria Lund", "Omar Saleh", "Nina Dahl", "Karim Haddad"]
    let places = ["Oslo", "Bergen", "Tromso", "Aleppo", "Narvik", "Tripoli"]
    let companies = ["Nordfisk", "Fjordkraft", "Polarbank", "Medtrade", "Havbruk", "Sahelco"]
    var lines: [String] = []
    for index in 0..<12 {
      let person = people[index % 6].split(separator: " ")
      lines += ["-DOCSTART-\tO", ""]
      lines += [
        "Minister\tO", "\(person[0])\tB-PER", "\(person[1])\tI-PER", "visited\tO", "\(places[index % 6])\tB-LOC",
        "on\tO", "Monday\tO", ".\tO", "",
      ]
      lines += [
        "\(companies[(index + 1) % 6])\tB-ORG", "said\tO", "\(person[1])\tB-PER", "met\tO", "its\tO", "staff\tO",
        "in\tO", "\(places[(index + 2) % 6])\tB-LOC", ".\tO", "",
      ]
    }
    return lines.joined(separator: "\n")
  }()

  static func train(devEvery: Int = 4) throws -> (EntityTaggerTraining.Outcome, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let data = directory.appendingPathComponent("tiny.conll")
    try conll.write(to: data, atomically: true, encoding: .utf8)
    var training = EntityTaggerTraining()
    training.trainer.epochs = 4
    training.trainer.bucketBits = 14
    training.devEvery = devEvery
    training.notes = ["source": "test fixture"]
    return (try training.run([.init(url: data, weight: 1)]), directory)
  }

  @Test func modelFileRoundTripsWithItsFigures() throws {
    let (outcome, _) = try Self.train()
    #expect(outcome.heldOut.count == 3)
    let bytes = outcome.model.serialized()
    let reread = try EntityTaggerModel(data: bytes)
    // Weights are quantized when written: a model read back writes itself the same way.
    #expect(try EntityTaggerModel(data: reread.serialized()).serialized() == reread.serialized())
    #expect(abs(reread.serialized().count - bytes.count) < bytes.count / 50)
    #expect(reread.types == ["PERSON", "LOCATION", "ORGANIZATION", "MISC"])
    #expect(reread.info["source"] == .string("test fixture"))
    #expect(reread.info["documents"] == .int(9))
    let heldOut = try #require(reread.info["held_out"]?.objectValue?["all"]?.objectValue)
    #expect(heldOut["gold"] == .int(15))
  }

  @Test func theStageUsesATrainedModelFile() throws {
    let (outcome, directory) = try Self.train(devEvery: 0)
    try outcome.model.serialized().write(to: directory.appendingPathComponent("tiny.wbner"))
    let found = try makeStage(["tagger": "tiny.wbner"], base: directory)
      .analyze(Document(id: "t", text: "Minister Anna Berg visited Oslo on Monday ."), .none)
    let anna = try #require(found.first { $0.text == "Anna Berg" })
    #expect(anna.label == "PERSON")
    #expect(anna.attributes["nil"] == true)
    #expect(anna.attributes["title"] == "Minister")
    #expect(anna.value == EntityLinker.nilClusterID(name: "anna berg", type: "PERSON"))
  }

  @Test(arguments: [
    (
      "WBNER\n",
      "not an entity tagger model file: it does not start with the model signature (train one with `workbench train entities`)"
    ),
    (
      "a model",
      "not an entity tagger model file: it does not start with the model signature (train one with `workbench train entities`)"
    ),
  ])
  func rejectsFilesThatAreNotModels(_ content: String, _ message: String) {
    #expect {
      try EntityTaggerModel(data: Data(content.utf8))
    } throws: { error in
      (error as? EntityTaggerModelError)?.description == message
    }
  }

  @Test func aTruncatedModelIsRefused() throws {
    let (outcome, _) = try Self.train(devEvery: 0)
    let bytes = outcome.model.serialized()
    #expect(throws: EntityTaggerModelError.self) { try EntityTaggerModel(data: bytes.prefix(bytes.count - 3)) }
  }

  @Test func aMissingModelFileIsAConfigurationError() {
    #expect(throws: ConfigurationError.self) { try makeStage(["tagger": "/nonexistent/model.wbner"]) }
  }
}
