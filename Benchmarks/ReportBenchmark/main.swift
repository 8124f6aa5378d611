// Measures the report and the exports on synthetic corpora built from the seeds:
//
//   report-benchmark html DOCS [FILE] writes the HTML report of DOCS documents (kept in FILE)
//   report-benchmark jsonl ROWS       exports ROWS annotations as JSON Lines
//   report-benchmark csv ROWS         exports ROWS annotations as CSV
//
// Documents are made of seed paragraphs picked by a fixed pseudo-random sequence, with
// annotations found by searching a few fixed strings: a load for the writers, not output of
// any stage. Each mode prints its time, its rate, the output size and the process's peak
// resident memory, next to a baseline measured in the same run (a plain byte scan of the same
// output), so that rates can be compared across machines. Times are CPU seconds of the
// process (one core), which a busy machine disturbs less than wall-clock time. Run each mode in its own process:
// peak memory is per process. scripts/report_benchmark.sh runs them all.
import Foundation
import WorkbenchCore
import WorkbenchReport

struct Generator {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("seeds")

func seedParagraphs() throws -> [String] {
  let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
  return try files.flatMap { file in
    try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
      .split(separator: "\n").map(String.init).filter { $0.unicodeScalars.count > 40 }
  }
}

let marks: [(stage: String, surface: String, label: String, value: String?)] = [
  ("entities", "روسيا", "LOCATION", "Q159"), ("entities", "سوريا", "LOCATION", "Q858"),
  ("entities", "موسكو", "LOCATION", nil), ("entities", "دمشق", "LOCATION", nil),
  ("entities", "بوتين", "PERSON", nil), ("entities", "الشرع", "PERSON", nil),
  ("dates", "15 أكتوبر 2025", "DATE", "2025-10-15"), ("dates", "ديسمبر 2024", "DATE", "2024-12"),
  ("keywords", "الطاقة", "KEYWORD", "الطاقة"), ("keywords", "النفط", "KEYWORD", "النفط"),
]

func makeDocument(_ index: Int, paragraphs: [String], generator: inout Generator) -> ReportDocument {
  var text = ""
  for _ in 0..<(3 + generator.next(6)) {
    text += paragraphs[generator.next(paragraphs.count)] + "\n"
  }
  let day = 1 + generator.next(28)
  let document = Document(
    id: "doc-\(index).txt", text: text,
    metadata: DocumentMetadata(date: "2025-10-\(day < 10 ? "0" : "")\(day)", title: "Document \(index)", language: "ar")
  )
  let scalars = Array(text.unicodeScalars)
  var annotations: [String: [Annotation]] = [:]
  for mark in marks {
    let needle = Array(mark.surface.unicodeScalars)
    var start = 0
    while start + needle.count <= scalars.count {
      if scalars[start] == needle[0] && scalars[start..<(start + needle.count)].elementsEqual(needle) {
        annotations[mark.stage, default: []].append(
          Annotation(
            start: start, end: start + needle.count, text: mark.surface, label: mark.label, value: mark.value,
            attributes: mark.stage == "entities" ? ["name_ar": .string(mark.surface), "confidence": 0.9] : [:]))
        start += needle.count
      } else {
        start += 1
      }
    }
  }
  let score = Double(generator.next(201) - 100) / 100
  annotations["sentiment"] = [
    document.wholeTextAnnotation(
      label: score > 0.1 ? "positive" : score < -0.1 ? "negative" : "neutral", value: nil,
      attributes: ["level": "document", "score": .double(score)])
  ]
  return ReportDocument(document: document, annotations: annotations)
}

func peakMemoryMB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
  else { return .nan }
  return kb / 1024
}

/// The baseline: a plain scan of `url`'s bytes counting newlines, in 64 KiB chunks.
func byteScanSeconds(_ url: URL) throws -> (seconds: Double, bytes: Int) {
  let handle = try FileHandle(forReadingFrom: url)
  defer { try? handle.close() }
  let start = cpuSeconds()
  var bytes = 0
  var newlines = 0
  while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
    bytes += chunk.count
    chunk.withUnsafeBytes { raw in for byte in raw where byte == 10 { newlines += 1 } }
  }
  if newlines < 0 { print(newlines) }
  return (cpuSeconds() - start, bytes)
}

