/// Words that head an organization's name: وزارة الخارجية, حزب الشعب, نادي الزمالك, University
/// of Texas, Ministry of Defence (and the English ones that close a name: Acme Inc, Labour
/// Party). A feature of the entity tagger: how far back the nearest such word stands, so that
/// the words it governs read as an organization's name even when they are new (the tuning fold
/// chose this over the distance to a head after the token).
struct OrganizationHeadWords: Sendable {
  static let arabic = """
    وزارة وزارات شركة حزب نادي جامعة منظمة مجلس اتحاد هيئة وكالة جمعية مؤسسة بنك مصرف مجموعة حركة جبهة لجنة محكمة
    صحيفة قناة جيش مركز معهد رابطة نقابة تحالف ائتلاف اكاديمية كلية مستشفى برلمان مفوضية سلطة ديوان دائرة صندوق
    منتخب فريق شبكة اذاعة تلفزيون مجلة جريدة مصنع بورصة
    """
  static let english = """
    inc corp corporation co ltd llc plc group party university college fc club association council ministry
    department agency bank institute committee union federation company airlines airways times news post
    commission authority court army league foundation society organization organisation network channel motors
    holdings partners bureau
    """

  private let hashes: Set<UInt64>
  /// One bit per hash's low 16 bits: nearly every token is answered without hashing its key
  /// again for the set.
  private let bits: [UInt64]

  init() {
    var hashes = Set<UInt64>()
    var bits = [UInt64](repeating: 0, count: 1 << 10)
    for word in (Self.arabic + " " + Self.english).split(whereSeparator: \.isWhitespace) {
      let hash = TokenizedText.hash(NameFolding.fold(String(word)).unicodeScalars.map(\.value))
      hashes.insert(hash)
      bits[Int(hash & 0xFFFF) >> 6] |= 1 << (hash & 63)
    }
    self.hashes = hashes
    self.bits = bits
  }

  static let shipped = OrganizationHeadWords()

  /// Whether a word (its hash as written, without the article, or without a proclitic) heads
  /// an organization's name.
  @inline(__always)
  func contains(word: UInt64, stem: UInt64, unclitic: UInt64) -> Bool {
    contains(word) || contains(stem) || contains(unclitic)
  }

  @inline(__always)
  private func contains(_ hash: UInt64) -> Bool {
    bits[Int(hash & 0xFFFF) >> 6] & (1 << (hash & 63)) != 0 && hashes.contains(hash)
  }
}
