import Testing
import WorkbenchCore

@testable import EntityLinking

/// News sentences written for these tests: a Korean or Chinese given name written as two
/// syllables joined by a hyphen stays whole in the person's span, and a descriptive word
/// hyphened to a name ("Lam-era") stays out of it.
@Suite struct HyphenatedGivenNamesTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// The PERSON mention that spans exactly `name` in `text` (the test fails otherwise).
  static func person(_ name: String, in text: String) throws -> Annotation {
    let annotations = try found(text)
    let start = try #require(scalarOffset(of: name, in: text))
    let mention = try #require(annotations.first { $0.start == start }, "\(annotations.map(\.text))")
    #expect(mention.text == name)
    #expect(mention.end == start + name.unicodeScalars.count)
    #expect(mention.label == "PERSON")
    return mention
  }

  /// (story, the person's whole name): one PERSON mention from the family name to the end of
  /// the hyphenated given name.
  @Test(arguments: [
    ("Kim Jae-won, a fund manager in Seoul, said investors were cautious.", "Kim Jae-won"),
    ("President Moon Jae-in met opposition leader Lee Jae-myung in Seoul on Friday.", "Moon Jae-in"),
    ("President Moon Jae-in met opposition leader Lee Jae-myung in Seoul on Friday.", "Lee Jae-myung"),
    ("Chinese President Xi Jin-ping arrived in Moscow for talks.", "Xi Jin-ping"),
    ("Park Geun-hye was released from prison on Friday.", "Park Geun-hye"),
  ])
  func aHyphenatedGivenNameStaysInThePerson(_ text: String, _ name: String) throws {
    let mention = try Self.person(name, in: text)
    // The cluster id of the whole name, as a tagged span of it gets (its folded words).
    let words = PartialNameCoreference.words(of: name).joined(separator: " ")
    #expect(mention.value == NilMentionFinder.clusterID(name: words, type: "PERSON"))
  }

  /// A lower-case word hyphened to a person of two words whose last word is shaped like a
  /// syllable, but that is no syllable itself, stays out of the person: (story, the person).
  @Test(arguments: [
    ("Critics said Carrie Lam-era policies had failed.", "Carrie Lam"),
    ("Lawmakers said Jimmy Lai-owned papers had closed.", "Jimmy Lai"),
    ("Lawmakers said Yao Ming-backed clubs had grown.", "Yao Ming"),
    ("Senator John Smith criticised the Tony Tan-backed rules on Tuesday.", "Tony Tan"),
  ])
  func aDescriptiveHyphenWordStaysOut(_ text: String, _ name: String) throws {
    _ = try Self.person(name, in: text)
  }

  @Test(arguments: [
    ("jae", true), ("won", true), ("in", true), ("myung", true), ("ping", true), ("shek", true),
    ("era", false), ("backed", false), ("led", false), ("born", false), ("style", false),
  ])
  func romanizedSyllables(_ word: String, _ isSyllable: Bool) {
    #expect(EntityLinker.isRomanizedSyllable(word) == isSyllable)
  }
}
