import Testing
import WorkbenchCore

/// Enumerations in a stage's configuration: a wrong value names the values there are, and
/// `plugins` lists types in YAML's words.
private enum Direction: String, Codable, CaseIterable, Sendable {
  case nearest, future, past
}

private enum Shade: String, Codable, Sendable {
  case light, dark
}

private struct EnumStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("prefer") var prefer = Direction.nearest
    @Setting("also") var also: [Direction] = []
    @Setting("shade") var shade = Shade.light
    @Setting("weights") var weights: [Double] = []
    @Setting("strict") var strict = false
  }

  static let descriptor = StageDescriptor(
    id: "enum-sample", version: 1, summary: "test", produces: [ProducedLabel("X", role: .span)])

  init(configuration: Configuration, context: StageContext) throws {}

  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
}

@Suite struct ConfigurationEnumTests {
  let factory = StageFactory(EnumStage.self)

  func messages(_ configuration: JSONValue) -> [String] {
    do {
      _ = try factory.configure(configuration)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  static let wrongValues: [(JSONValue, String)] = [
    (["prefer": "sideways"], "'prefer' must be one of nearest, future, past, found 'sideways'"),
    (["prefer": 7], "'prefer' must be one of nearest, future, past, found an integer"),
    (["also": ["past", "later"]], "'also.[1]' must be one of nearest, future, past, found 'later'"),
    (["shade": "grey"], "'shade': 'grey' is not an accepted value"),
  ]

  @Test(arguments: wrongValues)
  func aWrongEnumerationValueListsTheValidOnes(configuration: JSONValue, message: String) {
    #expect(messages(configuration) == [message])
  }

  @Test func fieldTypesAreNamedAsInYAML() {
    let types = Dictionary(uniqueKeysWithValues: factory.configurationFields.map { ($0.name, $0.type) })
    #expect(types["prefer"] == "one of nearest, future, past")
    #expect(types["also"] == "list, each one of nearest, future, past")
    #expect(types["weights"] == "list of numbers")
    #expect(types["strict"] == "boolean")
  }
}
