import CSQLite
import Foundation
import GRDB

/// A prepared statement bound value by value through SQLite's C API and run once per row.
///
/// The batch writer inserts several rows per document; building GRDB's `StatementArguments`
/// for each (an array of boxed values per row) cost as much as SQLite's own work for the row
/// in the overhead benchmark. The statement is still GRDB's cached one, so it is prepared
/// once per connection; each `insert()` leaves it reset and unbound.
struct RowInsert {
  private let handle: OpaquePointer
  private let connection: OpaquePointer
  private let sql: String

  init(_ db: Database, sql: String) throws {
    let statement = try db.cachedStatement(sql: sql)
    self.handle = statement.sqliteStatement
    self.connection = db.sqliteConnection!
    self.sql = sql
  }

  /// SQLite copies what is bound with this destructor, so a Swift string's storage need
  /// only live for the call.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Where SQLite finds a string's bytes; an empty string's may have no address, and a null
  /// pointer would bind NULL rather than ''.
  private static func start(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar> {
    UnsafeRawPointer(bytes.baseAddress ?? ("" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
  }

  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(handle, index, value)
  }

  func bind(_ index: Int32, _ value: Int) {
    sqlite3_bind_int64(handle, index, Int64(value))
  }

  func bind(_ index: Int32, _ value: Bool) {
    sqlite3_bind_int64(handle, index, value ? 1 : 0)
  }

  func bind(_ index: Int32, _ value: String) {
    let bound = value.utf8.withContiguousStorageIfAvailable { bytes in
      sqlite3_bind_text(handle, index, Self.start(bytes), Int32(bytes.count), Self.transient)
    }
    if bound == nil {
      let bytes = Array(value.utf8)
      sqlite3_bind_text(handle, index, bytes, Int32(bytes.count), Self.transient)
    }
  }

  func bind(_ index: Int32, _ value: String?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    bind(index, value)
  }

  func bind(_ index: Int32, _ value: Data?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    value.withUnsafeBytes { bytes in
      // A zero-length blob is bound as such, not as NULL (which a nil base address means).
      _ = sqlite3_bind_blob(
        handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
    }
  }

  /// Binds `text` without copying it (a document's text is most of what a run writes) and
  /// runs the statement: SQLite reads the bytes while the statement runs, and they stay
  /// valid until then.
  func insert(bindingLast text: String, at index: Int32) throws {
    let done: Void? = try text.utf8.withContiguousStorageIfAvailable { bytes in
      sqlite3_bind_text(handle, index, Self.start(bytes), Int32(bytes.count), nil)
      try insert()
    }
    if done == nil {
      bind(index, text)
      try insert()
    }
  }

  /// Runs the statement with the values bound since the last run, then resets it.
  func insert() throws {
    let code = sqlite3_step(handle)
    let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(connection))
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    if let message {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
  }
}
