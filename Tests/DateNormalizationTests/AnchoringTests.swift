import DateNormalization
import Foundation
import Testing
import WorkbenchCore

/// The anchor order: metadata, then `reference_date`, then `--reference-date`, then a
/// publication line or dateline in the text, else none.
@Suite struct AnchoringTests {
  let text = "هذا الخبر نُشر بتاريخ 3 آذار 2024. قال الوزير أمس إن الاتفاق قريب."

  func yesterday(_ document: Document, config: JSONValue = [:], referenceDate: String? = nil) throws -> Annotation? {
    let stage = try SeedTests.stage(config, referenceDate: referenceDate)
    return try stage.analyze(document, .none).first { $0.text == "أمس" }
  }

  @Test func metadataComesFirst() throws {
    let document = Document(id: "a", text: text, metadata: DocumentMetadata(date: "2025-06-10"))
    let found = try yesterday(document, config: ["reference_date": "2020-01-01"], referenceDate: "2019-01-01")
    #expect(found?.value == "2025-06-09")
    #expect(found?.attributes["anchor"] == "metadata")
    #expect(found?.attributes["anchored"] == .bool(true))
  }

  @Test func configurationBeforeCommandLine() throws {
    let found = try yesterday(
      Document(id: "a", text: text), config: ["reference_date": "2020-01-01"], referenceDate: "2019-01-01")
    #expect(found?.value == "2019-12-31")
    #expect(found?.attributes["anchor"] == "config")
  }

  @Test func commandLineBeforeText() throws {
    let found = try yesterday(Document(id: "a", text: text), referenceDate: "2019-01-01")
    #expect(found?.value == "2018-12-31")
    #expect(found?.attributes["anchor"] == "reference")
  }

  @Test func publicationLineInTheText() throws {
    let found = try yesterday(Document(id: "a", text: text))
    #expect(found?.value == "2024-03-02")
    #expect(found?.attributes["anchor"] == "text")
  }

  @Test func datelineAtTheTop() throws {
    let dateline = "دمشق، 12 أيار 2025 - أعلنت الحكومة اليوم خطة جديدة."
    let stage = try SeedTests.stage()
    let today = try stage.analyze(Document(id: "d", text: dateline), .none).first { $0.text == "اليوم" }
    #expect(today?.value == "2025-05-12")
    #expect(today?.attributes["anchor"] == "text")
  }

  @Test func noAnchorLeavesRelativeValuesUnderspecified() throws {
    let found = try yesterday(
      Document(id: "a", text: "قال الوزير أمس إن الاتفاق قريب."), config: ["find_publication_date": false])
    #expect(found?.value == "XXXX-XX-XX")
    #expect(found?.attributes["anchor"] == "none")
    #expect(found?.attributes["anchored"] == .bool(false))
    #expect(found?.attributes["offset"] == "-P1D")
  }

  @Test func absoluteDatesSayNoAnchor() throws {
    let stage = try SeedTests.stage()
    let document = Document(id: "a", text: "في 5 أيار 2023", metadata: DocumentMetadata(date: "2025-01-01"))
    let annotation = try stage.analyze(document, .none).first
    #expect(annotation?.value == "2023-05-05")
    #expect(annotation?.attributes["anchored"] == .bool(false))
    #expect(annotation?.attributes["anchor"] == "none")
    #expect(annotation?.attributes["grain"] == "day")
  }

  @Test func hijriAttributes() throws {
    let stage = try SeedTests.stage()
    let annotation = try stage.analyze(Document(id: "h", text: "في 1 شوال 1445 هـ"), .none).first
    #expect(annotation?.value == "2024-04-10")
    #expect(annotation?.attributes["calendar"] == "hijri")
    #expect(annotation?.attributes["hijri"] == "1445-10-01")
  }

  @Test func relativeAndPartialDatesInBoilerplateAreSkipped() throws {
    let stage = try SeedTests.stage()
    let document = Document(
      id: "b", text: "منذ أيار الماضي وفي 6 أيار 2023", metadata: DocumentMetadata(date: "2024-01-10"))
    let inputs = StageInputs([.boilerplate: [Annotation(start: 0, end: 15, text: "", label: "BOILERPLATE")]])
    #expect(try stage.analyze(document, inputs).map(\.value) == ["2023-05-06"])
  }

  /// A page's publication line is boilerplate to `clean`, but its full date is kept, flagged.
  @Test func aCompleteDateInBoilerplateIsKeptAndFlagged() throws {
    let stage = try SeedTests.stage()
    let text = "نص الخبر.\nنشر أولاً وتم جلبه بتاريخ ٣ آذار ٢٠٢٤."
    let document = Document(id: "p", text: text, metadata: DocumentMetadata(date: "2024-03-03"))
    let inputs = StageInputs([.boilerplate: [Annotation(start: 10, end: 47, text: "", label: "BOILERPLATE")]])
    let found = try stage.analyze(document, inputs)
    #expect(found.map(\.value) == ["2024-03-03"])
    #expect(found.map(\.text) == ["٣ آذار ٢٠٢٤"])
    #expect(found.first?.start == 36)
    #expect(found.first?.attributes["boilerplate"] == .bool(true))
  }

  @Test(arguments: [
    (["reference_date": "28-01-2026"] as JSONValue, "reference_date"),
    (["numeric_calendar": "julian"] as JSONValue, "numeric_calendar"),
    (["prefer": "sometimes"] as JSONValue, "prefer"),
  ])
  func rejectsBadConfiguration(config: JSONValue, field: String) {
    #expect(throws: ConfigurationFailure.self) { try SeedTests.stage(config) }
  }

  @Test func referenceWithTimeAndOffset() {
    let anchor = DateNormalizationStage.anchor("2013-02-12T04:30:00-02:00", source: .reference)
    #expect(anchor?.date == CivilDate(year: 2013, month: 2, day: 12))
    #expect(anchor?.secondOfDay == 4 * 3600 + 30 * 60)
    #expect(anchor?.utcOffsetMinutes == -120)
  }
}
