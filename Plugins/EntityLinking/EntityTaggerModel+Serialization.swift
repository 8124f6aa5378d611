import Foundation
import WorkbenchCore

/// Why an entity tagger model file could not be read.
public struct EntityTaggerModelError: Error, CustomStringConvertible, Sendable {
  public var description: String
}

extension EntityTaggerModel {
  /// The first bytes of a model file.
  static let magic = Array("WBNER\n".utf8) + [1]

  /// The model as a file: the magic bytes, a little-endian UInt32 header length, the header
  /// (canonical JSON: types, bucket bits, feature version, transitions, info), the name-start
  /// word hashes (UInt32 count, UInt64 each), the word case profile (UInt32 count; per word its
  /// UInt64 hash and a UInt8 usage, by hash), the word clusters (UInt32 count; per word its
  /// UInt64 hash and UInt32 packed clusters, by hash), the organization names (UInt32 count; per
  /// name a UInt32 byte count and its UTF-8 bytes, sorted), then the non-zero weight rows (UInt32 count;
  /// per row the bucket as a varint delta from the previous row's, a Float32 scale and one Int8
  /// per tag), and the second stage's rows in the same form when the model has one (its
  /// transitions are in the header, `second_stage_transitions`). Rows are quantized to 8 bits of
  /// their largest weight: plenty for a linear tagger, and a fifth of the size of Float32.
  public func serialized() -> Data {
    var header = info
    header["types"] = .array(tagSet.types.map(JSONValue.string))
    header["bucket_bits"] = .int(bucketBits)
    header["feature_version"] = .int(EntityTaggerFeaturizer.version)
    header["transitions"] = .array(transitions.map { .double(Double($0)) })
    if let secondStage {
      header["second_stage_transitions"] = .array(secondStage.transitions.map { .double(Double($0)) })
    }
    let headerBytes = Array(JSONValue.object(header).canonicalJSON.utf8)
    var data = Data(Self.magic)
    func append<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
    append(UInt32(headerBytes.count))
    data.append(contentsOf: headerBytes)
    append(UInt32(nameStarts.count))
    for hash in nameStarts.sorted() { append(hash) }
    append(UInt32(caseProfile.usages.count))
    for (hash, usage) in caseProfile.usages.sorted(by: { $0.key < $1.key }) {
      append(hash)
      data.append(usage)
    }
    append(UInt32(wordClusters.clusters.count))
    for (hash, packed) in wordClusters.clusters.sorted(by: { $0.key < $1.key }) {
      append(hash)
      append(packed)
    }
    append(UInt32(organizations.names.count))
    for name in organizations.names {
      let bytes = Array(name.utf8)
      append(UInt32(bytes.count))
      data.append(contentsOf: bytes)
    }
    appendRows(weights, to: &data)
    if let secondStage { appendRows(secondStage.weights, to: &data) }
    return data
  }

  /// Appends the non-zero rows of `weights`: a UInt32 count, then per row the bucket as a varint
  /// delta from the previous row's, a Float32 scale and one Int8 per tag.
  private func appendRows(_ weights: [Float], to data: inout Data) {
    func append<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
    let tags = tagSet.count
    // A row whose weights all round to zero is left out, so that a file read back writes the
    // same bytes.
    let rows = (0..<(1 << bucketBits)).filter { row in
      let values = weights[(row * tags)..<((row + 1) * tags)]
      let largest = values.map(abs).max() ?? 0
      return largest > 0 && values.contains { ($0 / (largest / 127)).rounded() != 0 }
    }
    append(UInt32(rows.count))
    var previous = 0
    for row in rows {
      var delta = row - previous
      previous = row
      while delta >= 0x80 {
        data.append(UInt8(delta & 0x7F) | 0x80)
        delta >>= 7
      }
      data.append(UInt8(delta))
      let values = weights[(row * tags)..<((row + 1) * tags)]
      let scale = (values.map(abs).max() ?? 0) / 127
      append(scale.bitPattern)
      for value in values {
        data.append(UInt8(bitPattern: Int8(scale == 0 ? 0 : (value / scale).rounded())))
      }
    }
  }

  /// The file name of the model that ships in the plugin's resources.
  public static let shippedModelName = "entity_tagger.wbner"

  /// The bytes of the shipped model, not yet decoded.
  public static func shippedModelData() throws -> Data {
    guard
      let url = Bundle.module.url(forResource: "entity_tagger", withExtension: "wbner", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: "entity_tagger", withExtension: "wbner")
    else { throw EntityTaggerModelError(description: "the shipped model \(shippedModelName) is missing") }
    return try Data(contentsOf: url)
  }

