import Foundation

/// Scores a stage against a gold file: what `workbench evaluate --stage ID --gold FILE` runs.
///
/// A plugin that can be evaluated ships one evaluator beside its stage and lists it in
/// BuiltInStages. The gold file's format is the evaluator's to define and document.
public protocol StageEvaluator: Sendable {
  /// The id of the stage this evaluates.
  static var stageID: String { get }
  /// The gold formats accepted, for `--help` and error messages.
  static var goldFormats: String { get }
  /// Reads `gold`, runs the stage configured by `configuration` over it, and scores it.
  static func evaluate(gold: URL, configuration: JSONValue, context: StageContext) throws
    -> EvaluationReport
}

/// The outcome of an evaluation: headline metrics, tables, and the failures listed.
public struct EvaluationReport: Sendable, Hashable {
  public var title: String
  /// Headline figures (accuracy, macro-F1, NMI), in the order they are printed.
  public var metrics: [EvaluationMetric]
  /// Breakdowns: per category, a confusion matrix.
  public var tables: [EvaluationTable]
  /// One line per failed case: what was expected and what came out.
  public var failures: [String]
  /// How the evaluation was run when that is not what the user asked for word for word (a
  /// setting the gold file implied), one line each, printed under the title.
  public var notes: [String]

  public init(
    title: String, metrics: [EvaluationMetric], tables: [EvaluationTable] = [], failures: [String] = [],
    notes: [String] = []
  ) {
    self.title = title
    self.metrics = metrics
    self.tables = tables
    self.failures = failures
    self.notes = notes
  }

  /// The report as aligned plain text for a terminal.
  public var text: String {
    var lines = [title] + notes.map { "  " + $0 }
    let width = metrics.map(\.name.count).max() ?? 0
    for metric in metrics {
      var line = "  " + metric.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
      line += String(format: "%.4f", metric.value)
      if let detail = metric.detail { line += "  (\(detail))" }
      lines.append(line)
    }
    for table in tables {
      lines.append("")
      lines.append(table.title)
      lines.append(contentsOf: table.alignedRows.map { "  " + $0 })
    }
    if !failures.isEmpty {
      lines.append("")
      lines.append("failures (\(failures.count)):")
      lines.append(contentsOf: failures.map { "  " + $0 })
    }
    return lines.joined(separator: "\n")
  }

  /// The report as JSON: `{"title", "metrics": {name: value}, "tables": [...], "failures": [...]}`,
  /// and `"notes": [...]` when there are notes.
  public var json: JSONValue {
    var object: [String: JSONValue] = [
      "title": .string(title),
      "metrics": .object(Dictionary(metrics.map { ($0.name, JSONValue.double($0.value)) }, uniquingKeysWith: { $1 })),
      "tables": .array(
        tables.map { table in
          .object([
            "title": .string(table.title),
            "header": .array(table.header.map(JSONValue.string)),
            "rows": .array(table.rows.map { .array($0.map(JSONValue.string)) }),
          ])
        }),
      "failures": .array(failures.map(JSONValue.string)),
    ]
    if !notes.isEmpty { object["notes"] = .array(notes.map(JSONValue.string)) }
    return .object(object)
  }
}

/// A named figure of an evaluation.
public struct EvaluationMetric: Sendable, Hashable {
  public var name: String
  public var value: Double
  /// Counts behind the figure ("171/177").
  public var detail: String?

  public init(_ name: String, _ value: Double, detail: String? = nil) {
    self.name = name
    self.value = value
    self.detail = detail
  }
}

/// A table of an evaluation report.
public struct EvaluationTable: Sendable, Hashable {
  public var title: String
  public var header: [String]
  public var rows: [[String]]

  public init(title: String, header: [String], rows: [[String]]) {
    self.title = title
    self.header = header
    self.rows = rows
  }

  /// Header and rows with columns padded to equal width.
  public var alignedRows: [String] {
    let all = [header] + rows
    let columns = all.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return all.map { row in
      row.enumerated().map { index, cell in
        cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
  }
}
