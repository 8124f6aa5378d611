import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

@Suite struct JSONLineParserTests {
  func parse(_ line: String) -> Result<JSONValue, JSONLineParser.Failure> {
    Array(line.utf8).withUnsafeBufferPointer { bytes in
      Result { () throws(JSONLineParser.Failure) -> JSONValue in try JSONLineParser.parse(bytes) }
    }
  }

  @Test(
    arguments: [
      (
        #"{"a": "x\ty\r\nz \"q\" \\ \/ \u0627\ud83d\ude00 end"}"#,
        JSONValue.object(["a": "x\ty\r\nz \"q\" \\ / ا😀 end"])
      ),
      (#" [1, -2, 3.5, 1e2, true, false, null, {}] "#, [1, -2, 3.5, 100.0, true, false, nil, [:]]),
      (#"{"id": 12345678901234567890}"#, JSONValue.object(["id": .double(Double("12345678901234567890")!)])),
      (#""النفط""#, "النفط"),
    ] as [(String, JSONValue)])
  func parsesValues(line: String, expected: JSONValue) {
    guard case .success(let value) = parse(line) else {
      Issue.record("failed: \(line)")
      return
    }
    #expect(value == expected)
  }

  @Test(
    arguments: [
      (#"{"a": "x"#, "unterminated string", 6),
      (#"{"a" 1}"#, "expected ':' after a key", 5),
      (#"{"a": 1,}"#, "expected a key in double quotes", 8),
      (#"{"a": tru}"#, "expected a value", 6),
      (#"{"a": "\x"}"#, "unknown escape '\\x'", 8),
      (#"{"a": "\ud83d"}"#, "a lone UTF-16 surrogate in a \\u escape", 13),
      ("{\"a\": \"tab\there\"}", "a control character must be escaped in a string", 10),
      (#"{"a": 1} x"#, "unexpected text after the JSON value", 9),
      (#"{"a": -}"#, "expected a digit", 7),
      (String(repeating: "[", count: 300), "nesting deeper than 256 levels", 256),
    ] as [(String, String, Int)])
  func reportsProblemsWithTheirOffset(line: String, message: String, offset: Int) {
    guard case .failure(let failure) = parse(line) else {
      Issue.record("parsed: \(line)")
      return
    }
    #expect(failure.message == message)
    #expect(failure.offset == offset)
  }
}
