import Foundation
import Sentiment
import Testing
import WorkbenchCore

/// The five seed articles (reports of Russian-Syrian meetings and cooperation), read as a
/// careful reader would: every article is positive in tone; Russia, Syria, Putin, al-Sharaa
/// and Novak are portrayed positively (partners, support, reconstruction); Bashar al-Assad,
/// mentioned as the deposed ruler, is not; Israel appears only in a condemnation.
///
/// The entity annotations are built here as the `entity-linking` stage would give them (its
/// code is another plugin's): every whole-word mention of a name, with or without proclitics.
@Suite struct SeedToneTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  /// Entity ids: the countries' Wikidata ids as given by the shared country alias table; the
  /// people get test ids (no source here gives theirs).
  static let names: [(id: String, name: String)] = [
    ("Q159", "روسيا"), ("Q858", "سوريا"), ("Q801", "الإسرائيلية"), ("Q649", "موسكو"), ("test:putin", "بوتين"),
    ("test:al-sharaa", "الشرع"), ("test:novak", "نوفاك"), ("test:assad", "الأسد"),
  ]

  static func mentions(in text: String) -> [Annotation] {
    let scalars = Array(text.unicodeScalars)
    func isArabicLetter(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && (0x0621...0x064A).contains(scalars[index].value)
    }
    let proclitics: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643]
    var found: [Annotation] = []
    for (id, name) in names {
      let pattern = Array(name.unicodeScalars)
      var start = 0
      while start + pattern.count <= scalars.count {
        defer { start += 1 }
        guard scalars[start..<start + pattern.count].elementsEqual(pattern), !isArabicLetter(start + pattern.count)
        else { continue }
        var wordStart = start
        while isArabicLetter(wordStart - 1) { wordStart -= 1 }
        guard start - wordStart <= 2, scalars[wordStart..<start].allSatisfy({ proclitics.contains($0.value) }) else {
          continue
        }
        found.append(
          Annotation(
            start: start, end: start + pattern.count, text: name, label: "ENTITY", value: id,
            attributes: ["name": .string(name)]))
      }
    }
    return found.sorted { $0.start < $1.start }
  }

  static func analyze(_ file: String) throws -> [Annotation] {
    let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
    return try runSentiment(text, inputs: StageInputs([.linkedEntity: mentions(in: text)]))
  }

  static func tones(_ file: String) throws -> (document: String?, targets: [String: String]) {
    let found = try analyze(file)
    let targets = found.filter { $0.attributes["level"] == "target" }
    return (
      found.first?.value,
      Dictionary(uniqueKeysWithValues: targets.map { ($0.value!, $0.attributes["sentiment"]?.stringValue ?? "") })
    )
  }

  @Test(arguments: [
    "000_b8fbc64c6013c1a4.txt", "001_7148f330e748e87e.txt", "002_095f6d28d59887e7.txt",
    "003_02a1ff8d6132f0a2.txt", "004_172edc32d39c3b1d.txt",
  ])
  func everyArticleIsPositive(file: String) throws {
    #expect(try Self.tones(file).document == "positive")
  }

  @Test(arguments: [
    ("000_b8fbc64c6013c1a4.txt", ["Q159": "positive", "Q858": "positive", "test:novak": "positive"]),
    ("001_7148f330e748e87e.txt", ["Q159": "positive", "Q858": "positive", "test:al-sharaa": "positive"]),
    (
      "002_095f6d28d59887e7.txt",
      [
        "Q159": "positive", "Q858": "positive", "test:putin": "positive", "test:al-sharaa": "positive",
        "test:novak": "positive",
      ]
    ),
    ("003_02a1ff8d6132f0a2.txt", ["Q858": "positive", "test:putin": "positive", "test:al-sharaa": "positive"]),
    ("004_172edc32d39c3b1d.txt", ["Q159": "positive", "Q858": "positive", "test:putin": "positive"]),
  ])
  func partnersArePortrayedPositively(file: String, expected: [String: String]) throws {
    let targets = try Self.tones(file).targets
    for (id, tone) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(targets[id] == tone, "\(file) \(id)")
    }
  }

  @Test(arguments: ["000_b8fbc64c6013c1a4.txt", "004_172edc32d39c3b1d.txt"])
  func theDeposedRulerIsNotPortrayedPositively(file: String) throws {
    let tone = try Self.tones(file).targets["test:assad"]
    #expect(tone != nil && tone != "positive", "\(file): \(tone ?? "missing")")
  }

  @Test func israelAppearsInACondemnation() throws {
    #expect(try Self.tones("004_172edc32d39c3b1d.txt").targets["Q801"] == "negative")
  }

  /// In 004 Moscow is the one that condemns Israel's violations: the condemnation is left
  /// out of its tone (`TargetScope`), which was negative when the clause was judged whole.
  /// In 001 the spokeswoman's addition ("نحن راضون عن أن هذه الاتصالات أصبحت أكثر نشاطاً",
  /// which the news model misreads as negative) no longer reaches Moscow, the subject of the
  /// content she reports (`TargetClause`): Moscow is positive there too.
  @Test(arguments: ["001_7148f330e748e87e.txt", "004_172edc32d39c3b1d.txt"])
  func moscowIsPortrayedPositively(file: String) throws {
    #expect(try Self.tones(file).targets["Q649"] == "positive")
  }
}
