/// The stages a run can use, by id and alias. Like SwiftLint's `RuleRegistry`: built once at
/// start-up from a list of types, refusing two stages that claim the same name.
public struct StageRegistry: Sendable {
  /// The registered stages in registration order.
  public private(set) var factories: [StageFactory] = []
  private var indexByName: [String: Int] = [:]

  public init() {}

  /// A registry of the given stage types.
  public init(_ types: [any Stage.Type]) throws(RegistryError) {
    for type in types {
      guard let factory = StageFactory(erasing: type) else {
        throw RegistryError.notAStage(String(reflecting: type))
      }
      try register(factory)
    }
  }

  /// Adds a stage; its id and aliases must be new.
  public mutating func register(_ factory: StageFactory) throws(RegistryError) {
    for name in factory.descriptor.names {
      if let existing = indexByName[name] {
        throw RegistryError.duplicateName(
          name, existing: factories[existing].descriptor.id, new: factory.descriptor.id)
      }
    }
    let index = factories.count
    factories.append(factory)
    for name in factory.descriptor.names { indexByName[name] = index }
  }

  /// The stage with this id or alias, or nil.
  public func factory(named name: String) -> StageFactory? {
    indexByName[name].map { factories[$0] }
  }

  /// The stage with this id or alias, or an error that suggests a close name.
  public func resolve(_ name: String) throws(UnknownStageError) -> StageFactory {
    if let factory = factory(named: name) { return factory }
    throw UnknownStageError(
      name: name, suggestion: Suggestion.closest(to: name, among: indexByName.keys.sorted()),
      known: factories.map(\.descriptor.id))
  }

  /// Every id and alias.
  public var names: [String] { indexByName.keys.sorted() }
}

/// Two stages claim one name, or a type is not a stage.
public enum RegistryError: Error, Hashable, Sendable, CustomStringConvertible {
  case duplicateName(String, existing: String, new: String)
  case notAStage(String)

  public var description: String {
    switch self {
    case .duplicateName(let name, let existing, let new):
      return "stage name '\(name)' of '\(new)' is already taken by '\(existing)'"
    case .notAStage(let type):
      return "\(type) conforms to neither DocumentStage nor CorpusStage"
    }
  }
}

/// A name that no registered stage has.
public struct UnknownStageError: Error, Hashable, Sendable, CustomStringConvertible {
  public var name: String
  public var suggestion: String?
  public var known: [String]

  public var description: String {
    var message = "unknown stage '\(name)'"
    if let suggestion { message += "; did you mean '\(suggestion)'?" }
    return message
  }

  /// A note listing the known stages.
  public var knownList: String { "known stages: " + known.joined(separator: ", ") }
}
