extension EntityLinker {
  /// A firm named in full in the story and again by a shorter form that the tagger read as
  /// another type: the name without its legal form ("Caledon Mills Ltd" ... "Caledon Mills", read
  /// as a place; "AB Electrolux" ... "Electrolux", read as a person) or its first word ("Caledonian Mutual Bank" ... "Shares in Caledonian", read as
  /// MISC) is the firm, with its id (evidence `nil:firm-short-name` added). Only NIL names change;
  /// the first word alone only where it was read as MISC (a town is as often the first word of
  /// a club's or a firm's name: "Boston" of "Boston Celtics" stays a place), and never a
  /// nationality ("British" of "British Airways") or a given name; a name after "the" stays
  /// too (the Pacific is no firm called Pacific Harbor).
  func firmsByShortName(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    // Short forms by their folded word hashes, each with its firm.
    var shortForms: [[UInt64]: (firm: LinkedMention, firstWordOnly: Bool)] = [:]
    for mention in mentions where mention.label == "ORGANIZATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin else { continue }
      let hashes = tokens.map { text.tokens[$0].hash }
      let last = text.tokens[tokens.upperBound - 1]
      if Self.corporateSuffixes.contains(last.hash), last.startsUppercase {
        shortForms[Array(hashes.dropLast())] = (mention, false)
      }
      // "AB Electrolux" ... "Electrolux": a Nordic firm's form comes first.
      if Self.legalFormsFirst.contains(hashes[0]), text.tokens[tokens.lowerBound].startsUppercase {
        shortForms[Array(hashes.dropFirst())] = (mention, false)
      }
      let first = tokens.lowerBound
      if isCapitalizedNameWord(first, in: text), !EnglishDemonyms.contains(first..<(first + 1), in: text),
        !LatinGivenNames.shipped.contains(hashes[0]), shortForms[[hashes[0]]] == nil
      {
        shortForms[[hashes[0]]] = (mention, true)
      }
    }
    guard !shortForms.isEmpty else { return mentions }
    var result = mentions
    for index in result.indices where result[index].isNil {
      let label = result[index].label
      guard label == "LOCATION" || label == "MISC" || label == "PERSON" else { continue }
      let tokens = text.tokens(within: result[index].start, result[index].end)
      guard !tokens.isEmpty, text.tokens[tokens.lowerBound].isLatin,
        let (firm, firstWordOnly) = shortForms[tokens.map { text.tokens[$0].hash }],
        !firstWordOnly || label == "MISC",
        tokens.lowerBound == 0 || text.tokens[tokens.lowerBound - 1].hash != Self.theHash
      else { continue }
      result[index] = LinkedMention(
        start: result[index].start, end: result[index].end, label: "ORGANIZATION", id: firm.id,
        nameEnglish: firm.nameEnglish, nameArabic: firm.nameArabic, confidence: 0.5,
        evidence: result[index].evidence + ["nil:firm-short-name"], title: nil, isNil: firm.isNil)
    }
    return result
  }

  private static let theHash = TokenizedText.hash(NameFolding.fold("the").unicodeScalars.map(\.value))
}

extension EntityLinker {
  /// A firm named with its legal form and written again without it where nothing was found
  /// there ("AB Electrolux" ... "Electrolux will close plants", "Apple Computer Inc" ... "Apple
  /// shares rose", "the chairman of Apple"): the name without the form, or the first word of a
  /// name of two words or more before a form that ends it, is the firm, with its id (evidence
  /// `nil:firm-short-name`). The words are capitalized as written, and no capitalized name word
  /// goes on before or after them; the first word alone does not open a sentence ("Next year"
  /// is not NeXT) outside an all-caps headline, and is no title, nationality or given name. Texts
  /// with no firm named with its form are not read further.
  func firmShortNamesTheTaggerMissed(_ mentions: [LinkedMention], in text: TokenizedText) -> [LinkedMention] {
    var shortForms: [UInt64: [(hashes: [UInt64], firm: LinkedMention, firstWordOnly: Bool)]] = [:]
    for mention in mentions where mention.label == "ORGANIZATION" {
      let tokens = text.tokens(within: mention.start, mention.end)
      guard tokens.count >= 2, text.tokens[tokens.lowerBound].isLatin else { continue }
      let hashes = tokens.map { text.tokens[$0].hash }
      let last = text.tokens[tokens.upperBound - 1]
      if Self.legalFormsFirst.contains(hashes[0]), text.tokens[tokens.lowerBound].startsUppercase {
        let name = Array(hashes.dropFirst())
        shortForms[name[0], default: []].append((name, mention, false))
      } else if Self.corporateSuffixes.contains(last.hash), last.startsUppercase {
        let name = Array(hashes.dropLast())
        shortForms[name[0], default: []].append((name, mention, false))
        let first = tokens.lowerBound
        if name.count >= 2, isCapitalizedNameWord(first, in: text), !isTitle(first, in: text),
          !EnglishDemonyms.contains(first..<(first + 1), in: text), !LatinGivenNames.shipped.contains(hashes[0])
        {
          shortForms[name[0], default: []].append(([hashes[0]], mention, true))
        }
      }
    }
    guard !shortForms.isEmpty else { return mentions }
    var taken = takenTokens(mentions, in: text)
    var result = mentions
    for position in text.tokens.indices where !taken[position] && text.tokens[position].startsUppercase {
      guard let forms = shortForms[text.tokens[position].hash], text.tokens[position].isLatin,
        position == 0 || !followsBySpace(position, in: text) || !isCapitalizedNameWord(position - 1, in: text)
      else { continue }
      for form in forms.sorted(by: { $0.hashes.count > $1.hashes.count }) {
        let end = position + form.hashes.count
        guard end <= text.tokens.count,
          (position..<end).allSatisfy({
            !taken[$0] && text.tokens[$0].startsUppercase && text.tokens[$0].hash == form.hashes[$0 - position]
              && ($0 == position || followsBySpace($0, in: text))
          }),
          end == text.tokens.count || !followsBySpace(end, in: text) || !isCapitalizedNameWord(end, in: text)
        else { continue }
        if form.firstWordOnly, opensSentence(position, in: text), !text.tokens[position].isAllUppercase { continue }
        result.append(
          LinkedMention(
            start: Int(text.tokens[position].start), end: Int(text.tokens[end - 1].end), label: "ORGANIZATION",
            id: form.firm.id, nameEnglish: form.firm.nameEnglish, nameArabic: form.firm.nameArabic, confidence: 0.5,
            evidence: ["nil:firm-short-name"], title: nil, isNil: form.firm.isNil))
        for token in position..<end { taken[token] = true }
        break
      }
    }
    return result
  }

}
