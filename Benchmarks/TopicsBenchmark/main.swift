import Foundation
import TopicClustering
import WorkbenchCore

// Times topic clustering end to end on a JSON Lines corpus, single-threaded, the way a
// workflow runs it: read, collect per document (encoded as the cache stores it), reduce.
// A plain byte scan of the same text, timed in the same run, is the per-core baseline.
//
//   swift build -c release --product topics-benchmark
//   .build/release/topics-benchmark CORPUS.jsonl [--topics N|auto] [--method nmf|kmeans] [--seed N]
//     [--phrases true|false] [--set option=value ...] [--section-table TABLE.tsv]
//     [--section-classifier CLASSIFIER.tsv]
//   .build/release/topics-benchmark LABELLED.jsonl --learn-sections TABLE.tsv
//   .build/release/topics-benchmark LABELLED.jsonl [--section-table TABLE.tsv] --learn-classifier CLASSIFIER.tsv
//
// With labels in the corpus it also prints NMI, adjusted Rand index and purity (over the
// labelled documents only, so unlabelled stories can be added to a labelled set); with
// TOPICS_TERMS set, each topic's terms; with TOPICS_DIGEST set, a digest of the cached values and of the results.

var arguments = Array(CommandLine.arguments.dropFirst())
var options: [String: JSONValue] = [:]
var path: String?
var sectionTableOutput: String?
var sectionTable: String?
var classifierOutput: String?
var classifierTable: String?
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--topics":
    let value = arguments.isEmpty ? "" : arguments.removeFirst()
    options["topics"] = Int(value).map(JSONValue.int) ?? .string(value)
  case "--method": options["method"] = .string(arguments.isEmpty ? "" : arguments.removeFirst())
  case "--seed": options["seed"] = .int(Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? 1)
  case "--learn-sections":
    // Writes the section term table learned from the corpus's labels, then stops.
    sectionTableOutput = arguments.isEmpty ? nil : arguments.removeFirst()
  case "--section-table":
    // Weighs by this section term table instead of the shipped one (`section_weight`).
    sectionTable = arguments.isEmpty ? nil : arguments.removeFirst()
  case "--learn-classifier":
    // Writes the section classifier learned from the corpus's labels, then stops.
    classifierOutput = arguments.isEmpty ? nil : arguments.removeFirst()
  case "--section-classifier":
    // Appends this section classifier's scores (`section_scores`).
    classifierTable = arguments.isEmpty ? nil : arguments.removeFirst()
  case "--phrases": options["phrases"] = .bool((arguments.isEmpty ? "" : arguments.removeFirst()) != "false")
  case "--set":
    // Any other option, `--set key=value` (a number, true/false, or text).
    let pair = (arguments.isEmpty ? "" : arguments.removeFirst()).split(separator: "=", maxSplits: 1).map(String.init)
    guard pair.count == 2 else { continue }
    options[pair[0]] =
      Int(pair[1]).map(JSONValue.int) ?? Double(pair[1]).map(JSONValue.double)
      ?? (pair[1] == "true" || pair[1] == "false" ? .bool(pair[1] == "true") : .string(pair[1]))
  default: path = argument
  }
}
guard let path else {
  FileHandle.standardError.write(
    Data(
      "usage: topics-benchmark CORPUS.jsonl [--topics N|auto] [--method nmf|kmeans] [--seed N] [--phrases true|false]\n"
        .utf8))
  exit(64)
}

/// A JSON Lines corpus, or a folder of .txt documents (ids are file names, in name order).
func readCorpus(_ path: String) throws -> LabelledCorpus {
  var isFolder: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
    return try LabelledCorpus(contentsOf: URL(fileURLWithPath: path))
  }
  let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
  var corpus = LabelledCorpus()
  for name in names {
    let data = try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(name))
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    corpus.documents.append(Document(id: name, text: text))
    corpus.labels.append(nil)
  }
  return corpus
}

/// A point in time: wall clock and this process's CPU time (the machine is shared, so CPU
/// seconds are the steadier measure; the benchmark is single-threaded).
struct Stamp {
  var wall = DispatchTime.now().uptimeNanoseconds
  var cpu: UInt64 = {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }()
}

/// Wall and CPU seconds since `start`.
func seconds(since start: Stamp) -> (wall: Double, cpu: Double) {
  let now = Stamp()
  return (Double(now.wall - start.wall) / 1e9, Double(now.cpu - start.cpu) / 1e9)
}

func format(_ name: String, _ time: (wall: Double, cpu: Double), _ extra: String = "") -> String {
  String(format: "%@ %.3f s wall, %.3f s cpu", name, time.wall, time.cpu) + extra
}

let total = Stamp()
var clock = Stamp()
let corpus = try readCorpus(path)
let readTime = seconds(since: clock)
let bytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }

clock = Stamp()
var spaces = 0
for document in corpus.documents {
  var text = document.text
  text.withUTF8 { buffer in for byte in buffer where byte == 0x20 { spaces += 1 } }
}
let scanTime = seconds(since: clock)

let labels = corpus.labels.compactMap { $0 }
if options["topics"] == nil, labels.count == corpus.documents.count {
  options["topics"] = .int(Set(labels).count)
}
let configured = try StageFactory(TopicClusteringStage.self).configure(.object(options))
let context = StageContext(baseDirectory: URL(fileURLWithPath: "."), checksum: { _ in "" })
guard case .corpus(let stage) = try configured.makeStage(context: context) else { exit(1) }

clock = Stamp()
var collected: [CollectedItem<Data>] = []
collected.reserveCapacity(corpus.documents.count)
for document in corpus.documents {
  collected.append(CollectedItem(documentID: document.id, value: try stage.collect(document, .none)))
}
let collectTime = seconds(since: clock)

