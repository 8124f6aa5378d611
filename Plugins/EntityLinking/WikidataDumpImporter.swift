import Foundation

/// Streams a Wikidata JSON dump (`[`, one entity per line followed by a comma, `]`; plain,
/// .gz or .bz2) into knowledge-base entities, one line at a time, so memory stays flat
/// whatever the size of the dump.
///
/// Kept per entity: labels and aliases in the chosen languages, an English description, a
/// type from its instance-of (P31) claims through `typeByClass`, related ids from country
/// (P17), citizenship (P27), located-in (P131) and member-of (P463) claims, and a prior from
/// the number of sitelinks. Entities whose classes map to no type, or with no name in the
/// chosen languages, are skipped.
public struct WikidataDumpImporter {
  /// P31 classes and the type they give; the first class of an entity found here wins.
  /// Extend with `--type QID=TYPE` on the command line.
  public static let defaultTypeByClass: [String: String] = [
    "Q5": "PERSON",  // human
    "Q6256": "LOCATION",  // country
    "Q3624078": "LOCATION",  // sovereign state
    "Q515": "LOCATION",  // city
    "Q1549591": "LOCATION",  // big city
    "Q5119": "LOCATION",  // capital city
    "Q486972": "LOCATION",  // human settlement
    "Q3957": "LOCATION",  // town
    "Q532": "LOCATION",  // village
    "Q4022": "LOCATION",  // river
    "Q23397": "LOCATION",  // lake
    "Q8502": "LOCATION",  // mountain
    "Q165": "LOCATION",  // sea
    "Q43229": "ORGANIZATION",  // organization
    "Q4830453": "ORGANIZATION",  // business
    "Q783794": "ORGANIZATION",  // company
    "Q7278": "ORGANIZATION",  // political party
    "Q484652": "ORGANIZATION",  // international organization
    "Q245065": "ORGANIZATION",  // intergovernmental organization
    "Q327333": "ORGANIZATION",  // government agency
    "Q11032": "ORGANIZATION",  // newspaper
    "Q3918": "ORGANIZATION",  // university
    "Q1656682": "EVENT",  // event
  ]

  public var languages: [String]
  public var typeByClass: [String: String]
  /// Keep entities without a mapped class, typed OTHER.
  public var keepUntyped = false

  public init(languages: [String], typeByClass: [String: String] = WikidataDumpImporter.defaultTypeByClass) {
    self.languages = languages
    self.typeByClass = typeByClass
  }

  /// What an import did.
  public struct Summary: Sendable {
    public var lines = 0
    public var imported = 0
    public var skipped = 0
    public var malformed = 0
  }

  /// Reads the dump at `url` and hands entities to `sink` in batches of `batchSize`.
  public func importDump(
    _ url: URL, batchSize: Int = 2000, sink: ([KnowledgeBaseEntity]) throws -> Void
  ) throws -> Summary {
    let reader = try DumpLineReader(url)
    defer { reader.close() }
    var summary = Summary()
    var batch: [KnowledgeBaseEntity] = []
    batch.reserveCapacity(batchSize)
    while let line = try reader.nextLine() {
      summary.lines += 1
      switch entity(fromLine: line) {
      case .entity(let entity):
        batch.append(entity)
        summary.imported += 1
        if batch.count >= batchSize {
          try sink(batch)
          batch.removeAll(keepingCapacity: true)
        }
      case .skipped: summary.skipped += 1
      case .malformed: summary.malformed += 1
      case .structural: break
      }
    }
    if !batch.isEmpty { try sink(batch) }
    try reader.finish()
    return summary
  }

  enum LineResult {
    case entity(KnowledgeBaseEntity)
    case skipped
    case malformed
    /// `[`, `]` or an empty line.
    case structural
  }

