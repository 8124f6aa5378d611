import Foundation
import WorkbenchCore

/// Scores the `date-normalization` stage against gold JSON Lines files:
/// `workbench evaluate --stage date-normalization --gold FILE [--json]`.
///
/// A case is right when the stage's value equals the gold value exactly (after writing the
/// TIMEX3 value in the gold file's notation: Duckling's `2013-02-18T00:00:00` with grain
/// `week` is TIMEX3 `2013-W08`). Per category, precision is right/answered and recall
/// right/cases. Duckling cases are resolved with `prefer: future`, the convention its corpus
/// was written for, unless the configuration sets `prefer`, and in the query register (its
/// records are assistant queries: `TemporalRegister.query`) unless the configuration sets
/// `register`; the report's title says which register was used.
public enum DateNormalizationEvaluator: StageEvaluator {
  public static let stageID = DateNormalizationStage.descriptor.id
  public static let goldFormats =
    "JSON Lines: Duckling corpus records (text, reference_time, gold {type, value|from/to, grain}, or gold null for a text with no date), dateparser cases (text, gold | gold_ago), or Workbench cases (text, reference_date, expected [{value, text}])"

  struct Outcome {
    var category: String
    var answered: Bool
    var right: Bool
    var failure: String?
    /// Per expression, for Workbench cases whose gold names each expression's text: how many
    /// there are, how many a found expression overlaps, and how many of those have the value.
    var expressions = ExpressionCounts()
  }

  struct ExpressionCounts {
    var gold = 0
    var detected = 0
    var right = 0
  }

