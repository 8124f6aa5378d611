extension EntityLinker {
  /// An organization that speaks to someone (أوضحت وزارة المالية للصحافيين، أعلنت هيئة الرقابة
  /// المالية للمستثمرين): the tagger runs the name on over the listeners, a noun of people with
  /// لل, which no name ends with. Such a last word is cut from an Arabic organization of three
  /// words or more; the name keeps its link or NIL cluster of the shorter words. A body of members
  /// keeps it (الاتحاد الوطني للطلاب، النقابة الوطنية للصحفيين): its members are part of its name.
  /// Asked once per organization, not per token.
  func arabicOrganizationsWithoutAudience(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var result = mentions
    for number in result.indices where result[number].label == "ORGANIZATION" {
      let tokens = text.tokens(within: result[number].start, result[number].end)
      guard tokens.count >= 3, !text.tokens[tokens.lowerBound].isLatin,
        Self.audienceWords.contains(text.tokens[tokens.upperBound - 1].hash),
        !Self.isWord(tokens.lowerBound, in: Self.membershipHeads, text)
      else { continue }
      let start = result[number].start
      var shorter = nilMention(
        tokens: tokens.lowerBound..<(tokens.upperBound - 1), type: "ORGANIZATION", evidence: "nil:without-audience",
        in: text)
      if result[number].isNil {
        shorter.start = start
        shorter.nameArabic = text.text(scalarsFrom: start, to: shorter.end)
        shorter.id = NilMentionFinder.clusterID(
          name: PartialNameCoreference.words(of: shorter.nameArabic).joined(separator: " "), type: "ORGANIZATION")
        result[number] = shorter
      } else {
        result[number].end = shorter.end
      }
    }
    return result
  }

  /// Listeners an organization speaks to, with لل: journalists, investors, citizens, reporters.
  private static let audienceWords = NonNameWords.hashes(
    """
    للصحافيين للصحفيين للصحافيات للصحفيات للمستثمرين للمواطنين للمراسلين للإعلاميين للنواب للمتعاملين
    للعملاء للمسافرين للسكان للمزارعين للتجار للطلاب
    """)

  /// Heads of bodies named after their members (unions, syndicates, associations, leagues).
  private static let membershipHeads = NonNameWords.hashes(
    "اتحاد الاتحاد نقابة النقابة جمعية الجمعية رابطة الرابطة تجمع التجمع منظمة المنظمة")
}
