import Foundation
import WorkbenchCore

/// The documents of one corpus file, read lazily; see `CorpusReader.read(_:)`.
///
/// A text file is one document: UTF-8, a leading byte order mark removed, line ends kept as
/// they are. A JSON Lines file holds one record per line (blank lines are skipped).
public struct SourceEntries: Sequence, Sendable {
  let reader: CorpusReader
  let source: CorpusSource

  public func makeIterator() -> Iterator { Iterator(reader: reader, source: source) }

  public struct Iterator: IteratorProtocol {
    let reader: CorpusReader
    let source: CorpusSource
    private var started = false
    private var lines: LineReader?
    private var line = 0
    /// Where the entry returned last starts (the file, or the record's line).
    public private(set) var lastLocation: SourceLocation?

    init(reader: CorpusReader, source: CorpusSource) {
      self.reader = reader
      self.source = source
    }

    public mutating func next() -> CorpusEntry? {
      switch source.format {
      case .text:
        guard !started else { return nil }
        started = true
        lastLocation = SourceLocation(file: source.displayPath, line: 1, column: 1)
        return readText()
      case .jsonLines:
        if !started {
          started = true
          lastLocation = SourceLocation(file: source.displayPath, line: 1, column: 1)
          do {
            lines = try LineReader(url: source.url)
          } catch {
            return .failure(cannotRead(error.localizedDescription))
          }
        }
        return nextRecord()
      }
    }

    private func cannotRead(_ reason: String) -> DocumentFailure {
      DocumentFailure(
        id: source.relativePath, message: UnreadableEntry.message(path: source.path, reason: reason),
        location: SourceLocation(file: source.displayPath, line: 1, column: 1))
    }

