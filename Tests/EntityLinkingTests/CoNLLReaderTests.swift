import EntityLinking
import Foundation
import Testing

/// Token-per-line files written for the tests: BIO and IOB1 tags, document marks, WikiFANE's
/// fine types and clitic segmentation.
@Suite struct CoNLLReaderTests {
  static func read(_ lines: [String], rejoin: Double = 0) throws -> [EntityGoldDocument] {
    var reader = CoNLLReader()
    reader.rejoinClitics = rejoin
    return try reader.read(lines.joined(separator: "\n"), name: "fixture.conll")
  }

  static func spans(_ document: EntityGoldDocument) -> [String] {
    let scalars = Array(document.text.unicodeScalars)
    return document.mentions.map { mention in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[mention.start..<mention.end])
      return "\(mention.type):\(String(view))"
    }
  }

  @Test(arguments: [
    // BIO: B- opens a mention, I- continues it.
    (["Mayor\tO", "Anna\tB-PER", "Berg\tI-PER", "visited\tO", "Oslo\tB-LOC"], ["PERSON:Anna Berg", "LOCATION:Oslo"]),
    // IOB1: I- after O opens a mention; B- only splits two adjacent mentions of one type.
    (
      ["Anna\tI-PER", "Berg\tI-PER", "Lars\tB-PER", "met\tO", "Acme\tI-ORG", "Corp\tI-ORG"],
      ["PERSON:Anna Berg", "PERSON:Lars", "ORGANIZATION:Acme Corp"]
    ),
    // An I- of another type opens a new mention.
    (["Acme\tI-ORG", "Oslo\tI-LOC"], ["ORGANIZATION:Acme", "LOCATION:Oslo"]),
    (["Norwegian\tB-MISC", "boats\tO"], ["MISC:Norwegian"]),
    // WikiFANE's fine types map to the coarse ones; the rest is MISC.
    (
      [
        "\u{200E}زار\tO", "\u{200E}سامي\tB-Artist", "\u{200E}نادر\tI-Artist", "\u{200E}حمص\tB-Population-Center",
        "\u{200E}الفرس\tB-Group",
      ], ["PERSON:سامي نادر", "LOCATION:حمص", "MISC:الفرس"]
    ),
  ])
  func readsTags(_ lines: [String], _ expected: [String]) throws {
    let documents = try Self.read(lines)
    #expect(documents.count == 1)
    #expect(Self.spans(documents[0]) == expected)
  }

  @Test func documentMarksSplitDocuments() throws {
    let documents = try Self.read([
      "-DOCSTART- O", "", "Anna B-PER", "sang O", ". O", "", "-DOCSTART- O", "", "Oslo B-LOC", "", "Bergen B-LOC",
    ])
    #expect(documents.count == 2)
    #expect(documents[0].text == "Anna sang .")
    #expect(documents[1].text == "Oslo\nBergen")
    #expect(documents[1].mentions.map(\.start) == [0, 5])
  }

  @Test func sentencesMakeDocumentsWithoutMarks() throws {
    var reader = CoNLLReader()
    reader.sentencesPerDocument = 2
    let lines = (1...5).flatMap { ["Town\(String(repeating: "x", count: $0))\tB-LOC", ""] }
    let documents = try reader.read(lines.joined(separator: "\n"), name: "towns")
    #expect(documents.map { $0.mentions.count } == [2, 2, 1])
  }

  @Test func rejoinedClitcsKeepTheNameSpan() throws {
    // و + name and noun + ها, as WikiFANE segments them, glued back as news writes them.
    let documents = try Self.read(
      ["\u{200E}و\tO", "\u{200E}حمص\tB-Population-Center", "\u{200E}مدينة\tO", "\u{200E}ها\tO"], rejoin: 1)
    #expect(documents[0].text == "وحمص مدينةها")
    #expect(Self.spans(documents[0]) == ["LOCATION:حمص"])
  }

  @Test func aBadLineIsReportedWithItsNumber() {
    #expect {
      try Self.read(["Anna\tB-PER", "Berg\tX-PER"])
    } throws: { error in
      (error as? CoNLLReader.ReadError)?.description
        == "fixture.conll:2: error: 'X-PER' is not a tag (O, B-TYPE or I-TYPE)"
    }
  }
}
