extension TemporalLexicon {
  /// Verbs of deciding and agreeing, whose object clause names an event that follows the
  /// decision (`TemporalParser.decisionGovernsEvent`). The Arabic ones are past verbs of
  /// `pastVerbs` and keep that entry (the lexicon flags them, and their proclitic forms); the
  /// English ones are read as past by their -ed and recognized by their hash.
  static let arabicDecisionVerbs: Set<String> = ["قرر", "قررت", "قرروا", "اتفق", "اتفقت", "اتفقوا"]

  /// Not "voted" nor "resolved": "Lawmakers voted to approve the budget on Monday" is mostly
  /// the day of the vote, and "resolved" is also "settled". The requests "urged" and "asked"
  /// count too: "urged both sides to return to talks by Friday" asks for a later event.
  static let englishDecisionVerbs = ["decided", "agreed", "pledged", "promised", "vowed", "urged", "asked"]

  /// English verbs of holding or stopping an event, after a decision verb and "to": "decided to
  /// close schools on Friday", "agreed to meet on Monday". Other verbs leave the date to the
  /// decision: news ties "Boeing agreed to pay $200 million on Monday" and "Iran vowed to
  /// retaliate on Monday" to the day of the agreement or the vow.
  static let englishEventVerbs = [
    "meet", "hold", "close", "reopen", "resume", "suspend", "halt", "open", "shut", "reconvene", "launch",
    "begin", "stage", "visit", "strike", "vote", "return", "restart", "postpone",
  ]

  /// The hashes of `englishEventVerbs`, compared in turn (only the word after "to" after a
  /// decision verb is compared).
  static let englishEventVerbHashes: [UInt64] = englishEventVerbs.map(WordHasher.hash)

  /// The hashes of `englishDecisionVerbs`, compared in turn (every Latin word of five letters or
  /// more without a lexicon entry reaches the comparison).
  static let englishDecisionHashes: [UInt64] = englishDecisionVerbs.map(WordHasher.hash)
}

extension TemporalScanner {
  /// Whether an unknown Arabic word has the form of a verbal noun of the derived verb forms
  /// that name decided actions: تفعيل (تعليق، تأجيل، تمديد، تنظيم), إفعال (إغلاق، إلغاء،
  /// إطلاق، إجراء), افتعال (اعتماد، انتخاب) and استفعال (استئناف، استكمال). Words with ال or a
  /// proclitic do not count; the form alone would also fit many nouns, so only a decision verb
  /// asks (`TemporalParser.decisionGovernsEvent`).
  static func isVerbalNoun(first letter: (Int) -> UInt32, count: Int) -> Bool {
    let alef: UInt32 = 0x0627
    let taa: UInt32 = 0x062A
    let yaa: UInt32 = 0x064A
    let seen: UInt32 = 0x0633
    switch count {
    case 5:
      return (letter(0) == taa && letter(3) == yaa) || (letter(0) == alef && letter(1) != 0x0644 && letter(3) == alef)
    case 6:
      return letter(0) == alef && letter(1) != 0x0644 && letter(4) == alef
    case 7:
      return letter(0) == alef && letter(1) == seen && letter(2) == taa && letter(5) == alef
    default:
      return false
    }
  }
}
