/// Folds spelling variants of Arabic and Latin text while keeping offsets into the original.
///
/// ```swift
/// let normalized = TextNormalizer.search.normalize("أعلنت موسكـو ٢٠٢٦")
/// normalized.string                        // "اعلنت موسكو 2026"
/// normalized.originalRange(6..<11)         // 6..<12: "موسكـو" in the original
/// ```
///
/// Creating a normalizer for a new set of folds builds its lookup table once per process
/// (a few milliseconds); keep normalizers in stage properties, not per document.
public struct TextNormalizer: Sendable, Hashable {
  public let folds: NormalizationFolds
  private let table: FoldTable

  public init(folds: NormalizationFolds) {
    self.folds = folds
    self.table = FoldTable.shared(for: folds)
  }

  /// `NormalizationFolds.search`: for matching names and terms.
  public static let search = TextNormalizer(folds: .search)
  /// `NormalizationFolds.retrieval`: every fold, for retrieval and clustering.
  public static let retrieval = TextNormalizer(folds: .retrieval)
  /// `NormalizationFolds.minimal`: only invisible differences.
  public static let minimal = TextNormalizer(folds: .minimal)

  public static func == (lhs: TextNormalizer, rhs: TextNormalizer) -> Bool { lhs.folds == rhs.folds }
  public func hash(into hasher: inout Hasher) { hasher.combine(folds) }

  /// The normalized view of a text, with offsets back to it.
  public func normalize(_ text: String) -> NormalizedText {
    normalize(text.unicodeScalars, capacity: text.utf8.count / 2 + 16)
  }

  /// The normalized view of a text already read into scalars (offsets index `scalars`): for
  /// callers that hold the scalar array anyway, so the text is not decoded twice.
  public func normalize(_ scalars: [Unicode.Scalar]) -> NormalizedText {
    normalizeInPlace(scalars) ?? normalize(scalars, capacity: scalars.count + 16)
  }

  /// The fast path of `normalize(_: [Unicode.Scalar])`: writes straight into arrays sized for
  /// the input plus some slack, and gives up (nil) when expansions (ligatures, presentation
  /// forms) would need more. Each scalar costs a table look-up and three stores, without the
  /// capacity and uniqueness checks of `append`.
  private func normalizeInPlace(_ source: [Unicode.Scalar]) -> NormalizedText? {
    let capacity = source.count + 64
    var produced = 0
    var overflow = false
    let dense = table.dense
    var starts: [Int32] = []
    var ends: [Int32] = []
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, outCount in
      starts = [Int32](unsafeUninitializedCapacity: capacity) { startsOut, startsCount in
        ends = [Int32](unsafeUninitializedCapacity: capacity) { endsOut, endsCount in
          var n = 0
          dense.withUnsafeBufferPointer { dense in
            source.withUnsafeBufferPointer { source in
              for offset in 0..<source.count {
                let value = source[offset].value
                let action = value < FoldTable.denseLimit ? dense[Int(value)] : table.lookup(value)
                let original = Int32(truncatingIfNeeded: offset)
                if action < FoldTable.expand {
                  out.initializeElement(at: n, to: Unicode.Scalar(action).unsafelyUnwrapped)
                  startsOut.initializeElement(at: n, to: original)
                  endsOut.initializeElement(at: n, to: original &+ 1)
                  n &+= 1
                } else if action == FoldTable.dropAttached {
                  if n > 0 { endsOut[n - 1] = original &+ 1 }
                } else if action == FoldTable.expand, let expansion = table.expansions[value] {
                  guard n + expansion.count <= capacity else {
                    overflow = true
                    return
                  }
                  for part in expansion {
                    out.initializeElement(at: n, to: part)
                    startsOut.initializeElement(at: n, to: original)
                    endsOut.initializeElement(at: n, to: original &+ 1)
                    n &+= 1
                  }
                }
              }
            }
          }
          produced = n
          endsCount = n
        }
        startsCount = produced
      }
      outCount = produced
    }
    if overflow { return nil }
    return NormalizedText(scalars: scalars, starts: starts, ends: ends, originalCount: source.count)
  }

  @inline(__always)
  private func normalize(_ source: some Sequence<Unicode.Scalar>, capacity: Int) -> NormalizedText {
    var scalars: [Unicode.Scalar] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    scalars.reserveCapacity(capacity)
    starts.reserveCapacity(capacity)
    ends.reserveCapacity(capacity)
    var offset: Int32 = 0
    let dense = table.dense
    dense.withUnsafeBufferPointer { dense in
      for scalar in source {
        let value = scalar.value
        let action = value < FoldTable.denseLimit ? dense[Int(value)] : table.lookup(value)
        if action < FoldTable.expand {
          scalars.append(Unicode.Scalar(action).unsafelyUnwrapped)
          starts.append(offset)
          ends.append(offset + 1)
        } else if action == FoldTable.dropAttached {
          if !ends.isEmpty { ends[ends.count - 1] = offset + 1 }
        } else if action == FoldTable.expand, let expansion = table.expansions[scalar.value] {
          for part in expansion {
            scalars.append(part)
            starts.append(offset)
            ends.append(offset + 1)
          }
        }
        offset += 1
      }
    }
    return NormalizedText(scalars: scalars, starts: starts, ends: ends, originalCount: Int(offset))
  }

  /// The normalized string alone, for keys of lexicons and term lists.
  public func normalizedString(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let action = table.lookup(scalar.value)
      if action < FoldTable.expand {
        out.append(Unicode.Scalar(action).unsafelyUnwrapped)
      } else if action == FoldTable.expand, let expansion = table.expansions[scalar.value] {
        out.append(contentsOf: expansion)
      }
    }
    return String(out)
  }

  /// The folded form of one scalar: zero, one or several scalars.
  public func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let action = table.lookup(scalar.value)
    if action < FoldTable.expand { return [Unicode.Scalar(action).unsafelyUnwrapped] }
    if action == FoldTable.expand { return table.expansions[scalar.value] ?? [] }
    return []
  }
}
