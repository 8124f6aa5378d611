import Foundation
import Synchronization

/// What a fold does to one scalar, precomputed for a set of folds so that normalizing is one
/// table lookup per scalar on the common path.
///
/// Entries below `FoldTable.denseLimit` and in the presentation-forms block live in dense
/// arrays; the rest of Unicode goes through `slowFold`, which is rare in Arabic and English text.
final class FoldTable: Sendable {
  /// An entry: the folded scalar value, or one of the markers below.
  static let drop: UInt32 = 0xFFFF_FFFF
  /// Removed, and counted as part of the preceding scalar (diacritics, tatweel).
  static let dropAttached: UInt32 = 0xFFFF_FFFE
  /// Several scalars: look them up in `expansions`.
  static let expand: UInt32 = 0xFFFF_FFFD

  static let denseLimit: UInt32 = 0x3400
  static let formsStart: UInt32 = 0xFB00

  let folds: NormalizationFolds
  let dense: [UInt32]
  let forms: [UInt32]
  let expansions: [UInt32: [Unicode.Scalar]]

  private init(folds: NormalizationFolds) {
    self.folds = folds
    var expansions: [UInt32: [Unicode.Scalar]] = [:]
    func entry(_ value: UInt32) -> UInt32 {
      let (folded, attached) = Self.fold(value, folds)
      if folded.count == 1 { return folded[0].value }
      if folded.isEmpty { return attached ? Self.dropAttached : Self.drop }
      expansions[value] = folded
      return Self.expand
    }
    self.dense = (0..<Self.denseLimit).map(entry)
    self.forms = (Self.formsStart..<0x10000).map(entry)
    if folds.contains(.compatibility) {
      for (value, _) in CompatibilityMap.astral {
        let (folded, _) = Self.fold(value, folds)
        expansions[value] = folded
      }
    }
    self.expansions = expansions
  }

  private static let cache = Mutex<[UInt32: FoldTable]>([:])

  /// The table for a set of folds, built once per process.
  static func shared(for folds: NormalizationFolds) -> FoldTable {
    if let table = cache.withLock({ $0[folds.rawValue] }) { return table }
    let table = FoldTable(folds: folds)
    return cache.withLock { tables in
      if let existing = tables[folds.rawValue] { return existing }
      tables[folds.rawValue] = table
      return table
    }
  }

  /// The action for a scalar value outside the dense tables.
  @inline(__always)
  func lookup(_ value: UInt32) -> UInt32 {
    if value < Self.denseLimit { return dense[Int(value)] }
    if value >= Self.formsStart && value < 0x10000 { return forms[Int(value - Self.formsStart)] }
    return slowFold(value)
  }

  private func slowFold(_ value: UInt32) -> UInt32 {
    if let expansion = expansions[value] {
      if expansion.count == 1 { return expansion[0].value }
      return expansion.isEmpty ? Self.drop : Self.expand
    }
    if folds.contains(.caseFolding), let scalar = Unicode.Scalar(value),
      scalar.properties.changesWhenLowercased
    {
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      if lower.count == 1, let first = lower.first { return first.value }
    }
    return value
  }

  /// The full fold of one scalar: the scalars it becomes, and whether a removal attaches to
  /// the preceding scalar.
  static func fold(_ value: UInt32, _ folds: NormalizationFolds) -> ([Unicode.Scalar], Bool) {
    guard let scalar = Unicode.Scalar(value) else { return ([], false) }
    if folds.contains(.compatibility), let mapped = CompatibilityMap.mapping(of: value) {
      var out: [Unicode.Scalar] = []
      for part in mapped {
        out.append(contentsOf: simpleFold(part, folds).0)
      }
      return (out, scalar.properties.generalCategory == .nonspacingMark)
    }
    return simpleFold(scalar, folds)
  }

  /// Every fold except compatibility mapping, for one scalar.
  static func simpleFold(_ scalar: Unicode.Scalar, _ folds: NormalizationFolds) -> ([Unicode.Scalar], Bool) {
    let value = scalar.value
    func one(_ v: UInt32) -> ([Unicode.Scalar], Bool) { ([Unicode.Scalar(v)!], false) }
    if folds.contains(.controls) && ArabicScalars.isInvisibleControl(value) { return ([], false) }
    if folds.contains(.tashkeel) && ArabicScalars.isTashkeel(value) { return ([], true) }
    if folds.contains(.tatweel) && value == ArabicScalars.tatweel { return ([], true) }
    if folds.contains(.alef) && ArabicScalars.isAlefVariant(value) { return one(0x0627) }
    if folds.contains(.alefMaqsura) && value == 0x0649 { return one(0x064A) }
    if folds.contains(.taMarbuta) && value == 0x0629 { return one(0x0647) }
    if folds.contains(.hamzaCarriers) {
      if value == 0x0624 { return one(0x0648) }
      if value == 0x0626 { return one(0x064A) }
    }
    if folds.contains(.digits) {
      if let digit = Digits.value(ofArabicOrPersian: value) { return one(0x30 + UInt32(digit)) }
      if value == 0x066B { return one(0x2E) }
      if value == 0x066C { return one(0x2C) }
    }
    if folds.contains(.punctuation) {
      switch value {
      case 0x060C: return one(0x2C)
      case 0x061B: return one(0x3B)
      case 0x061F: return one(0x3F)
      case 0x066A: return one(0x25)
      case 0x06D4: return one(0x2E)
      default: break
      }
    }
    if folds.contains(.persianLetters) {
      switch value {
      case 0x06A9: return one(0x0643)
      case 0x06CC: return one(0x064A)
      case 0x06C0: return one(0x0647)
      default: break
      }
    }
    if folds.contains(.caseFolding) {
      if value >= 0x41 && value <= 0x5A { return one(value + 0x20) }
      if value >= 0x80 && scalar.properties.changesWhenLowercased {
        return (Array(scalar.properties.lowercaseMapping.unicodeScalars), false)
      }
    }
    return ([scalar], false)
  }
}

/// The Unicode compatibility (NFKC) mapping of single scalars, computed once per process
/// from Foundation for the blocks where compatibility characters live.
enum CompatibilityMap {
  private static let ranges: [Range<UInt32>] = [
    0x00A0..<0x0800, 0x1D00..<0x1DC0, 0x2000..<0x3400, 0xFB00..<0x10000, 0x1D400..<0x1D800,
    0x1EE00..<0x1EF00,
  ]

  private static let table: [UInt32: [Unicode.Scalar]] = {
    var table: [UInt32: [Unicode.Scalar]] = [:]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let original = String(scalar)
        let mapped = original.precomposedStringWithCompatibilityMapping
        if mapped != original { table[value] = Array(mapped.unicodeScalars) }
      }
    }
    return table
  }()

  /// The compatibility mapping of a scalar, or nil when it maps to itself.
  static func mapping(of value: UInt32) -> [Unicode.Scalar]? { table[value] }

  /// Entries beyond the dense tables (mathematical and Arabic mathematical letters).
  static var astral: [(UInt32, [Unicode.Scalar])] {
    table.filter { $0.key >= 0x10000 }.map { ($0.key, $0.value) }
  }
}
