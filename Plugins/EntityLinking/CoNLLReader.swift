import Foundation

/// Reads token-per-line named-entity files (CoNLL 2003, wikigold, WikiFANE): the token in the
/// first column, the tag in the last, blank lines between sentences, `-DOCSTART-` lines between
/// documents. Tags are IOB1 or BIO (`I-X` after `O` or another type opens a mention, `B-X`
/// always does); types are mapped to the coarse ones (`CoarseEntityType`).
///
/// Tokens are joined with single spaces into sentences and sentences with newlines into
/// documents, so every mention becomes a span of scalar offsets in a text the tagger reads
/// like any other. Files without `-DOCSTART-` (WikiFANE marks no article boundaries) are cut
/// into documents of `sentencesPerDocument` sentences.
public struct CoNLLReader: Sendable {
  /// Sentences per document when the file marks no document boundaries.
  public var sentencesPerDocument = 20
  /// Reattach segmented Arabic clitics (`و مصر` → `ومصر`, `عاصمة ها` → `عاصمةها`) in this
  /// share of sentences (0: keep the file's segmentation), chosen by a seeded draw so news text,
  /// which is not segmented, looks like some of the training text.
  public var rejoinClitics = 0.0
  public var seed: UInt64 = 20_261_206

  public init() {}

  /// A malformed line, with where it is.
  public struct ReadError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): error: \(message)" }
  }

  public func read(_ url: URL) throws -> [EntityGoldDocument] {
    let content = try String(contentsOf: url, encoding: .utf8)
    return try read(content, name: url.lastPathComponent)
  }

  /// Whether a file looks like token-per-line tags: its first lines are `token<TAB or space>tag`.
  public static func looksLikeTokenPerLine(_ url: URL) -> Bool {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
    defer { try? handle.close() }
    let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
    let lines = head.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") }
    guard let line = lines.first else { return false }
    guard let tag = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).last,
      line.contains(where: { $0 == "\t" || $0 == " " })
    else { return false }
    return tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-")
  }

  /// Proclitics that WikiFANE-style segmentation writes as separate tokens.
  static let proclitics: Set<String> = ["و", "ف", "ب", "ل", "ك", "س"]
  /// Enclitic pronouns written as separate tokens.
  static let enclitics: Set<String> = ["ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا"]

  public func read(_ content: String, name: String) throws -> [EntityGoldDocument] {
    struct Row {
      var token: String
      var tag: String
      var line: Int
    }
    var documents: [EntityGoldDocument] = []
    var sentence: [Row] = []
    var sentences: [[Row]] = []
    var hasDocumentMarks = false
    var generator = SplitMix64(seed: seed)

    func flushDocument() {
      defer { sentences = [] }
      guard !sentences.isEmpty else { return }
      var text = String.UnicodeScalarView()
      var offset = 0
      var mentions: [EntityGoldDocument.Mention] = []
      for rows in sentences {
        let rejoin = rejoinClitics > 0 && Double(generator.next() % 10_000) / 10_000 < rejoinClitics
        if !text.isEmpty {
          text.append("\n")
          offset += 1
        }
        var open: (start: Int, end: Int, type: String)?
        var previousEntityTag = "O"
        var glueNext = false
        for (index, row) in rows.enumerated() {
          let isOutside = row.tag == "O"
          let tagType = isOutside ? "" : String(row.tag.dropFirst(2))
          var separator = index > 0 && !glueNext
          glueNext = false
          if rejoin && isOutside {
            if Self.proclitics.contains(row.token), index + 1 < rows.count,
              rows[index + 1].token.unicodeScalars.first.map({ $0.value >= 0x0621 && $0.value <= 0x064A }) == true
            {
              glueNext = true
            } else if Self.enclitics.contains(row.token), index > 0, rows[index - 1].tag == "O" {
              separator = false
            }
          }
          if separator {
            text.append(" ")
            offset += 1
          }
          let start = offset
          text.append(contentsOf: row.token.unicodeScalars)
          offset += row.token.unicodeScalars.count
          let coarse = CoarseEntityType.map(tagType)
          if !isOutside, row.tag.hasPrefix("I-"), let current = open, previousEntityTag == tagType {
            open = (current.start, offset, current.type)
          } else {
            if let current = open {
              mentions.append(.init(start: current.start, end: current.end, type: current.type, id: nil))
            }
            open = isOutside ? nil : (start, offset, coarse)
          }
          previousEntityTag = isOutside ? "O" : tagType
        }
        if let current = open {
          mentions.append(.init(start: current.start, end: current.end, type: current.type, id: nil))
        }
      }
      documents.append(
        EntityGoldDocument(id: "\(name)#\(documents.count + 1)", text: String(text), mentions: mentions, ids: []))
    }
    func flushSentence() {
      if !sentence.isEmpty { sentences.append(sentence) }
      sentence = []
      if !hasDocumentMarks && sentences.count >= sentencesPerDocument { flushDocument() }
    }

    var number = 0
    for line in content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      // Byte-order marks and direction marks (WikiFANE puts an LRM before every token) are not text.
      let cleaned = String(
        String.UnicodeScalarView(
          line.unicodeScalars.filter { !($0.value == 0xFEFF || (0x200E...0x200F).contains($0.value)) }))
      let fields = cleaned.split(whereSeparator: { $0 == "\t" || $0 == " " })
      if fields.isEmpty {
        flushSentence()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        hasDocumentMarks = true
        flushSentence()
        flushDocument()
        continue
      }
      guard fields.count >= 2 else {
        throw ReadError(
          file: name, line: number, message: "expected a token and a tag separated by a tab, got '\(cleaned)'")
      }
      let tag = String(fields[fields.count - 1])
      guard tag == "O" || ((tag.hasPrefix("B-") || tag.hasPrefix("I-")) && tag.count > 2) else {
        throw ReadError(file: name, line: number, message: "'\(tag)' is not a tag (O, B-TYPE or I-TYPE)")
      }
      sentence.append(Row(token: String(fields[0]), tag: tag, line: number))
    }
    flushSentence()
    flushDocument()
    return documents
  }
}
