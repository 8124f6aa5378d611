// Reading speed of the corpus reader against a plain byte scan of the same files.
//
//   swift run -c release WorkflowBenchmark [--documents N] [--words-per-document N] [--keep]
//
// Generates a deterministic corpus (N .txt files and one .jsonl file of N records, Arabic and
// English words from a small list written for this benchmark, a seeded generator), then
// times in CPU seconds of one thread (one core): a baseline that reads every file and sums its bytes, listing the
// corpus, and reading every document through `CorpusReader`. Prints MB/s and peak memory.
// Then times the metadata table's load and look-ups against a dictionary of the same rows.
import Foundation
import WorkbenchCore
import WorkbenchWorkflow

struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

func option(_ name: String, _ fallback: Int) -> Int {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
  return Int(arguments[index + 1]) ?? fallback
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// CPU seconds of this thread: the machine is shared, so wall time would measure the neighbours.
func cpuSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func time(_ body: () throws -> Void) rethrows -> Double {
  let start = cpuSeconds()
  try body()
  return cpuSeconds() - start
}

let documentCount = option("--documents", 10_000)
let wordsPerDocument = option("--words-per-document", 400)
let words = [
  "الطاقة", "النفط", "الغاز", "الكهرباء", "التعاون", "الحكومة", "وزير", "اتفاق", "مشروع", "محطة",
  "دمشق", "موسكو", "الاقتصاد", "الاستثمار", "في", "من", "إلى", "على", "أن", "مع", "قال", "العام",
  "energy", "oil", "gas", "minister", "agreement", "the", "of", "and", "in", "to", "2026", "٢٠٢٥",
]
func paragraph(_ generator: inout SeededGenerator) -> String {
  var text = ""
  for index in 0..<wordsPerDocument {
    text += words.randomElement(using: &generator)!
    text += index % 17 == 16 ? ".\r\n" : " "
  }
  return text
}

let root = FileManager.default.temporaryDirectory
  .appendingPathComponent("workflow-benchmark-\(documentCount)-\(wordsPerDocument)")
let textFolder = root.appendingPathComponent("text")
let jsonFolder = root.appendingPathComponent("jsonl")
// `--keep` leaves the generated corpus in place for the next run, which then reuses it.
let keep = CommandLine.arguments.contains("--keep")
let reuse = keep && FileManager.default.fileExists(atPath: jsonFolder.appendingPathComponent("corpus.jsonl").path)
if !reuse { try generate() }

func generate() throws {
  try? FileManager.default.removeItem(at: root)
  try FileManager.default.createDirectory(at: textFolder, withIntermediateDirectories: true)
  try FileManager.default.createDirectory(at: jsonFolder, withIntermediateDirectories: true)
  _ = FileManager.default.createFile(atPath: jsonFolder.appendingPathComponent("corpus.jsonl").path, contents: nil)
  let jsonLines = try FileHandle(forWritingTo: jsonFolder.appendingPathComponent("corpus.jsonl"))
  var generator = SeededGenerator(state: 42)
  for index in 0..<documentCount {
    let text = paragraph(&generator)
    try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8))
      .write(to: textFolder.appendingPathComponent(String(format: "doc_%06d.txt", index)))
    let record: JSONValue = ["id": .string("doc-\(index)"), "text": .string(text), "date": "2026-01-28"]
    try jsonLines.write(contentsOf: Array(record.canonicalJSON.utf8) + [0x0A])
  }
  try jsonLines.close()
}
print(String(format: "peak memory after generating the corpus: %.0f MB", peakMemoryMB()))

func baseline(_ folder: URL) throws -> (bytes: Int, seconds: Double) {
  var total = 0
  var checksum: UInt64 = 0
  let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
  let seconds = try time {
    for file in files {
      let data = try Data(contentsOf: file)
      total += data.count
      data.withUnsafeBytes { raw in for byte in raw { checksum &+= UInt64(byte) } }
    }
  }
  precondition(checksum != 1)
  return (total, seconds)
}

func readAll(_ folder: URL) throws -> (documents: Int, failures: Int, listSeconds: Double, readSeconds: Double) {
  var reader: CorpusReader!
  let listSeconds = try time { reader = try CorpusReader(spec: CorpusSpec(path: folder)) }
  var documents = 0
  var failures = 0
  var scalars = 0
  let readSeconds = time {
    for entry in reader.entries() {
      switch entry {
      case .document(let document, _):
        documents += 1
        scalars &+= document.text.utf8.count
      case .failure: failures += 1
      }
    }
  }
  precondition(scalars > 0)
  return (documents, failures, listSeconds, readSeconds)
}

print("documents: \(documentCount), words per document: \(wordsPerDocument)")
for (name, folder) in [("txt files", textFolder), ("one jsonl file", jsonFolder)] {
  let read = try readAll(folder)
  print(String(format: "peak memory after reading %@: %.0f MB", name, peakMemoryMB()))
  let base = try baseline(folder)
  let megabytes = Double(base.bytes) / 1e6
  print(
    String(
      format:
        "%@: %.1f MB; byte-scan baseline %.0f MB/s; CorpusReader listing %.3f s, reading %.0f MB/s (%.0f docs/s), listing and reading %.0f MB/s; %d documents, %d failures",
      name, megabytes, megabytes / base.seconds, read.listSeconds, megabytes / read.readSeconds,
      Double(read.documents) / read.readSeconds, megabytes / (read.readSeconds + read.listSeconds),
      read.documents, read.failures))
}
print(String(format: "peak memory with the baseline (it holds the whole .jsonl file): %.0f MB", peakMemoryMB()))

// The metadata table: loading a metadata.csv of one row per document, and looking every
// document up (as a run does, in corpus order, and scattered), against a dictionary of the
// same rows (what the table held before it kept only an index).
func measureMetadata() throws {
  let url = root.appendingPathComponent("metadata.csv")
  var generator = SeededGenerator(state: 7)
  var csv = "file,date,title,source\n"
  let ids = (0..<documentCount).map { String(format: "doc_%06d.txt", $0) }
  for id in ids {
    let title = (0..<12).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
    csv += "\(id),2026-01-\(10 + Int.random(in: 0..<19, using: &generator)),\"\(title)، \"\"قال\"\"\",SANA\n"
  }
  try Data(csv.utf8).write(to: url)
  var table = MetadataTable()
  let loadSeconds = time { table = MetadataTable.load(url).table }
  precondition(table.count == documentCount)
  let scattered = ids.indices.map { ids[($0 &* 7919) % ids.count] }
  var found = 0
  let inOrderSeconds = time { for id in ids where table.metadata(for: id) != nil { found += 1 } }
  let scatteredSeconds = time { for id in scattered where table.metadata(for: id) != nil { found += 1 } }
  var dictionary: [String: DocumentMetadata] = [:]
  for id in ids { dictionary[id] = table.metadata(for: id) }
  let dictionarySeconds = time { for id in ids where dictionary[id] != nil { found += 1 } }
  precondition(found == 3 * documentCount)
  let microseconds = { (seconds: Double) in seconds / Double(documentCount) * 1e6 }
  print(
    String(
      format:
        "metadata table of %d rows (%.1f MB): load %.3f s; a look-up %.2f µs in corpus order, %.2f µs scattered; baseline, a dictionary of the rows: %.2f µs",
      documentCount, Double(csv.utf8.count) / 1e6, loadSeconds, microseconds(inOrderSeconds),
      microseconds(scatteredSeconds), microseconds(dictionarySeconds)))
}
try measureMetadata()
if !keep { try? FileManager.default.removeItem(at: root) }
