/// The files of a corpus, in order. Files listed under the corpus folder keep their relative
/// paths in one buffer of UTF-8 bytes (about 40 bytes a file, against some 140 for an array
/// of `CorpusSource`, whose paths are strings of their own); a `CorpusSource` is made when
/// one is asked for.
public struct CorpusSources: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    /// Files listed under one folder: relative path `i` is `paths[ends[i - 1]..<ends[i]]`.
    case listed(folder: CorpusSource.Folder, paths: [UInt8], ends: [Int], formats: [CorpusSource.Format])
    /// Sources made one by one (files named on the command line, a single JSON Lines file).
    case sources([CorpusSource])
  }

  let storage: Storage

  /// Sources made one by one, in the given order.
  public init(_ sources: [CorpusSource]) { storage = .sources(sources) }

  init(storage: Storage) { self.storage = storage }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .listed(_, _, let ends, _): ends.count
    case .sources(let sources): sources.count
    }
  }

  public subscript(position: Int) -> CorpusSource {
    switch storage {
    case .listed(let folder, let paths, let ends, let formats):
      let start = position == 0 ? 0 : ends[position - 1]
      let relativePath = paths.withUnsafeBufferPointer {
        String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[position]]), as: UTF8.self)
      }
      return CorpusSource(folder: folder, relativePath: relativePath, format: formats[position])
    case .sources(let sources):
      return sources[position]
    }
  }

  /// The format of the source at `position`, without making its path.
  func format(at position: Int) -> CorpusSource.Format {
    switch storage {
    case .listed(_, _, _, let formats): formats[position]
    case .sources(let sources): sources[position].format
    }
  }

  /// Whether the relative paths are in strictly increasing UTF-8 order, compared without
  /// making strings.
  var areSorted: Bool {
    switch storage {
    case .listed(_, let paths, let ends, _):
      return paths.withUnsafeBufferPointer { paths in
        var previous = 0..<0
        for (position, end) in ends.enumerated() {
          let range = (position == 0 ? 0 : ends[position - 1])..<end
          if position > 0, !paths[previous].lexicographicallyPrecedes(paths[range]) { return false }
          previous = range
        }
        return true
      }
    case .sources(let sources):
      return zip(sources, sources.dropFirst()).allSatisfy {
        $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8)
      }
    }
  }
}

extension CorpusSources {
  /// Collects files found under `folder` in any order, then sorts them by relative path.
  struct Builder {
    let folder: CorpusSource.Folder
    private var paths: [UInt8] = []
    private var ends: [Int] = []
    private var formats: [CorpusSource.Format] = []

    init(folder: CorpusSource.Folder) { self.folder = folder }

    mutating func append(relativePath: String, format: CorpusSource.Format) {
      paths.append(contentsOf: relativePath.utf8)
      ends.append(paths.count)
      formats.append(format)
    }

    /// The files sorted by relative path in UTF-8 order (which is code point order).
    func sorted() -> CorpusSources {
      paths.withUnsafeBufferPointer { paths in
        func range(_ position: Int) -> Range<Int> { (position == 0 ? 0 : ends[position - 1])..<ends[position] }
        let order = ends.indices.sorted { paths[range($0)].lexicographicallyPrecedes(paths[range($1)]) }
        var sortedPaths: [UInt8] = []
        sortedPaths.reserveCapacity(paths.count)
        var sortedEnds: [Int] = []
        sortedEnds.reserveCapacity(ends.count)
        for position in order {
          sortedPaths.append(contentsOf: paths[range(position)])
          sortedEnds.append(sortedPaths.count)
        }
        return CorpusSources(
          storage: .listed(folder: folder, paths: sortedPaths, ends: sortedEnds, formats: order.map { formats[$0] }))
      }
    }
  }
}
