import EntityLinking
import Testing
import WorkbenchCore

/// Classic wire copy, on stories written for these tests: results lists and league tables,
/// datelines with a date in figures, sports slugs, company names with an ampersand, events,
/// agencies, and the first word of a story after a dateline's dash.
@Suite struct WireCopyTests {
  static let stage = Result { try makeStage() }

  static func found(_ text: String) throws -> [Annotation] {
    try stage.get().analyze(Document(id: "t", text: text), .none)
  }

  /// (story, a name, its type): a name before a country in parentheses in a results list is a
  /// person; a line of names and scores, or a table's line, names clubs.
  @Test(arguments: [
    (
      "1. Pieter Vandermolen ( Belgium ) Lotto 4:12:40\n2. Sandro Albertazzi ( Italy ) Mapei same time",
      "Pieter Vandermolen", "PERSON"
    ),
    (
      "1. Pieter Vandermolen ( Belgium ) Lotto 4:12:40\n2. Sandro Albertazzi ( Italy ) Mapei same time",
      "Sandro Albertazzi", "PERSON"
    ),
    ("Leading scores :\n205 Henrik Solvang ( Norway ) , Callum Breck ( Scotland )", "Callum Breck", "PERSON"),
    ("Final standings :\n1. Pieter Vandermolen (Belgium) 52:10:11", "Pieter Vandermolen", "PERSON"),
    (
      "Standings after Sunday 's games :\nReading 10 7 2 1 20 8 23\nPort Vale 10 6 3 1 15 7 21", "Reading",
      "ORGANIZATION"
    ),
    ("Results on Saturday :\nGranada 2 Oviedo 1\nCadiz 0 Elche 0", "Oviedo", "ORGANIZATION"),
  ])
  func resultsListsAndTables(_ text: String, _ name: String, _ label: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.attributes["nil"] == true)
    #expect(mention.value == EntityLinker.nilClusterID(name: name, type: label))
  }

  /// A country in the parentheses of a results list stays the country.
  @Test func theCountryOfAResultsLineIsLinked() throws {
    let text = "1. Pieter Vandermolen ( Belgium ) Lotto 4:12:40"
    let belgium = try #require(Self.found(text).first { $0.text == "Belgium" })
    #expect(belgium.label == "LOCATION")
    #expect(belgium.value == "Q31")
  }

  /// (story, the club, the scorer): a club named like its town before a match verb and a
  /// score is the club; the scorer after the full stop is whole.
  @Test(arguments: [
    ("Milan won 2-1 . Gianni Ferraresi scored twice for the visitors .", "Milan", "Gianni Ferraresi"),
    ("Milan won 2-1. Gianni Ferraresi scored twice for the visitors.", "Milan", "Gianni Ferraresi"),
  ])
  func aClubBeforeAScoreAndItsScorer(_ text: String, _ club: String, _ scorer: String) throws {
    let annotations = try Self.found(text)
    let team = try #require(annotations.first { $0.text == club })
    #expect(team.label == "ORGANIZATION")
    let person = try #require(annotations.first { $0.text == scorer })
    #expect(person.label == "PERSON")
    #expect(!annotations.contains { $0.text == "Ferraresi" })
  }

  /// (story, the dateline's place, its id): a dateline with a date in figures, or a comma and a
  /// country first, is the place (Lyon is a NIL place: the knowledge base lacks it); a sports
  /// slug before a headline is none.
  @Test(arguments: [
    ("SOCCER - HOME SIDE HELD\nLONDON 1996-08-30\nThe match ended goalless .", "LONDON", "geonames:2643743"),
    (
      "LYON 1997-03-11\nThe club said on Tuesday that its coach would stay .", "LYON",
      EntityLinker.nilClusterID(name: "LYON", type: "LOCATION")
    ),
    (
      "LYON, France (Reuters) - Police arrested two men after a robbery in the city centre.", "LYON",
      EntityLinker.nilClusterID(name: "LYON", type: "LOCATION")
    ),
  ])
  func datelinesWithAFigureDateOrACountry(_ text: String, _ place: String, _ id: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == place })
    #expect(mention.label == "LOCATION")
    #expect(mention.value == id)
    #expect(!annotations.contains { $0.text.contains("SOCCER") })
  }

  /// (story, the dateline's city): under a headline, a US state's abbreviation with its full
  /// stop between the city and the date leaves the city a place (nothing had been found there).
  @Test(arguments: [
    (
      "FERRY LINE ADDS BOATS .\nSAUSALITO , Calif. 1997-02-04\nA ferry operator said on Tuesday it would add two boats .",
      "SAUSALITO"
    ),
    (
      "CHIP FIRM CUTS JOBS .\nSUNNYVALE , Calif. 1997-05-06\nThe chip maker said on Tuesday it would cut 400 jobs .",
      "SUNNYVALE"
    ),
  ])
  func aDatelineWithAStateAbbreviation(_ text: String, _ city: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == city })
    #expect(mention.label == "LOCATION")
  }

  /// (text, the company): names joined by an ampersand are one organization.
  @Test(arguments: [
    ("Procter & Gamble raised its dividend on Tuesday.", "Procter & Gamble"),
    ("Shares of AT&T rose after the ruling.", "AT&T"),
    ("Analysts at Marks & Spencer said sales had slowed.", "Marks & Spencer"),
  ])
  func ampersandNamesAreOneOrganization(_ text: String, _ name: String) throws {
    let annotations = try Self.found(text)
    let company = try #require(annotations.first { $0.text == name })
    #expect(company.label == "ORGANIZATION")
    #expect(company.attributes["nil"] == true)
    #expect(!annotations.contains { $0.text == "Gamble" || $0.text == "Spencer" })
  }

  /// Research and development is no company.
  @Test func aPhraseWithAnAmpersandIsNoCompany() throws {
    #expect(!(try Self.found("The company raised R&D spending by a third.")).contains { $0.text.contains("&") })
  }

  /// (text, the event): tours and Wimbledon are events (MISC), not places or organizations.
  @Test(arguments: [
    ("He finished third in the Tour de France last year.", "Tour de France"),
    ("The Tour of Britain starts in Kelso on Sunday.", "Tour of Britain"),
    ("Rain stopped play at Wimbledon on Tuesday.", "Wimbledon"),
  ])
  func eventsAreMisc(_ text: String, _ event: String) throws {
    let annotations = try Self.found(text)
    let mention = try #require(annotations.first { $0.text == event })
    #expect(mention.label == "MISC")
    #expect(!annotations.contains { $0.text == "France" || $0.text == "Britain" })
  }

  /// (text, the agency): a news agency in one word is an organization.
  @Test(arguments: [
    ("SEOUL (Yonhap) - The central bank held rates on Thursday, Yonhap said.", "Yonhap"),
    ("AMMAN (Petra) - The king received the envoy on Sunday, Petra reported.", "Petra"),
  ])
  func newsAgenciesAreOrganizations(_ text: String, _ agency: String) throws {
    let mentions = try Self.found(text).filter { $0.text == agency }
    #expect(!mentions.isEmpty)
    #expect(mentions.allSatisfy { $0.label == "ORGANIZATION" })
  }

  /// (text, the name, its offset): a name the tagger reads inside the text's last word, after
  /// the conjunction و, covers no whole token; the agency rule, which reads a one-word
  /// mention's token, once stopped the stage there. The name is found without the conjunction.
  @Test(arguments: [
    ("التقى الرئيس بالوزير سامر الحلبي وخالد", "خالد", 34),
    ("التقى الرئيس بالوزير سامر الحلبي وخالد.", "خالد", 34),
    ("استقبل الوزير الضيف سامر الحلبي ونبيل", "نبيل", 33),
    ("وصل المندوب هشام الخطيب ويوسف", "يوسف", 25),
  ])
  func aNameInsideTheLastWordIsRead(_ text: String, _ name: String, _ start: Int) throws {
    let person = try #require(Self.found(text).first { $0.text == name })
    #expect(person.label == "PERSON")
    #expect(person.start == start)
  }

  /// (text, the word): a plural common noun opening a story after a dateline is no name.
  @Test(arguments: [
    ("LONDON - Shares in the carmaker fell after the warning.", "Shares")
  ])
  func theFirstWordAfterADatelineIsNoName(_ text: String, _ word: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text.contains(word) })
  }

  /// A company after a dateline's dash stays an organization.
  @Test func aCompanyAfterADatelineStays() throws {
    let text = "SANTA CLARA, California (Reuters) - Nvidia said on Wednesday its revenue doubled."
    let nvidia = try #require(Self.found(text).first { $0.text == "Nvidia" })
    #expect(nvidia.label == "ORGANIZATION")
  }

  /// No name in an all-caps headline runs over the headline's verb, and the sports slug is no
  /// place; the rider under the dateline is found.
  @Test func aHeadlineNameEndsBeforeItsVerb() throws {
    let text =
      "CYCLING - VANDERMOLEN WINS STAGE IN ALPS .\nGRENOBLE 1996-07-10\nPieter Vandermolen of Belgium won the ninth stage on Wednesday ."
    let annotations = try Self.found(text)
    let rider = try #require(annotations.first { $0.text == "Pieter Vandermolen" })
    #expect(rider.label == "PERSON")
    #expect(annotations.contains { $0.text == "Belgium" && $0.value == "Q31" })
    #expect(!annotations.contains { $0.text.contains("WINS") || $0.text.contains("CYCLING") })
  }

  static func nilID(_ name: String, _ label: String) -> String {
    EntityLinker.nilClusterID(name: name, type: label)
  }

  /// (text, a name, its type, its id): prose that looks like a results list, a company with an
  /// ampersand, a league table, a match report, a dateline, an agency or an event keeps what the
  /// knowledge base and the tagger found.
  @Test(arguments: [
    // A name before a country in parentheses in prose is no results list.
    (
      "In 1996 Siemens (Germany) bought the plant.", "Siemens", "ORGANIZATION",
      nilID("Siemens", "ORGANIZATION")
    ),
    // Two linked names joined by an ampersand stay two names.
    ("Trump & Biden clash over tariffs", "Trump", "PERSON", "Q22686"),
    ("Trump & Biden clash over tariffs", "Biden", "PERSON", "Q6279"),
    ("Israel & Hamas agree to a truce in Cairo.", "Israel", "LOCATION", "Q801"),
    ("Israel & Hamas agree to a truce in Cairo.", "Hamas", "ORGANIZATION", "wb:hamas"),
    // A nation of the United Kingdom is a national side, not a club.
    ("England beat Scotland 2-1 at Wembley on Saturday.", "England", "LOCATION", "Q21"),
    ("Group B standings :\nEngland 3 2 1 0 5 2 7\nWales 3 1 1 1 4 4 4", "England", "LOCATION", "Q21"),
    ("Group B standings :\nEngland 3 2 1 0 5 2 7\nWales 3 1 1 1 4 4 4", "Wales", "LOCATION", "Q25"),
    // A place inside a sentence, or in a table of figures that is no league, is no club.
    ("Unemployment in Ohio held 4-5 percent last year.", "Ohio", "LOCATION", "Q1397"),
    // A dash inside a sentence opens none.
    (
      "Its biggest rival – Shell – declined to comment on the shell company.", "Shell", "ORGANIZATION",
      nilID("Shell", "ORGANIZATION")
    ),
    // An agency's name that is a place is the place outside an agency's credit.
    ("The tourists drove on to Petra and Wadi Rum.", "Petra", "LOCATION", nilID("Petra", "LOCATION")),
    ("Many of the victims were from Anatolia, officials said.", "Anatolia", "LOCATION", nilID("Anatolia", "LOCATION")),
    // A title-case headline's tour is a visit, no event.
    ("Pope Begins Tour Of Africa", "Africa", "LOCATION", "wb:africa"),
  ])
  func proseKeepsItsNames(_ text: String, _ name: String, _ label: String, _ id: String) throws {
    let mention = try #require(Self.found(text).first { $0.text == name })
    #expect(mention.label == label)
    #expect(mention.value == id)
  }

  /// (text, what is no name): these are not names at all.
  @Test(arguments: [
    ("A&E waiting times rose again in January.", "A&E"),
    ("Pope Begins Tour Of Africa", "Tour Of Africa"),
    ("Trump & Biden clash over tariffs", "Trump & Biden"),
  ])
  func noNameIsMadeUp(_ text: String, _ phrase: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text == phrase })
  }

  /// (text, a name, the type it must not get): companies in prose are no results list's
  /// people, and a region in a table of figures is no club.
  @Test(arguments: [
    ("The bidders were Vodafone (Britain), Telefonica (Spain) and Orange (France).", "Vodafone", "PERSON"),
    ("The contract went to rival Ericsson (Sweden) last year.", "Ericsson", "PERSON"),
    ("Cases by region :\nLombardy 2251 135 310\nPiedmont 1204 88 97\nVeneto 1120 64 151", "Piedmont", "ORGANIZATION"),
  ])
  func aNameIsNotMisread(_ text: String, _ name: String, _ label: String) throws {
    #expect(!(try Self.found(text)).contains { $0.text == name && $0.label == label })
  }
}
