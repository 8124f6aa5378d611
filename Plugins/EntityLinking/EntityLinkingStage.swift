import Foundation
import WorkbenchCore

/// Finds people, places and organizations in Arabic and English text and links them to a
/// knowledge base keyed by Wikidata ids (the built-in one, a SQLite file made by `workbench
/// kb import`, or both).
///
/// Matching is on folded text with Arabic proclitics removed, annotating the original span;
/// partial and ambiguous names are linked only with evidence (the full name in the same
/// document, a title or type word before them, a related entity named in the document).
public struct EntityLinkingStage: DocumentStage {
  public struct Configuration: StageConfiguration {
    /// A SQLite knowledge base written by `workbench kb import`, relative to the workflow.
    @Setting("kb", help: "a SQLite knowledge base made by `workbench kb import` (relative to the workflow)")
    public var kb: String? = nil
    /// `merge`: the file's entities are added to the built-in ones; `replace`: only the file.
    @Setting("kb_mode", help: "merge (add the file to the built-in knowledge base) or replace")
    public var kbMode = KnowledgeBaseMode.merge
    /// Emit nisba adjectives (الروسي، السورية) as DEMONYM mentions linked to the country.
    @Setting("demonyms", help: "emit nisba adjectives (الروسي) as DEMONYM mentions linked to the country")
    public var demonyms = false
    /// Emit names missing from the knowledge base as NIL mentions with a type guess.
    @Setting("nil_mentions", help: "emit names not in the knowledge base as NIL mentions with a type guess")
    public var nilMentions = true
    /// Keep only these labels (PERSON, LOCATION, ORGANIZATION, DEMONYM, MISC); empty keeps all.
    @Setting("types", help: "keep only these labels; empty keeps all")
    public var types: [String] = []
    /// Drop mentions whose confidence is below this.
    @Setting("min_confidence", help: "drop mentions below this confidence (0-1)")
    public var minConfidence = 0.0
    /// The tagger that finds names missing from the knowledge base: empty for the shipped
    /// model, a file written by `workbench train entities`, or `none` for the rules alone.
    @Setting(
      "tagger",
      help: "a model from `workbench train entities` (empty: the shipped Arabic/English model; none: rules only)")
    public var tagger = ""

    public init() {}

    public func validate() throws {
      if kbMode == .replace && kb == nil {
        throw ConfigurationError.invalid(field: "kb_mode", message: "replace needs a kb file")
      }
      guard (0...1).contains(minConfidence) else {
        throw ConfigurationError.invalid(field: "min_confidence", message: "must be between 0 and 1")
      }
      if let kb, kb.isEmpty {
        throw ConfigurationError.invalid(field: "kb", message: "must be a file path")
      }
    }

    /// How a `kb` file combines with the built-in knowledge base.
    public enum KnowledgeBaseMode: String, Codable, Hashable, Sendable, CaseIterable {
      /// The file's entities are added to the built-in ones.
      case merge
      /// Only the file's entities.
      case replace
    }
  }

  public static let descriptor = StageDescriptor(
    id: "entity-linking", aliases: ["entities"], version: 29,
    summary: "Link people, places and organizations (Arabic and English) to a Wikidata-keyed knowledge base",
    consumes: [.role(.boilerplate)],
    produces: ["PERSON", "LOCATION", "ORGANIZATION", "DEMONYM", "MISC"].map {
      ProducedLabel($0, role: .linkedEntity, attributes: ["name", "name_ar", "confidence", "evidence", "title", "nil"])
    },
    examples: [
      StageExample(
        "وصل الوفد إلى دمشق لبحث ملف الطاقة.",
        expected: [ExpectedAnnotation("LOCATION", text: "دمشق", value: "Q3766")]),
      StageExample(
        "The delegation arrived in Damascus to discuss energy.",
        expected: [ExpectedAnnotation("LOCATION", text: "Damascus", value: "Q3766")]),
    ])

  private let configuration: Configuration
  private let lazyLinker: LazyLinker

  /// The linker over the configured knowledge base, built on first use.
  public var linker: EntityLinker { get throws { try lazyLinker.value } }

