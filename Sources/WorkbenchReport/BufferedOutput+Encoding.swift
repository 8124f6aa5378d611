import WorkbenchCore

/// Byte-level writers for the exports' hot path: fields go straight from the strings' UTF-8
/// into the buffer, without building a line first. Each writer touches the buffer once per
/// call (`withBuffer`), not once per byte, which keeps exclusivity checks off the inner loops.
extension BufferedOutput {
  /// Appends `string` as a JSON string literal, escaping what JSON requires (and U+2028/2029,
  /// as `JSONValue.canonicalJSON` does); Arabic and other non-ASCII text is copied as it is.
  public func writeJSONString(_ string: String) throws {
    var string = string
    string.withUTF8 { bytes in
      withBuffer { buffer in Self.appendJSONString(bytes, to: &buffer) }
    }
    try flushIfFull()
  }

  /// Appends `field` as a CSV field: quoted, with inner quotes doubled, when it holds a comma,
  /// a double quote, CR or LF (RFC 4180); as it is otherwise.
  public func writeCSVField(_ field: String, guardingFormula: Bool = false) throws {
    var field = field
    field.withUTF8 { bytes in
      withBuffer { buffer in Self.appendCSVField(bytes, to: &buffer, guardingFormula: guardingFormula) }
    }
    try flushIfFull()
  }

  /// Appends the decimal digits of `value`.
  public func write(_ value: Int) throws {
    withBuffer { buffer in Self.appendDecimal(value, to: &buffer) }
    try flushIfFull()
  }

  static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
    buffer.append(0x22)
    var index = 0
    let count = bytes.count
    var runStart = 0
    while index < count {
      let byte = bytes[index]
      let isLineSeparator =
        byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || isLineSeparator else {
        index += 1
        continue
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      switch byte {
      case 0x22:
        buffer.append(0x5C)
        buffer.append(0x22)
      case 0x5C:
        buffer.append(0x5C)
        buffer.append(0x5C)
      case 0x0A:
        buffer.append(0x5C)
        buffer.append(0x6E)
      case 0x0D:
        buffer.append(0x5C)
        buffer.append(0x72)
      case 0x09:
        buffer.append(0x5C)
        buffer.append(0x74)
      case 0xE2:
        buffer.append(contentsOf: bytes[index + 2] == 0xA8 ? Array("\\u2028".utf8) : Array("\\u2029".utf8))
        index += 2
      default:
        buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
      }
      index += 1
      runStart = index
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    buffer.append(0x22)
  }

  /// With `guardingFormula`, a field that a spreadsheet would take for a formula (one that
  /// starts with `=`, `+`, `-`, `@`, a tab or CR) gets a leading `'`, which spreadsheets
  /// read as "this is text" and do not show.
  static func appendCSVField(
    _ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8], guardingFormula: Bool = false
  ) {
    let needsQuotes = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    let guardsFormula = guardingFormula && bytes.first.map(Self.startsFormula) == true
    guard needsQuotes else {
      if guardsFormula { buffer.append(0x27) }
      buffer.append(contentsOf: bytes)
      return
    }
    buffer.append(0x22)
    if guardsFormula { buffer.append(0x27) }
    for byte in bytes {
      if byte == 0x22 { buffer.append(0x22) }
      buffer.append(byte)
    }
    buffer.append(0x22)
  }

  /// `=`, `+`, `-`, `@`, tab and CR: what Excel, LibreOffice and Google Sheets start a
  /// formula with (OWASP, "CSV Injection").
  private static func startsFormula(_ byte: UInt8) -> Bool {
    byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
  }

  static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
    if value < 0 { buffer.append(0x2D) }
    var magnitude = value.magnitude
    var divisor: UInt = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    repeat {
      buffer.append(0x30 + UInt8(magnitude / divisor))
      magnitude %= divisor
      divisor /= 10
    } while divisor > 0
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
  }
}

extension BufferedOutput {
  /// Appends an attribute value as JSON: strings, integers, booleans and null byte by byte,
  /// other values through `JSONValue.canonicalJSON`.
  static func appendJSONValue(_ value: JSONValue, to buffer: inout [UInt8]) {
    switch value {
    case .string(var string):
      string.withUTF8 { appendJSONString($0, to: &buffer) }
    case .int(let number):
      appendDecimal(number, to: &buffer)
    case .bool(let flag):
      buffer.append(contentsOf: flag ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    case .null:
      buffer.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    default:
      buffer.append(contentsOf: value.canonicalJSON.utf8)
    }
  }

  /// Appends `"key":value` pairs of the attributes in key order, each preceded by a comma
  /// (`leadingComma`) or separated by commas; reserved keys are skipped.
  static func appendAttributeMembers(
    _ attributes: [String: JSONValue], leadingComma: Bool, to buffer: inout [UInt8]
  ) {
    var first = !leadingComma
    for key in attributes.keys.sorted() where !Annotation.reservedKeys.contains(key) {
      if !first { buffer.append(0x2C) }
      first = false
      var key = key
      key.withUTF8 { appendJSONString($0, to: &buffer) }
      buffer.append(0x3A)
      appendJSONValue(attributes[key]!, to: &buffer)
    }
  }
}
