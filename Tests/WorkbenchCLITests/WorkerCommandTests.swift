import Foundation
import Testing
import WorkbenchCore

/// `workbench worker`: documents as JSON Lines in, annotation records out, through the same
/// executor as `workbench run`; and topic clustering split into a saved model and assignment.
@Suite struct WorkerCommandTests {
  static let workflow = """
    version: 1
    name: power
    corpus:
      path: corpus
    stages:
      - id: words
        plugin: keywords
        config: {terms: [fuel, الوقود, الكهرباء]}
      - id: topics
        plugin: topic-clustering
        config: {topics: 2}
    """

  // Written for these tests: two subjects (power cuts, a book fair) in Arabic and English.
  static let documents: [(String, String)] = [
    ("p1", "انقطعت الكهرباء عن الحي بسبب نقص الوقود في محطة التوليد، وقالت الشركة إن الكهرباء ستعود مساء."),
    ("p2", "طلبت شركة الكهرباء شحنة وقود جديدة لمحطة التوليد بعد انقطاع الكهرباء طوال الليل."),
    (
      "p3",
      "The power station ran out of fuel, and the electricity company said power would return after the fuel delivery."
    ),
    (
      "p4",
      "Fuel shortages shut the power station twice this week; the electricity company asked for a new fuel delivery."
    ),
    ("b1", "افتتح معرض الكتاب أبوابه للزوار، وعرضت دور النشر آلاف الكتب والروايات الجديدة في قاعات المعرض."),
    ("b2", "زار طلاب المدارس معرض الكتاب واشتروا روايات وكتبا، وقالت دور النشر إن المعرض حقق مبيعات كبيرة."),
    ("b3", "The book fair opened its halls to readers, and publishers showed thousands of new novels and books."),
    ("b4", "Publishers at the book fair said readers bought more novels this year, and the fair halls were full."),
  ]

  static var corpusLines: String {
    documents.map { id, text in
      JSONValue.object(["id": .string(id), "text": .string(text), "date": "2026-03-01"]).canonicalJSON
    }.joined(separator: "\n") + "\n"
  }

