import WorkbenchCore

/// Comma-separated values as RFC 4180 defines them: fields separated by commas, records by
/// CRLF or LF, fields in double quotes may hold commas, line breaks and doubled quotes (`""`).
/// A UTF-8 byte order mark at the start is skipped.
enum CSVTable {
  /// One record, the line it starts on (1-based) and the bytes it spans: from its first byte
  /// to past its line break, so that `bytes[start..<end]` parsed alone gives the record again.
  struct Row {
    var fields: [String]
    var line: Int
    var start: Int
    var end: Int
  }

  /// Parses `bytes` and hands each record to `body` as it is read, so that a table of
  /// 100,000 rows is never held as cells at once. A problem (an unterminated quote, text
  /// after a closing quote, invalid UTF-8) is reported at its line and column and stops
  /// parsing. `isRecordReadAgain` is true for the bytes of one record read again after the
  /// whole file was checked: they are not checked for UTF-8 again (an invalid byte, the file
  /// having changed, becomes U+FFFD) and their first field may begin with U+FEFF.
  static func forEachRow(
    in bytes: UnsafeBufferPointer<UInt8>, file: String, isRecordReadAgain: Bool = false, _ body: (Row) -> Void
  ) throws(YAMLError) {
    if !isRecordReadAgain, let offset = TextPosition.firstInvalidUTF8(in: bytes) {
      throw YAMLError(
        "not valid UTF-8 at byte offset \(offset)",
        at: TextPosition.location(ofByte: offset, in: bytes, file: file))
    }
    var index = !isRecordReadAgain && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var fields: [String] = []
    var rowLine = 1
    var rowStart = index
    let comma = UInt8(ascii: ",")
    let quote = UInt8(ascii: "\"")
    let cr = UInt8(ascii: "\r")
    let lf = UInt8(ascii: "\n")
    func text(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    func location(_ offset: Int) -> SourceLocation {
      TextPosition.location(ofByte: offset, in: bytes, file: file)
    }
    while index < bytes.count {
      // One field.
      if bytes[index] == quote {
        let opening = index
        index += 1
        // The value is the bytes between the quotes, copied only when a doubled quote must
        // become one (`segment` is where the bytes not yet copied start).
        var unescaped: [UInt8]?
        var segment = index
        var closed = false
        while index < bytes.count {
          let byte = bytes[index]
          if byte == quote {
            if index + 1 < bytes.count, bytes[index + 1] == quote {
              if unescaped == nil { unescaped = [] }
              unescaped!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...index]))  // in place
              index += 2
              segment = index
              continue
            }
            closed = true
            break
          }
          if byte == lf { line += 1 }
          index += 1
        }
        guard closed else { throw YAMLError("unterminated quoted field", at: location(opening)) }
        if var value = unescaped {
          value += UnsafeBufferPointer(rebasing: bytes[segment..<index])
          fields.append(String(decoding: value, as: UTF8.self))
        } else {
          fields.append(text(segment, index))
        }
        index += 1  // the closing quote
        if index < bytes.count, bytes[index] != comma, bytes[index] != lf,
          !(bytes[index] == cr && (index + 1 == bytes.count || bytes[index + 1] == lf))
        {
          throw YAMLError("expected ',' or the end of the line after a closing quote", at: location(index))
        }
      } else {
        let start = index
        while index < bytes.count, bytes[index] != comma, bytes[index] != lf { index += 1 }
        var end = index
        if end > start, bytes[end - 1] == cr, index == bytes.count || bytes[index] == lf { end -= 1 }
        fields.append(text(start, end))
      }
      // What ends it.
      if index < bytes.count, bytes[index] == cr { index += 1 }
      if index >= bytes.count || bytes[index] == lf {
        index += 1
        if !(fields.count == 1 && fields[0].isEmpty) {
          body(Row(fields: fields, line: rowLine, start: rowStart, end: min(index, bytes.count)))
        }
        fields.removeAll(keepingCapacity: true)
        line += 1
        rowLine = line
        rowStart = index
      } else {
        index += 1  // the comma
        if index == bytes.count { fields.append("") }
      }
    }
    if !fields.isEmpty { body(Row(fields: fields, line: rowLine, start: rowStart, end: bytes.count)) }
  }

  /// The fields of the one record in `bytes` (a row's `start..<end` read again), or nil when
  /// they do not hold exactly one well-formed record.
  static func fields(ofRecordIn bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var record: [String]?
    var count = 0
    do {
      try forEachRow(in: bytes, file: "", isRecordReadAgain: true) { row in
        count += 1
        record = row.fields
      }
    } catch {
      return nil
    }
    return count == 1 ? record : nil
  }
}
