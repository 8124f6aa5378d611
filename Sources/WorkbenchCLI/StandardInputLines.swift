import Foundation

/// Standard input read as lines, a slice at a time: `workbench worker` copies each slice to
/// a file, which the corpus reader then reads like any JSON Lines file of a corpus.
struct StandardInputLines {
  private var pending: [UInt8] = []
  private var finished = false
  private let handle = FileHandle.standardInput

  /// Copies the next `limit` lines (fewer at the end of input) to `file`, replacing it, and
  /// returns how many were copied; 0 at the end of input. Blank lines count as lines (the
  /// reader skips them), so line numbers stay those of the input.
  mutating func copy(upTo limit: Int, to file: URL) throws -> Int {
    var slice: [UInt8] = []
    var count = 0
    while count < limit {
      if let newline = pending.firstIndex(of: 0x0A) {
        slice.append(contentsOf: pending[...newline])
        pending.removeSubrange(...newline)
        count += 1
        continue
      }
      if finished {
        if !pending.isEmpty {
          slice.append(contentsOf: pending)
          slice.append(0x0A)
          pending.removeAll()
          count += 1
        }
        break
      }
      let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { finished = true } else { pending.append(contentsOf: chunk) }
    }
    try Data(slice).write(to: file)
    return count
  }
}