  func entity(fromLine line: Data) -> LineResult {
    var body = line[...]
    while let last = body.last, last == UInt8(ascii: ",") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\r") {
      body = body.dropLast()
    }
    while let first = body.first, first == UInt8(ascii: " ") { body = body.dropFirst() }
    if body.isEmpty || body.elementsEqual([UInt8(ascii: "[")]) || body.elementsEqual([UInt8(ascii: "]")]) {
      return .structural
    }
    guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any],
      let id = object["id"] as? String
    else { return .malformed }
    let claims = object["claims"] as? [String: Any] ?? [:]
    let classes = Self.claimIDs(claims["P31"])
    let type = classes.lazy.compactMap { typeByClass[$0] }.first ?? (keepUntyped ? "OTHER" : nil)
    guard let type else { return .skipped }
    let labels = object["labels"] as? [String: Any] ?? [:]
    let aliasTable = object["aliases"] as? [String: Any] ?? [:]
    func label(_ language: String) -> String? {
      (labels[language] as? [String: Any])?["value"] as? String
    }
    var aliases: [KnowledgeBaseAlias] = []
    var seen = Set<String>()
    for language in languages {
      var names: [String] = []
      if let label = label(language) { names.append(label) }
      for case let alias as [String: Any] in aliasTable[language] as? [Any] ?? [] {
        if let value = alias["value"] as? String { names.append(value) }
      }
      for name in names where !name.isEmpty && seen.insert(language + "\u{1F}" + name).inserted {
        aliases.append(KnowledgeBaseAlias(name, language: language))
      }
    }
    guard !aliases.isEmpty else { return .skipped }
    let descriptions = object["descriptions"] as? [String: Any] ?? [:]
    let description =
      ((descriptions["en"] as? [String: Any])?["value"] as? String)
      ?? languages.lazy.compactMap { (descriptions[$0] as? [String: Any])?["value"] as? String }.first ?? ""
    var related: [String] = []
    for property in ["P17", "P27", "P131", "P463"] {
      for value in Self.claimIDs(claims[property]) where !related.contains(value) && value != id {
        related.append(value)
      }
    }
    let sitelinks = (object["sitelinks"] as? [String: Any])?.count ?? 0
    // 1 sitelink → 0.3, 10 → 0.5, 100 → 0.7, 300+ → 0.8
    let prior = min(0.8, 0.3 + 0.2 * log10(Double(max(sitelinks, 1))))
    return .entity(
      KnowledgeBaseEntity(
        id: id, type: type, name_en: label("en") ?? "", name_ar: label("ar") ?? "", description: description,
        prior: (prior * 1000).rounded() / 1000, related: related, aliases: aliases))
  }

  /// The item ids of a property's claims (`mainsnak.datavalue.value.id`).
  static func claimIDs(_ claims: Any?) -> [String] {
    guard let claims = claims as? [Any] else { return [] }
    return claims.compactMap { claim in
      guard let claim = claim as? [String: Any], let snak = claim["mainsnak"] as? [String: Any],
        let datavalue = snak["datavalue"] as? [String: Any], let value = datavalue["value"] as? [String: Any]
      else { return nil }
      return value["id"] as? String
    }
  }
}

/// Lines of a file, decompressed on the fly by the system `gzip -dc` or `bzip2 -dc` for .gz
/// and .bz2, read in 1 MiB chunks.
final class DumpLineReader {
  private let handle: FileHandle
  private let process: Process?
  private var buffer = Data()
  private var searchFrom = 0
  private var consumed = 0
  private var atEnd = false
  private let url: URL

  init(_ url: URL) throws {
    self.url = url
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw KnowledgeBaseError.invalidDump("no file at \(url.path)")
    }
    let tool: String? =
      switch url.pathExtension {
      case "gz": "gzip"
      case "bz2": "bzip2"
      default: nil
      }
    if let tool {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [tool, "-dc", url.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      self.process = process
      self.handle = pipe.fileHandleForReading
    } else {
      self.process = nil
      self.handle = try FileHandle(forReadingFrom: url)
    }
  }

  /// The next line without its newline, or nil at the end. Consumed bytes are dropped only
  /// when more input is read, so each byte is copied a bounded number of times.
  func nextLine() throws -> Data? {
    while true {
      let start = buffer.startIndex + consumed
      if let newline = buffer[(start + searchFrom)...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Data(buffer[start..<newline])
        consumed = newline + 1 - buffer.startIndex
        searchFrom = 0
        return line
      }
      searchFrom = buffer.count - consumed
      if atEnd {
        guard consumed < buffer.count else { return nil }
        let line = Data(buffer[start...])
        consumed = buffer.count
        // The next call starts past the end: searching must start there too, not
        // `searchFrom` bytes further (which trapped on a last line without a newline).
        searchFrom = 0
        return line
      }
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty {
        atEnd = true
      } else {
        buffer = Data(buffer[start...]) + chunk
        consumed = 0
      }
    }
  }

  /// Waits for the decompressor and reports a failure (a truncated or corrupt archive).
  func finish() throws {
    guard let process else { return }
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      throw KnowledgeBaseError.invalidDump(
        "decompressing \(url.lastPathComponent) failed (status \(process.terminationStatus))")
    }
  }

  func close() {
    try? handle.close()
    if let process, process.isRunning { process.terminate() }
  }
}