    /// A failure for a file that is UTF-16 or holds NUL bytes (a binary file), or nil.
    static func binaryFailure(_ bytes: UnsafeBufferPointer<UInt8>, source: CorpusSource, id: String) -> DocumentFailure?
    {
      let file = SourceLocation(file: source.displayPath, line: 1, column: 1)
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        return DocumentFailure(
          id: id, message: "UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8",
          location: file)
      }
      guard let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) else { return nil }
      let offset = UnsafeRawPointer(nul) - UnsafeRawPointer(base)
      return DocumentFailure(
        id: id, message: "binary file: a NUL byte at byte offset \(offset); documents must be UTF-8 text",
        location: TextPosition.location(ofByte: offset, in: bytes, file: source.displayPath))
    }

    private func readText() -> CorpusEntry {
      let id = source.relativePath
      let contents: [UInt8]
      do {
        // A file larger than the limit by its size is not read at all.
        contents = try FileContents.read(source.path, limit: DocumentSizeLimit.bytes)
      } catch {
        let start = SourceLocation(file: source.displayPath, line: 1, column: 1)
        if let size = error.tooLarge, let failure = DocumentSizeLimit.failure(bytes: size, id: id, location: start) {
          return .failure(failure)
        }
        return .failure(cannotRead(error.message))
      }
      // A file that grew past the limit while it was read.
      if let failure = DocumentSizeLimit.failure(
        bytes: contents.count, id: id, location: SourceLocation(file: source.displayPath, line: 1, column: 1))
      {
        return .failure(failure)
      }
      return contents.withUnsafeBufferPointer { all -> CorpusEntry in
        if let failure = Self.binaryFailure(all, source: source, id: id) { return .failure(failure) }
        var bytes = all
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
          let offset = TextPosition.firstInvalidUTF8(in: all) ?? 0
          return .failure(
            DocumentFailure(
              id: id, message: "not valid UTF-8 at byte offset \(offset)",
              location: TextPosition.location(ofByte: offset, in: all, file: source.displayPath)))
        }
        let document = Document(id: id, text: text, metadata: reader.metadata(for: id))
        return .document(document, source: source.displayPath)
      }
    }

    private mutating func nextRecord() -> CorpusEntry? {
      while var reader = lines {
        line += 1
        var entry: CorpusEntry?
        lines = nil  // taken out while reading, so the closure may read the iterator
        let more = reader.next { all in
          if line == 1,
            let failure = Self.binaryFailure(
              UnsafeBufferPointer(rebasing: all.prefix(2)), source: source, id: source.relativePath)
          {
            entry = .failure(failure)
            return
          }
          var bytes = all
          if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
          if let last = bytes.last, last == 0x0D { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
          if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
            let column = TextPosition.location(
              ofByte: UnsafeRawPointer(nul) - UnsafeRawPointer(base), in: bytes, file: ""
            ).column
            entry = .failure(
              DocumentFailure(
                id: source.relativePath, message: "binary file: a NUL byte; documents must be UTF-8 text",
                location: SourceLocation(file: source.displayPath, line: line, column: column)))
            return
          }
          if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
          let location = SourceLocation(file: source.displayPath, line: line, column: 1)
          if let failure = DocumentSizeLimit.failure(
            bytes: bytes.count, id: "\(source.relativePath):\(line)", location: location)
          {
            entry = .failure(failure)
            return
          }
          entry = record(bytes)
        }
        let notText =
          if case .failure(let failure) = entry {
            failure.message.hasPrefix("binary file") || failure.message.hasPrefix("UTF-16")
          } else { false }
        // A file that is not text gets one failure, not one per line.
        if more && !notText { lines = reader }
        if let entry {
          lastLocation = SourceLocation(file: source.displayPath, line: line, column: 1)
          return entry
        }
      }
      return nil
    }

    private func record(_ bytes: UnsafeBufferPointer<UInt8>) -> CorpusEntry {
      let place = "\(source.relativePath):\(line)"
      let lineLocation = SourceLocation(file: source.displayPath, line: line, column: 1)
      func failure(_ id: String, _ message: String, column: Int = 1) -> CorpusEntry {
        var location = lineLocation
        location.column = column
        return .failure(DocumentFailure(id: id, message: message, location: location))
      }
      let value: JSONValue
      do {
        value = try JSONLineParser.parse(bytes)
      } catch {
        let column = TextPosition.location(ofByte: error.offset, in: bytes, file: "").column
        return failure(place, "invalid JSON: \(error.message)", column: column)
      }
      guard case .object(var fields) = value else {
        return failure(place, "a JSON Lines record must be an object, found \(value.kindDescription)")
      }
      let id: String
      switch fields.removeValue(forKey: "id") {
      case .string(let text) where !text.isEmpty: id = text
      case .int(let number): id = String(number)
      case nil, .null: return failure(place, "the record has no 'id'")
      case let other?: return failure(place, "'id' must be a non-empty string, found \(other.kindDescription)")
      }
      let text: String
      switch fields.removeValue(forKey: "text") {
      case .string(let value): text = value
      case nil, .null: return failure(id, "the record '\(id)' has no 'text'")
      case let other?: return failure(id, "'text' of record '\(id)' must be a string, found \(other.kindDescription)")
      }
      var own = DocumentMetadata()
      for key in ["date", "title", "source", "url", "language"] {
        switch fields.removeValue(forKey: key) {
        case nil, .null: continue
        case .string(let value):
          switch key {
          case "date": own.date = value
          case "title": own.title = value
          case "source": own.source = value
          case "url": own.url = value
          default: own.language = value
          }
        case let other?:
          return failure(id, "'\(key)' of record '\(id)' must be a string, found \(other.kindDescription)")
        }
      }
      if let date = own.date, let problem = MetadataValue.dateProblem(date) {
        return failure(id, "'date' of record '\(id)' \(problem)")
      }
      if let language = own.language, let problem = MetadataValue.languageProblem(language) {
        return failure(id, "'language' of record '\(id)' \(problem)")
      }
      for (key, value) in fields where value != .null {
        own.extra[key] = value.stringValue ?? value.canonicalJSON
      }
      let document = Document(id: id, text: text, metadata: reader.metadata(for: id, own: own))
      return .document(document, source: "\(source.displayPath):\(line)")
    }
  }
}