/// CPU seconds this process has used: steadier than wall time on a shared machine.
func cpuSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4, let count = Int(arguments[2]), count > 0 else {
  FileHandle.standardError.write(Data("usage: report-benchmark html|jsonl|csv COUNT [FILE]\n".utf8))
  exit(64)
}
let mode = arguments[1]
let keep = arguments.count == 4
let output =
  keep
  ? URL(fileURLWithPath: arguments[3])
  : FileManager.default.temporaryDirectory.appendingPathComponent("report-benchmark-\(getpid()).\(mode)")
defer { if !keep { try? FileManager.default.removeItem(at: output) } }
let paragraphs = try seedParagraphs()

switch mode {
case "html":
  var annotationCount = 0
  var textBytes = 0
  let source = ReportDocumentSource { visit in
    var generator = Generator()
    for index in 0..<count {
      let item = makeDocument(index, paragraphs: paragraphs, generator: &generator)
      annotationCount += item.annotationCount
      textBytes += item.document.text.utf8.count
      try visit(item)
    }
  }
  let run = RunReport(workflowName: "benchmark", documentCount: count, documents: source)
  let start = cpuSeconds()
  try HTMLReportWriter().write(run, to: output)
  let seconds = cpuSeconds() - start
  let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
  let baseline = try byteScanSeconds(output)
  print(
    "html  documents=\(count) annotations=\(annotationCount) text=\(format(Double(textBytes) / 1e6)) MB "
      + "report=\(format(Double(size) / 1e6)) MB (\(format(Double(size) / Double(max(1, textBytes)), 2))× the text) "
      + "cpu=\(format(seconds, 2)) s docs/s=\(format(Double(count) / seconds, 0)) "
      + "text MB/s=\(format(Double(textBytes) / 1e6 / seconds)) baseline-scan MB/s=\(format(Double(baseline.bytes) / 1e6 / max(baseline.seconds, 1e-9), 0)) "
      + "peak-RSS=\(format(peakMemoryMB())) MB")
case "jsonl", "csv":
  let (buffered, handle) = try { () throws -> (BufferedOutput, FileHandle) in
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    return (BufferedOutput(fileHandle: handle), handle)
  }()
  let samples = [
    Annotation(
      start: 201, end: 221, text: "٢٨ كانون الثاني ٢٠٢٦", label: "DATE", value: "2026-01-28",
      attributes: ["anchored": false]),
    Annotation(
      start: 12, end: 17, text: "روسيا", label: "LOCATION", value: "Q159",
      attributes: ["name": "Russia", "name_ar": "روسيا", "confidence": 0.93]),
    Annotation(
      start: 0, end: 400, text: "", label: "positive", value: nil, attributes: ["level": "document", "score": 0.41]),
    Annotation(start: 40, end: 52, text: "قال \"نعم\", ثم", label: "KEYWORD", value: "نعم"),
  ]
  let start = cpuSeconds()
  if mode == "jsonl" {
    let writer = AnnotationJSONLWriter(output: buffered)
    for index in 0..<count {
      var annotation = samples[index & 3]
      annotation.start += index
      try writer.write(annotation, document: "doc-\(index / 50).txt", stage: "stage")
    }
    try writer.finish()
  } else {
    let writer = try AnnotationCSVWriter(output: buffered)
    for index in 0..<count {
      var annotation = samples[index & 3]
      annotation.start += index
      try writer.write(annotation, document: "doc-\(index / 50).txt", stage: "stage")
    }
    try writer.finish()
  }
  try handle.close()
  let seconds = cpuSeconds() - start
  let baseline = try byteScanSeconds(output)
  print(
    "\(mode) rows=\(count) output=\(format(Double(baseline.bytes) / 1e6)) MB cpu=\(format(seconds, 2)) s "
      + "rows/s=\(format(Double(count) / seconds, 0)) MB/s=\(format(Double(baseline.bytes) / 1e6 / seconds)) "
      + "baseline-scan MB/s=\(format(Double(baseline.bytes) / 1e6 / max(baseline.seconds, 1e-9), 0)) peak-RSS=\(format(peakMemoryMB())) MB"
  )
default:
  FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
  exit(64)
}
