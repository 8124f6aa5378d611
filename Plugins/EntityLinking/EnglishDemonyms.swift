/// English words for a nationality or a people ("Spanish", "Spaniard", "Iraqis", "Costa
/// Rican"), and the combining forms that join them ("Franco-German", "Sino-Indian"): MISC
/// names, as the project's gold marks them, never a person, a place or an organization.
///
/// The adjectives are the nationality keys of arwikicats 0.2.3 `nationalities_data.json` (MIT),
/// without the run-together ones (historical peoples such as Prussian or Soviet stay); the
/// nouns that differ from their adjective (Spaniard, Briton, Dane), the regional adjectives and
/// the combining forms are written for Workbench. Words that are as often a given name or
/// another word are left out (Finn, Pole).
enum EnglishDemonyms {
  static let adjectives = """
    abkhaz abkhazian afghan albanian algerian american andorran angolan anguillan antillean argentine armenian aruban
    australasian australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean
    bengali beninese bhutanese bohemian bolivian bosnian botswanan brazilian british bruneian bulgarian burkinabe
    burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian comorian congolese crimean
    croatian cuban cypriot czech czechoslovak danish djiboutian dominican dutch ecuadorian egyptian emirati english
    equatoguinean eritrean estonian ethiopian faroese fijian filipino finnish french gabonese gambian georgian german
    ghanaian gibraltarian greek greenlandic grenadian guamanian guatemalan guinean guyanese haitian honduran hungarian
    icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakhstani
    kenyan korean kosovan kuwaiti kyrgyzstani laotian latvian lebanese liberian libyan lithuanian luxembourgian
    luxembourgish macanese macedonian malagasy malawian malaysian maldivian malian maltese martiniquais mauritanian
    mauritian melanesian mexican moldovan monegasque mongolian montenegrin montserratian moravian moroccan mozambican
    myanmarian namibian nauruan nepalese nicaraguan nigerian nigerien norwegian omani pakistani palauan palestinian
    panamanian paraguayan parthian peruvian philippine polish portuguese prussian qatari rhodesian romanian russian
    rwandan salvadorean sammarinese samoan sasanian scottish senegalese serbian seychellois singaporean slovak
    slovenian somalian soviet spanish sudanese surinamese swazi swedish swiss syrian taiwanese tajikistani tanzanian
    thai timorese togolese tongan tunisian turkish turkmenistani tuvaluan ugandan ukrainian uruguayan uzbekistani
    vanuatuan venezuelan vietnamese welsh yemeni yugoslav zambian zanzibari zimbabwean
    """
  /// Names of two words (folded, joined by a space).
  static let phrases = """
    cape verdean|costa rican|french guianan|new zealander|puerto rican|sierra leonean|sri lankan|south african|
    south korean|north korean|south sudanese|saudi arabian|latin american|bissau guinean
    """
  /// Nouns for a person of a nation that differ from the adjective, and regional and ethnic
  /// adjectives.
  static let nouns = """
    spaniard briton brit scot dane swede turk kurd arab saudi somali kazakh uzbek tajik turkmen kyrgyz serb croat
    slovene bosniak basque catalan african asian european arabian scandinavian nordic balkan kurdish persian
    pashtun baloch chechen ingush ossetian dagestani tatar bashkir circassian azeri frenchman frenchmen dutchman
    dutchmen englishman englishmen irishman irishmen scotsman scotsmen welshman welshmen
    """
  /// The first parts of compounds of nationalities (Franco-German, Anglo-Saxon, Sino-Soviet).
  static let combiningForms = """
    anglo franco sino russo indo afro euro greco italo austro hispano luso judeo turco irano nippo
    """

  /// Folded hashes of the one-word names, and of each with a plural s (Americans, Iraqis,
  /// Spaniards; the words that take none, British or Swiss, are not written with one in text,
  /// so no list of exceptions is needed).
  private static let wordHashes: WordHashSet = {
    let words = (adjectives + " " + nouns).split(whereSeparator: \.isWhitespace)
    return NonNameWords.hashes(words.map { word in "\(word) \(word)s" }.joined(separator: " "))
  }()
  /// Two-word names by the hashes of their two words combined, with the plural of the second.
  private static let phraseHashes: Set<UInt64> = Set(
    phrases.split(separator: "|").flatMap { phrase -> [UInt64] in
      let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
      guard words.count == 2 else { return [] }
      return [words[1], words[1] + "s"].map { pair(hash(words[0]), hash($0)) }
    })
  private static let combiningHashes = NonNameWords.hashes(combiningForms)

  /// Whether the tokens name a nationality or a people, in the singular or the plural
  /// ("Spaniards", "Iraqis", "Costa Ricans").
  static func contains(_ tokens: Range<Int>, in text: TokenizedText) -> Bool {
    switch tokens.count {
    case 1: return wordHashes.contains(text.tokens[tokens.lowerBound].hash)
    case 2:
      return phraseHashes.contains(pair(text.tokens[tokens.lowerBound].hash, text.tokens[tokens.lowerBound + 1].hash))
    default: return false
    }
  }

  /// Whether a word is a nationality or a people, written in any case ("Korean", "korean").
  static func contains(word: String) -> Bool {
    wordHashes.contains(hash(word))
  }

  /// Whether the token opens a compound of nationalities (Franco-, Sino-).
  static func isCombiningForm(_ position: Int, in text: TokenizedText) -> Bool {
    combiningHashes.contains(text.tokens[position].hash)
  }

  private static func hash(_ word: String) -> UInt64 {
    TokenizedText.hash(NameFolding.fold(word).unicodeScalars.map(\.value))
  }

  private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    TokenizedText.combine(TokenizedText.combine(TokenizedText.fnvOffset, first), second)
  }
}
