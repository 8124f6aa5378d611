/// A mention found in a document: a linked knowledge-base entity, a NIL name with a type
/// guess, or a demonym linked to its country.
public struct LinkedMention: Hashable, Sendable {
  /// Scalar offsets into the original text, end exclusive.
  public var start: Int
  public var end: Int
  /// PERSON, LOCATION, ORGANIZATION, ... or DEMONYM.
  public var label: String
  /// The knowledge-base id, or a `nil:` cluster id for a name that is not in it.
  public var id: String
  public var nameEnglish: String
  public var nameArabic: String
  public var confidence: Double
  /// What the decision rests on: `alias`, `prior`, `discourse`, `title:الرئيس الروسي`,
  /// `cue:وكالة`, `related:Q858`, `nil:title`, `nil:quote`, `nil:latin-capitals`.
  public var evidence: [String]
  /// The title or role before a person's name (`الرئيس الروسي`).
  public var title: String?
  public var isNil: Bool
}