  public static func evaluate(gold: URL, configuration: JSONValue, context: StageContext) throws
    -> EvaluationReport
  {
    let configured = try StageFactory(DateNormalizationStage.self).configure(configuration)
    let settings = try JSONDecoder().decode(
      DateNormalizationStage.Configuration.self,
      from: Data(configured.configuration.canonicalJSON.utf8))
    let preferenceGiven = configuration.objectValue?["prefer"] != nil
    let registerGiven = configuration.objectValue?["register"] != nil
    var registers: Set<TemporalRegister> = []
    let text = try String(contentsOf: gold, encoding: .utf8)
    var outcomes: [Outcome] = []
    var unreadable = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      // A line opening with "#" is the file's own note (who wrote the set, whether it was tuned on).
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let object = try? JSONDecoder().decode(JSONValue.self, from: Data(trimmed.utf8)).objectValue,
        let goldCase = DateGoldCase.parse(object, line: index + 1)
      else {
        unreadable += 1
        continue
      }
      let extractor = TemporalExtractor(
        preference: preferenceGiven ? settings.prefer : (goldCase.preference ?? settings.prefer),
        numericHijri: goldCase.numericHijri || settings.numericCalendar == .hijri,
        numericOrder: settings.numericOrder,
        register: registerGiven ? settings.register : (goldCase.register ?? settings.register))
      registers.insert(extractor.register)
      let anchor = (goldCase.reference ?? settings.referenceDate ?? context.referenceDate)
        .flatMap { DateNormalizationStage.anchor($0, source: .reference) }
      let found = extractor.extract(goldCase.text, anchor: anchor)
      outcomes.append(score(goldCase, found: found, anchor: anchor))
    }
    if outcomes.isEmpty {
      throw ConfigurationError.invalid(field: "", message: "\(gold.path): no gold case could be read (\(goldFormats))")
    }
    let register = registers.map(\.rawValue).sorted().joined(separator: " and ")
    return report(outcomes, unreadable: unreadable, file: "\(gold.lastPathComponent) (register: \(register))")
  }

  static func report(_ outcomes: [Outcome], unreadable: Int, file: String) -> EvaluationReport {
    func figures(_ cases: [Outcome]) -> (right: Int, answered: Int, total: Int, p: Double, r: Double, f: Double) {
      let right = cases.filter(\.right).count
      let answered = cases.filter(\.answered).count
      let p = answered == 0 ? 0 : Double(right) / Double(answered)
      let r = cases.isEmpty ? 0 : Double(right) / Double(cases.count)
      let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
      return (right, answered, cases.count, p, r, f)
    }
    let all = figures(outcomes)
    var metrics = [
      EvaluationMetric("accuracy", Double(all.right) / Double(all.total), detail: "\(all.right)/\(all.total)"),
      EvaluationMetric("precision", all.p, detail: "\(all.right)/\(all.answered)"),
      EvaluationMetric("recall", all.r, detail: "\(all.right)/\(all.total)"),
      EvaluationMetric("f1", all.f),
    ]
    let expressions = outcomes.reduce(into: ExpressionCounts()) {
      $0.gold += $1.expressions.gold
      $0.detected += $1.expressions.detected
      $0.right += $1.expressions.right
    }
    if expressions.gold > 0 {
      metrics.append(
        EvaluationMetric(
          "expressions detected", Double(expressions.detected) / Double(expressions.gold),
          detail: "\(expressions.detected)/\(expressions.gold)"))
      metrics.append(
        EvaluationMetric(
          "expression values right", Double(expressions.right) / Double(expressions.gold),
          detail: "\(expressions.right)/\(expressions.gold)"))
    }
    if unreadable > 0 { metrics.append(EvaluationMetric("unreadable lines", Double(unreadable))) }
    var categories: [String] = []
    for outcome in outcomes where !categories.contains(outcome.category) { categories.append(outcome.category) }
    let rows = categories.map { category -> [String] in
      let f = figures(outcomes.filter { $0.category == category })
      return [
        category, String(f.total), String(f.answered), String(f.right),
        String(format: "%.3f", f.p), String(format: "%.3f", f.r), String(format: "%.3f", f.f),
      ]
    }
    return EvaluationReport(
      title: "date-normalization on \(file): exact values",
      metrics: metrics,
      tables: [
        EvaluationTable(
          title: "per category", header: ["category", "cases", "answered", "right", "precision", "recall", "f1"],
          rows: rows)
      ],
      failures: outcomes.compactMap(\.failure))
  }

  static func score(_ goldCase: DateGoldCase, found: [TemporalExpression], anchor: TemporalAnchor?) -> Outcome {
    let prefix = "line \(goldCase.line): \(goldCase.text)"
    func describe(_ expressions: [TemporalExpression]) -> String {
      expressions.isEmpty
        ? "nothing"
        : expressions.map { "\($0.label.rawValue) \($0.value)\($0.mod.map { " mod=\($0)" } ?? "")" }.joined(
          separator: ", ")
    }
    switch goldCase.expectation {
    case .value(let value, let grain):
      // The expression that covers the most of the text answers the case.
      guard let best = found.max(by: { $0.end - $0.start < $1.end - $1.start }) else {
        return Outcome(
          category: goldCase.category, answered: false, right: false,
          failure: "\(prefix) | expected \(value) (\(grain)) | got nothing")
      }
      let converted = DucklingNotation.shiftValue(of: best, anchor: anchor) ?? DucklingNotation.value(of: best)
      let right = converted?.value == value && (converted?.grain == grain || goldCase.category.hasPrefix("dateparser"))
      return Outcome(
        category: goldCase.category, answered: true, right: right,
        failure: right ? nil : "\(prefix) | expected \(value) (\(grain)) | got \(describe(found))")
    case .interval(let from, let to, let grain):
      let interval = DucklingNotation.interval(of: found, anchor: anchor)
      guard !found.isEmpty else {
        return Outcome(
          category: goldCase.category, answered: false, right: false,
          failure: "\(prefix) | expected \(from) – \(to) | got nothing")
      }
      let right = interval?.from == from && interval?.to == to
      return Outcome(
        category: goldCase.category, answered: true, right: right,
        failure: right ? nil : "\(prefix) | expected \(from) – \(to) (\(grain)) | got \(describe(found))")
    case .ago(let years, let months, let weeks, let days, let hours, let minutes):
      guard let anchor else {
        return Outcome(category: goldCase.category, answered: false, right: false, failure: "\(prefix) | no reference")
      }
      let expected = DucklingNotation.before(
        anchor, years: years, months: months, days: weeks * 7 + days, seconds: hours * 3600 + minutes * 60)
      guard let best = found.max(by: { $0.end - $0.start < $1.end - $1.start }) else {
        return Outcome(
          category: goldCase.category, answered: false, right: false,
          failure: "\(prefix) | expected \(expected) | got nothing")
      }
      // dateparser reads a bare amount ("1 عام, 1 شهر") as time ago.
      let date: CivilDate?
      if best.label == .duration {
        date = DucklingNotation.parseDuration(best.value).map {
          DucklingNotation.before(anchor, years: $0.years, months: $0.months, days: $0.days, seconds: $0.seconds)
        }
      } else {
        date = CivilDate(iso: best.value)
      }
      let right = date == expected && best.grain != "month" && best.grain != "year"
      return Outcome(
        category: goldCase.category, answered: true, right: right,
        failure: right ? nil : "\(prefix) | expected \(expected) | got \(describe(found))")
    case .expressions(let expected):
      let scalars = Array(goldCase.text.unicodeScalars)
      let got = found.map {
        ($0.value, String(String.UnicodeScalarView(scalars[$0.start..<$0.end])), $0.label.rawValue)
      }
      let right =
        got.count == expected.count
        && zip(got, expected).allSatisfy { have, want in
          have.0 == want.value && (want.text == nil || want.text == have.1)
            && (want.label == nil || want.label == have.2)
        }
      // A case is right only with the gold's extents, so the failure quotes them: "expected
      // 2024-03-05 | got 2024-03-05" alone hides that "on Tuesday" was found as "Tuesday".
      let wanted = expected.map { item in
        [item.label, item.text.map { "\"\($0)\"" }, item.value].compactMap { $0 }.joined(separator: " ")
      }.joined(separator: ", ")
      let have = zip(found, got).map { expression, quoted in
        "\(expression.label.rawValue) \"\(quoted.1)\" \(expression.value)\(expression.mod.map { " mod=\($0)" } ?? "")"
      }.joined(separator: ", ")
      return Outcome(
        category: goldCase.category, answered: !found.isEmpty || expected.isEmpty, right: right,
        failure: right
          ? nil
          : "\(prefix) | expected \(wanted.isEmpty ? "nothing" : wanted) | got \(have.isEmpty ? "nothing" : have)",
        expressions: expressionCounts(expected, found: found, scalars: scalars))
    }
  }

  /// Locates each gold text in the sentence (in order) and counts it detected when a found
  /// expression overlaps it, right when an overlapping one has the gold value (and the gold
  /// `label`, TimeML's type, when the item names one). Extents differ
  /// between annotation conventions ("on Monday" or "Monday"), so overlap is enough.
  static func expressionCounts(
    _ expected: [(value: String, text: String?, label: String?)], found: [TemporalExpression],
    scalars: [Unicode.Scalar]
  ) -> ExpressionCounts {
    var counts = ExpressionCounts()
    var searchFrom = 0
    for item in expected {
      guard let text = item.text, !text.isEmpty else { continue }
      let wanted = Array(text.unicodeScalars)
      guard
        let start = (searchFrom...max(searchFrom, scalars.count - wanted.count)).first(where: {
          $0 + wanted.count <= scalars.count && Array(scalars[$0..<$0 + wanted.count]) == wanted
        })
      else { continue }
      let end = start + wanted.count
      searchFrom = end
      counts.gold += 1
      let overlapping = found.filter { $0.start < end && start < $0.end }
      if !overlapping.isEmpty { counts.detected += 1 }
      if overlapping.contains(where: {
        $0.value == item.value && (item.label == nil || $0.label.rawValue == item.label)
      }) {
        counts.right += 1
      }
    }
    return counts
  }
}
