import Foundation

/// A registered stage type, erased: its descriptor, its configuration fields, and a way to
/// decode a configuration and build the stage.
public struct StageFactory: Sendable {
  public let descriptor: StageDescriptor
  /// The Swift module that defines the stage (a plugin target's name).
  public let moduleName: String
  /// The configuration's settings with their types, defaults and help, in declaration order.
  public let configurationFields: [ConfigurationField]
  private let configureBody: @Sendable (JSONValue) throws(ConfigurationFailure) -> ConfiguredStage

  /// A factory for a per-document stage. The built stage refuses annotations whose label the
  /// descriptor does not declare.
  public init<S: DocumentStage>(_ type: S.Type) {
    let id = S.descriptor.id
    self.init(type, kind: .document) { configuration, json in
      let declared = Set(S.descriptor.produces(configuration: json).map(\.label))
      return { context in
        let stage = try S(configuration: configuration, context: context)
        return .document(
          DocumentStageInstance(analyze: { document, inputs in
            let annotations = try stage.analyze(document, inputs: inputs)
            try UndeclaredLabelError.check(annotations, declared: declared, stageID: id)
            return annotations
          }))
      }
    }
  }

  /// A factory for a corpus stage. The built stage refuses annotations whose label the
  /// descriptor does not declare.
  public init<S: CorpusStage>(_ type: S.Type) {
    let id = S.descriptor.id
    self.init(type, kind: .corpus) { configuration, json in
      let declared = Set(S.descriptor.produces(configuration: json).map(\.label))
      return { context in
        let stage = try S(configuration: configuration, context: context)
        return .corpus(
          CorpusStageInstance(
            collect: { document, inputs in
              try CorpusStageInstance.encoder.encode(stage.collect(document, inputs: inputs))
            },
            reduce: { items in
              let decoder = JSONDecoder()
              let decoded = try items.map { item in
                CollectedItem(
                  documentID: item.documentID,
                  value: try decoder.decode(S.Collected.self, from: item.value))
              }
              let result = try stage.reduce(decoded)
              for annotations in result.annotations.values {
                try UndeclaredLabelError.check(annotations, declared: declared, stageID: id)
              }
              return result
            }))
      }
    }
  }

  /// A factory for any stage type that conforms to `DocumentStage` or `CorpusStage`; nil for
  /// a type that conforms to neither.
  public init?(erasing type: any Stage.Type) {
    if let documentStage = type as? any DocumentStage.Type {
      self.init(documentStage)
    } else if let corpusStage = type as? any CorpusStage.Type {
      self.init(corpusStage)
    } else {
      return nil
    }
  }

  private init<S: Stage>(
    _ type: S.Type, kind: StageKind,
    builder: @escaping @Sendable (S.Configuration, JSONValue) -> @Sendable (StageContext) throws -> StageInstance
  ) {
    var descriptor = S.descriptor
    descriptor.kind = kind
    self.descriptor = descriptor
    self.moduleName = String(reflecting: S.self).split(separator: ".").first.map(String.init) ?? ""
    let defaultConfiguration = S.Configuration()
    let defaults = Self.encode(defaultConfiguration)
    let fields = defaultConfiguration.settings.map { setting in
      ConfigurationField(
        name: setting.key, type: setting.typeName, defaultValue: defaults.objectValue?[setting.key] ?? .null,
        help: setting.help.isEmpty ? nil : setting.help)
    }
    self.configurationFields = fields
    let knownKeys = fields.map(\.name)
    let finalDescriptor = descriptor
    self.configureBody = { (given: JSONValue) throws(ConfigurationFailure) -> ConfiguredStage in
      let userMembers: [String: JSONValue]
      switch given {
      case .null: userMembers = [:]
      case .object(let members): userMembers = members
      default: throw ConfigurationFailure([.notAMapping(found: given.kindDescription)])
      }
      var errors: [ConfigurationError] = []
      for key in userMembers.keys.sorted() where !knownKeys.contains(key) {
        errors.append(
          .unknownKey(key, suggestion: Suggestion.closest(to: key, among: knownKeys), known: knownKeys))
      }
      var merged = defaults.objectValue ?? [:]
      for (key, value) in userMembers where knownKeys.contains(key) { merged[key] = value }
      let configuration: S.Configuration
      do {
        configuration = try JSONValueDecoder().decode(S.Configuration.self, from: .object(merged))
      } catch let error as DecodingError {
        errors.append(Self.configurationError(error))
        throw ConfigurationFailure(errors)
      } catch {
        errors.append(.invalid(field: "", message: "\(error)"))
        throw ConfigurationFailure(errors)
      }
      do {
        try configuration.validate()
      } catch let error as ConfigurationError {
        errors.append(error)
      } catch {
        errors.append(.invalid(field: "", message: "\(error)"))
      }
      guard errors.isEmpty else { throw ConfigurationFailure(errors) }
      let json = Self.encode(configuration)
      return ConfiguredStage(descriptor: finalDescriptor, configuration: json, build: builder(configuration, json))
    }
  }

