/// A file-name pattern as `corpus.include` and `corpus.exclude` take them.
///
/// `*` matches any run of characters but `/`, `?` one character but `/`, `[abc]`, `[a-z]` and
/// `[!a]` one character of a set, and a `**` path segment any number of folders. A pattern
/// without `/` matches a file's name at any depth (`*.txt`); one with `/` matches the path
/// relative to the corpus folder (`2025/*.txt`, `**/drafts/*`). Matching is linear in
/// practice and never worse than the product of the pattern and path lengths.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
  /// The pattern as written.
  public let pattern: String
  private let segments: [[Unicode.Scalar]]
  private let matchesNameOnly: Bool
  /// For a pattern that is `*` then literal text (`*.txt`, the usual case), that text's
  /// UTF-8 bytes: a file name then matches when it ends with them.
  private let literalSuffix: [UInt8]?

  public init(_ pattern: String) {
    self.pattern = pattern
    var text = Substring(pattern)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    while text.hasPrefix("/") { text = text.dropFirst() }
    matchesNameOnly = !text.contains("/")
    segments = text.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
    if matchesNameOnly, segments.count == 1, segments[0].first == "*",
      !segments[0].dropFirst().contains(where: { "*?[".unicodeScalars.contains($0) })
    {
      literalSuffix = Array(String(String.UnicodeScalarView(segments[0].dropFirst())).utf8)
    } else {
      literalSuffix = nil
    }
  }

  /// Whether the pattern matches a file named `name` (at `relativePath`), splitting the path
  /// into `parts` only when the pattern needs them.
  func matches(name: String, relativePath: String, parts: inout [[Unicode.Scalar]]?) -> Bool {
    if let literalSuffix {
      return name.utf8.count >= literalSuffix.count
        && name.utf8.suffix(literalSuffix.count).elementsEqual(literalSuffix)
    }
    if parts == nil { parts = Glob.parts(of: relativePath) }
    return matches(parts: parts!)
  }

  public var description: String { pattern }

  /// Whether the pattern matches a path relative to the corpus folder (`a/b.txt`).
  public func matches(_ relativePath: String) -> Bool {
    matches(parts: Glob.parts(of: relativePath))
  }

  /// A relative path split into segments of scalars, to match against many globs.
  static func parts(of relativePath: String) -> [[Unicode.Scalar]] {
    relativePath.split(separator: "/").map { Array($0.unicodeScalars) }
  }

  /// Whether the pattern matches a path split by `parts(of:)`.
  func matches(parts: [[Unicode.Scalar]]) -> Bool {
    guard let name = parts.last else { return false }
    if matchesNameOnly {
      guard segments.count == 1 else { return false }
      return Self.matchSegment(segments[0], name)
    }
    var failed = Set<Int>()
    return matchPath(0, parts, 0, &failed)
  }

  private func matchPath(_ i: Int, _ parts: [[Unicode.Scalar]], _ j: Int, _ failed: inout Set<Int>) -> Bool {
    let key = i * (parts.count + 1) + j
    if failed.contains(key) { return false }
    let result: Bool
    if i == segments.count {
      result = j == parts.count
    } else if segments[i] == ["*", "*"] {
      result = matchPath(i + 1, parts, j, &failed) || (j < parts.count && matchPath(i, parts, j + 1, &failed))
    } else {
      result = j < parts.count && Self.matchSegment(segments[i], parts[j]) && matchPath(i + 1, parts, j + 1, &failed)
    }
    if !result { failed.insert(key) }
    return result
  }

  /// Wildcard matching of one path segment, backtracking only to the last `*`.
  static func matchSegment(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
    var p = 0
    var n = 0
    var star: (p: Int, n: Int)?
    while n < name.count {
      if p < pattern.count {
        switch pattern[p] {
        case "*":
          star = (p, n)
          p += 1
          continue
        case "?":
          p += 1
          n += 1
          continue
        case "[":
          if let (matched, next) = matchClass(pattern, p, name[n]) {
            if matched {
              p = next
              n += 1
              continue
            }
          } else if name[n] == "[" {  // an unterminated class is a literal '['
            p += 1
            n += 1
            continue
          }
        default:
          if pattern[p] == name[n] {
            p += 1
            n += 1
            continue
          }
        }
      }
      guard let last = star else { return false }
      star = (last.p, last.n + 1)
      p = last.p + 1
      n = last.n + 1
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// Whether `scalar` is in the class starting at `pattern[start]` (`[`), and the index after
  /// the class; nil when the class has no closing `]`.
  private static func matchClass(_ pattern: [Unicode.Scalar], _ start: Int, _ scalar: Unicode.Scalar)
    -> (Bool, Int)?
  {
    var index = start + 1
    var negated = false
    if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" {
      negated = true
      index += 1
    }
    var matched = false
    var first = true
    while index < pattern.count {
      let low = pattern[index]
      if low == "]", !first { return (matched != negated, index + 1) }
      first = false
      if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
        if low <= scalar && scalar <= pattern[index + 2] { matched = true }
        index += 3
      } else {
        if low == scalar { matched = true }
        index += 1
      }
    }
    return nil
  }
}
