import WorkbenchCore

/// The terminal table `workbench show DOC [--stage ID]` prints: one row per annotation with
/// columns aligned by display width (so Arabic, harakat and CJK line up).
///
/// Cell text is made single-line (newlines shown as `⏎`, tabs and other controls as spaces)
/// and long cells are cut with `…`. A document-level annotation shows `(whole document)` as its
/// text.
public struct AnnotationTable {
  /// One row: the stage that made the annotation, and the annotation.
  public struct Row: Sendable {
    public var stage: String
    public var annotation: Annotation

    public init(stage: String, annotation: Annotation) {
      self.stage = stage
      self.annotation = annotation
    }
  }

  /// The widest a text cell may be, in columns.
  public var maxTextWidth: Int
  /// The widest the value and details cells may be, in columns.
  public var maxValueWidth: Int
  public var maxDetailsWidth: Int

  public init(maxTextWidth: Int = 40, maxValueWidth: Int = 24, maxDetailsWidth: Int = 60) {
    self.maxTextWidth = maxTextWidth
    self.maxValueWidth = maxValueWidth
    self.maxDetailsWidth = maxDetailsWidth
  }

  /// Rows for the annotations of `document`, stage by stage (in `stageOrder` first), each
  /// stage's annotations by start offset; `stages` keeps only those stages when not empty.
  public static func rows(
    of document: ReportDocument, stageOrder: [String] = [], stages: Set<String> = []
  ) -> [Row] {
    var rows: [Row] = []
    for stage in ReportStages.order(of: document.annotations.keys, preferred: stageOrder)
    where stages.isEmpty || stages.contains(stage) {
      let sorted = (document.annotations[stage] ?? []).sorted {
        ($0.start, $0.end) < ($1.start, $1.end)
      }
      rows += sorted.map { Row(stage: stage, annotation: $0) }
    }
    return rows
  }

  /// The table as text: a header line, a rule, and one line per row, each ending in `\n`.
  public func render(_ rows: [Row], document: Document? = nil) -> String {
    let header = ["STAGE", "START", "END", "LABEL", "VALUE", "TEXT", "DETAILS"]
    let numeric = [false, true, true, false, false, false, false]
    var cells: [[String]] = [header]
    for row in rows {
      let annotation = row.annotation
      let isWhole =
        document.map { annotation.start == 0 && annotation.end >= $0.scalarCount }
        ?? (annotation.start == 0 && annotation.text.isEmpty && annotation.end > 0)
      let text = isWhole && annotation.text.isEmpty ? "(whole document)" : annotation.text
      let details = annotation.attributes.keys.sorted()
        .filter { !Annotation.reservedKeys.contains($0) }
        .map { key in "\(key)=\(AnnotationTable.describe(annotation.attributes[key]!))" }
        .joined(separator: " ")
      cells.append([
        AnnotationTable.singleLine(row.stage),
        String(annotation.start),
        String(annotation.end),
        AnnotationTable.singleLine(annotation.label),
        TerminalWidth.truncate(AnnotationTable.singleLine(annotation.value ?? ""), to: maxValueWidth),
        TerminalWidth.truncate(AnnotationTable.singleLine(text), to: maxTextWidth),
        TerminalWidth.truncate(AnnotationTable.singleLine(details), to: maxDetailsWidth),
      ])
    }
    var widths = Array(repeating: 0, count: header.count)
    for line in cells {
      for (column, cell) in line.enumerated() {
        widths[column] = max(widths[column], TerminalWidth.of(cell))
      }
    }
    var out = ""
    for (index, line) in cells.enumerated() {
      var parts: [String] = []
      for (column, cell) in line.enumerated() {
        let isLast = column == line.count - 1
        parts.append(
          isLast && !numeric[column]
            ? cell : TerminalWidth.pad(cell, to: widths[column], alignRight: numeric[column]))
      }
      out += parts.joined(separator: "  ")
      while out.hasSuffix(" ") { out.removeLast() }
      out += "\n"
      if index == 0 {
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
      }
    }
    return out
  }

  /// An attribute value as a short string: strings bare, numbers as they are, others as JSON.
  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let string): return string
    case .double(let number): return formatNumber(number)
    default: return value.canonicalJSON
    }
  }

  /// A number with at most three decimals.
  static func formatNumber(_ number: Double) -> String {
    guard number.isFinite else { return "\(number)" }
    let rounded = (number * 1000).rounded() / 1000
    return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : "\(rounded)"
  }

  /// `text` on one line: newlines as `⏎`, other control characters as spaces.
  static func singleLine(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCR { result.append("⏎") }
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      if scalar == "\r" {
        result.append("⏎")
      } else if scalar.properties.generalCategory == .control {
        result.append(" ")
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
