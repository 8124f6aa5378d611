/// The folds a `TextNormalizer` applies, each one independent of the others.
///
/// Every fold maps one original scalar to zero, one or (for `compatibility`) several
/// normalized scalars, so a normalized position always maps back to an original one.
public struct NormalizationFolds: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32

  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Unicode compatibility mapping (NFKC) scalar by scalar: presentation forms (ﻻ → لا,
  /// ﷲ → الله), full-width letters and digits, ligatures (ﬁ → fi), no-break and other spaces.
  /// Canonical composition across scalars is not performed.
  public static let compatibility = NormalizationFolds(rawValue: 1 << 0)
  /// Removes Arabic diacritics (tashkeel: fatha, damma, kasra, tanwin, shadda, sukun, dagger
  /// alef, Quranic marks). Removed marks count as part of the letter they follow.
  public static let tashkeel = NormalizationFolds(rawValue: 1 << 1)
  /// Removes tatweel (ـ, U+0640), the stretching character.
  public static let tatweel = NormalizationFolds(rawValue: 1 << 2)
  /// أ إ آ ٱ ٲ ٳ → ا.
  public static let alef = NormalizationFolds(rawValue: 1 << 3)
  /// ى (alef maqsura) → ي.
  public static let alefMaqsura = NormalizationFolds(rawValue: 1 << 4)
  /// ة (ta marbuta) → ه.
  public static let taMarbuta = NormalizationFolds(rawValue: 1 << 5)
  /// Hamza on a carrier to the bare carrier: ؤ → و, ئ → ي.
  public static let hamzaCarriers = NormalizationFolds(rawValue: 1 << 6)
  /// Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII; ٫ → `.` and ٬ → `,`.
  public static let digits = NormalizationFolds(rawValue: 1 << 7)
  /// Arabic punctuation → ASCII: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`, ۔ → `.`.
  public static let punctuation = NormalizationFolds(rawValue: 1 << 8)
  /// Lowercases letters (Latin, Greek, Cyrillic, ...); Arabic has no case.
  public static let caseFolding = NormalizationFolds(rawValue: 1 << 9)
  /// Removes zero-width and bidirectional control characters (U+200B–U+200F, U+202A–U+202E,
  /// U+2060–U+2069, U+061C, U+FEFF, soft hyphen).
  public static let controls = NormalizationFolds(rawValue: 1 << 10)
  /// Persian letter forms to Arabic ones: ک → ك, ی → ي, ۀ → ه.
  public static let persianLetters = NormalizationFolds(rawValue: 1 << 11)

  /// For matching names and terms (entity linking, keywords): folds spelling variants of
  /// the same word, keeps hamza carriers and punctuation as written.
  public static let search: NormalizationFolds = [
    .compatibility, .tashkeel, .tatweel, .alef, .alefMaqsura, .taMarbuta, .digits, .caseFolding,
    .controls, .persianLetters,
  ]
  /// For retrieval, clustering and stemming: every fold.
  public static let retrieval: NormalizationFolds = [
    .search, .hamzaCarriers, .punctuation,
  ]
  /// Only what never changes a word: compatibility forms, tatweel and invisible controls.
  public static let minimal: NormalizationFolds = [.compatibility, .tatweel, .controls]

  /// Every fold with its name as written in stage configurations (`normalize: [alef, digits]`).
  public static let named: [(name: String, fold: NormalizationFolds)] = [
    ("compatibility", .compatibility), ("tashkeel", .tashkeel), ("tatweel", .tatweel),
    ("alef", .alef), ("alef_maqsura", .alefMaqsura), ("ta_marbuta", .taMarbuta),
    ("hamza_carriers", .hamzaCarriers), ("digits", .digits), ("punctuation", .punctuation),
    ("case_folding", .caseFolding), ("controls", .controls), ("persian_letters", .persianLetters),
  ]

  /// The presets by name: `search`, `retrieval`, `minimal`, `none`.
  public static let presets: [String: NormalizationFolds] = [
    "search": .search, "retrieval": .retrieval, "minimal": .minimal, "none": [],
  ]

  /// Folds from names of single folds or presets; nil if a name is unknown.
  public init?(names: [String]) {
    var folds: NormalizationFolds = []
    for name in names {
      if let preset = Self.presets[name] {
        folds.formUnion(preset)
      } else if let fold = Self.named.first(where: { $0.name == name })?.fold {
        folds.formUnion(fold)
      } else {
        return nil
      }
    }
    self = folds
  }

  /// The names of the single folds this set contains, in a fixed order.
  public var names: [String] {
    Self.named.filter { contains($0.fold) }.map(\.name)
  }
}
