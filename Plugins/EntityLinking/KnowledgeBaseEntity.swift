import Foundation

/// One entity of the knowledge base: a person, place or organization with its names.
///
/// `id` is a Wikidata id (`Q7747`) where a source gives it, otherwise an id in a namespace of
/// the project's (`wb:ahmed-al-sharaa`) or of its source (`geonames:173576`).
public struct KnowledgeBaseEntity: Codable, Hashable, Sendable {
  public var id: String
  /// PERSON, LOCATION, ORGANIZATION, EVENT, ...
  public var type: String
  public var name_en: String
  public var name_ar: String
  public var description: String
  /// How likely a bare mention of one of its names means this entity, 0...1.
  public var prior: Double
  /// Ids of entities it belongs to (a city's country, a minister's country); a related entity
  /// named in the same document is evidence for an ambiguous name.
  public var related: [String]
  public var aliases: [KnowledgeBaseAlias]
  /// Arabic nisba adjectives of a country, masculine singular without ال (`روسي`); the stage
  /// derives the feminine, plural and definite forms.
  public var demonyms_ar: [String]

  public init(
    id: String, type: String, name_en: String, name_ar: String, description: String = "",
    prior: Double = 0.5, related: [String] = [], aliases: [KnowledgeBaseAlias] = [],
    demonyms_ar: [String] = []
  ) {
    self.id = id
    self.type = type
    self.name_en = name_en
    self.name_ar = name_ar
    self.description = description
    self.prior = prior
    self.related = related
    self.aliases = aliases
    self.demonyms_ar = demonyms_ar
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    type = try container.decode(String.self, forKey: .type)
    name_en = try container.decodeIfPresent(String.self, forKey: .name_en) ?? ""
    name_ar = try container.decodeIfPresent(String.self, forKey: .name_ar) ?? ""
    description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
    prior = try container.decodeIfPresent(Double.self, forKey: .prior) ?? 0.5
    related = try container.decodeIfPresent([String].self, forKey: .related) ?? []
    aliases = try container.decodeIfPresent([KnowledgeBaseAlias].self, forKey: .aliases) ?? []
    demonyms_ar = try container.decodeIfPresent([String].self, forKey: .demonyms_ar) ?? []
  }
}

/// A name of an entity in one language, with how freely it may be linked.
public struct KnowledgeBaseAlias: Codable, Hashable, Sendable {
  public var text: String
  /// `ar`, `en`, ...
  public var language: String
  public var kind: KnowledgeBaseAliasKind

  public init(_ text: String, language: String, kind: KnowledgeBaseAliasKind = .name) {
    self.text = text
    self.language = language
    self.kind = kind
  }

  /// Aliases are stored as `[text, language, kind]` triples to keep the data files small.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    text = try container.decode(String.self)
    language = try container.decode(String.self)
    kind = container.isAtEnd ? .name : try container.decode(KnowledgeBaseAliasKind.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(text)
    try container.encode(language)
    try container.encode(kind)
  }
}

/// How much evidence an alias needs before it is linked.
public enum KnowledgeBaseAliasKind: String, Codable, Hashable, Sendable {
  /// A full name: linked wherever it occurs.
  case name
  /// Part of a name (a surname, `نوفاك`): linked only when the full name occurs in the same
  /// document (one sense per discourse) or a title or type cue precedes it.
  case partial
  /// A word that is also something else (`نيسان`, `العين`, a town named like a noun): linked
  /// only after a cue word of the entity's type (شركة، قناة، مدينة) or when its full name is in
  /// the same document.
  case ambiguous
  /// A common word that names the entity in the context of a related one (`الساحل`, the
  /// Syrian coast, in a text about Syria): linked as `ambiguous` is, or when a related entity
  /// is named in full in the document.
  case contextual
}