  /// Decodes and validates a configuration (`null` or a mapping) and returns a stage ready to
  /// be built. Every problem is reported, not only the first.
  public func configure(_ configuration: JSONValue) throws(ConfigurationFailure) -> ConfiguredStage {
    try configureBody(configuration)
  }

  /// The default configuration, as JSON.
  public var defaultConfiguration: JSONValue {
    .object(Dictionary(uniqueKeysWithValues: configurationFields.map { ($0.name, $0.defaultValue) }))
  }

  private static func encode<C: Encodable>(_ value: C) -> JSONValue {
    guard let data = try? CorpusStageInstance.encoder.encode(value),
      let json = try? JSONDecoder().decode(JSONValue.self, from: data)
    else { return .object([:]) }
    return json
  }

  private static func configurationError(_ error: DecodingError) -> ConfigurationError {
    func field(_ path: [any CodingKey]) -> String {
      path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      // "expected X, found Y", where X may list values with commas of its own.
      let text = context.debugDescription
      let split = text.range(of: ", found ", options: .backwards)
      let found = split.map { String(text[$0.upperBound...]) } ?? "another type"
      let expected =
        text.hasPrefix("expected ") && split != nil
        ? String(text[text.index(text.startIndex, offsetBy: "expected ".count)..<split!.lowerBound])
        : "of another type"
      return .typeMismatch(field: field(context.codingPath), expected: expected, found: found)
    case .keyNotFound(let key, let context):
      return .invalid(field: field(context.codingPath + [key]), message: "is required")
    case .dataCorrupted(let context):
      return .invalid(field: field(context.codingPath), message: context.debugDescription)
    @unknown default:
      return .invalid(field: "", message: "\(error)")
    }
  }
}

/// All the problems of one stage's configuration.
public struct ConfigurationFailure: Error, Sendable, CustomStringConvertible {
  public var errors: [ConfigurationError]
  public init(_ errors: [ConfigurationError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "; ") }
}

/// A stage with a decoded, validated configuration, ready to be built for a run.
public struct ConfiguredStage: Sendable {
  public let descriptor: StageDescriptor
  /// The whole configuration with defaults filled in.
  public let configuration: JSONValue
  let build: @Sendable (StageContext) throws -> StageInstance

  /// The labels this stage produces under its configuration.
  public var produces: [ProducedLabel] { descriptor.produces(configuration: configuration) }

  /// The configuration as canonical JSON (sorted keys): what the cache key hashes.
  public var canonicalConfiguration: String { configuration.canonicalJSON }

  /// Builds the stage; it loads its data through `context`.
  public func makeStage(context: StageContext) throws -> StageInstance {
    try build(context)
  }
}

/// A built stage, ready to process documents.
public enum StageInstance: Sendable {
  case document(DocumentStageInstance)
  case corpus(CorpusStageInstance)
}

/// A built per-document stage.
public struct DocumentStageInstance: Sendable {
  public let analyze: @Sendable (Document, StageInputs) throws -> [Annotation]
}

/// A built corpus stage, with collected values carried as JSON bytes.
public struct CorpusStageInstance: Sendable {
  public let collect: @Sendable (Document, StageInputs) throws -> Data
  public let reduce: @Sendable ([CollectedItem<Data>]) throws -> CorpusResult

  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
