import Testing
import WorkbenchCore

private struct SampleStage: DocumentStage {
  struct Configuration: StageConfiguration {
    @Setting("topics") var topics = 3
    @Setting("label") var label = "X"
    @Setting("reference_date") var reference_date: String? = nil

    func validate() throws {
      if topics < 1 { throw ConfigurationError.invalid(field: "topics", message: "must be at least 1") }
    }
  }

  static let descriptor = StageDescriptor(
    id: "sample", aliases: ["smp"], version: 2, summary: "test",
    produces: [ProducedLabel("X", role: .span, configurationKey: "label")])

  let configuration: Configuration
  init(configuration: Configuration, context: StageContext) throws { self.configuration = configuration }

  func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    [document.wholeTextAnnotation(label: configuration.label, value: String(configuration.topics))]
  }
}

@Suite struct StageFactoryTests {
  let factory = StageFactory(SampleStage.self)

  @Test func listsFieldsWithTypesAndDefaults() {
    let fields = Dictionary(uniqueKeysWithValues: factory.configurationFields.map { ($0.name, $0) })
    #expect(fields["topics"]?.type == "integer")
    #expect(fields["topics"]?.defaultValue == .int(3))
    #expect(fields["label"]?.defaultValue == .string("X"))
    #expect(fields["reference_date"]?.type == "string (optional)")
    #expect(fields["reference_date"]?.defaultValue == .null)
    #expect(factory.moduleName == "WorkbenchCoreTests")
  }

  @Test func fillsDefaultsAndCanonicalizes() throws {
    let configured = try factory.configure(["topics": 5])
    #expect(configured.canonicalConfiguration == #"{"label":"X","topics":5}"#)
    #expect(try factory.configure(.null).canonicalConfiguration == #"{"label":"X","topics":3}"#)
  }

  static let badConfigurations: [(JSONValue, String)] = [
    (["topic": 4], "unknown configuration key 'topic'; did you mean 'topics'?"),
    (["topics": "three"], "'topics' must be an integer, found a string"),
    (["topics": 0], "'topics': must be at least 1"),
    ("flat", "config must be a mapping of keys to values, found a string"),
  ]

  @Test(arguments: badConfigurations)
  func reportsConfigurationErrors(config: JSONValue, message: String) {
    #expect(throws: ConfigurationFailure.self) { try factory.configure(config) }
    do throws(ConfigurationFailure) {
      _ = try factory.configure(config)
    } catch {
      #expect(error.errors.first?.description == message)
    }
  }

  @Test func reportsEveryProblemAtOnce() {
    do throws(ConfigurationFailure) {
      _ = try factory.configure(["topic": 4, "lable": "Y"])
      Issue.record("expected a failure")
    } catch {
      #expect(error.errors.map(\.field) == ["lable", "topic"])
    }
  }

  @Test func buildsAndRunsTheStage() throws {
    let configured = try factory.configure(["label": "TONE"])
    let context = StageContext(baseDirectory: .init(fileURLWithPath: "/"), checksum: { _ in "x" })
    guard case .document(let stage) = try configured.makeStage(context: context) else {
      Issue.record("expected a document stage")
      return
    }
    let annotations = try stage.analyze(Document(id: "d", text: "سلام"), StageInputs.none)
    #expect(annotations == [Annotation(start: 0, end: 4, text: "", label: "TONE", value: "3")])
  }
}

@Suite struct StageRegistryTests {
  private struct Clash: DocumentStage {
    static let descriptor = StageDescriptor(id: "other", aliases: ["smp"], version: 1, summary: "", produces: [])
    init(configuration: NoConfiguration, context: StageContext) throws {}
    func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] { [] }
  }

  @Test func refusesDuplicateNames() {
    #expect(throws: RegistryError.duplicateName("smp", existing: "sample", new: "other")) {
      try StageRegistry([SampleStage.self, Clash.self])
    }
  }

  @Test(arguments: [("sampel", "sample"), ("smpl", "smp"), ("samp", "smp"), ("zzzz", nil)])
  func suggestsCloseNames(typed: String, suggestion: String?) throws {
    let registry = try StageRegistry([SampleStage.self])
    #expect(throws: UnknownStageError.self) { try registry.resolve(typed) }
    do throws(UnknownStageError) { _ = try registry.resolve(typed) } catch { #expect(error.suggestion == suggestion) }
    #expect(try registry.resolve("smp").descriptor.id == "sample")
  }
}
