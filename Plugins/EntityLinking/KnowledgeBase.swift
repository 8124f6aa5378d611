import Foundation

/// A set of entities keyed by id: the built-in tables, a SQLite file made by `workbench kb
/// import`, or both merged.
public struct KnowledgeBase: Sendable {
  public private(set) var entities: [KnowledgeBaseEntity]
  private var positionByID: [String: Int]

  public init(_ entities: [KnowledgeBaseEntity] = []) {
    self.entities = []
    self.positionByID = [:]
    merge(entities)
  }

  /// The entity with this id.
  public subscript(id: String) -> KnowledgeBaseEntity? {
    positionByID[id].map { entities[$0] }
  }

  public var count: Int { entities.count }
  public var aliasCount: Int { entities.reduce(0) { $0 + $1.aliases.count } }

  /// Adds entities; one whose id is already present replaces its fields but keeps the union
  /// of both alias lists, so an import can add aliases to a built-in entity.
  public mutating func merge(_ added: [KnowledgeBaseEntity]) {
    for entity in added {
      if let position = positionByID[entity.id] {
        var merged = entity
        let existing = entities[position]
        var seen = Set(entity.aliases)
        for alias in existing.aliases where !seen.contains(alias) {
          merged.aliases.append(alias)
          seen.insert(alias)
        }
        if merged.demonyms_ar.isEmpty { merged.demonyms_ar = existing.demonyms_ar }
        if merged.related.isEmpty { merged.related = existing.related }
        if merged.name_ar.isEmpty { merged.name_ar = existing.name_ar }
        if merged.name_en.isEmpty { merged.name_en = existing.name_en }
        entities[position] = merged
      } else {
        positionByID[entity.id] = entities.count
        entities.append(entity)
      }
    }
  }

  /// Reads JSON Lines, one entity per line (the format of Resources/builtin_kb.jsonl).
  public static func decodeJSONLines(_ data: Data) throws -> [KnowledgeBaseEntity] {
    let decoder = JSONDecoder()
    var entities: [KnowledgeBaseEntity] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
      do {
        entities.append(try decoder.decode(KnowledgeBaseEntity.self, from: Data(line)))
      } catch {
        throw KnowledgeBaseError.invalidLine(lineNumber, String(describing: error))
      }
    }
    return entities
  }

  /// The knowledge base that ships with the plugin, and the bytes it was read from (for the
  /// cache key).
  public static func builtIn() throws -> (knowledgeBase: KnowledgeBase, data: Data) {
    let data = try builtInData()
    return (KnowledgeBase(try decodeJSONLines(data)), data)
  }

  /// The bytes of the built-in knowledge base, not yet decoded.
  public static func builtInData() throws -> Data {
    guard
      let url = Bundle.module.url(forResource: "builtin_kb", withExtension: "jsonl", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: "builtin_kb", withExtension: "jsonl")
    else { throw KnowledgeBaseError.missingResource("builtin_kb.jsonl") }
    return try Data(contentsOf: url)
  }
}

/// Why a knowledge base could not be read or written.
public enum KnowledgeBaseError: Error, CustomStringConvertible {
  case missingResource(String)
  case invalidLine(Int, String)
  case sqlite(String)
  case invalidDump(String)

  public var description: String {
    switch self {
    case .missingResource(let name): "the plugin's resource \(name) is missing"
    case .invalidLine(let line, let message): "line \(line): \(message)"
    case .sqlite(let message): "SQLite: \(message)"
    case .invalidDump(let message): "Wikidata dump: \(message)"
    }
  }
}

extension KnowledgeBase {
  /// Entities with an alias that folds like `name`.
  public static func lookup(_ name: String, in knowledgeBase: KnowledgeBase) -> [KnowledgeBaseEntity] {
    let folded = NameFolding.fold(name)
    return knowledgeBase.entities.filter { entity in
      entity.aliases.contains { NameFolding.fold($0.text) == folded }
    }
  }
}
