import Clean
import Foundation
import Testing
import WorkbenchCore
import WorkbenchText

/// The clean stage over the five seed articles: every boilerplate line marked, with its
/// reason, and nothing else (no sentence of the articles).
@Suite struct SeedBoilerplateTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  /// (file, [(line number, reason, marked text)]); a nil text means the whole line.
  static let expected: [(String, [(Int, String, String?)])] = [
    ("000_b8fbc64c6013c1a4.txt", [(7, "other-language", nil)]),
    (
      "001_7148f330e748e87e.txt",
      [
        (1, "navigation", nil), (2, "site-name", nil), (3, "category-label", nil), (7, "image-file", nil),
        (25, "site-name", nil),
      ]
    ),
    ("002_095f6d28d59887e7.txt", []),
    (
      "003_02a1ff8d6132f0a2.txt",
      [
        (4, "disclaimer", nil), (5, "disclaimer", nil), (15, "category-label", nil),
        (16, "category-label", nil), (17, "category-label", nil), (18, "category-label", nil),
      ]
    ),
    (
      "004_172edc32d39c3b1d.txt",
      [
        (7, "photo-credit", "(Credit: ALEXANDER ZEMLIANICHENKO/POOL/AFP عبر Getty Images)"),
        (30, "comment-prompt", nil),
      ]
    ),
  ]

  func annotate(_ text: String) throws -> [Annotation] {
    let configured = try StageFactory(CleanStage.self).configure(.object([:]))
    let context = StageContext(baseDirectory: Self.seeds, checksum: { _ in "" })
    guard case .document(let stage) = try configured.makeStage(context: context) else { return [] }
    return try stage.analyze(Document(id: "seed", text: text), .none)
  }

  @Test(arguments: expected.indices)
  func marksExactlyTheBoilerplateOfTheSeed(index: Int) throws {
    let (file, lines) = Self.expected[index]
    let text = try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
    let fileLines = text.components(separatedBy: "\n")
    let found = try annotate(text)
    let original = ScalarText(text)
    // Line number of each annotation: count the line breaks before its start.
    let scalars = Array(text.unicodeScalars)
    let described = found.map { annotation -> String in
      let line = scalars[..<annotation.start].filter { $0 == "\n" }.count + 1
      return "\(line) \(annotation.attributes["reason"]?.stringValue ?? "?") \(annotation.text)"
    }
    let wanted = lines.map { line, reason, span in
      "\(line) \(reason) \(span ?? fileLines[line - 1].trimmingCharacters(in: .whitespaces))"
    }
    #expect(described == wanted)
    for annotation in found {
      #expect(original[annotation.start..<annotation.end] == annotation.text)
      #expect(annotation.label == "BOILERPLATE")
    }
  }
}
