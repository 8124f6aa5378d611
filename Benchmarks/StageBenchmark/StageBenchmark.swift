import ArgumentParser
import BuiltInStages
import Foundation
import WorkbenchCore

/// Measures each built-in stage, single-threaded, over a corpus held in memory, against a
/// plain byte scan of the same texts measured in the same run.
///
///     swift build -c release --product stage-benchmark
///     .build/release/stage-benchmark /work/bench-data/corpus-10000
@main
struct StageBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stage-benchmark",
    abstract: "Measure stage throughput (documents/s, MB/s) against a byte-scan baseline.",
    discussion: """
      Loads every .txt file of CORPUS (and the dates of its metadata.csv) into memory, then \
      runs each stage over all documents on one thread: analyze for document stages, collect \
      then reduce for corpus stages. Stages a measured stage requires run first, untimed, and \
      feed it their annotations. Rates use the process's CPU time (the wall-clock time is \
      shown too: on a busy machine it includes waiting for a core). MB are 10^6 bytes of \
      UTF-8 text. Build in release mode.
      """)

  @Argument(help: "A folder of .txt documents, optionally with metadata.csv.")
  var corpus: String

  @Option(
    name: .customLong("stage"), help: "A stage id or alias to measure (repeatable; default: every built-in stage).")
  var stages: [String] = []

  @Option(
    name: .customLong("config"),
    help: "KEY=VALUE or STAGE.KEY=VALUE; VALUE is read as JSON when it parses, else as a string.")
  var overrides: [String] = []

  @Option(help: "Measure each stage this many times and report the fastest.")
  var `repeat`: Int = 1

  @Option(help: "Use only the first N documents (by file name).")
  var limit: Int?

  @Flag(help: "Also run the optional upstream stages a stage uses (e.g. clean), untimed.")
  var withUses = false

  @Flag(help: "Print one JSON object instead of the table.")
  var json = false

  mutating func validate() throws {
    guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let registry = try builtInRegistry()
    let factories = try (stages.isEmpty ? registry.factories.map(\.descriptor.id) : stages)
      .map { try registry.resolve($0) }
    let configurations = try ConfigurationOverrides.parse(overrides, stages: factories, registry: registry)

    let folder = URL(fileURLWithPath: corpus, isDirectory: true)
    let loading = Stopwatch()
    let corpus = try BenchmarkCorpus.load(folder: folder, limit: limit)
    log(
      "loaded \(corpus.documents.count) documents, \(megabytes(corpus.byteCount)) MB in \(format(loading.elapsed.wall)) s"
    )

    let baseline = measureBaselines(corpus)
    let runner = StageRunner(
      registry: registry, configurations: configurations, documents: corpus.documents,
      baseDirectory: folder, withUses: withUses)
    var results: [StageMeasurement] = []
    var failed: [String] = []
    for factory in factories {
      log("measuring \(factory.descriptor.id)")
      do {
        results.append(try runner.measure(factory, repeats: `repeat`))
      } catch {
        // One stage that cannot run (missing data, a failure on a document) does not hide
        // the figures of the others; the exit status says that something was left out.
        log("error: \(factory.descriptor.id) not measured: \(error)")
        failed.append(factory.descriptor.id)
      }
    }
    let report = BenchmarkReport(
      corpus: folder.path, documents: corpus.documents.count, bytes: corpus.byteCount,
      baselines: baseline, stages: results, failed: failed)
    print(json ? report.json : report.table)
    if !failed.isEmpty { throw ExitCode(1) }
  }

  /// The two baselines, each the fastest of five passes.
  private func measureBaselines(_ corpus: BenchmarkCorpus) -> [StageMeasurement] {
    func best(_ body: () -> Int) -> (elapsed: Elapsed, count: Int) {
      var fastest = Elapsed.infinity
      var count = 0
      for _ in 0..<5 {
        let stopwatch = Stopwatch()
        count = body()
        let elapsed = stopwatch.elapsed
        if elapsed.cpu < fastest.cpu { fastest = elapsed }
      }
      return (fastest, count)
    }
    let bytes = best { ByteScan.words(corpus.documents) }
    let scalars = best { ByteScan.scalars(corpus.documents) }
    return [
      StageMeasurement(
        id: StageMeasurement.byteScanID, kind: "baseline", elapsed: bytes.elapsed,
        documents: corpus.documents.count, bytes: corpus.byteCount, outputs: bytes.count,
        outputName: "words"),
      StageMeasurement(
        id: "scalar-scan", kind: "baseline", elapsed: scalars.elapsed,
        documents: corpus.documents.count, bytes: corpus.byteCount, outputs: scalars.count,
        outputName: "non-ASCII scalars"),
    ]
  }
}

func log(_ message: String) {
  FileHandle.standardError.write(Data("stage-benchmark: \(message)\n".utf8))
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

extension Duration {
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }
}
