import Foundation
import WorkbenchText

/// Single-threaded throughput of the WorkbenchText hot paths over a folder of .txt files,
/// each against a plain byte scan of the same text measured in the same run.
///
///     swift run -c release text-benchmark /work/bench-data/corpus-10000 [--repeat 3]

struct Measurement {
  var name: String
  /// CPU time of this thread: the machine is shared, so wall time would count other people's work.
  var seconds: Double
  var wallSeconds: Double
  var checksum: Int
}

func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func loadCorpus(_ path: String) throws -> [String] {
  let folder = URL(fileURLWithPath: path)
  let names = try FileManager.default.contentsOfDirectory(atPath: path)
    .filter { $0.hasSuffix(".txt") }.sorted()
  return try names.map { name in
    var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }
}

/// The best of `repeats` runs of `body` over the corpus.
func measure(_ name: String, repeats: Int, _ body: () -> Int) -> Measurement {
  var best = Double.infinity
  var bestWall = Double.infinity
  var checksum = 0
  for _ in 0..<repeats {
    let wallStart = DispatchTime.now().uptimeNanoseconds
    let start = threadCPUSeconds()
    checksum = body()
    best = min(best, threadCPUSeconds() - start)
    bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
  }
  return Measurement(name: name, seconds: best, wallSeconds: bestWall, checksum: checksum)
}

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
  FileHandle.standardError.write(Data("usage: text-benchmark CORPUS_FOLDER [--repeat N]\n".utf8))
  exit(64)
}
var repeats = 3
if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.endIndex,
  let value = Int(arguments[index + 1])
{
  repeats = max(1, value)
}

let corpus = try loadCorpus(path)
let bytes = corpus.reduce(0) { $0 + $1.utf8.count }
let megabytes = Double(bytes) / 1_000_000
let normalizer = TextNormalizer.retrieval
let tokenizer = Tokenizer()
let stemmer = LightStemmer()

var results: [Measurement] = []
results.append(
  measure("byte scan (ceiling)", repeats: repeats) {
    // Counts scalar starts: touches every byte once, like any UTF-8 decoder must.
    var count = 0
    for text in corpus {
      var copy = text
      count += copy.withUTF8 { buffer in
        var starts = 0
        for byte in buffer where byte & 0xC0 != 0x80 { starts += 1 }
        return starts
      }
    }
    return count
  })
results.append(
  measure("normalization (retrieval)", repeats: repeats) {
    corpus.reduce(0) { $0 + normalizer.normalize($1).count }
  })
results.append(
  measure("tokenization", repeats: repeats) {
    corpus.reduce(0) { $0 + tokenizer.tokenize($1).count }
  })
results.append(
  measure("normalization + tokenization", repeats: repeats) {
    corpus.reduce(0) { $0 + tokenizer.tokenize(normalizer.normalize($1)).count }
  })
results.append(
  measure("norm + tokenize + stem words", repeats: repeats) {
    var total = 0
    for text in corpus {
      let normalized = normalizer.normalize(text)
      tokenizer.forEachToken(in: normalized.scalars) { token in
        if token.kind == .word { total += stemmer.stem(normalized.scalars, token.range).count }
      }
    }
    return total
  })

// Stemming alone: the stemming run minus the normalization + tokenization it includes.
results.append(
  Measurement(
    name: "stemming alone (difference)", seconds: max(1e-9, results[4].seconds - results[3].seconds),
    wallSeconds: max(1e-9, results[4].wallSeconds - results[3].wallSeconds), checksum: results[4].checksum))

let ceiling = results[0].seconds
print(
  "corpus: \(path): \(corpus.count) documents, \(String(format: "%.1f", megabytes)) MB UTF-8; best of \(repeats) runs, one thread"
)
print("MB/s per CPU-second of this thread (wall-clock MB/s in brackets; the machine is shared)")
print("stage".padding(toLength: 32, withPad: " ", startingAt: 0) + "      MB/s   ratio to byte scan")
for result in results {
  let rate = megabytes / result.seconds
  let ratio = ceiling / result.seconds
  print(
    result.name.padding(toLength: 32, withPad: " ", startingAt: 0)
      + String(format: "%10.1f   %6.3f", rate, ratio)
      + String(format: "   [wall %.1f]", megabytes / result.wallSeconds) + "   checksum \(result.checksum)")
}
