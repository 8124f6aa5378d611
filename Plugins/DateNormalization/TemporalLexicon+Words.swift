extension TemporalLexicon {
  /// The built-in Arabic and English vocabulary.
  static let standard: TemporalLexicon = {
    var lexicon = TemporalLexicon(entries: TemporalLexicon.words)
    lexicon.markHolidayHeads()
    lexicon.markEveWords()
    return lexicon
  }()

  private static func months(_ names: [String], ambiguous: Set<String> = []) -> [(String, LexicalEntry)] {
    names.enumerated().flatMap { index, field in
      field.split(separator: "|").map { name in
        (String(name), LexicalEntry.month(index + 1, ambiguous: ambiguous.contains(String(name))))
      }
    }
  }

  static var words: [(String, LexicalEntry)] {
    var list: [(String, LexicalEntry)] = []
    // Egyptian/Gulf (CLDR ar), Moroccan (ar_MA) and Algerian/Tunisian (ar_DZ, ar_TN) names,
    // with the spelling variants news uses.
    list += months(
      [
        "يناير|ينايِر|جانفي|جانفييه|january|jan", "فبراير|فيفري|فبرايِر|february|feb",
        "مارس|march|mar", "أبريل|ابريل|إبريل|أفريل|افريل|april|apr", "مايو|ماي|ماىو|may",
        "يونيو|يونية|جوان|june|jun", "يوليو|يوليوز|يولية|جويلية|جويلة|july|jul",
        "أغسطس|اغسطس|أغسطوس|غشت|أوت|اوت|أغشت|august|aug",
        "سبتمبر|سبتمبير|شتنبر|شتمبر|september|sep|sept", "أكتوبر|اكتوبر|أكتوبير|october|oct",
        "نوفمبر|نونبر|نوفمبير|november|nov", "ديسمبر|دجنبر|دجمبر|ديسمبير|december|dec",
      ],
      ambiguous: [
        "مارس", "ماي", "جوان", "أوت", "اوت", "may", "march", "mar", "jan", "jun",
        "sep", "dec", "oct", "nov", "aug", "apr", "feb", "jul",
      ])
    // Levantine/Iraqi names; كانون and تشرين are completed by الأول/الثاني.
    list += months(
      [
        "", "شباط", "آذار|اذار", "نيسان", "أيار|ايار", "حزيران", "تموز", "آب|اب", "أيلول|ايلول",
        "", "", "",
      ],
      ambiguous: ["نيسان", "آب", "اب", "تموز"]
    ).filter { !$0.0.isEmpty }
    list += [
      ("كانون", .monthHead(.kanun)), ("تشرين", .monthHead(.tishrin)),
      ("ربيع", .monthHead(.rabi)), ("جمادى", .monthHead(.jumada)),
      ("جمادي", .monthHead(.jumada)), ("ذو", .hijriMonthPrefix), ("ذي", .hijriMonthPrefix),
    ]
    let hijri: [(String, Int, Bool)] = [
      ("محرم", 1, false), ("المحرم", 1, false), ("صفر", 2, true), ("رجب", 7, true),
      ("شعبان", 8, true), ("رمضان", 9, true), ("شوال", 10, false), ("القعدة", 11, false),
      ("الحجة", 12, false), ("ذوالقعدة", 11, false), ("ذوالحجة", 12, false),
      ("ramadan", 9, true),
    ]
    list += hijri.map { ($0.0, .hijriMonth($0.1, ambiguous: $0.2)) }
    let weekdays = [
      "الاثنين|الإثنين|اثنين|الأثنين|monday", "الثلاثاء|ثلاثاء|الثلاثا|ثلاثا|tuesday|tue|tues",
      "الأربعاء|الاربعاء|أربعاء|اربعاء|اربعا|الاربعا|wednesday",
      "الخميس|خميس|thursday|thu|thurs", "الجمعة|الجمعه|جمعة|friday|fri",
      "السبت|سبت|saturday", "الأحد|الاحد|sunday",
    ]
    for (index, field) in weekdays.enumerated() {
      list += field.split(separator: "|").map { (String($0), .weekday(index + 1)) }
    }
    list += [
      ("اليوم", .dayOffset(0)), ("today", .dayOffset(0)),
      ("أمس", .dayOffset(-1)), ("امس", .dayOffset(-1)), ("البارحة", .dayOffset(-1)),
      ("امبارح", .dayOffset(-1)), ("الأمس", .dayOffset(-1)), ("مبارح", .dayOffset(-1)), ("yesterday", .dayOffset(-1)),
      ("غدا", .dayOffset(1)), ("غداً", .dayOffset(1)), ("غد", .dayOffset(1)), ("الغد", .dayOffset(1)),
      ("بكرة", .dayOffset(1)), ("بكرا", .dayOffset(1)), ("tomorrow", .dayOffset(1)),
    ]
    let units: [(String, TimeUnit, UnitForm)] = [
      ("ثانية", .second, .singular), ("ثوان", .second, .plural), ("ثواني", .second, .plural),
      ("ثانيتين", .second, .dual),
      ("دقيقة", .minute, .singular), ("دقائق", .minute, .plural), ("دقيقتين", .minute, .dual),
      ("ساعة", .hour, .singular), ("ساعات", .hour, .plural), ("ساعتين", .hour, .dual),
      ("يوم", .day, .singular), ("يوما", .day, .singular), ("أيام", .day, .plural),
      ("ايام", .day, .plural), ("يومين", .day, .dual), ("يومان", .day, .dual),
      ("أسبوع", .week, .singular), ("اسبوع", .week, .singular), ("أسبوعا", .week, .singular),
      ("الأسبوع", .week, .singular), ("أسابيع", .week, .plural), ("الأسابيع", .week, .plural),
      ("أسبوعين", .week, .dual), ("أسبوعان", .week, .dual),
      ("شهر", .month, .singular), ("شهرا", .month, .singular), ("الشهر", .month, .singular),
      ("أشهر", .month, .plural), ("شهور", .month, .plural), ("الأشهر", .month, .plural),
      ("الشهور", .month, .plural), ("شهرين", .month, .dual), ("شهران", .month, .dual),
      ("سنة", .year, .singular), ("السنة", .year, .singular), ("سنوات", .year, .plural),
      ("السنوات", .year, .plural), ("سنين", .year, .plural), ("سنتين", .year, .dual),
      ("سنتان", .year, .dual), ("سنتي", .year, .dualConstruct),
      ("عام", .year, .singular), ("عاما", .year, .singular), ("العام", .year, .singular),
      ("أعوام", .year, .plural), ("الأعوام", .year, .plural), ("عامين", .year, .dual),
      ("عامان", .year, .dual), ("عامي", .year, .dualConstruct),
      ("عقد", .decade, .singular), ("عقود", .decade, .plural), ("عقدين", .decade, .dual),
      ("ربع", .quarter, .singular), ("الربع", .quarter, .singular), ("أرباع", .quarter, .plural),
      ("second", .second, .singular), ("seconds", .second, .plural),
      ("minute", .minute, .singular), ("minutes", .minute, .plural), ("min", .minute, .plural),
      ("hour", .hour, .singular), ("hours", .hour, .plural), ("day", .day, .singular),
      ("days", .day, .plural), ("week", .week, .singular), ("weeks", .week, .plural),
      ("month", .month, .singular), ("months", .month, .plural), ("year", .year, .singular),
      ("years", .year, .plural), ("quarter", .quarter, .singular), ("quarters", .quarter, .plural),
      ("decade", .decade, .singular), ("decades", .decade, .plural),
    ]
    list += units.map { ($0.0, .unit($0.1, $0.2)) }
    let directions: [(String, Direction)] = [
      ("الماضي", .past), ("الماضية", .past), ("الماض", .past), ("المنصرم", .past),
      ("المنصرمة", .past), ("الفائت", .past), ("الفائتة", .past), ("السابق", .past),
      ("السابقة", .past), ("المنقضي", .past), ("last", .past), ("past", .past),
      ("previous", .past),
      ("المقبل", .future), ("المقبلة", .future), ("القادم", .future), ("القادمة", .future),
      ("التالي", .future), ("التالية", .future), ("الجاي", .future), ("الجاية", .future),
      ("next", .future), ("coming", .future), ("following", .future),
      ("الجاري", .current), ("الجارية", .current), ("الحالي", .current), ("الحالية", .current),
      ("current", .current),
    ]
    list += directions.map { ($0.0, .direction($0.1)) }
    let cardinals: [(String, Int)] = [
      ("واحد", 1), ("واحدة", 1), ("احد", 1), ("إحدى", 1), ("اثنان", 2), ("اثنين", 2),
      ("اثنتين", 2), ("اثنتان", 2), ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4),
      ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثمان", 8),
      ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
      ("عشرين", 20), ("عشرون", 20), ("العشرين", 20), ("العشرون", 20), ("ثلاثين", 30),
      ("ثلاثون", 30), ("الثلاثين", 30), ("أربعين", 40), ("أربعون", 40), ("خمسين", 50),
      ("خمسون", 50), ("اثني", 2), ("اثنا", 2),
      ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
      ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
      ("twenty", 20), ("thirty", 30), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
      ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("forty", 40), ("fifty", 50), ("sixty", 60),
      ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]
    list += cardinals.map { ($0.0, .cardinal($0.1)) }
    // Counts that say "a few": Duckling reads "a few" as three, with mod APPROX here.
    list += ["بضعة", "بضع", "عدة", "few", "several"].map { ($0, .keyword(.fewCount)) }
    let ordinals: [(String, Int)] = [
      ("أول", 1), ("أولى", 1), ("ثاني", 2), ("ثان", 2), ("ثانية", 2), ("ثالث", 3),
      ("ثالثة", 3), ("رابع", 4), ("رابعة", 4), ("خامس", 5), ("خامسة", 5), ("سادس", 6),
      ("سادسة", 6), ("سابع", 7), ("سابعة", 7), ("ثامن", 8), ("ثامنة", 8), ("تاسع", 9),
      ("تاسعة", 9), ("عاشر", 10), ("عاشرة", 10), ("حادي", 1), ("حادية", 1),
    ]
    for (word, value) in ordinals {
      list.append((word, .ordinal(value, definite: false)))
      list.append(("ال" + word, .ordinal(value, definite: true)))
    }
    list += [
      // The first hour of a clock ("الساعة الواحدة ظهرا"); the other hours are the ordinals.
      ("الواحدة", .ordinal(1, definite: true)),
      ("الآخر", .ordinal(2, definite: true)), ("الآخرة", .ordinal(2, definite: true)),
      ("الاخير", .keyword(.lastInPeriod)), ("الاخيرة", .keyword(.lastInPeriod)),
      ("اخر", .keyword(.lastInPeriod)), ("آخر", .keyword(.lastInPeriod)), ("final", .keyword(.lastInPeriod)),
      ("first", .ordinal(1, definite: false)), ("second", .ordinal(2, definite: false)),
      ("third", .ordinal(3, definite: false)), ("fourth", .ordinal(4, definite: false)),
      ("st", .keyword(.ordinalSuffix)), ("nd", .keyword(.ordinalSuffix)),
      ("rd", .keyword(.ordinalSuffix)), ("th", .keyword(.ordinalSuffix)),
    ]
    let englishOrdinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth",
    ]
    for (index, word) in englishOrdinals.enumerated() where index >= 3 {
      list.append((word, .ordinal(index + 1, definite: false)))
    }
    list.append(("thirtieth", .ordinal(30, definite: false)))
    let modifiers: [(String, TemporalModifier)] = [
      ("مطلع", .start), ("بداية", .start), ("بدايات", .start), ("أوائل", .start),
      ("اوائل", .start), ("مستهل", .start), ("أول", .start), ("منتصف", .mid), ("أواسط", .mid),
      ("اواسط", .mid), ("وسط", .mid), ("أواخر", .end),
      ("اواخر", .end), ("نهاية", .end), ("نهايات", .end), ("ختام", .end), ("أخير", .end),
      ("early", .start), ("beginning", .start), ("start", .start), ("mid", .mid),
      ("middle", .mid), ("late", .end), ("end", .end),
    ]
    list += modifiers.map { ($0.0, .modifier($0.1)) }
    let keywords: [(String, Keyword)] = [
      ("قبل", .before), ("القبل", .before), ("before", .before), ("بعد", .after), ("after", .after),
      ("منذ", .since), ("since", .since), ("ago", .ago), ("خلال", .during),
      ("during", .during), ("within", .within), ("غضون", .within), ("لمدة", .forDuration),
      ("طوال", .forDuration), ("for", .forDuration), ("الساعة", .clock), ("الساعه", .clock),
      ("at", .clock), ("و", .and), ("and", .and), ("بين", .between), ("between", .between),
      ("إلى", .to), ("الى", .to), ("حتى", .to), ("لغاية", .to), ("to", .to), ("until", .to),
      ("till", .to), ("through", .to), ("by", .by), ("couple", .couple), ("be", .be), ("من", .of), ("of", .of),
      ("from", .from),
      ("في", .inPreposition), ("وفي", .inPreposition), ("ففي", .inPreposition), ("ومن", .of), ("in", .inPreposition),
      ("on", .on), ("هذا", .this),
      ("هذه", .this), ("this", .this), ("الموافق", .corresponding), ("الموافقة", .corresponding),
      ("ه", .hijriMarker), ("هـ", .hijriMarker), ("هجري", .hijriMarker), ("هجرية", .hijriMarker),
      ("للهجرة", .hijriMarker), ("الهجرية", .hijriMarker), ("الهجري", .hijriMarker), ("م", .gregorianMarker),
      ("ميلادي", .gregorianMarker),
      ("ميلادية", .gregorianMarker), ("للميلاد", .gregorianMarker), ("شهر", .monthWord),
      ("كل", .every), ("every", .every), ("each", .every), ("إلا", .except), ("الا", .except),
      ("دقيقة", .minuteWord), ("يوم", .dayWord), ("the", .the), ("الآن", .now), ("الان", .now),
      ("حالا", .now), ("now", .now), ("حوالي", .approximately), ("نحو", .approximately),
      ("قرابة", .approximately), ("بحدود", .approximately), ("around", .approximately),
      ("about", .approximately), ("approximately", .approximately), ("زهاء", .approximately),
      ("يناهز", .approximately), ("يقارب", .approximately), ("عند", .clock),
      ("o'clock", .oclock), ("oclock", .oclock), ("o", .oclock), ("clock", .oclock), ("am", .am), ("pm", .pm),
      ("p", .pmLetter), ("m", .meridiemLetter), ("نصف", .half), ("نص", .half), ("half", .half),
      ("midnight", .midnight),
      ("صلاة", .weekdayNameHead), ("صلاه", .weekdayNameHead),
      ("خطبة", .weekdayNameHead), ("سوق", .weekdayNameHead), ("لن", .futureMarker),
      ("expected", .futureMarker), ("due", .futureMarker), ("ll", .futureMarker),
      ("going", .futureMarker), ("لم", .pastMarker), ("قد", .may),
      ("could", .englishModal), ("might", .englishModal), ("should", .englishModal),
      ("not", .negation), ("have", .perfectAuxiliary),
      ("لقد", .pastMarker),
      ("بتوقيت", .timeZoneWord), ("سوف", .futureMarker), ("سيتم", .futureMarker),
      ("ستتم", .futureMarker), ("المقرر", .futureMarker), ("المرتقب", .futureMarker),
      ("المرتقبة", .futureMarker), ("سيعقد", .futureMarker), ("ستعقد", .futureMarker),
      ("سيبدأ", .futureMarker), ("ستبدأ", .futureMarker), ("سيزور", .futureMarker),
      ("ستزور", .futureMarker), ("سيجري", .futureMarker), ("ستجري", .futureMarker),
      ("ستنطلق", .futureMarker), ("المتوقع", .futureMarker), ("يتوقع", .futureMarker),
      ("تتوقع", .futureMarker), ("يرتقب", .futureMarker), ("سينطلق", .futureMarker), ("سيصل", .futureMarker),
      ("will", .futureMarker), ("scheduled", .futureMarker), ("upcoming", .upcoming), ("a", .article),
      ("an", .article), ("gmt", .utc), ("utc", .utc), ("غرينتش", .utc),
      ("اللحظة", .moment), ("الليلة", .tonight), ("tonight", .tonight), ("tonite", .tonight), ("overnight", .overnight),
      ("weekend", .weekend),
      ("يوميا", .periodic(.day)), ("أسبوعيا", .periodic(.week)), ("شهريا", .periodic(.month)),
      ("سنويا", .periodic(.year)), ("daily", .periodic(.day)), ("weekly", .periodic(.week)),
      ("monthly", .periodic(.month)), ("yearly", .periodic(.year)), ("annually", .periodic(.year)),
    ]
    list += keywords.map { ($0.0, .keyword($0.1)) }
    let bounds: [(String, AmountBound)] = [
      ("أكثر", .more), ("اكثر", .more), ("لأكثر", .more), ("لاكثر", .more), ("يزيد", .more),
      ("يربو", .more), ("أزيد", .more), ("ازيد", .more), ("أقل", .less), ("اقل", .less), ("لأقل", .less),
      ("لاقل", .less),
    ]
    list += bounds.map { ($0.0, .keyword(.amountBound($0.1))) }
    list += [
      ("eod", .keyword(.periodEdge(.end, .day))), ("eom", .keyword(.periodEdge(.end, .month))),
      ("bom", .keyword(.periodEdge(.start, .month))), ("eoy", .keyword(.periodEdge(.end, .year))),
    ]
    list += TemporalLexicon.queryWords.enumerated().map { ($0.element.word, .keyword(.queryWord($0.offset))) }
    list += ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"].enumerated().map {
      ($0.element, .keyword(.pluralWeekday($0.offset + 1)))
    }
    list += TemporalLexicon.pastVerbs
    list.append(("العقد", .keyword(.definiteDecade)))
    list += [
      "إن", "ان", "أن", "بأن", "بان", "وأن", "أنه", "إنه", "انه", "بأنه", "أنها", "إنها", "انها", "بأنها", "that",
    ].map { ($0, .keyword(.complementizer)) }
    list += [
      ("twice", .keyword(.times(2))), ("times", .keyword(.times(0))), ("مرة", .keyword(.times(1))),
      ("مرتين", .keyword(.times(2))), ("مرتان", .keyword(.times(2))), ("مرات", .keyword(.times(0))),
      ("per", .keyword(.per)), ("time", .keyword(.timeWord)), ("الوقت", .keyword(.timeWord)),
      ("consecutive", .keyword(.consecutive)), ("straight", .keyword(.consecutive)),
      ("successive", .keyword(.consecutive)), ("ad", .keyword(.gregorianMarker)), ("thousand", .keyword(.thousand)),
      ("would", .keyword(.futureMarker)),
      ("over", .keyword(.over)),
      ("more", .keyword(.amountBound(.more))), ("less", .keyword(.amountBound(.less))),
      ("fewer", .keyword(.amountBound(.less))), ("than", .keyword(.amountBound(.than))),
      ("nearly", .keyword(.amountBound(.nearly))), ("almost", .keyword(.amountBound(.nearly))),
      ("fiscal", .keyword(.fiscal)), ("fy", .keyword(.fiscal)), ("المالية", .keyword(.fiscal)),
      ("المالي", .keyword(.fiscal)), ("fortnight", .keyword(.fortnight)), ("fortnights", .keyword(.fortnight)),
    ]
    list += TemporalLexicon.deferralVerbs.map { ($0, .keyword(.deferral)) }
    list += [("planned", .keyword(.planned)), ("slated", .keyword(.planned)), ("closest", .keyword(.closest))]
    list += ["its", "their", "his", "her", "our", "these", "those"].map { ($0, .keyword(.determiner)) }
    list += ["starting", "effective", "ابتداء", "اعتبارا", "بدءا"].map { ($0, .keyword(.onset)) }
    // Words the tense heuristics would misread (an -ed adjective, a noun starting like a
    // future verb).
    list += [
      "united", "limited", "based", "hundred", "need", "speed", "indeed", "armed",
      "related", "detailed", "advanced", "سيطر", "سيطرت", "سيطروا", "سيدني",
      "سيناريو", "سيناء",
      // Read as perfect verbs by their suffix, but present ("ليست", "ما زالت": still) or nouns.
      "ليست", "ليسوا", "زالت", "مازالت", "لازالت", "زالوا", "مازالوا", "لازالوا", "بنزرت", "ثابت",
      "انترنت", "مايكروسوفت",
    ].map { ($0, .keyword(.tenseNeutral)) }
    let dayParts: [(String, DayPart)] = [
      ("صباحا", .morning), ("صباح", .morning), ("فجر", .morning), ("عصر", .afternoon), ("الصباح", .morning),
      ("الصبح", .morning),
      ("صبحا", .morning), ("فجرا", .morning), ("الفجر", .morning), ("morning", .morning),
      ("ظهرا", .noon), ("الظهر", .noon), ("noon", .noon), ("midday", .noon), ("عصرا", .afternoon),
      ("العصر", .afternoon), ("afternoon", .afternoon), ("مساء", .evening), ("مساءا", .evening),
      ("المساء", .evening), ("evening", .evening), ("ليلا", .night), ("الليل", .night),
      ("ليلة", .night), ("المغرب", .evening), ("العشاء", .night), ("الظهيرة", .noon), ("النهار", .noon),
      ("night", .night),
    ]
    list += dayParts.map { ($0.0, .dayPart($0.1)) }
    list += [
      ("ربع", .fraction(15)), ("ربعا", .fraction(15)), ("وربع", .fraction(15)),
      ("ثلث", .fraction(20)), ("ونصف", .fraction(30)), ("وثلث", .fraction(20)),
      ("النصف", .fraction(30)), ("الثلث", .fraction(20)),
    ]
    list += [
      ("عيد", .holiday(.feast)), ("الميلاد", .holiday(.christmas)),
      ("كريسماس", .holiday(.christmasWord)), ("الكريسماس", .holiday(.christmasWord)),
      ("christmas", .holiday(.christmasWord)), ("easter", .holiday(.easterWord)),
      ("الفطر", .holiday(.eidAlFitr)), ("الأضحى", .holiday(.eidAlAdha)),
      ("الفصح", .holiday(.easter)), ("رأس", .holiday(.head)), ("راس", .holiday(.head)),
    ]
    let decades: [(String, Int)] = [
      ("خمسينيات", 195), ("خمسينات", 195), ("ستينيات", 196), ("ستينات", 196), ("سبعينيات", 197),
      ("سبعينات", 197), ("ثمانينيات", 198), ("ثمانينات", 198), ("تسعينيات", 199), ("تسعينات", 199),
      ("fifties", 195), ("sixties", 196), ("seventies", 197), ("eighties", 198), ("nineties", 199),
    ]
    for (word, decade) in decades {
      list.append((word, .decadeWord(decade)))
      if !word.hasPrefix("f") && !word.hasPrefix("s") && !word.hasPrefix("e") && !word.hasPrefix("n") {
        list.append(("ال" + word, .decadeWord(decade)))
      }
    }
    let seasons: [(String, Season)] = [
      ("الربيع", .spring), ("الصيف", .summer), ("صيف", .summer), ("الخريف", .fall), ("خريف", .fall),
      ("الشتاء", .winter), ("شتاء", .winter), ("spring", .spring), ("summer", .summer),
      ("autumn", .fall), ("fall", .fall), ("winter", .winter),
    ]
    list += seasons.map { ($0.0, .season($0.1)) }
    list += [
      ("s", .keyword(.possessive)), ("h", .keyword(.hourLetter)), ("hence", .keyword(.hence)),
      ("earlier", .keyword(.earlierOrLater(-1))), ("later", .keyword(.earlierOrLater(1))),
      ("quarterly", .keyword(.periodic(.quarter))),
      ("percent", .keyword(.percent)), ("المئة", .keyword(.percent)), ("المائة", .keyword(.percent)),
      ("yr", .unit(.year, .singular)), ("yrs", .unit(.year, .plural)),
      ("qtr", .unit(.quarter, .singular)), ("q", .unit(.quarter, .singular)), ("qtrs", .unit(.quarter, .plural)),
      ("mins", .unit(.minute, .plural)), ("hrs", .unit(.hour, .plural)), ("thru", .keyword(.to)),
    ]
    // Zones news writes after a clock time; ambiguous ones (AST: Arabia or Atlantic) are left out.
    let zones: [(String, Int)] = [
      ("est", -300), ("edt", -240), ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360),
      ("pst", -480), ("pdt", -420), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120), ("eest", 180),
      ("ist", 330), ("jst", 540), ("msk", 180), ("et", -300), ("ct", -360), ("pt", -480),
    ]
    list += zones.map { ($0.0, .timeZone($0.1)) }
    list += arabicCountedPeriodWords
    list += vagueReferenceAndCenturyWords
    list += englishVagueReferenceWords
    list += HolidayCatalog.lexiconEntries(known: Set(list.map { WordHasher.hash($0.0) }))
    return list
  }
}
