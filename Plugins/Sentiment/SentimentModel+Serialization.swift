import Foundation
import WorkbenchCore

/// Why a model file could not be read.
public struct SentimentModelError: Error, CustomStringConvertible, Sendable {
  public var description: String
}

extension SentimentModel {
  /// The first bytes of a model file.
  static let magic = Array("WBSENT\n".utf8) + [1]

  /// The model as a file: the magic bytes, a little-endian UInt32 header length, the header
  /// (canonical JSON: labels, bucket bits, feature version, decision when fitted, info), the biases as Float32 and
  /// the weights as Float16 (half the size, well within the precision the model needs).
  public func serialized() -> Data {
    var header = info
    header["labels"] = .array(labels.map(JSONValue.string))
    header["bucket_bits"] = .int(bucketBits)
    header["feature_version"] = .int(SentimentFeaturizer.version)
    if decision != .identity(classes: labels.count) { header["decision"] = decision.json }
    let headerBytes = Array(JSONValue.object(header).canonicalJSON.utf8)
    var data = Data(Self.magic)
    withUnsafeBytes(of: UInt32(headerBytes.count).littleEndian) { data.append(contentsOf: $0) }
    data.append(contentsOf: headerBytes)
    for value in bias { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
    var halves = [UInt16](repeating: 0, count: weights.count)
    for index in weights.indices { halves[index] = Float16(weights[index]).bitPattern.littleEndian }
    halves.withUnsafeBytes { data.append(contentsOf: $0) }
    return data
  }

  /// Reads a model file written by `serialized()`.
  public init(data: Data) throws {
    let bytes = [UInt8](data)
    func fail(_ message: String) -> SentimentModelError {
      SentimentModelError(description: "not a sentiment model file: \(message)")
    }
    guard bytes.count >= Self.magic.count + 4, Array(bytes[0..<Self.magic.count]) == Self.magic else {
      throw fail("it does not start with the model signature (train one with `workbench train sentiment`)")
    }
    func uint32(at offset: Int) -> UInt32 {
      (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
    let headerLength = Int(uint32(at: Self.magic.count))
    let headerStart = Self.magic.count + 4
    guard headerLength <= bytes.count - headerStart,
      let header = try? JSONDecoder().decode(
        JSONValue.self, from: Data(bytes[headerStart..<headerStart + headerLength])
      ).objectValue,
      let labels = header["labels"]?.arrayValue?.compactMap(\.stringValue), labels.count >= 2,
      let bucketBits = header["bucket_bits"]?.intValue, (8...24).contains(bucketBits)
    else { throw fail("its header is damaged") }
    guard header["feature_version"]?.intValue == SentimentFeaturizer.version else {
      throw fail("it was trained with another feature format; retrain it with this version")
    }
    let classes = labels.count
    let weightCount = (1 << bucketBits) * classes
    let biasStart = headerStart + headerLength
    let weightStart = biasStart + 4 * classes
    guard bytes.count == weightStart + 2 * weightCount else { throw fail("it is truncated") }
    let bias = (0..<classes).map { Float(bitPattern: uint32(at: biasStart + 4 * $0)) }
    var weights = [Float](repeating: 0, count: weightCount)
    bytes.withUnsafeBufferPointer { raw in
      for index in 0..<weightCount {
        let offset = weightStart + 2 * index
        let bits = UInt16(raw[offset]) | UInt16(raw[offset + 1]) << 8
        weights[index] = Float(Float16(bitPattern: bits))
      }
    }
    var info = header
    let decision = SentimentDecision(json: header["decision"], classes: classes)
    if header["decision"] != nil, decision == nil { throw fail("its decision is damaged") }
    for key in ["labels", "bucket_bits", "feature_version", "decision"] { info[key] = nil }
    self.init(labels: labels, bucketBits: bucketBits, weights: weights, bias: bias, info: info, decision: decision)
  }
}
