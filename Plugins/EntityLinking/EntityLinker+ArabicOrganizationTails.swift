extension EntityLinker {
  /// Arabic organizations whose names are common words, as news writes them:
  /// - a NIL organization opened by a head word (حركة، حزب، منظمة، الشركة ...) that the tagger
  ///   ended before the words finishing its name: a coordinated noun with the article (حركة
  ///   العدل والمساواة، منظمة الأمن والتعاون) after a noun that is no nisba, or a sector word
  ///   with لل (حزب التجمع اليمني للإصلاح، الشركة التونسية للكهرباء والغاز);
  /// - a government named by its programme, حكومة + a noun with the article + a nisba with the
  ///   article (حكومة الوحدة الوطنية، حكومة الإنقاذ الوطني), which the tagger leaves out: حكومة
  ///   is no head word of its features. A nisba that is a nationality the knowledge base holds
  ///   (حكومة الاحتلال الإسرائيلي) is no programme; a club word before it (الوحدة) is not read
  ///   as the club.
  /// Costs nothing on other text: NIL organizations are read from their first token's hash,
  /// and a government only where the token's cue class (already computed) says title link.
  func arabicOrganizationTails(
    _ mentions: [LinkedMention], in text: TokenizedText, occurrences: [Occurrence]
  ) -> [LinkedMention] {
    var result = mentions
    var starts: Set<Int>?
    var demonyms: Set<Int>?
    for number in result.indices where result[number].label == "ORGANIZATION" && result[number].isNil {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard !tokens.isEmpty, !text.tokens[tokens.lowerBound].isLatin else { continue }
      guard Self.nameHeads.contains(text.tokens[tokens.lowerBound].hash) else {
        // A company's proper name with its country's adjective (رينو الفرنسية، إيني الإيطالية):
        // the adjective says where the firm is from and is no part of its name.
        guard tokens.count >= 2, !CueWords.hasArticle(tokens.lowerBound, in: text),
          CueWords.hasArticle(tokens.upperBound - 1, in: text)
        else { continue }
        guard demonymTokens(&demonyms, occurrences: occurrences).contains(tokens.upperBound - 1) else { continue }
        let start = result[number].start
        result[number] = nilMention(
          tokens: tokens.lowerBound..<(tokens.upperBound - 1), type: "ORGANIZATION",
          evidence: "nil:without-nationality",
          in: text)
        result[number].start = start
        result[number].nameArabic = text.text(scalarsFrom: start, to: result[number].end)
        result[number].id = NilMentionFinder.clusterID(
          name: NameFolding.fold(result[number].nameArabic), type: "ORGANIZATION")
        continue
      }
      if starts == nil { starts = Set(result.map(\.start)) }
      var end = tokens.upperBound
      var tookSector = false
      while end < text.tokens.count, end - tokens.upperBound < 3, text.tokens[end].joinsPrevious,
        !text.tokens[end].isLatin, !starts!.contains(Int(text.tokens[end].start))
      {
        let scalars = text.foldedScalars(end)
        let first = scalars.startIndex
        if !tookSector, scalars.count >= 5, scalars[first] == 0x0644, scalars[first + 1] == 0x0644,
          Self.sectorWords.contains(text.tokens[end].hash), CueWords.hasArticle(end - 1, in: text)
        {
          tookSector = true
        } else if scalars.count >= 6, scalars[first] == 0x0648, scalars[first + 1] == 0x0627,
          scalars[first + 2] == 0x0644, !Self.isNisba(text.foldedScalars(end - 1)),
          CueWords.hasArticle(end - 1, in: text),
          !Self.nameHeads.contains(TokenizedText.hash(scalars.dropFirst())),
          !Self.institutions.contains(TokenizedText.hash(scalars.dropFirst()))
        {
          // و + a noun with the article after a noun with the article: one name.
        } else if CueWords.hasArticle(end, in: text), Self.isNisba(scalars),
          Self.isConjoinedWithArticle(text.foldedScalars(end - 1)),
          !demonymTokens(&demonyms, occurrences: occurrences).contains(end)
        {
          // The adjective of a name ending in a conjoined noun (وزارة الطاقة والثروة المعدنية),
          // not a country's adjective (حزب العدالة والتنمية التركي, which the files leave out).
        } else {
          break
        }
        end += 1
      }
      guard end > tokens.upperBound else { continue }
      result[number] = nilMention(
        tokens: tokens.lowerBound..<end, type: "ORGANIZATION", evidence: "nil:organization-tail", in: text)
      let start = mentions[number].start
      result[number].start = start
      result[number].nameArabic = text.text(scalarsFrom: start, to: result[number].end)
      result[number].id = NilMentionFinder.clusterID(
        name: NameFolding.fold(result[number].nameArabic), type: "ORGANIZATION")
    }
    return partiesByProgramme(
      governmentsByProgramme(organizationsEndingInSectorWords(result, in: text), in: text, occurrences: occurrences),
      in: text)
  }

  /// A head word, up to two words with the article (or a place the knowledge base linked) and a
  /// sector word with لل: a company's or agency's name of common words the tagger did not read
  /// (الوكالة الموريتانية للأنباء، جهاز أبوظبي للاستثمار، الشركة الوطنية للصناعة والمناجم), with
  /// a coordinated sector noun after it. Asked of a token only when it starts with لل.
  private func organizationsEndingInSectorWords(_ mentions: [LinkedMention], in text: TokenizedText)
    -> [LinkedMention]
  {
    var result = mentions
    var removed = Set<Int>()
    for position in 2..<max(2, text.tokens.count) {
      let token = text.tokens[position]
      guard token.foldedEnd - token.foldedStart >= 5, text.folded[Int(token.foldedStart)] == 0x0644,
        token.joinsPrevious, !token.isLatin
      else { continue }
      // A sector word with لل (للأنباء), or a purpose noun with ل and its noun with the article
      // (لحماية البيئة، لمكافحة الفساد).
      // Most words with ل are neither: the bit filter answers them without the sets' hasher.
      guard Self.sectorOrPurposeBits.mayContain(token.hash) else { continue }
      let isSector = text.folded[Int(token.foldedStart) + 1] == 0x0644 && Self.sectorWords.contains(token.hash)
      let isPurpose =
        !isSector && position + 1 < text.tokens.count && Self.purposeNouns.contains(token.hash)
        && text.tokens[position + 1].joinsPrevious && CueWords.hasArticle(position + 1, in: text)
      guard isSector || isPurpose else { continue }
      var head = position - 1
      while head > position - 3, !Self.nameHeads.contains(text.tokens[head].hash), text.tokens[head].joinsPrevious {
        head -= 1
      }
      guard Self.nameHeads.contains(text.tokens[head].hash), head < position - 1 else { continue }
      // Before a purpose noun, only the name's adjectives stand between (الهيئة الوطنية لحماية
      // ...), not the verb's object (دعت الوزارة المواطنين لحماية ...).
      if isPurpose,
        !((head + 1)..<position).allSatisfy({
          Self.isNisba(text.foldedScalars($0)) || Self.rankAdjectives.contains(text.tokens[$0].hash)
        })
      {
        continue
      }
      let start = Int(text.tokens[head].start)
      var endToken = position + (isPurpose ? 2 : 1)
      if endToken < text.tokens.count, text.tokens[endToken].joinsPrevious, !text.tokens[endToken].isLatin {
        let scalars = text.foldedScalars(endToken)
        if scalars.count >= 6, scalars[scalars.startIndex] == 0x0648, scalars[scalars.startIndex + 1] == 0x0627,
          scalars[scalars.startIndex + 2] == 0x0644,
          !Self.institutions.contains(TokenizedText.hash(scalars.dropFirst())),
          !Self.nameHeads.contains(TokenizedText.hash(scalars.dropFirst()))
        {
          endToken += 1
        }
      }
      let end = Int(text.tokens[endToken - 1].end)
      // Words between are the name's: with the article, or a place linked by name.
      var inside: [Int] = []
      var fits = true
      for word in (head + 1)..<position where !CueWords.hasArticle(word, in: text) {
        guard
          let covering = result.indices.first(where: {
            result[$0].label == "LOCATION" && result[$0].start <= Int(text.tokens[word].start)
              && Int(text.tokens[word].end) <= result[$0].end
          })
        else {
          fits = false
          break
        }
        inside.append(covering)
      }
      guard fits else { continue }
      let overlapping = result.indices.filter {
        !removed.contains($0) && result[$0].start < end && start < result[$0].end
      }
      // A longer name over the words stays; mentions inside the name give way to it.
      guard
        overlapping.allSatisfy({
          result[$0].start >= start && result[$0].end <= end
            && (result[$0].isNil || result[$0].label == "LOCATION" || inside.contains($0))
        })
      else { continue }
      removed.formUnion(overlapping)
      result.append(
        nilMention(tokens: head..<endToken, type: "ORGANIZATION", evidence: "nil:sector-name", in: text))
    }
    if removed.isEmpty { return result }
    return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  private func governmentsByProgramme(
    _ mentions: [LinkedMention], in text: TokenizedText, occurrences: [Occurrence]
  ) -> [LinkedMention] {
    var result = mentions
    let count = text.tokens.count
    var position = 0
    while position + 2 < count {
      defer { position += 1 }
      guard cues.contains(cues.titleLinks, token: position, in: text), !text.tokens[position].isLatin else {
        continue
      }
      let scalars = text.foldedScalars(position)
      let proclitic = scalars.count - 5
      guard proclitic >= 0, proclitic <= 2, TokenizedText.hash(scalars.dropFirst(proclitic)) == Self.government,
        text.tokens[position + 1].joinsPrevious, text.tokens[position + 2].joinsPrevious,
        CueWords.hasArticle(position + 1, in: text), CueWords.hasArticle(position + 2, in: text),
        !Self.isNisba(text.foldedScalars(position + 1)), Self.isNisba(text.foldedScalars(position + 2)),
        !cues.contains(cues.titles | cues.titleLinks, token: position + 1, in: text),
        // "حكومة البلاد الحالية" is the country's present government, no programme's name.
        !Self.notProgrammes.contains(text.tokens[position + 1].hash),
        !Self.notProgrammes.contains(text.tokens[position + 2].hash)
      else { continue }
      let start = Int(text.foldedOffsets[Int(text.tokens[position].foldedStart) + proclitic])
      let end = Int(text.tokens[position + 2].end)
      guard !result.contains(where: { $0.start < end && start < $0.end }),
        !occurrences.contains(where: {
          $0.match.firstToken == position + 2
            && index.lists[Int($0.match.list)].contains(where: { $0.kind == .demonym })
        })
      else { continue }
      var mention = nilMention(
        tokens: position..<(position + 3), type: "ORGANIZATION", evidence: "nil:government-name", in: text)
      mention.start = start
      mention.nameArabic = text.text(scalarsFrom: start, to: end)
      mention.id = NilMentionFinder.clusterID(name: NameFolding.fold(mention.nameArabic), type: "ORGANIZATION")
      result.append(mention)
      position += 2
    }
    return result
  }

  /// A party or front named by its programme, head without the article + a noun with the
  /// article + a nisba with the article (جبهة العمل الإسلامي، حزب التجمع الوطني), the tagger
  /// having missed it or stopped short; after كتلة (a parliamentary bloc) حركة opens one too.
  /// The head stays in the span, as the gold files write descriptive names; a bloc word before
  /// it stays out. A linked mention over the words is left alone. Asked of a token only when
  /// its length fits a head.
  private func partiesByProgramme(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    let count = text.tokens.count
    var position = 0
    while position + 2 < count {
      defer { position += 1 }
      let token = text.tokens[position]
      let length = token.foldedEnd - token.foldedStart
      guard length >= 3, length <= 6, !token.isLatin else { continue }
      guard Self.headBits.mayContain(token.hash) else { continue }
      let isHead =
        Self.partyHeads.contains(token.hash)
        || (Self.movementHeads.contains(token.hash) && position > 0 && Self.isWord(position - 1, in: Self.blocs, text))
      guard isHead, text.tokens[position + 1].joinsPrevious, text.tokens[position + 2].joinsPrevious,
        CueWords.hasArticle(position + 1, in: text), CueWords.hasArticle(position + 2, in: text),
        !Self.isNisba(text.foldedScalars(position + 1)), Self.isNisba(text.foldedScalars(position + 2))
      else { continue }
      // A proclitic (و، ب، ل) before the head stays outside the name.
      let scalars = text.foldedScalars(position)
      let proclitic =
        scalars.count > 3 && [0x0648, 0x0628, 0x0644].contains(scalars[scalars.startIndex])
          && (Self.partyHeads.contains(TokenizedText.hash(scalars.dropFirst()))
            || Self.movementHeads.contains(TokenizedText.hash(scalars.dropFirst())))
        ? 1 : 0
      let start = Int(text.foldedOffsets[Int(token.foldedStart) + proclitic])
      let end = Int(text.tokens[position + 2].end)
      let overlapping = result.indices.filter { result[$0].start < end && start < result[$0].end }
      guard overlapping.allSatisfy({ result[$0].isNil && result[$0].start >= start && result[$0].end <= end }) else {
        continue
      }
      var mention = nilMention(
        tokens: position..<(position + 3), type: "ORGANIZATION", evidence: "nil:party-name", in: text)
      mention.start = start
      mention.nameArabic = text.text(scalarsFrom: start, to: end)
      mention.id = NilMentionFinder.clusterID(name: NameFolding.fold(mention.nameArabic), type: "ORGANIZATION")
      if !overlapping.isEmpty {
        let removed = Set(overlapping)
        result = result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
      }
      result.append(mention)
      position += 2
    }
    return result
  }

  /// Party and front heads without the article, bare or with a proclitic.
  private static let partyHeads = NonNameWords.hashes("جبهة حزب تيار وجبهة وحزب وتيار لحزب لجبهة بحزب بجبهة")
  /// حركة, a party's head after a bloc word only: alone it is as often traffic or movement.
  private static let movementHeads = NonNameWords.hashes("حركة وحركة")
  /// Party and movement heads, told apart from most tokens without the sets' hasher.
  private static let headBits = HashBitFilter(partyHeads.union(movementHeads))
  /// Sector words and purpose nouns, told apart from most words with ل without the sets' hasher.
  private static let sectorOrPurposeBits = HashBitFilter(sectorWords.union(purposeNouns))
  /// A parliamentary bloc before a party's name.
  private static let blocs = NonNameWords.hashes("كتلة نواب")
  /// Purpose nouns with ل that end agencies' and societies' names before their object
  /// (الهيئة الوطنية لحماية البيئة، الجمعية التونسية لمكافحة السرطان).
  private static let purposeNouns = NonNameWords.hashes(
    """
    لحماية لمكافحة لتنمية لتطوير لرعاية لدعم لتشجيع لتنظيم لتحرير لإدارة لمراقبة لتحسين لحقوق لشؤون
    لتأهيل لتعزيز لضمان لترقية لمحاربة لمناهضة لإنقاذ لتمويل لحفظ لصيانة
    """)
  /// Rank adjectives between such a head and its purpose noun (الهيئة العليا لمكافحة الفساد).
  private static let rankAdjectives = NonNameWords.hashes("العليا الأعلى العامة العام المستقلة المستقل")

  /// A folded word that ends as a nisba adjective: ـي or ـية (folded ـيه).
  /// The tokens that are a one-word nationality adjective the knowledge base holds, found once.
  private func demonymTokens(_ demonyms: inout Set<Int>?, occurrences: [Occurrence]) -> Set<Int> {
    if let demonyms { return demonyms }
    let found = Set(
      occurrences.filter {
        $0.match.endToken - $0.match.firstToken == 1
          && index.lists[Int($0.match.list)].contains { $0.kind == .demonym }
      }.map(\.match.firstToken))
    demonyms = found
    return found
  }

  /// Whether the word is و + a noun with the article (والثروة).
  private static func isConjoinedWithArticle(_ scalars: ArraySlice<UInt32>) -> Bool {
    let first = scalars.startIndex
    return scalars.count >= 6 && scalars[first] == 0x0648 && scalars[first + 1] == 0x0627
      && scalars[first + 2] == 0x0644
  }

  private static func isNisba(_ scalars: ArraySlice<UInt32>) -> Bool {
    guard let last = scalars.last, scalars.count >= 4 else { return false }
    return last == 0x064A || (last == 0x0647 && scalars[scalars.endIndex - 2] == 0x064A)
  }

  /// Words of time and order, and "the country", after حكومة: which government, not its name.
  private static let notProgrammes = NonNameWords.hashes(
    "البلاد الحالية الحالي الماضية الماضي السابقة الثانية الثاني الثالثة الأولى المقبلة القادمة")
  private static let government = TokenizedText.hash(NameFolding.fold("حكومة").unicodeScalars.map(\.value))
  /// Heads that open an organization's name of common words, with and without the article.
  private static let nameHeads = NonNameWords.hashes(
    """
    وزارة الوزارة حركة الحركة حزب الحزب منظمة المنظمة شركة الشركة مؤسسة المؤسسة جمعية الجمعية جبهة الجبهة هيئة الهيئة
    مجلس المجلس رابطة الرابطة نقابة النقابة اتحاد الاتحاد وكالة الوكالة جهاز الجهاز صندوق الصندوق مركز المركز
    معهد المعهد لجنة اللجنة مفوضية المفوضية تحالف التحالف ائتلاف الائتلاف تجمع التجمع منتدى المنتدى
    مكتب المكتب مجمع المجمع
    """)
  /// Institutions that follow an organization's name with و as another actor (حزب الأمة
  /// والحكومة), without the و.
  private static let institutions = NonNameWords.hashes(
    """
    الحكومة المعارضة الجيش الشرطة البرلمان الرئاسة السلطة الوزارة الدولة الشعب النقابات الأحزاب الفصائل
    القوات الأمن الشركات البنوك المصارف الوزراء المجلس الرئيس النظام الحكومات الجماعات الحركات المنظمات
    التكتل التيار الكتلة السفارة القضاء
    """)
  /// Sector and purpose words that end the names of companies, agencies and parties (للأنباء،
  /// للكهرباء، للإصلاح), with the article after لل.
  private static let sectorWords = NonNameWords.hashes(
    """
    للأنباء للتنمية للاستثمار للإصلاح للشغل للنفط للبترول للغاز للكهرباء للطاقة للتأمين للاتصالات للصناعة
    للإنشاء للتعمير للإعمار للسياحة للطيران للملاحة للتعدين للمناجم للحديد للصلب للإسمنت للتجارة للعقارات
    للتطوير للثقافة للعلوم للتربية للإغاثة للاجئين للدراسات للأبحاث للبحوث للإحصاء للانتخابات للاتصال
    للإعلام للصحافة للطفولة للسكان للتغذية للأغذية للزراعة للمياه للنقل للموانئ للشحن للأدوية للصحة
    للتعليم للتكنولوجيا للبنوك للمصارف للأسمدة للكيماويات للبتروكيماويات للتموين للتخطيط للمحاسبات
    للفوسفات للفوسفاط للمصافي
    """)
}
