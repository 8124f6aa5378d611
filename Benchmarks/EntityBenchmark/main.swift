import EntityLinking
import Foundation

// entity-benchmark: linking throughput on one core with the built-in knowledge base plus a
// generated one of --aliases names, against a byte scan of the same text in the same run.
//
//   swift build -c release --product entity-benchmark
//   .build/release/entity-benchmark [--corpus DIR] [--aliases N] [--repeat R] [--tagger shipped|none|FILE]
//   .build/release/entity-benchmark --train FILE[:WEIGHT] ... --output MODEL [--test FILE] [--tuning-offset N]
//
// --tagger links with the learned tagger (the stage's default, `shipped`) or without (`none`).
// --dump FILE writes every mention found (one line each, per document), to check that a speed
// change leaves the output as it was.
// --train measures training the tagger as `workbench train entities` does (CPU seconds of the
// process) and writes the model; --test scores it on a file never trained on; --tuning-offset N
// also leaves out every document at index % 10 == N and scores it apart (the fold to tune on);
// --tuning-every-epoch scores that fold after every epoch (on standard error), to choose the
// number of epochs in one run; --no-organization-names trains without the organization-name
// feature (OrganizationNameGazetteer), to measure it; --two-stage K trains a second pass on what a
// first pass, trained on K-1 of K parts at a time, said about the same word elsewhere in the document.
//
// Rates are per CPU second of the measuring thread (one core) and per wall second.
// The corpus is a folder of .txt documents (default /work/bench-data/corpus-10000); without
// one, the five seeds concatenated are used.

var corpusPath = "/work/bench-data/corpus-10000"
var aliasTarget = 120_000
var repeats = 1
var taggerChoice = "shipped"
var trainingFiles: [String] = []
var modelOutput = "entity_tagger.wbner"
var dumpPath: String?
var training = EntityTaggerTraining()
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  switch argument {
  case "--corpus": corpusPath = arguments.next() ?? corpusPath
  case "--aliases": aliasTarget = Int(arguments.next() ?? "") ?? aliasTarget
  case "--repeat": repeats = max(1, Int(arguments.next() ?? "") ?? 1)
  case "--tagger": taggerChoice = arguments.next() ?? taggerChoice
  case "--train": trainingFiles.append(arguments.next() ?? "")
  case "--output": modelOutput = arguments.next() ?? modelOutput
  case "--dump": dumpPath = arguments.next()
  case "--rejoin": training.rejoinClitics = Double(arguments.next() ?? "") ?? training.rejoinClitics
  case "--epochs": training.trainer.epochs = Int(arguments.next() ?? "") ?? training.trainer.epochs
  case "--test": training.testFiles.append(URL(fileURLWithPath: arguments.next() ?? ""))
  case "--tuning-offset": training.tuningOffset = Int(arguments.next() ?? "")
  case "--tuning-dump": training.tuningDump = URL(fileURLWithPath: arguments.next() ?? "")
  case "--note":
    let parts = (arguments.next() ?? "").split(separator: "=", maxSplits: 1).map(String.init)
    if parts.count == 2 { training.notes[parts[0]] = .string(parts[1]) }
  case "--prune-rows": training.trainer.pruneRowsBelow = Float(arguments.next() ?? "") ?? 0
  case "--bucket-bits": training.trainer.bucketBits = Int(arguments.next() ?? "") ?? training.trainer.bucketBits
  case "--shuffles": training.trainer.shuffles = Int(arguments.next() ?? "") ?? training.trainer.shuffles
  case "--tuning-every-epoch":
    training.tuningEveryEpoch = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
  case "--no-organization-names": training.trainer.organizationNames = false
  case "--two-stage": training.trainer.twoStageParts = Int(arguments.next() ?? "") ?? 0
  case "--seed": training.trainer.seed = UInt64(arguments.next() ?? "") ?? training.trainer.seed
  default:
    FileHandle.standardError.write(
      Data(
        "usage: entity-benchmark [--corpus DIR] [--aliases N] [--repeat R] [--tagger shipped|none|FILE] | --train FILE[:W] ... --output MODEL\n"
          .utf8))
    exit(64)
  }
}

/// CPU time of the whole process (training is one thread, reading files included).
func processSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

if !trainingFiles.isEmpty {
  let cpuStart = processSeconds()
  let wallStart = Date()
  let sources = trainingFiles.map { item -> EntityTaggerTraining.Source in
    if let colon = item.lastIndex(of: ":"), let weight = Float(item[item.index(after: colon)...]) {
      return .init(url: URL(fileURLWithPath: String(item[..<colon])), weight: weight)
    }
    return .init(url: URL(fileURLWithPath: item), weight: 1)
  }
  let outcome = try training.run(sources) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
  for line in outcome.report { print(line) }
  let model = outcome.model.serialized()
  try model.write(to: URL(fileURLWithPath: modelOutput))
  try EntityGoldDocument.jsonLines(outcome.heldOut).write(to: URL(fileURLWithPath: modelOutput + ".heldout.jsonl"))
  print(
    "training: \(String(format: "%.1f", processSeconds() - cpuStart)) CPU s, \(String(format: "%.1f", Date().timeIntervalSince(wallStart))) wall s; model \(model.count) bytes"
  )
  exit(0)
}

