import Foundation

/// A training file named on the command line as `FILE` or `FILE:WEIGHT`, as the `train`
/// commands of every plugin take it.
public struct WeightedDataFile: Sendable, Hashable {
  public var path: String
  /// How much each of the file's examples counts in training; 1 when no weight is given.
  public var weight: Double

  /// Reads `item`; a suffix that is not a positive number stays part of the path, so a path
  /// with a colon of its own still works.
  public init(_ item: String) {
    if let colon = item.lastIndex(of: ":"), let weight = Double(item[item.index(after: colon)...]), weight > 0 {
      self.path = String(item[..<colon])
      self.weight = weight
    } else {
      self.path = item
      self.weight = 1
    }
  }
}