  /// Reads a model file written by `serialized()`.
  public init(data: Data) throws {
    let bytes = [UInt8](data)
    func fail(_ message: String) -> EntityTaggerModelError {
      EntityTaggerModelError(description: "not an entity tagger model file: \(message)")
    }
    guard bytes.count >= Self.magic.count + 4, Array(bytes[0..<Self.magic.count]) == Self.magic else {
      throw fail("it does not start with the model signature (train one with `workbench train entities`)")
    }
    var offset = Self.magic.count
    func uint32() throws -> UInt32 {
      guard offset + 4 <= bytes.count else { throw fail("it is truncated") }
      defer { offset += 4 }
      return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
    func uint64() throws -> UInt64 {
      guard offset + 8 <= bytes.count else { throw fail("it is truncated") }
      defer { offset += 8 }
      return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
    let headerLength = Int(try uint32())
    guard headerLength <= bytes.count - offset,
      let header = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes[offset..<offset + headerLength]))
        .objectValue,
      let types = header["types"]?.arrayValue?.compactMap(\.stringValue), !types.isEmpty,
      let bucketBits = header["bucket_bits"]?.intValue, (10...24).contains(bucketBits),
      let transitions = header["transitions"]?.arrayValue?.compactMap(\.doubleValue)
    else { throw fail("its header is damaged") }
    guard header["feature_version"]?.intValue == EntityTaggerFeaturizer.version else {
      throw fail("it was trained with another feature format; retrain it with this version")
    }
    offset += headerLength
    let tagSet = EntityTagSet(types: types)
    let tags = tagSet.count
    guard transitions.count == tags * tags else { throw fail("its transitions do not match its types") }
    var nameStarts = Set<UInt64>()
    for _ in 0..<(try uint32()) { nameStarts.insert(try uint64()) }
    var caseProfile = WordCaseProfile()
    for _ in 0..<(try uint32()) {
      let hash = try uint64()
      guard offset < bytes.count, bytes[offset] > 0, bytes[offset] <= WordCaseProfile.Usage.onceCapitalized.rawValue
      else {
        throw fail("its word case profile is damaged")
      }
      caseProfile.usages[hash] = bytes[offset]
      offset += 1
    }
    var clusters: [UInt64: UInt32] = [:]
    for _ in 0..<(try uint32()) {
      let hash = try uint64()
      clusters[hash] = try uint32()
    }
    let wordClusters = WordClusterTable(clusters: clusters)
    var organizationNames: [String] = []
    for _ in 0..<(try uint32()) {
      let length = Int(try uint32())
      guard length <= bytes.count - offset else { throw fail("it is truncated") }
      organizationNames.append(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self))
      offset += length
    }
    func rows() throws -> [Float] {
      let rowCount = Int(try uint32())
      var weights = [Float](repeating: 0, count: (1 << bucketBits) * tags)
      var row = 0
      for _ in 0..<rowCount {
        var delta = 0
        var shift = 0
        while true {
          guard offset < bytes.count, shift < 35 else { throw fail("it is truncated") }
          let byte = bytes[offset]
          offset += 1
          delta |= Int(byte & 0x7F) << shift
          shift += 7
          if byte < 0x80 { break }
        }
        row += delta
        guard row < 1 << bucketBits else { throw fail("a weight row is out of range") }
        let scale = Float(bitPattern: try uint32())
        guard offset + tags <= bytes.count else { throw fail("it is truncated") }
        for tag in 0..<tags { weights[row * tags + tag] = Float(Int8(bitPattern: bytes[offset + tag])) * scale }
        offset += tags
      }
      return weights
    }
    let weights = try rows()
    var secondStage: SecondStage?
    if let second = header["second_stage_transitions"] {
      guard let values = second.arrayValue?.compactMap(\.doubleValue), values.count == tags * tags else {
        throw fail("its second stage's transitions do not match its types")
      }
      secondStage = SecondStage(weights: try rows(), transitions: values.map { Float($0) })
    }
    guard offset == bytes.count else { throw fail("it has bytes after its last weight row") }
    var info = header
    for key in ["types", "bucket_bits", "feature_version", "transitions", "second_stage_transitions"] {
      info[key] = nil
    }
    self.init(
      tagSet: tagSet, bucketBits: bucketBits, weights: weights, transitions: transitions.map { Float($0) },
      nameStarts: nameStarts, caseProfile: caseProfile, wordClusters: wordClusters,
      organizations: OrganizationNameGazetteer(names: organizationNames), info: info, secondStage: secondStage)
  }
}