func loadCorpus(_ path: String) -> (texts: [String], description: String) {
  let url = URL(fileURLWithPath: path)
  if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
    let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
      try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
    }
    if !texts.isEmpty { return (texts, path) }
  }
  let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
  let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
    try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8)
  }
  return (Array(repeating: texts, count: 200).flatMap { $0 }, "seeds x200 (no corpus at \(path))")
}

/// Deterministic generated names: Arabic-letter words of 3-7 letters, 1-3 words per name, a
/// fifth of them Latin, spread over the three types.
func generatedEntities(aliases target: Int) -> [KnowledgeBaseEntity] {
  var state: UInt64 = 0x2545_F491_4F6C_DD1D
  func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  let arabic = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي").map(String.init)
  let latin = Array("abcdefghijklmnopqrstuvwxyz").map(String.init)
  func word(_ letters: [String]) -> String {
    let length = 3 + Int(next() % 5)
    return (0..<length).map { _ in letters[Int(next() % UInt64(letters.count))] }.joined()
  }
  let types = ["PERSON", "LOCATION", "ORGANIZATION"]
  var entities: [KnowledgeBaseEntity] = []
  var count = 0
  var index = 0
  while count < target {
    let isLatin = next() % 5 == 0
    let letters = isLatin ? latin : arabic
    let aliasCount = 1 + Int(next() % 3)
    let aliases = (0..<aliasCount).map { _ -> KnowledgeBaseAlias in
      var name = (0..<(1 + Int(next() % 3))).map { _ in word(letters) }.joined(separator: " ")
      if isLatin { name = name.capitalized }
      return KnowledgeBaseAlias(name, language: isLatin ? "en" : "ar")
    }
    entities.append(
      KnowledgeBaseEntity(
        id: "bench:\(index)", type: types[index % 3], name_en: aliases[0].text, name_ar: aliases[0].text,
        prior: 0.5, aliases: aliases))
    count += aliasCount
    index += 1
  }
  return entities
}

/// CPU time of this thread, so that other processes on a shared machine do not count.
func threadSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let (texts, corpusDescription) = loadCorpus(corpusPath)
let bytes = texts.reduce(0) { $0 + $1.utf8.count }

let buildStart = Date()
var knowledgeBase = try KnowledgeBase.builtIn().knowledgeBase
knowledgeBase.merge(generatedEntities(aliases: aliasTarget))
let tagger: EntityTaggerModel? =
  switch taggerChoice {
  case "none": nil
  case "shipped": try EntityTaggerModel(data: EntityTaggerModel.shippedModelData())
  default: try EntityTaggerModel(data: Data(contentsOf: URL(fileURLWithPath: taggerChoice)))
  }
let linker = EntityLinker(knowledgeBase: knowledgeBase, tagger: tagger)
let buildSeconds = Date().timeIntervalSince(buildStart)

// Baseline: one pass over the UTF-8 bytes of every document, counting spaces.
var spaces = 0
let scanStart = Date()
let scanCPUStart = threadSeconds()
for _ in 0..<repeats {
  for text in texts {
    var copy = text
    copy.withUTF8 { buffer in
      for byte in buffer where byte == 0x20 { spaces += 1 }
    }
  }
}
let scanSeconds = Date().timeIntervalSince(scanStart)
let scanCPUSeconds = threadSeconds() - scanCPUStart

var mentions = 0
let linkStart = Date()
let linkCPUStart = threadSeconds()
for _ in 0..<repeats {
  for text in texts { mentions += linker.link(text).count }
}
let linkSeconds = Date().timeIntervalSince(linkStart)
let linkCPUSeconds = threadSeconds() - linkCPUStart

if let dumpPath {
  var lines = ""
  for (number, text) in texts.enumerated() {
    for mention in linker.link(text) { lines += "\(number)\t\(mention)\n" }
  }
  try Data(lines.utf8).write(to: URL(fileURLWithPath: dumpPath))
}

let megabytes = Double(bytes * repeats) / 1_000_000
let summary: [String: Any] = [
  "corpus": corpusDescription, "documents": texts.count, "tagger": taggerChoice,
  "megabytes": (megabytes * 100).rounded() / 100,
  "entities": knowledgeBase.count, "aliases": knowledgeBase.aliasCount, "index_keys": linker.indexedAliasCount,
  "index_build_seconds": (buildSeconds * 100).rounded() / 100, "mentions": mentions / repeats,
  "link_mb_per_cpu_s": (megabytes / linkCPUSeconds * 10).rounded() / 10,
  "link_mb_per_wall_s": (megabytes / linkSeconds * 10).rounded() / 10,
  "byte_scan_mb_per_cpu_s": (megabytes / scanCPUSeconds * 10).rounded() / 10,
  "byte_scan_mb_per_wall_s": (megabytes / scanSeconds * 10).rounded() / 10, "spaces": spaces / repeats,
]
let data = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