if let sectionTableOutput {
  guard labels.count == corpus.documents.count else {
    FileHandle.standardError.write(Data("--learn-sections needs a label on every document\n".utf8))
    exit(64)
  }
  let decoded = try collected.map { try JSONDecoder().decode(CollectedTerms.self, from: $0.value) }
  let prior = SectionTermPrior.learn(documents: decoded, sections: labels)
  try prior.tsv(header: ["learned from \(decoded.count) labelled stories of \(Set(labels).count) sections"])
    .write(toFile: sectionTableOutput, atomically: true, encoding: .utf8)
  print("section terms \(prior.informativeness.count) written to \(sectionTableOutput)")
  exit(0)
}
let sectionPrior =
  try sectionTable.map { SectionTermPrior(tsv: try String(contentsOfFile: $0, encoding: .utf8)) } ?? .shipped
let reducerConfiguration = try JSONDecoder().decode(
  TopicClusteringConfiguration.self, from: Data(configured.configuration.canonicalJSON.utf8))
if let classifierOutput {
  guard labels.count == corpus.documents.count else {
    FileHandle.standardError.write(Data("--learn-classifier needs a label on every document\n".utf8))
    exit(64)
  }
  let decoded = try collected.map { try JSONDecoder().decode(CollectedTerms.self, from: $0.value) }
  let classifier = TopicReducer(configuration: reducerConfiguration, sectionPrior: sectionPrior)
    .learnSectionClassifier(documents: decoded, sections: labels)
  try classifier.tsv(header: ["learned from \(decoded.count) labelled stories of \(Set(labels).count) sections"])
    .write(toFile: classifierOutput, atomically: true, encoding: .utf8)
  print("section classifier terms \(classifier.weights.count) written to \(classifierOutput)")
  exit(0)
}
let collectedBytes = collected.reduce(0) { $0 + $1.value.count }

if ProcessInfo.processInfo.environment["TOPICS_DIGEST"] != nil {
  // FNV-1a over every cached value in document order: two builds that print the same digest
  // cache the same bytes (how a speed change shows it leaves the cache alone).
  var digest: UInt64 = 0xCBF2_9CE4_8422_2325
  for item in collected {
    for byte in item.value { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
    digest = (digest ^ 0x0A) &* 0x100_0000_01B3
  }
  print("cached digest \(digest) of \(collected.count) values")
}

clock = Stamp()
let result: CorpusResult
if sectionTable != nil || classifierTable != nil {
  let classifier = try classifierTable.map {
    SectionScoreClassifier(tsv: try String(contentsOfFile: $0, encoding: .utf8))
  }
  let decoded = try collected.map {
    CollectedItem(documentID: $0.documentID, value: try JSONDecoder().decode(CollectedTerms.self, from: $0.value))
  }
  result = TopicReducer(
    configuration: reducerConfiguration, sectionPrior: sectionPrior, sectionClassifier: classifier ?? .shipped
  )
  .reduce(decoded)
} else {
  result = try stage.reduce(collected)
}
let reduceTime = seconds(since: clock)
let totalTime = seconds(since: total)

if ProcessInfo.processInfo.environment["TOPICS_DIGEST"] != nil {
  // Every document's annotations (by id) and every record, as canonical JSON.
  var digest: UInt64 = 0xCBF2_9CE4_8422_2325
  func add(_ text: String) {
    for byte in text.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
    digest = (digest ^ 0x0A) &* 0x100_0000_01B3
  }
  for id in result.annotations.keys.sorted() {
    for annotation in result.annotations[id]! {
      add(
        "\(id) \(annotation.start) \(annotation.end) \(annotation.label) \(annotation.value ?? "-") "
          + JSONValue.object(annotation.attributes).canonicalJSON)
    }
  }
  for record in result.records { add("\(record.kind) \(record.key) " + record.value.canonicalJSON) }
  print("result digest \(digest) of \(result.annotations.count) documents, \(result.records.count) records")
}

let megabytes = Double(bytes) / 1e6
print(
  "documents \(corpus.documents.count), text \(String(format: "%.1f", megabytes)) MB, configuration \(configured.canonicalConfiguration)"
)
print(format("read", readTime))
print(format("byte scan", scanTime, String(format: " (%.0f MB/s per cpu second)", megabytes / scanTime.cpu)))
print(
  format(
    "collect", collectTime,
    String(
      format: " (%.1f MB/s per cpu second), cached %.1f MB", megabytes / collectTime.cpu, Double(collectedBytes) / 1e6))
)
print(format("reduce", reduceTime))
print(format("total", totalTime))
if let summary = result.records.first(where: { $0.kind == "topic-model" }) {
  print("model \(summary.value.canonicalJSON)")
}
for record in result.records where record.kind == "topic" {
  let object = record.value.objectValue ?? [:]
  print(
    "topic \(record.key) size \(object["size"]?.intValue ?? 0) npmi \(object["coherence"]?.doubleValue ?? -1): \(object["label"]?.stringValue ?? "")"
  )
  if ProcessInfo.processInfo.environment["TOPICS_TERMS"] != nil {
    print("  " + (object["terms"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: " · "))
  }
}
if !labels.isEmpty {
  // Only the labelled documents are scored (a corpus may carry unlabelled ones beside them).
  let scored = corpus.documents.indices.filter { corpus.labels[$0] != nil }
  let predicted = scored.map { result.annotations[corpus.documents[$0].id]?.first?.value ?? "none" }
  let agreement = ClusteringAgreement(gold: scored.map { corpus.labels[$0]! }, predicted: predicted)
  print(
    String(
      format: "NMI %.4f  ARI %.4f  purity %.4f", agreement.normalizedMutualInformation, agreement.adjustedRandIndex,
      agreement.purity))
}
