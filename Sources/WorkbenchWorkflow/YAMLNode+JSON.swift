import WorkbenchCore

extension YAMLNode {
  /// The node as JSON under the YAML 1.2 core schema: plain scalars resolve to null, booleans,
  /// integers and floats; quoted and block scalars are strings; mapping keys are the keys'
  /// text. Throws the first problem (a duplicate key, a non-scalar key, an unsupported tag).
  public func jsonValue() throws(YAMLError) -> JSONValue {
    var problems: [YAMLError] = []
    let value = jsonValue(problems: &problems)
    if let first = problems.first { throw first }
    return value
  }

  /// The node as JSON, appending every problem to `problems` (a problem's part becomes null).
  public func jsonValue(problems: inout [YAMLError]) -> JSONValue {
    switch content {
    case .scalar(let scalar):
      switch resolvedScalar(scalar) {
      case .success(let value): return value
      case .failure(let problem):
        problems.append(problem)
        return .null
      }
    case .sequence(let elements):
      if let tag, tag != YAMLTag.sequence, tag != YAMLTag.nonSpecific {
        problems.append(YAMLError("unsupported tag '\(tag)' on a list", at: location))
      }
      return .array(elements.map { $0.jsonValue(problems: &problems) })
    case .mapping(let entries):
      if let tag, tag != YAMLTag.mapping, tag != YAMLTag.nonSpecific {
        problems.append(YAMLError("unsupported tag '\(tag)' on a mapping", at: location))
      }
      var object: [String: JSONValue] = [:]
      var firstKey: [String: SourceLocation] = [:]
      for entry in entries {
        guard let key = entry.key.scalar?.value else {
          problems.append(
            YAMLError("mapping keys must be plain text, found \(entry.key.kindDescription)", at: entry.key.location))
          continue
        }
        if let first = firstKey[key] {
          problems.append(YAMLError("duplicate key '\(key)' (first at line \(first.line))", at: entry.key.location))
          continue
        }
        firstKey[key] = entry.key.location
        object[key] = entry.value.jsonValue(problems: &problems)
      }
      return .object(object)
    }
  }

  private func resolvedScalar(_ scalar: YAMLScalar) -> Result<JSONValue, YAMLError> {
    let text = scalar.value
    switch tag {
    case nil, "?":
      guard scalar.isPlain else { return .success(.string(text)) }
      if YAMLCoreSchema.isNull(text) { return .success(.null) }
      if let value = YAMLCoreSchema.bool(text) { return .success(.bool(value)) }
      if let value = YAMLCoreSchema.int(text) { return .success(.int(value)) }
      if let value = YAMLCoreSchema.float(text) { return .success(.double(value)) }
      return .success(.string(text))
    case YAMLTag.nonSpecific, YAMLTag.string:
      return .success(.string(text))
    case YAMLTag.null:
      return YAMLCoreSchema.isNull(text) ? .success(.null) : mismatch("null")
    case YAMLTag.bool:
      return YAMLCoreSchema.bool(text).map { .success(.bool($0)) } ?? mismatch("a boolean")
    case YAMLTag.int:
      return YAMLCoreSchema.int(text).map { .success(.int($0)) } ?? mismatch("an integer")
    case YAMLTag.float:
      if let value = YAMLCoreSchema.int(text) { return .success(.double(Double(value))) }
      return YAMLCoreSchema.float(text).map { .success(.double($0)) } ?? mismatch("a number")
    case let tag?:
      return .failure(YAMLError("unsupported tag '\(tag)'", at: location))
    }
  }

  private func mismatch(_ expected: String) -> Result<JSONValue, YAMLError> {
    .failure(YAMLError("'\(scalar?.value ?? "")' is not \(expected) as its tag requires", at: location))
  }
}
