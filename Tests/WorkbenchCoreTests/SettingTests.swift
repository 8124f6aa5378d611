import Foundation
import Testing
import WorkbenchCore

/// `@Setting` declarations: key, help, type and default in one place, and the configuration's
/// `Codable` made from them.
private struct Options: StageConfiguration {
  @Setting("max_years", help: "how far a date may be from its anchor")
  var maxYears = 10
  @Setting("anchor", help: "the anchor date")
  var anchor: String? = "2026-01-28"
  @Setting("calendars")
  var calendars: [String] = ["gregorian"]
}

private struct Careless: StageConfiguration {
  @Setting("declared") var declared = 1
  var forgotten = 2
}

private struct OptionsStage: DocumentStage {
  typealias Configuration = Options
  static let descriptor = StageDescriptor(id: "options", version: 1, summary: "test", produces: [])
  init(configuration: Options, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

private struct CarelessStage: DocumentStage {
  typealias Configuration = Careless
  static let descriptor = StageDescriptor(id: "careless", version: 1, summary: "test", produces: [])
  init(configuration: Careless, context: StageContext) throws {}
  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

@Suite struct SettingTests {
  @Test func fieldsComeFromTheDeclarations() {
    let fields = StageFactory(OptionsStage.self).configurationFields
    #expect(fields.map(\.name) == ["max_years", "anchor", "calendars"])
    #expect(fields.map(\.type) == ["integer", "string (optional)", "list of strings"])
    #expect(fields.map(\.defaultValue) == [.int(10), .string("2026-01-28"), .array([.string("gregorian")])])
    #expect(fields.map(\.help) == ["how far a date may be from its anchor", "the anchor date", nil])
  }

  @Test func absentKeysKeepTheirDefaultsAndNullClearsAnOptional() throws {
    let decoded = try JSONValueDecoder().decode(Options.self, from: ["max_years": 3])
    #expect(decoded.maxYears == 3)
    #expect(decoded.anchor == "2026-01-28")
    let cleared = try JSONValueDecoder().decode(Options.self, from: ["anchor": .null])
    #expect(cleared.anchor == nil)
    #expect(cleared.maxYears == 10)
  }

  @Test func encodingUsesTheKeysAndLeavesOutAnEmptyOptional() throws {
    var options = Options()
    options.anchor = nil
    options.maxYears = 4
    let data = try JSONEncoder().encode(options)
    let json = try JSONDecoder().decode(JSONValue.self, from: data)
    #expect(json.canonicalJSON == #"{"calendars":["gregorian"],"max_years":4}"#)
  }

  @Test func aPlainPropertyIsAnErrorNotASilentDefault() {
    do throws(ConfigurationFailure) {
      _ = try StageFactory(CarelessStage.self).configure(["declared": 5])
      Issue.record("expected a failure")
    } catch {
      #expect(error.errors.map(\.description) == ["Careless.forgotten is not a @Setting, so it cannot be configured"])
    }
  }
}
