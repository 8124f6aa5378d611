/// A document of a corpus: its identifier, its text as read, and what the corpus says of it.
public struct Document: Hashable, Sendable {
  /// The document's identifier: its file name, or the `id` of a JSON Lines record.
  public var id: String
  /// The text after UTF-8 decoding and BOM removal; annotation offsets index its scalars.
  public var text: String
  public var metadata: DocumentMetadata

  public init(id: String, text: String, metadata: DocumentMetadata = DocumentMetadata()) {
    self.id = id
    self.text = text
    self.metadata = metadata
  }
}

/// What a corpus knows of a document besides its text.
public struct DocumentMetadata: Hashable, Sendable, Codable {
  /// The document creation time as given (ISO 8601: `2026-01-28` or with a time), used to
  /// anchor relative dates. Nil when the corpus does not say.
  public var date: String?
  public var title: String?
  public var source: String?
  public var url: String?
  /// A language hint (`ar`, `en`); stages may detect the language themselves.
  public var language: String?
  /// Any other column of the metadata file, by column name.
  public var extra: [String: String]

  public init(
    date: String? = nil, title: String? = nil, source: String? = nil, url: String? = nil,
    language: String? = nil, extra: [String: String] = [:]
  ) {
    self.date = date
    self.title = title
    self.source = source
    self.url = url
    self.language = language
    self.extra = extra
  }
}

extension Document {
  /// The scalar count of the text: the `end` of a document-level annotation.
  ///
  /// Counted over the UTF-8 bytes (every byte that does not continue a scalar starts one),
  /// which is several times faster than decoding the scalars.
  public var scalarCount: Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }

  /// The text between two scalar offsets (end exclusive), clamped to the text.
  public func slice(_ start: Int, _ end: Int) -> String {
    let scalars = text.unicodeScalars
    let lower =
      scalars.index(
        scalars.startIndex, offsetBy: max(0, start), limitedBy: scalars.endIndex) ?? scalars.endIndex
    let upper =
      scalars.index(
        lower, offsetBy: max(0, end - max(0, start)), limitedBy: scalars.endIndex) ?? scalars.endIndex
    return String(scalars[lower..<upper])
  }

  /// An annotation spanning the whole text: the shape of document-level results.
  public func wholeTextAnnotation(
    label: String, value: String?, attributes: [String: JSONValue] = [:]
  ) -> Annotation {
    Annotation(start: 0, end: scalarCount, text: "", label: label, value: value, attributes: attributes)
  }
}

extension DocumentMetadata {
  /// True when no field is set.
  public var isEmpty: Bool {
    date == nil && title == nil && source == nil && url == nil && language == nil && extra.isEmpty
  }

  /// The metadata as canonical JSON (sorted keys, unset fields left out): how it is stored,
  /// and what enters the cache key of every stage that sees the document.
  public var canonicalJSON: String {
    // Written directly in sorted key order (date, extra, language, source, title, url): this
    // runs once per document of every run. Equal to the JSONValue object's canonical JSON
    // (DocumentMetadataTests).
    var out = "{"
    func member(_ key: String, _ value: String?) {
      guard let value else { return }
      if out.utf8.count > 1 { out += "," }
      JSONValue.writeQuoted(key, to: &out)
      out += ":"
      JSONValue.writeQuoted(value, to: &out)
    }
    member("date", date)
    if !extra.isEmpty {
      if out.utf8.count > 1 { out += "," }
      out += "\"extra\":"
      JSONValue.object(extra.mapValues(JSONValue.string)).write(to: &out)
    }
    member("language", language)
    member("source", source)
    member("title", title)
    member("url", url)
    out += "}"
    return out
  }
}
