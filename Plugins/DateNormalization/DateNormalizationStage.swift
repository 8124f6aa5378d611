import Foundation
import WorkbenchCore

/// Finds dates, times, durations and recurrences in Arabic and English text and normalizes
/// them to TIMEX3 values anchored to the document's date.
///
/// The anchor is, in order: the document's metadata date, the `reference_date` setting, the
/// run's `--reference-date`, a publication line in the text ("بتاريخ ٢٨ كانون الثاني ٢٠٢٦")
/// or a dateline; without one, relative expressions stay underspecified (XXXX-12). Each
/// annotation says which anchor it used.
public struct DateNormalizationStage: DocumentStage {
  public static let descriptor = StageDescriptor(
    id: "date-normalization", aliases: ["dates"], version: 31,
    summary: "Arabic and English dates, times and durations as TIMEX3 values (Hijri too)",
    consumes: [.role(.boilerplate)],
    produces: TemporalLabel.allCases.map {
      ProducedLabel(
        $0.rawValue, role: .temporalValue,
        attributes: ["anchor", "anchored", "grain", "boilerplate", "mod", "calendar", "hijri", "hebrew", "offset"])
    },
    examples: [
      StageExample(
        "وصل الوفد إلى دمشق في ٢٨ كانون الثاني ٢٠٢٦ لبحث ملف الطاقة.",
        expected: [ExpectedAnnotation("DATE", text: "٢٨ كانون الثاني ٢٠٢٦", value: "2026-01-28")]),
      StageExample(
        "The delegation arrived in Damascus on 15 October 2025 to discuss energy.",
        expected: [ExpectedAnnotation("DATE", text: "15 October 2025", value: "2025-10-15")]),
    ])

  private let configuration: Configuration
  private let extractor: TemporalExtractor
  private let configuredAnchor: TemporalAnchor?
  private let contextAnchor: TemporalAnchor?

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    self.extractor = TemporalExtractor(
      preference: configuration.prefer, numericHijri: configuration.numericCalendar == .hijri,
      numericOrder: configuration.numericOrder, register: configuration.register)
    self.configuredAnchor = configuration.referenceDate.flatMap { DateNormalizationStage.anchor($0, source: .config) }
    self.contextAnchor = context.referenceDate.flatMap { DateNormalizationStage.anchor($0, source: .reference) }
  }

  /// An anchor from an ISO 8601 date or date-time (`2026-01-28`, `2013-02-12T04:30:00-02:00`).
  /// A time is kept as local time of day: values are written in the reference's own offset.
  public static func anchor(_ text: String, source: AnchorSource) -> TemporalAnchor? {
    guard let date = CivilDate(iso: text) else { return nil }
    var second: Int?
    var offset: Int?
    let bytes = Array(text.utf8)
    if bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") {
      func two(_ at: Int) -> Int? {
        guard at + 1 < bytes.count, (48...57).contains(bytes[at]), (48...57).contains(bytes[at + 1]) else { return nil }
        return Int(bytes[at] - 48) * 10 + Int(bytes[at + 1] - 48)
      }
      if let hour = two(11), let minute = two(14), hour < 24, minute < 60 {
        second = hour * 3600 + minute * 60 + (bytes.count >= 19 ? two(17) ?? 0 : 0)
      }
      // A trailing ±HH:MM or Z.
      if bytes.last == UInt8(ascii: "Z") {
        offset = 0
      } else if bytes.count >= 6, bytes[bytes.count - 3] == UInt8(ascii: ":"),
        bytes[bytes.count - 6] == UInt8(ascii: "+") || bytes[bytes.count - 6] == UInt8(ascii: "-"),
        let hours = two(bytes.count - 5), let minutes = two(bytes.count - 2)
      {
        offset = (bytes[bytes.count - 6] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
      }
    }
    return TemporalAnchor(date: date, secondOfDay: second, utcOffsetMinutes: offset, source: source)
  }

  /// The anchor for a document, in the documented order.
  public func anchor(for document: Document) -> TemporalAnchor? {
    if let date = document.metadata.date, let anchor = Self.anchor(date, source: .metadata) { return anchor }
    if let configuredAnchor { return configuredAnchor }
    if let contextAnchor { return contextAnchor }
    if configuration.findPublicationDate, let date = extractor.publicationDate(in: document.text) {
      return TemporalAnchor(date: date, source: .text)
    }
    return nil
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let anchor = anchor(for: document)
    let expressions = extractor.extract(document.text, anchor: anchor)
    guard !expressions.isEmpty else { return [] }
    let boilerplate = inputs.boilerplate
    var annotations: [Annotation] = []
    annotations.reserveCapacity(expressions.count)
    for expression in expressions {
      // Boilerplate is skipped, except a complete calendar date: in a page's furniture that is
      // the publication or retrieval line ("نشر ... بتاريخ ٢٨ كانون الثاني ٢٠٢٦"), a fact about
      // the document that the timeline needs. Relative or partial dates there mean nothing.
      let inBoilerplate =
        !boilerplate.isEmpty && boilerplate.contains(where: { $0.overlaps(expression.start..<expression.end) })
      if inBoilerplate, !(expression.label == .date && expression.grain == "day" && !expression.anchored) {
        continue
      }
      var attributes: [String: JSONValue] = [
        "anchored": .bool(expression.anchored),
        "anchor": .string(expression.anchored ? (anchor?.source ?? .none).rawValue : AnchorSource.none.rawValue),
        "grain": .string(expression.grain),
      ]
      if inBoilerplate { attributes["boilerplate"] = true }
      if let mod = expression.mod { attributes["mod"] = .string(mod) }
      if let hijri = expression.hijri {
        attributes["calendar"] = "hijri"
        attributes["hijri"] = .string(hijri)
      }
      if let hebrew = expression.hebrew {
        attributes["calendar"] = "hebrew"
        attributes["hebrew"] = .string(hebrew)
      }
      if let offset = expression.offset { attributes["offset"] = .string(offset) }
      annotations.append(
        Annotation(
          start: expression.start, end: expression.end, text: expression.text,
          label: expression.label.rawValue, value: expression.value, attributes: attributes))
    }
    return annotations
  }
}
