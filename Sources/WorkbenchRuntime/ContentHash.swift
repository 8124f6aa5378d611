import Crypto
import Foundation

/// SHA-256 digests as lowercase hex: document content hashes, data checksums, cache keys.
public enum ContentHash {
  /// The digest of a string's UTF-8 bytes.
  public static func of(_ text: String) -> String {
    var text = text
    return text.withUTF8 { hex(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
  }

  /// The digest of some bytes.
  public static func of(_ data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  /// The digest of several fields, each length-prefixed so that no two different field lists
  /// hash alike ("ab","c" vs "a","bc").
  public static func of(fields: [String]) -> String {
    var hasher = SHA256()
    for field in fields {
      var field = field
      field.withUTF8 { bytes in
        var length = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
      }
    }
    return hex(hasher.finalize())
  }

  private static let digits = Array("0123456789abcdef".utf8)

  static func hex(_ digest: SHA256.Digest) -> String {
    var bytes = [UInt8]()
    bytes.reserveCapacity(64)
    for byte in digest {
      bytes.append(digits[Int(byte >> 4)])
      bytes.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
