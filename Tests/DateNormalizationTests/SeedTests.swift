import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// Every date expression of the five seed articles, anchored with seeds/metadata.csv.
@Suite struct SeedTests {
  struct Expected: CustomStringConvertible {
    var start: Int
    var end: Int
    var text: String
    var label: String
    var value: String
    var mod: String?
    var description: String { "\(start)-\(end) \(text) \(label) \(value) \(mod ?? "")" }
  }

  static let seeds: [(file: String, date: String, expected: [Expected])] = [
    (
      "000_b8fbc64c6013c1a4.txt", "2025-09-09",
      [
        Expected(start: 352, end: 363, text: "ديسمبر 2024", label: "DATE", value: "2024-12")
      ]
    ),
    (
      "001_7148f330e748e87e.txt", "2025-11-06",
      [
        // Vague references and amounts, TimeML's PAST_REF and PXY (read since round 7).
        Expected(start: 209, end: 223, text: "الآونة الأخيرة", label: "DATE", value: "PAST_REF"),
        Expected(start: 717, end: 731, text: "الفترة الأخيرة", label: "DATE", value: "PAST_REF"),
        Expected(start: 1239, end: 1254, text: "السنوات الماضية", label: "DURATION", value: "PXY"),
        Expected(start: 1419, end: 1435, text: "الأسابيع الأخيرة", label: "DURATION", value: "PXW"),
        Expected(start: 1493, end: 1517, text: "منتصف تشرين الأول/أكتوبر", label: "DATE", value: "2025-10", mod: "MID"),
        Expected(start: 1949, end: 1960, text: "بداية العام", label: "DATE", value: "2025", mod: "START"),
        Expected(start: 2099, end: 2129, text: "شهر تشرين الأول/ أكتوبر الماضي", label: "DATE", value: "2025-10"),
      ]
    ),
    (
      "002_095f6d28d59887e7.txt", "2025-10-16",
      [
        Expected(start: 74, end: 88, text: "15 أكتوبر 2025", label: "DATE", value: "2025-10-15"),
        Expected(start: 733, end: 739, text: "حاليًا", label: "DATE", value: "PRESENT_REF"),
        Expected(start: 1185, end: 1193, text: "المستقبل", label: "DATE", value: "FUTURE_REF"),
        Expected(start: 1283, end: 1287, text: "الآن", label: "DATE", value: "PRESENT_REF"),
        Expected(start: 1320, end: 1325, text: "شهرين", label: "DURATION", value: "P2M"),
        Expected(start: 2600, end: 2608, text: "المستقبل", label: "DATE", value: "FUTURE_REF"),
      ]
    ),
    (
      "003_02a1ff8d6132f0a2.txt", "2026-01-28",
      [
        Expected(start: 215, end: 235, text: "٢٨ كانون الثاني ٢٠٢٦", label: "DATE", value: "2026-01-28"),
        Expected(
          start: 461, end: 503, text: "يوم الأربعاء الموافق 28 كانون الثاني/يناير", label: "DATE", value: "2026-01-28"),
        Expected(start: 1183, end: 1195, text: "العام الماضي", label: "DATE", value: "2025"),
      ]
    ),
    (
      "004_172edc32d39c3b1d.txt", "2025-12-24",
      [
        Expected(start: 149, end: 170, text: "23 كانون الأول/ديسمبر", label: "DATE", value: "2025-12-23"),
        Expected(start: 727, end: 740, text: "ديسمبر الماضي", label: "DATE", value: "2024-12"),
        Expected(start: 1268, end: 1282, text: "15 أكتوبر 2025", label: "DATE", value: "2025-10-15"),
        Expected(start: 1794, end: 1806, text: "العام الماضي", label: "DATE", value: "2024"),
      ]
    ),
  ]

  static func seedText(_ file: String) throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/\(file)"), encoding: .utf8)
  }

  static func stage(_ config: JSONValue = [:], referenceDate: String? = nil) throws -> DocumentStageInstance {
    let configured = try StageFactory(DateNormalizationStage.self).configure(config)
    let context = StageContext(baseDirectory: repositoryRoot, referenceDate: referenceDate, checksum: { _ in "" })
    guard case .document(let stage) = try configured.makeStage(context: context) else {
      throw ConfigurationError.invalid(field: "", message: "not a document stage")
    }
    return stage
  }

  @Test func metadataDatesAreTheSeedAnchors() throws {
    let csv = try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/metadata.csv"), encoding: .utf8)
    for seed in Self.seeds {
      #expect(csv.contains("\(seed.file),\(seed.date),"))
    }
  }

  @Test(arguments: seeds.map { ($0.file, $0.date) })
  func everyDateOfTheSeed(file: String, date: String) throws {
    let expected = Self.seeds.first { $0.file == file }!.expected
    let text = try Self.seedText(file)
    let document = Document(id: file, text: text, metadata: DocumentMetadata(date: date))
    let annotations = try Self.stage().analyze(document, .none)
    #expect(annotations.map(\.start) == expected.map(\.start))
    #expect(annotations.map(\.end) == expected.map(\.end))
    #expect(annotations.map(\.text) == expected.map(\.text))
    #expect(annotations.map(\.label) == expected.map(\.label))
    #expect(annotations.map(\.value) == expected.map(\.value))
    #expect(annotations.map { $0.attributes["mod"]?.stringValue } == expected.map(\.mod))
    for annotation in annotations {
      #expect(document.slice(annotation.start, annotation.end) == annotation.text)
      let anchored = annotation.attributes["anchored"] == .bool(true)
      #expect(annotation.attributes["anchor"] == (anchored ? "metadata" : "none"))
    }
  }

  @Test func theSeedWithoutMetadataAnchorsOnItsPublicationLine() throws {
    let text = try Self.seedText("003_02a1ff8d6132f0a2.txt")
    let annotations = try Self.stage().analyze(Document(id: "003", text: text), .none)
    let lastYear = annotations.first { $0.text == "العام الماضي" }
    #expect(lastYear?.value == "2025")
    #expect(lastYear?.attributes["anchor"] == "text")
    #expect(annotations.first { $0.start == 461 }?.value == "2026-01-28")
  }
}