  public init(configuration: Configuration, context: StageContext) throws {
    self.configuration = configuration
    // The knowledge bases are read and checksummed here (the cache key needs them, and a
    // broken file should stop the run before it starts), but the built-in one is decoded and
    // indexed only when a document needs linking: a run whose results are all cached never
    // pays for it.
    var builtInData: Data?
    if configuration.kbMode == .merge {
      let data = try KnowledgeBase.builtInData()
      context.record(data, named: "builtin_kb.jsonl")
      builtInData = data
    }
    var fileEntities: [KnowledgeBaseEntity] = []
    if let path = configuration.kb {
      let url = context.resolve(path)
      let file = try KnowledgeBaseFile(readingFrom: url)
      context.record(Data(try file.checksumMaterial().utf8), named: "kb:" + url.lastPathComponent)
      fileEntities = try file.allEntities()
    }
    let options = EntityLinker.Options(demonyms: configuration.demonyms, nilMentions: configuration.nilMentions)
    // The tagger's bytes enter the cache key; they are decoded with the knowledge base, on
    // first use.
    var taggerData: Data?
    switch configuration.tagger {
    case "none":
      break
    case "":
      let data = try EntityTaggerModel.shippedModelData()
      context.record(data, named: EntityTaggerModel.shippedModelName)
      taggerData = data
    default:
      let url = context.resolve(configuration.tagger)
      do {
        taggerData = try Data(contentsOf: url)
      } catch {
        throw ConfigurationError.invalid(
          field: "tagger", message: "cannot read \(url.path): \(error.localizedDescription)")
      }
      do {
        _ = try EntityTaggerModel(data: taggerData!)
      } catch {
        throw ConfigurationError.invalid(field: "tagger", message: "\(url.path): \(error)")
      }
      context.record(taggerData!, named: "tagger:" + url.lastPathComponent)
    }
    if let builtInData, configuration.kb == nil {
      // The built-in knowledge base alone: one linker per process for these options and model
      // (evaluate and the tests build many stages; decoding and indexing is the costly part).
      self.lazyLinker = SharedBuiltInLinkers.shared.linker(
        for: SharedBuiltInLinkers.Key(options: options, builtIn: builtInData, tagger: taggerData))
      return
    }
    self.lazyLinker = LazyLinker { [builtInData, fileEntities, taggerData] in
      var knowledgeBase = KnowledgeBase()
      if let builtInData {
        knowledgeBase = KnowledgeBase(try KnowledgeBase.decodeJSONLines(builtInData))
      }
      knowledgeBase.merge(fileEntities)
      let tagger = try taggerData.map(EntityTaggerModel.init(data:))
      return EntityLinker(knowledgeBase: knowledgeBase, options: options, tagger: tagger)
    }
  }

  public func analyze(_ document: Document, inputs: StageInputs) throws -> [Annotation] {
    let (mentions, tokenized) = try linker.linkedMentions(in: document.text)
    guard !mentions.isEmpty else { return [] }
    let boilerplate = inputs.boilerplate
    let types = Set(configuration.types)
    return mentions.compactMap { mention in
      guard types.isEmpty || types.contains(mention.label), mention.confidence >= configuration.minConfidence,
        !boilerplate.contains(where: { $0.overlaps(mention.start..<mention.end) })
      else { return nil }
      return Annotation(
        start: mention.start, end: mention.end, text: tokenized.text(scalarsFrom: mention.start, to: mention.end),
        label: mention.label, value: mention.id,
        attributes: Self.attributes(of: mention))
    }
  }

  static func attributes(of mention: LinkedMention) -> [String: JSONValue] {
    var attributes: [String: JSONValue] = [
      "name": .string(mention.nameEnglish),
      "name_ar": .string(mention.nameArabic),
      "confidence": .double(mention.confidence),
      "evidence": .array(mention.evidence.map(JSONValue.string)),
    ]
    if let title = mention.title { attributes["title"] = .string(title) }
    if mention.isNil { attributes["nil"] = .bool(true) }
    return attributes
  }
}
