import Foundation
import WorkbenchCore
import WorkbenchReport
import WorkbenchRuntime
import WorkbenchStore
import WorkbenchWorkflow

/// What `workbench worker` writes: annotation records (the export's, with `result_key`),
/// one document record per input document, and collected records with `--collect`.
struct WorkerRecords {
  let output: BufferedOutput
  let planDigest: String
  let stages: [PlannedStage]

  /// Writes the records of one run over `entries` (the slice it read, read again in order).
  func write(run summary: RunSummary, entries: CorpusEntries, store: WorkbenchStore, collected: Bool) throws {
    let keys = try store.resultKeys(runID: summary.runID)
    let writer = AnnotationJSONLWriter(output: output)
    // The rows as `workbench export --format jsonl` writes them (from the stored bytes).
    try store.forEachAnnotationRow(runID: summary.runID) { row in
      let document = String(decoding: row.document, as: UTF8.self)
      try writer.writeRow(
        document: row.document, stage: row.stage, start: row.start, end: row.end, text: row.text, label: row.label,
        value: row.value, attributesJSON: row.attributesJSON,
        resultKey: keys[document]?[String(decoding: row.stage, as: UTF8.self)])
    }
    var failures: [String: [String: JSONValue]] = [:]
    for failure in summary.failures {
      failures[failure.documentID, default: [:]][failure.stageID] = .string(failure.message)
    }
    let corpusStages = stages.filter { $0.configured.descriptor.kind == .corpus }.map(\.id)
    var collectKeys: [(document: String, stage: String, key: String)] = []
    for entry in entries {
      let id: String
      var inputKey: String?
      var results: [String: String] = [:]
      switch entry {
      case .document(let document, _):
        id = document.id
        inputKey = RunExecutor.inputKey(planDigest: planDigest, document: document)
        results = keys[id] ?? [:]
        if collected {
          for stage in corpusStages { if let key = results[stage] { collectKeys.append((id, stage, key)) } }
        }
      case .failure(let problem):
        id = problem.id
      }
      // "record" first, so that a reader can tell the kinds of records apart by their start.
      var line = "{\"record\":\"document\",\"doc\":"
      JSONValue.writeQuoted(id, to: &line)
      line += ",\"input_key\":" + (inputKey.map { JSONValue.string($0).canonicalJSON } ?? "null")
      line += ",\"results\":" + JSONValue.object(results.mapValues(JSONValue.string)).canonicalJSON
      line += ",\"failures\":" + JSONValue.object(failures[id] ?? [:]).canonicalJSON + "}\n"
      try output.write(line)
    }
    guard !collectKeys.isEmpty else { return }
    let payloads = try store.payloads(forResults: collectKeys.map(\.key))
    for item in collectKeys {
      guard let payload = payloads[item.key] else { continue }
      try output.write(literal: "{\"record\":\"collected\",\"doc\":")
      try output.writeJSONString(item.document)
      try output.write(literal: ",\"stage\":")
      try output.writeJSONString(item.stage)
      try output.write(literal: ",\"result_key\":")
      try output.writeJSONString(item.key)
      try output.write(literal: ",\"value\":")
      try output.write(bytes: payload)
      try output.write(literal: "}\n")
    }
  }

  /// Writes `{"doc": ID, "input_key": KEY}` per document, without running any stage.
  func writeKeys(_ entries: CorpusEntries) throws {
    for case .document(let document, _) in entries {
      let record: JSONValue = [
        "doc": .string(document.id),
        "input_key": .string(RunExecutor.inputKey(planDigest: planDigest, document: document)),
      ]
      try output.write(record.canonicalJSON + "\n")
    }
  }

  /// The plan as JSON: its digest and, per stage, its id, plugin, kind, configuration and needs.
  static func description(of plan: RunPlan, planDigest: String) -> String {
    let stages = plan.stages.map { stage -> JSONValue in
      [
        "id": .string(stage.id), "plugin": .string(stage.plugin),
        "kind": .string(stage.configured.descriptor.kind == .corpus ? "corpus" : "document"),
        "configuration": stage.configured.configuration,
        "needs": .array(stage.needs.map(JSONValue.string)),
      ]
    }
    return JSONValue.object(["plan_digest": .string(planDigest), "stages": .array(stages)]).canonicalJSON
  }

  /// Writes the documents of a workflow's corpus as JSON Lines, with their metadata as the
  /// run sees it (the metadata file's row merged in): what the worker reads. Unreadable
  /// entries are reported on standard error and left out.
  static func writeCorpus(_ reader: CorpusReader, to output: BufferedOutput) throws {
    for entry in reader.entries() {
      switch entry {
      case .failure(let problem):
        Terminal.error(problem.description)
      case .document(let document, _):
        var record: [String: JSONValue] = document.metadata.extra.mapValues(JSONValue.string)
        let metadata = document.metadata
        for (key, value) in [
          ("date", metadata.date), ("title", metadata.title), ("source", metadata.source), ("url", metadata.url),
          ("language", metadata.language),
        ] {
          if let value { record[key] = .string(value) }
        }
        record["id"] = .string(document.id)
        record["text"] = .string(document.text)
        try output.write(JSONValue.object(record).canonicalJSON + "\n")
      }
    }
  }
}
