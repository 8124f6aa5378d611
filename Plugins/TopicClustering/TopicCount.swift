/// How many topics to find: a fixed number, or `auto` to choose one in a range by coherence.
///
/// Written in YAML as `topics: 5` or `topics: auto`.
public enum TopicCount: Codable, Hashable, Sendable, CustomStringConvertible {
  case fixed(Int)
  case automatic

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .fixed(number)
    } else if let word = try? container.decode(String.self), word == "auto" {
      self = .automatic
    } else {
      throw DecodingError.typeMismatch(
        TopicCount.self,
        .init(codingPath: decoder.codingPath, debugDescription: "expected an integer or \"auto\""))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .fixed(let number): try container.encode(number)
    case .automatic: try container.encode("auto")
    }
  }

  public var description: String {
    switch self {
    case .fixed(let number): return String(number)
    case .automatic: return "auto"
    }
  }
}
