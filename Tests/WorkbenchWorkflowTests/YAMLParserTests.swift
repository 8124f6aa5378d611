import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct YAMLParserTests {
  func parse(_ text: String) throws -> YAMLNode {
    let node = try YAMLParser.parse(text, file: "t.yaml")
    return try #require(node)
  }

  @Test func keepsLinesAndColumnsOfKeysAndValues() throws {
    let root = try parse(
      """
      name: energy
      corpus:
        path: ../seeds
      stages:
        - plugin: keywords
          config: {terms: [النفط, "gas"]}
      """)
    #expect(root.location.description == "t.yaml:1:1")
    let corpus = try #require(root.entry("corpus"))
    #expect(corpus.key.location.description == "t.yaml:2:1")
    #expect(root["corpus"]?.entry("path")?.key.location.description == "t.yaml:3:3")
    #expect(root["corpus"]?["path"]?.location.description == "t.yaml:3:9")
    let stage = try #require(root["stages"]?.sequence?.first)
    #expect(stage.location.description == "t.yaml:5:5")
    let terms = try #require(stage["config"]?["terms"]?.sequence)
    #expect(terms.map(\.location.column) == [22, 29])
    #expect(terms.map { $0.scalar?.value } == ["النفط", "gas"])
    #expect(terms.map { $0.scalar?.style } == [.plain, .doubleQuoted])
  }

  @Test(arguments: [
    ("1", JSONValue.int(1)),
    ("\"1\"", .string("1")),
    ("'1'", .string("1")),
    ("-17", .int(-17)),
    ("0x1F", .int(31)),
    ("0o17", .int(15)),
    ("2.5", .double(2.5)),
    ("1e3", .double(1000)),
    (".inf", .double(.infinity)),
    ("true", .bool(true)),
    ("False", .bool(false)),
    ("yes", .string("yes")),
    ("no", .string("no")),
    ("~", .null),
    ("null", .null),
    ("", .null),
    ("\"\"", .string("")),
    ("!!str 12", .string("12")),
    ("! true", .string("true")),
    ("!!float 3", .double(3)),
    ("2026-01-28", .string("2026-01-28")),
    ("1_000", .string("1_000")),
    ("ar", .string("ar")),
    ("[1, two, \"3\"]", .array([.int(1), .string("two"), .string("3")])),
    ("{a: 1, b: [x]}", .object(["a": .int(1), "b": .array(["x"])])),
  ])
  func resolvesCoreSchemaScalars(yaml: String, expected: JSONValue) throws {
    let root = try parse("value: \(yaml)")
    #expect(try root["value"]?.jsonValue() == expected)
  }

  @Test func blockScalarsAreStrings() throws {
    let root = try parse(
      """
      a: |
        42
        line two
      b: >
        folded
        text
      c: end
      """)
    #expect(try root["a"]?.jsonValue() == .string("42\nline two\n"))
    #expect(try root["b"]?.jsonValue() == .string("folded text\n"))
  }

  @Test func resolvesAliasesAtTheAliasLocation() throws {
    let root = try parse(
      """
      base: &terms [oil, gas]
      copy: *terms
      """)
    #expect(try root["copy"]?.jsonValue() == .array(["oil", "gas"]))
    #expect(root["copy"]?.location.description == "t.yaml:2:7")
  }

  @Test(arguments: [
    ("copy: *nothing", "t.yaml:1:7: error: unknown alias '*nothing': no anchor '&nothing' comes before it"),
    ("a: b: c", "t.yaml:1:5: error: invalid YAML: mapping values are not allowed in this context"),
    (
      "a: [1, 2",
      "t.yaml:2:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 1, column 4)"
    ),
    (
      "a:\n  - x\n b: y",
      "t.yaml:3:2: error: invalid YAML: did not find expected key (while parsing a block mapping that starts at line 1, column 1)"
    ),
    (
      "a: \"open",
      "t.yaml:1:9: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts at line 1, column 4)"
    ),
    ("a: 1\n---\nb: 2", "t.yaml:2:1: error: expected one YAML document, found 2; remove the second '---'"),
    (
      "a:\tb\n\tc: d",
      "t.yaml:2:1: error: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar that starts at line 1, column 4)"
    ),
  ])
  func reportsSyntaxErrorsWithTheirPosition(yaml: String, expected: String) {
    #expect(throws: YAMLError.self) { try YAMLParser.parse(yaml, file: "t.yaml") }
    do {
      _ = try YAMLParser.parse(yaml, file: "t.yaml")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func reportsInvalidUTF8WithItsByteOffset() {
    let bytes: [UInt8] = Array("a: b\nc: ".utf8) + [0xFF] + Array("x\n".utf8)
    do {
      _ = try YAMLParser.parse(bytes, file: "t.yaml")
      Issue.record("parsed invalid UTF-8")
    } catch {
      #expect(error.location.description == "t.yaml:2:4")
      #expect(error.message.contains("byte offset 8"))
    }
  }

  @Test func rejectsExponentialAliasExpansion() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...8 {
      let previous = "*a\(level - 1)"
      lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
    }
    do {
      _ = try YAMLParser.parse(lines.joined(separator: "\n"), file: "t.yaml")
      Issue.record("expanded a billion laughs")
    } catch {
      #expect(error.message == "the document expands to more than 1000000 nodes through aliases")
    }
  }

  @Test func reportsDuplicateKeysWhenConvertingToJSON() throws {
    let root = try parse("a: 1\nb: 2\na: 3")
    var problems: [YAMLError] = []
    _ = root.jsonValue(problems: &problems)
    #expect(problems.map(\.description) == ["t.yaml:3:1: error: duplicate key 'a' (first at line 1)"])
  }

  @Test func emptyInputHasNoDocument() throws {
    #expect(try YAMLParser.parse("# only a comment\n", file: "t.yaml") == nil)
  }
}
