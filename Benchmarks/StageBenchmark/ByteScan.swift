import WorkbenchCore

/// The baselines stages are compared with: one pass over the same texts doing next to no
/// work per element. A stage cannot beat the byte scan, so its ratio to it says how much of
/// the machine's reading speed the stage keeps.
enum ByteScan {
  /// Counts words (runs of bytes other than ASCII space, tab and line breaks) over the UTF-8
  /// bytes of every text. A data-dependent branch per byte, like a tokenizer's inner loop.
  static func words(_ documents: [Document]) -> Int {
    var words = 0
    for document in documents {
      words +=
        document.text.utf8.withContiguousStorageIfAvailable { bytes in
          var count = 0
          var inWord = false
          for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
          }
          return count
        } ?? slowWords(document.text)
    }
    return words
  }

  private static func slowWords(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  /// Counts non-ASCII scalars by decoding the text into Unicode scalars: the floor of any
  /// stage that looks at scalars rather than bytes (property lookups cost more on top).
  static func scalars(_ documents: [Document]) -> Int {
    var count = 0
    for document in documents {
      for scalar in document.text.unicodeScalars where scalar.value >= 0x80 {
        count += 1
      }
    }
    return count
  }
}
