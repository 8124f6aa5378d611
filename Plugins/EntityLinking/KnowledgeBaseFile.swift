internal import CSQLite
import Foundation

/// A knowledge base in a SQLite file: what `workbench kb import` writes and the stage's `kb`
/// option reads.
///
/// Tables: `entities(id, type, name_en, name_ar, description, prior, related, demonyms_ar)`
/// (lists as JSON arrays), `aliases(entity_id, text, folded, language, kind)` indexed on
/// `folded` (the matching form), and `meta(key, value)` with a `revision` that changes on
/// every write, so a stage reading the file gets a new cache key when its content changes.
public final class KnowledgeBaseFile {
  private var database: OpaquePointer?
  public let url: URL

  /// Opens an existing file read-only.
  public init(readingFrom url: URL) throws {
    self.url = url
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw KnowledgeBaseError.sqlite("no knowledge base at \(url.path) (make one with `workbench kb import`)")
    }
    try open(flags: SQLITE_OPEN_READONLY)
  }

  /// Opens the file for writing, creating it and its tables when missing.
  public init(writingTo url: URL) throws {
    self.url = url
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try open(flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    try execute(
      """
      PRAGMA journal_mode = WAL;
      CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS entities(
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name_en TEXT NOT NULL, name_ar TEXT NOT NULL,
        description TEXT NOT NULL, prior REAL NOT NULL, related TEXT NOT NULL, demonyms_ar TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS aliases(
        entity_id TEXT NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL, language TEXT NOT NULL,
        kind TEXT NOT NULL, PRIMARY KEY(entity_id, text, language)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);
      """)
  }

  deinit { sqlite3_close_v2(database) }

  private func open(flags: Int32) throws {
    if sqlite3_open_v2(url.path, &database, flags | SQLITE_OPEN_NOMUTEX, nil) != SQLITE_OK {
      let message = database.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      throw KnowledgeBaseError.sqlite("\(url.path): \(message)")
    }
    sqlite3_busy_timeout(database, 5000)
  }

  private func execute(_ sql: String) throws {
    var error: UnsafeMutablePointer<CChar>?
    if sqlite3_exec(database, sql, nil, nil, &error) != SQLITE_OK {
      let message = error.map { String(cString: $0) } ?? "error"
      sqlite3_free(error)
      throw KnowledgeBaseError.sqlite(message)
    }
  }

  private func prepare(_ sql: String) throws -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw KnowledgeBaseError.sqlite(String(cString: sqlite3_errmsg(database)))
    }
    return Statement(statement)
  }

  /// Writes entities (replacing those with the same id) in one transaction and sets a new
  /// revision.
  public func write(_ entities: [KnowledgeBaseEntity]) throws {
    try execute("BEGIN IMMEDIATE")
    do {
      let insertEntity = try prepare(
        "INSERT OR REPLACE INTO entities VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
      let deleteAliases = try prepare("DELETE FROM aliases WHERE entity_id = ?1")
      let insertAlias = try prepare("INSERT OR REPLACE INTO aliases VALUES (?1, ?2, ?3, ?4, ?5)")
      for entity in entities {
        insertEntity.bind([
          .text(entity.id), .text(entity.type), .text(entity.name_en), .text(entity.name_ar),
          .text(entity.description), .real(entity.prior), .text(Self.json(entity.related)),
          .text(Self.json(entity.demonyms_ar)),
        ])
        try insertEntity.run(database)
        deleteAliases.bind([.text(entity.id)])
        try deleteAliases.run(database)
        for alias in entity.aliases {
          insertAlias.bind([
            .text(entity.id), .text(alias.text), .text(NameFolding.fold(alias.text)), .text(alias.language),
            .text(alias.kind.rawValue),
          ])
          try insertAlias.run(database)
        }
      }
      let revision = try prepare("INSERT OR REPLACE INTO meta VALUES ('revision', ?1)")
      revision.bind([.text(UUID().uuidString)])
      try revision.run(database)
      try execute("COMMIT")
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// Every entity with its aliases.
  public func allEntities() throws -> [KnowledgeBaseEntity] {
    var aliasesByID: [String: [KnowledgeBaseAlias]] = [:]
    let aliases = try prepare("SELECT entity_id, text, language, kind FROM aliases")
    while try aliases.step(database) {
      aliasesByID[aliases.text(0), default: []].append(
        KnowledgeBaseAlias(
          aliases.text(1), language: aliases.text(2),
          kind: KnowledgeBaseAliasKind(rawValue: aliases.text(3)) ?? .name))
    }
    return try entities(where: "", bind: []) { aliasesByID[$0] ?? [] }
  }

  /// Entities having an alias that folds to the same form as `name`.
  public func lookup(_ name: String) throws -> [KnowledgeBaseEntity] {
    let ids = try prepare("SELECT DISTINCT entity_id FROM aliases WHERE folded = ?1")
    ids.bind([.text(NameFolding.fold(name))])
    var found: [KnowledgeBaseEntity] = []
    while try ids.step(database) {
      found += try entities(where: "WHERE id = ?1", bind: [.text(ids.text(0))]) { try self.aliases(of: $0) }
    }
    return found
  }

  private func aliases(of id: String) throws -> [KnowledgeBaseAlias] {
    let statement = try prepare("SELECT text, language, kind FROM aliases WHERE entity_id = ?1")
    statement.bind([.text(id)])
    var aliases: [KnowledgeBaseAlias] = []
    while try statement.step(database) {
      aliases.append(
        KnowledgeBaseAlias(
          statement.text(0), language: statement.text(1),
          kind: KnowledgeBaseAliasKind(rawValue: statement.text(2)) ?? .name))
    }
    return aliases
  }

  private func entities(
    where clause: String, bind values: [Statement.Value], aliases: (String) throws -> [KnowledgeBaseAlias]
  ) throws -> [KnowledgeBaseEntity] {
    let statement = try prepare(
      "SELECT id, type, name_en, name_ar, description, prior, related, demonyms_ar FROM entities \(clause)")
    statement.bind(values)
    var entities: [KnowledgeBaseEntity] = []
    while try statement.step(database) {
      let id = statement.text(0)
      entities.append(
        KnowledgeBaseEntity(
          id: id, type: statement.text(1), name_en: statement.text(2), name_ar: statement.text(3),
          description: statement.text(4), prior: statement.real(5), related: Self.list(statement.text(6)),
          aliases: try aliases(id), demonyms_ar: Self.list(statement.text(7))))
    }
    return entities
  }

  /// Counts for `workbench kb stats`: entities by type, aliases by language, the revision.
  public func statistics() throws -> (entitiesByType: [String: Int], aliasesByLanguage: [String: Int], revision: String)
  {
    var byType: [String: Int] = [:]
    let types = try prepare("SELECT type, COUNT(*) FROM entities GROUP BY type")
    while try types.step(database) { byType[types.text(0)] = types.int(1) }
    var byLanguage: [String: Int] = [:]
    let languages = try prepare("SELECT language, COUNT(*) FROM aliases GROUP BY language")
    while try languages.step(database) { byLanguage[languages.text(0)] = languages.int(1) }
    return (byType, byLanguage, try revision())
  }

  private func revision() throws -> String {
    let statement = try prepare("SELECT value FROM meta WHERE key = 'revision'")
    return try statement.step(database) ? statement.text(0) : ""
  }

  /// What identifies the file's content for the cache key: its revision and counts.
  public func checksumMaterial() throws -> String {
    let statistics = try statistics()
    let types = statistics.entitiesByType.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let languages = statistics.aliasesByLanguage.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return ([statistics.revision] + types + languages).joined(separator: ";")
  }

  private static func json(_ list: [String]) -> String {
    JSONValueText.array(list)
  }

  private static func list(_ text: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
  }
}

/// JSON text of a string list without going through an encoder per row.
enum JSONValueText {
  static func array(_ list: [String]) -> String {
    let data = (try? JSONEncoder().encode(list)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }
}

/// A prepared statement, finalized when released.
final class Statement {
  enum Value {
    case text(String)
    case real(Double)
    case int(Int)
  }

  private let handle: OpaquePointer
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  init(_ handle: OpaquePointer) { self.handle = handle }
  deinit { sqlite3_finalize(handle) }

  func bind(_ values: [Value]) {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (index, value) in values.enumerated() {
      let position = Int32(index + 1)
      switch value {
      case .text(let text): sqlite3_bind_text(handle, position, text, -1, Self.transient)
      case .real(let number): sqlite3_bind_double(handle, position, number)
      case .int(let number): sqlite3_bind_int64(handle, position, Int64(number))
      }
    }
  }

  /// Steps once; true while a row is available.
  func step(_ database: OpaquePointer?) throws -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw KnowledgeBaseError.sqlite(String(cString: sqlite3_errmsg(database)))
    }
  }

  func run(_ database: OpaquePointer?) throws {
    while try step(database) {}
  }

  func text(_ column: Int32) -> String {
    sqlite3_column_text(handle, column).map { String(cString: $0) } ?? ""
  }

  func real(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
}