  func makeProject() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("power.yaml", Self.workflow)
    try folder.write("corpus/news.jsonl", Self.corpusLines)
    return folder
  }

  static func objects(_ text: String) throws -> [[String: JSONValue]] {
    try text.split(separator: "\n").map { try JSONValue.parse(String($0)).objectValue ?? [:] }
  }

  /// An annotation record without the worker's result key, as canonical JSON.
  static func withoutKey(_ record: [String: JSONValue]) -> String {
    var record = record
    record["result_key"] = nil
    return JSONValue.object(record).canonicalJSON
  }

  @Test func workerAndSavedTopicModelGiveWhatRunAndExportGive() throws {
    let project = try makeProject()
    let run = try WorkbenchProcess.run(["run", "power.yaml", "--db", "run.sqlite", "--quiet"], in: project.url)
    #expect(run.status == 0, "\(run.standardError)")
    let export = try WorkbenchProcess.run(["export", "--db", "run.sqlite", "--format", "jsonl"], in: project.url)
    let expected = try Self.objects(export.standardOutput).map(Self.withoutKey).sorted()
    #expect(expected.contains { $0.contains("\"label\":\"TOPIC\"") })

    let corpus = try WorkbenchProcess.run(["worker", "power.yaml", "--print-corpus"], in: project.url)
    #expect(try Self.objects(corpus.standardOutput).map { $0["id"] } == Self.documents.map { .string($0.0) })
    let collected = try WorkbenchProcess.run(
      ["worker", "power.yaml", "--collect", "--stage", "topics"], in: project.url, standardInput: corpus.standardOutput)
    #expect(collected.status == 0, "\(collected.standardError)")
    try project.write("collected.jsonl", collected.standardOutput)
    let train = try WorkbenchProcess.run(
      ["train", "topics", "--collected", "collected.jsonl", "--config", #"{"topics": 2}"#, "-o", "power.topics"],
      in: project.url)
    #expect(train.status == 0, "\(train.standardError)")

    let worker = try WorkbenchProcess.run(
      ["worker", "power.yaml", "--replace", "topics=topic-assignment", "--config", "topics.model=power.topics"],
      in: project.url, standardInput: corpus.standardOutput)
    #expect(worker.status == 0, "\(worker.standardError)")
    let records = try Self.objects(worker.standardOutput)
    let annotations = records.filter { $0["record"] == nil }
    let documents = records.filter { $0["record"] == "document" }
    #expect(annotations.map(Self.withoutKey).sorted() == expected)
    #expect(documents.map { $0["doc"] } == Self.documents.map { .string($0.0) })
    // Each annotation names the result it belongs to, as its document's record does.
    let results = Dictionary(
      uniqueKeysWithValues: documents.map { ($0["doc"]!.stringValue!, $0["results"]!.objectValue!) })
    for annotation in annotations {
      let key = annotation["result_key"]?.stringValue
      #expect(
        key != nil && results[annotation["doc"]!.stringValue!]?[annotation["stage"]!.stringValue!]?.stringValue == key)
    }
    // The input keys of --keys-only are those of the full run.
    let keys = try WorkbenchProcess.run(
      [
        "worker", "power.yaml", "--replace", "topics=topic-assignment", "--config", "topics.model=power.topics",
        "--keys-only",
      ],
      in: project.url, standardInput: corpus.standardOutput)
    #expect(try Self.objects(keys.standardOutput).map { $0["input_key"] } == documents.map { $0["input_key"] })
  }

  @Test func aBadLineFailsAloneAndTheModelEntersTheKeys() throws {
    let project = try makeProject()
    let lines = Self.corpusLines.split(separator: "\n")
    let input = [String(lines[0]), "{\"id\": \"broken\", \"text\": ", String(lines[4])].joined(separator: "\n") + "\n"
    let worker = try WorkbenchProcess.run(["worker", "power.yaml"], in: project.url, standardInput: input)
    #expect(worker.status == 0, "\(worker.standardError)")
    let records = try Self.objects(worker.standardOutput)
    let documents = records.filter { $0["record"] == "document" }
    #expect(documents.count == 3)
    #expect(documents[1]["failures"]?.objectValue?["read"]?.stringValue?.contains("invalid JSON") == true)
    #expect(documents[1]["input_key"] == .null)
    // Without --collect or a model, the corpus stage does not run: only `words` annotates.
    let annotations = records.filter { $0["record"] == nil }
    #expect(Set(annotations.compactMap { $0["stage"]?.stringValue }) == ["words"])
    #expect(
      annotations.filter { $0["doc"] == "p1" }.compactMap { $0["text"]?.stringValue } == [
        "الكهرباء", "الوقود", "الكهرباء",
      ])

    // Two different models: different keys for the topic stage (the checksum is in them).
    let corpus = try WorkbenchProcess.run(["worker", "power.yaml", "--print-corpus"], in: project.url).standardOutput
    let collected = try WorkbenchProcess.run(
      ["worker", "power.yaml", "--collect", "--stage", "topics"], in: project.url, standardInput: corpus)
    try project.write("collected.jsonl", collected.standardOutput)
    var topicKeys: [JSONValue?] = []
    for topics in [2, 3] {
      let train = try WorkbenchProcess.run(
        [
          "train", "topics", "--collected", "collected.jsonl", "--config", "{\"topics\": \(topics)}", "-o",
          "m\(topics).topics",
        ],
        in: project.url)
      #expect(train.status == 0, "\(train.standardError)")
      let assigned = try WorkbenchProcess.run(
        ["worker", "power.yaml", "--replace", "topics=topic-assignment", "--config", "topics.model=m\(topics).topics"],
        in: project.url, standardInput: String(lines[0]) + "\n")
      let record = try Self.objects(assigned.standardOutput).first { $0["record"] == "document" }
      topicKeys.append(record?["results"]?.objectValue?["topics"])
    }
    #expect(topicKeys[0] != nil && topicKeys[1] != nil && topicKeys[0] != topicKeys[1])
  }
}
