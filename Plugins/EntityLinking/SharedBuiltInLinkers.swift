import Foundation

/// Linkers over the built-in knowledge base alone, one per options and tagger model, shared by
/// every stage of the process.
final class SharedBuiltInLinkers: @unchecked Sendable {
  static let shared = SharedBuiltInLinkers()

  struct Key: Hashable {
    var options: EntityLinker.Options
    var builtIn: Data
    var tagger: Data?
  }

  private let lock = NSLock()
  private var linkers: [Key: LazyLinker] = [:]

  func linker(for key: Key) -> LazyLinker {
    lock.withLock {
      if let linker = linkers[key] { return linker }
      let linker = LazyLinker {
        EntityLinker(
          knowledgeBase: KnowledgeBase(try KnowledgeBase.decodeJSONLines(key.builtIn)), options: key.options,
          tagger: try key.tagger.map(EntityTaggerModel.init(data:)))
      }
      linkers[key] = linker
      return linker
    }
  }
}
