/// Decodes `Decodable` values from a `JSONValue`, with errors in the words of a YAML writer
/// (`expected an integer, found a string`, `expected one of nearest, future, past`).
public struct JSONValueDecoder {
  public init() {}

  /// Decodes `type` from `value`.
  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try ValueDecoder(value: value, codingPath: []).decodeValue(T.self)
  }

}

private struct PlainKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

private struct ValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func mismatch(_ expected: String) -> DecodingError {
    .typeMismatch(
      Any.self,
      .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(value.kindDescription)"))
  }

  /// Decodes `T` from this value. An enumeration given a value it does not have says which
  /// values it has (Swift's own message names the Swift type and lists none).
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    do {
      return try T(from: self)
    } catch let error as DecodingError {
      // Only an error about this very value (not one inside it) is about the enumeration.
      let context: DecodingError.Context
      switch error {
      case .dataCorrupted(let inner), .typeMismatch(_, let inner): context = inner
      default: throw error
      }
      guard context.codingPath.count == codingPath.count else { throw error }
      let cases = ConfigurationTypeName.caseNames(T.self)
      // Other types' own errors (a custom `init(from:)`) are theirs to word.
      guard cases != nil || T.self is any RawRepresentable.Type else { throw error }
      if case .typeMismatch = error, cases == nil { throw error }
      let found = value.stringValue.map { "'\($0)'" } ?? value.kindDescription
      guard let cases else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: codingPath, debugDescription: "\(found) is not an accepted value"))
      }
      throw DecodingError.typeMismatch(
        T.self,
        .init(
          codingPath: codingPath, debugDescription: "expected one of \(cases.joined(separator: ", ")), found \(found)"))
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value else { throw mismatch("a mapping") }
    return KeyedDecodingContainer(
      KeyedContainer<Key>(members: members, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else { throw mismatch("a list") }
    return UnkeyedContainer(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleContainer(decoder: self)
  }
}

private struct SingleContainer: SingleValueDecodingContainer {
  let decoder: ValueDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.value == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let value) = decoder.value else { throw decoder.mismatch("a boolean") }
    return value
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let value) = decoder.value else { throw decoder.mismatch("a string") }
    return value
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard let value = decoder.value.doubleValue else { throw decoder.mismatch("a number") }
    return value
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func decode(_ type: Int.Type) throws -> Int {
    switch decoder.value {
    case .int(let value): return value
    case .double(let value) where value == value.rounded() && abs(value) < 9e15: return Int(value)
    default: throw decoder.mismatch("an integer")
    }
  }

  func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    guard let value = T(exactly: try decode(Int.self)) else { throw decoder.mismatch("an integer in range") }
    return value
  }

  func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try ValueDecoder(value: decoder.value, codingPath: decoder.codingPath).decodeValue(T.self)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [String: JSONValue]
  let codingPath: [any CodingKey]

  var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool {
    return members[key.stringValue] != nil
  }

  private func child(_ key: Key) throws -> ValueDecoder {
    guard let value = members[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "missing key '\(key.stringValue)'"))
    }
    return ValueDecoder(value: value, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    (members[key.stringValue] ?? .null) == .null
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    return try child(key).decodeValue(T.self)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, key) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, key) }

  private func decodeValue<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
    return try child(key).decodeValue(T.self)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = members[key.stringValue], value != .null else { return nil }
    return try ValueDecoder(value: value, codingPath: codingPath + [key]).decodeValue(T.self)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeOptional(type, key) }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeOptional(type, key) }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeOptional(type, key) }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeOptional(type, key) }

  private func decodeOptional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
    guard let value = members[key.stringValue], value != .null else { return nil }
    return try ValueDecoder(value: value, codingPath: codingPath + [key]).decodeValue(T.self)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    ValueDecoder(value: .object(members), codingPath: codingPath)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let elements: [JSONValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next() throws -> ValueDecoder {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "list ended early"))
    }
    defer { currentIndex += 1 }
    return ValueDecoder(
      value: elements[currentIndex], codingPath: codingPath + [PlainKey(intValue: currentIndex)])
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(T.self) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
