import WorkbenchCore

/// A short fingerprint of a stage's output: FNV-1a (64 bits) over the annotations' canonical
/// JSON lines, documents in id order. Recorded per (stage id, version), it catches an output
/// change that comes without a version bump, which would leave stale results in the cache.
public enum OutputDigest {
  /// The digest of annotations by document id, as 16 hexadecimal digits.
  public static func of(_ annotations: [String: [Annotation]]) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for documentID in annotations.keys.sorted() {
      for annotation in annotations[documentID]! {
        for byte in annotation.jsonLine(doc: documentID).utf8 + [0x0A] {
          hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
      }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The key a digest is recorded under: `date-normalization@2`.
  public static func key(_ descriptor: StageDescriptor) -> String {
    "\(descriptor.id)@\(descriptor.version)"
  }
}
