/// Words around a name that tell what it is: titles and roles before a person, type words
/// before an organization or a place, and the function words that are never part of a name.
///
/// The sets hold hashes of folded words, so a token (or its form without proclitics) is
/// looked up without building a string.
struct CueWords: Sendable {
  /// Titles and roles (الرئيس، وزير، المتحدثة): cues and attributes of a person, not entities.
  let titles: UInt8 = 1
  /// Words that may stand between a title and the name (باسم، وزارة، الوزراء); words with the
  /// article (الروسي، الخارجية) are allowed as well.
  let titleLinks: UInt8 = 2
  let organizationCues: UInt8 = 4
  let locationCues: UInt8 = 8
  /// Function words and common adverbs: a NIL name never starts or continues with one.
  let stopwords: UInt8 = 16
  /// Particles that end in ا but are not indefinite accusative nouns (كما، إذا، لذا).
  let alifParticles: UInt8 = 32

  /// The classes of each cue word, by the hash of its folded form (`HashProbeTable`: the
  /// stopwords are among the commonest words, and a `Dictionary` hashed each one again).
  private let classesByHash: HashProbeTable
  /// A bit per hash bucket, so that most tokens are answered without a table probe.
  private let filter: [UInt64]
  private static let filterBits = 1 << 16

  static let arabicTitles = """
    الرئيس رئيس الرئيسان رئيسة الرئيسة نائب النائب وزير وزيرة وزيري الوزير الوزيرة المتحدث المتحدثة متحدث متحدثة
    الناطق الناطقة ناطق السفير سفير السفيرة الملك الملكة الأمير أمير الأميرة الشيخ الشيخة اللواء العميد العقيد
    الجنرال العماد المشير المبعوث مبعوث الأمين أمين زعيم الزعيم قائد القائد ولي المستشار مستشار الحاكم حاكم
    المرشد السيد السيدة الدكتور الدكتورة المدير مدير مديرة المديرة المندوب مندوب النائبة محافظ المحافظ
    president minister spokesman spokeswoman ambassador king prince sheikh general envoy secretary chancellor
    mr mrs ms dr
    """
  static let arabicTitleLinks = """
    باسم وزارة رئيس وزير الوزراء شؤون لشؤون مجلس الدولة للشؤون لدى العام العامة حكومة
    """
  static let arabicOrganizationCues = """
    وكالة وكالات قناة صحيفة موقع شركة شركات مجموعة منظمة شبكة تلفزيون إذاعة مجلة جريدة حزب حركة جمعية مؤسسة بنك مصرف
    جامعة هيئة
    agency company newspaper channel
    """
  static let arabicLocationCues = """
    مدينة بلدة قرية محافظة ولاية العاصمة عاصمة ميناء مرفأ نهر منطقة إقليم ريف مطار قاعدة جزيرة مدن أرياف
    city town province port river
    """
  static let arabicStopwords = """
    في من إلى الى على عن مع أن إن ان كان كانت قد لم لن ما لا هذا هذه ذلك تلك التي الذي الذين أيضا أيضاً ايضا ثم أو او
    بعد قبل عند حول خلال بين كل غير منذ حتى وقد وفي فقد لقد هو هي هم نحن كما إذ إذا لكن بل أي أمام وراء ضد نحو لدى
    حيث بينما عندما أمس اليوم غدا غداً يوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت إلا أنه أنها إنه إنها
    سوف بأن وأن بما مما فيما فيها فيه منها منه عليه عليها إليه إليها كذلك جدا جداً فقط حاليا حالياً سابقا سابقاً
    الذى هنا هناك
    """
  static let arabicAlifParticles = """
    كما إذا اذا لذا هنا ما لما مما ربما بينما عندما حينما كلما طالما أما اما إما هذا ذا لا يا أيضا ايضا حاليا سابقا جدا
    معا غدا أبدا دائما مثلا فورا تماما أحيانا كثيرا قليلا
    """

  init() {
    var classes: [UInt64: UInt8] = [:]
    var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
    let lists: [(String, UInt8)] = [
      (Self.arabicTitles, titles), (Self.arabicTitleLinks, titleLinks), (Self.arabicOrganizationCues, organizationCues),
      (Self.arabicLocationCues, locationCues), (Self.arabicStopwords, stopwords),
      (Self.arabicAlifParticles, alifParticles),
    ]
    for (words, bit) in lists {
      for word in words.split(whereSeparator: \.isWhitespace) {
        let hash = TokenizedText.hash(NameFolding.fold(String(word)).unicodeScalars.map(\.value))
        classes[hash, default: 0] |= bit
        let bucket = Int(truncatingIfNeeded: hash >> 40) & (Self.filterBits - 1)
        filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
      }
    }
    classesByHash = HashProbeTable(classes.mapValues(UInt32.init))
    self.filter = filter
  }

  /// Stores in the text the cue classes of every token (as written or without its proclitics)
  /// and the clitic-stripped hashes they were found with, which `AliasIndex.longestMatch` and the
  /// rules read again: computed once per token and document.
  func classify(_ text: inout TokenizedText) {
    let count = text.tokens.count
    var result = [UInt8](repeating: 0, count: count)
    var allVariants = [AliasIndex.Variants](repeating: AliasIndex.Variants(), count: count)
    for position in 0..<count {
      var classes: UInt8 = 0
      let variants = AliasIndex.computedCliticVariants(of: position, in: text)
      _ = variants.contains { hash in
        let bucket = Int(truncatingIfNeeded: hash >> 40) & (Self.filterBits - 1)
        if filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0, let found = classesByHash[hash] {
          classes |= UInt8(truncatingIfNeeded: found)
        }
        return false
      }
      result[position] = classes
      allVariants[position] = variants
    }
    text.cueClasses = result
    text.cliticVariants = allVariants
  }

  /// Whether the token, as written or without its proclitics, is in the class.
  @inline(__always)
  func contains(_ kind: UInt8, token position: Int, in text: TokenizedText) -> Bool {
    text.cueClasses[position] & kind != 0
  }

  /// Whether a folded Arabic token starts with the article ال (after و ف ب ل ك).
  static func hasArticle(_ position: Int, in text: TokenizedText) -> Bool {
    let scalars = text.foldedScalars(position)
    var index = scalars.startIndex
    if index < scalars.endIndex, scalars[index] == 0x0648 || scalars[index] == 0x0641 { index += 1 }
    if index < scalars.endIndex, scalars[index] == 0x0628 || scalars[index] == 0x0643 { index += 1 }
    if index + 1 < scalars.endIndex, scalars[index] == 0x0644, scalars[index + 1] == 0x0644 { return true }
    if index < scalars.endIndex, scalars[index] == 0x0644, index + 2 < scalars.endIndex, scalars[index + 1] == 0x0627,
      scalars[index + 2] == 0x0644
    {
      return true
    }
    // Two letters at least after ال: إلى and إلا (folded الى، الا) have none.
    return index + 3 < scalars.endIndex && scalars[index] == 0x0627 && scalars[index + 1] == 0x0644
  }

  /// A title as it should read in the `title` attribute: without the proclitics glued to its
  /// first word when the article follows them (بالرئيس الروسي → الرئيس الروسي).
  static func withoutProclitics(_ title: String) -> String {
    let scalars = Array(title.unicodeScalars)
    var index = 0
    while index < 2, index < scalars.count, "وفبلك".unicodeScalars.contains(scalars[index]) { index += 1 }
    guard index > 0, index + 1 < scalars.count, scalars[index] == "ا", scalars[index + 1] == "ل" else { return title }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[index...])
    return String(view)
  }
}
