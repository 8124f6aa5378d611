// Throughput of the date-normalization stage on one core, against a byte scan of the same
// texts measured in the same run.
//
//   swift build -c release --product date-benchmark
//   .build/release/date-benchmark /work/bench-data/corpus-10000 [repetitions]
//   .build/release/date-benchmark /work/bench-data/corpus-10000 --dump annotations.jsonl
//
// Reads every *.txt of the folder (and metadata.csv dates when present), then times in thread
// CPU seconds, best of N repetitions: a byte scan counting words (the baseline), the extractor alone, and the
// stage's analyze (extractor plus annotations with text slices and attributes).
//
// With `--dump FILE` it times nothing: it runs the stage's analyze once per document and writes
// every annotation as one canonical JSON line (document, offsets, text, value, attributes),
// sorted, so that two builds' outputs compare with `cmp` when a change must keep output identical.
import DateNormalization
import Foundation
import WorkbenchCore

var arguments = CommandLine.arguments
var dumpPath: String?
if let flag = arguments.firstIndex(of: "--dump"), flag + 1 < arguments.count {
  dumpPath = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: date-benchmark FOLDER [repetitions] [--dump FILE]\n".utf8))
  exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3

var dates: [String: String] = [:]
if let csv = try? String(contentsOf: folder.appendingPathComponent("metadata.csv"), encoding: .utf8) {
  for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
    let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
    if fields.count >= 2 { dates[String(fields[0])] = String(fields[1]) }
  }
}
let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
var documents: [Document] = []
for name in names {
  var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  text.makeContiguousUTF8()
  documents.append(Document(id: name, text: text, metadata: DocumentMetadata(date: dates[name])))
}
let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }

/// CPU time of this thread: the machine is shared, so wall time would count other
/// processes' turns on the core; thread CPU time is the per-core cost.
func threadSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

@MainActor func best(_ body: () -> Int) -> (seconds: Double, result: Int) {
  var fastest = Double.infinity
  var result = 0
  for _ in 0..<repetitions {
    let start = threadSeconds()
    result = body()
    fastest = min(fastest, threadSeconds() - start)
  }
  return (fastest, result)
}

@MainActor func byteScan() -> Int {
  var words = 0
  for document in documents {
    words +=
      document.text.utf8.withContiguousStorageIfAvailable { buffer in
        var count = 0
        var inWord = false
        for byte in buffer {
          let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
          if !isSpace && !inWord { count += 1 }
          inWord = !isSpace
        }
        return count
      } ?? 0
  }
  return words
}

let extractor = TemporalExtractor()
let anchors = documents.map { DateNormalizationStage.anchor($0.metadata.date ?? "", source: .metadata) }
let configured = try StageFactory(DateNormalizationStage.self).configure(.null)
let context = StageContext(baseDirectory: folder, checksum: { _ in "" })
guard case .document(let stage) = try configured.makeStage(context: context) else { exit(1) }

if let dumpPath {
  var lines: [String] = []
  for document in documents {
    for annotation in try stage.analyze(document, .none) { lines.append(annotation.jsonLine(doc: document.id)) }
  }
  lines.sort()
  try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dumpPath))
  print("\(lines.count) annotations of \(documents.count) documents written to \(dumpPath)")
  exit(0)
}

let scan = best(byteScan)
let extraction = best {
  var found = 0
  for (document, anchor) in zip(documents, anchors) { found += extractor.extract(document.text, anchor: anchor).count }
  return found
}
let thorough = best {
  var found = 0
  let unfiltered = TemporalExtractor(prefilter: false)
  for (document, anchor) in zip(documents, anchors) { found += unfiltered.extract(document.text, anchor: anchor).count }
  return found
}
let analysis = best {
  var found = 0
  for document in documents { found += (try? stage.analyze(document, .none).count) ?? 0 }
  return found
}

let megabytes = Double(bytes) / 1_000_000
@MainActor func line(_ name: String, _ measured: (seconds: Double, result: Int), _ unit: String) -> String {
  let rate = megabytes / measured.seconds
  return
    "\(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", rate)) MB/s  \(String(format: "%7.3f", measured.seconds)) s  \(measured.result) \(unit)"
}
print(
  "corpus: \(documents.count) documents, \(String(format: "%.1f", megabytes)) MB, best of \(repetitions), thread CPU time on one core"
)
print(line("byte scan (baseline)", scan, "words"))
print(line("extractor (pre-filter)", extraction, "expressions"))
print(line("extractor (no pre-filter)", thorough, "expressions"))
print(line("stage analyze", analysis, "annotations"))
print(String(format: "stage / byte scan: %.1f%%", 100 * scan.seconds / analysis.seconds))
