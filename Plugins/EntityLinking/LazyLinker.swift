import Foundation

/// An `EntityLinker` built the first time it is asked for, once, whichever thread asks; a
/// failure to build it is kept and thrown to every caller.
final class LazyLinker: @unchecked Sendable {
  private let lock = NSLock()
  private var built: Result<EntityLinker, any Error>?
  private let make: @Sendable () throws -> EntityLinker

  init(_ make: @escaping @Sendable () throws -> EntityLinker) {
    self.make = make
  }

  var value: EntityLinker {
    get throws {
      try lock.withLock {
        if built == nil { built = Result { try make() } }
        return try built!.get()
      }
    }
  }
}
