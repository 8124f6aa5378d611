/// What a word means to the temporal grammar.
enum LexicalEntry: Hashable, Sendable {
  /// A Gregorian month name; `ambiguous` names (مارس "he practised", نيسان the car maker,
  /// آب, ماي, May, March) only count as months next to a day, a year, a tense word or a
  /// paired name.
  case month(Int, ambiguous: Bool)
  /// The first word of a two-word month name: كانون, تشرين (Gregorian); ربيع, جمادى (Hijri).
  case monthHead(MonthHead)
  /// A Hijri month name; the ambiguous ones (صفر "zero", رجب and رمضان as given names) need a
  /// day, a year or a هـ marker.
  case hijriMonth(Int, ambiguous: Bool)
  /// ذو / ذي before القعدة and الحجة.
  case hijriMonthPrefix
  case weekday(Int)
  /// اليوم 0, أمس -1, أول أمس / قبل أمس -2, غداً +1, بعد غد +2.
  case dayOffset(Int)
  case unit(TimeUnit, UnitForm)
  case direction(Direction)
  /// A cardinal number word: ثلاثة 3, عشرين 20, three 3.
  case cardinal(Int)
  /// An ordinal number word: الثالث 3, الأولى 1, third 3. `definite` when it carries ال.
  case ordinal(Int, definite: Bool)
  case modifier(TemporalModifier)
  case keyword(Keyword)
  case dayPart(DayPart)
  /// A fraction of an hour: ربع 15, ثلث 20, نصف 30 minutes.
  case fraction(Int)
  /// A named holiday.
  case holiday(Holiday)
  /// A decade word: التسعينيات 199, nineties 199.
  case decadeWord(Int)
  case season(Season)
  /// A word of a holiday phrase of `HolidayCatalog` that means nothing else here ("eve",
  /// "halloween", "العمال"); `trigger` for the last word of a phrase.
  case holidayWord(Int, trigger: Bool)
  /// A time zone abbreviation after a clock time, with its offset from UTC in minutes:
  /// GMT 0, EST -300, CET 60.
  case timeZone(Int)
}

enum MonthHead: Hashable, Sendable {
  case kanun, tishrin, rabi, jumada
}

enum TimeUnit: Int, Hashable, Sendable, Comparable {
  case second, minute, hour, day, week, month, quarter, year, decade, century

  static func < (lhs: TimeUnit, rhs: TimeUnit) -> Bool { lhs.rawValue < rhs.rawValue }
}

enum UnitForm: Hashable, Sendable {
  case singular, plural
  /// The Arabic dual counts two by itself: يومين، شهرين، عامين.
  case dual
  /// عامي / سنتي before a list of two years ("خلال عامي 2023 و2024").
  case dualConstruct
}

enum Direction: Int, Hashable, Sendable {
  case past = -1
  case current = 0
  case future = 1
}

enum TemporalModifier: String, Hashable, Sendable {
  case start = "START"
  case mid = "MID"
  case end = "END"
  case approx = "APPROX"
  case before = "BEFORE"
  case after = "AFTER"
  /// "حتى الساعة 2", "until 5 pm": up to that time.
  case onOrBefore = "ON_OR_BEFORE"
  /// "more than two years", "أكثر من عامين", "ما يزيد على عقد": an amount exceeded (TIMEX3's
  /// MORE_THAN).
  case moreThan = "MORE_THAN"
  /// "less than a month", "nearly three months", "أقل من ساعتين": an amount not reached
  /// (TIMEX3's LESS_THAN).
  case lessThan = "LESS_THAN"
}

/// A word that bounds an amount of time: "more than", "less than", "nearly", "أكثر من", "ما
/// يزيد على".
enum AmountBound: Hashable, Sendable {
  /// more, أكثر, يزيد, يربو: before "than" / من / على.
  case more
  /// less, fewer, أقل: before "than" / من.
  case less
  /// than, after more or less.
  case than
  /// nearly, almost: just under the amount.
  case nearly
}

enum DayPart: Hashable, Sendable {
  /// Before noon: صباحاً، الصبح، فجراً، قبل الظهر, a.m.
  case morning
  case noon
  /// After noon: عصراً، بعد الظهر، مساءً, p.m.
  case afternoon
  case evening
  case night
}

enum Holiday: Hashable, Sendable {
  case christmas, easter, eidAlFitr, eidAlAdha, ramadan, hijriNewYear
  /// Words that name a holiday by themselves: كريسماس, Christmas, Easter.
  case christmasWord, easterWord
  /// عيد, before الميلاد / الفطر / الأضحى / الفصح.
  case feast
  /// رأس before السنة الهجرية.
  case head
}

enum Keyword: Hashable, Sendable {
  /// قبل / before (Arabic "ago" is قبل + duration).
  case before
  /// بعد / after.
  case after
  /// منذ / since.
  case since
  /// English "ago", after the duration.
  case ago
  /// خلال / during / within.
  case during
  /// غضون (في غضون "within").
  case within
  /// لمدة / for.
  case forDuration
  /// الساعة / at (a clock time follows).
  case clock
  /// "thousand", read only in a spoken year after a holiday's name ("two thousand ten").
  case thousand
  case and
  case between
  /// إلى / حتى / to / until.
  case to
  /// English "by" before a deadline ("by the end of the month").
  case by
  /// English "couple" in "a couple of days": two.
  case couple
  /// English "be" before a participle: "will be held" is not past.
  case be
  case from
  /// من / of (الخامس عشر من تشرين الأول).
  case of
  case inPreposition
  case on
  /// هذا / هذه / this.
  case this
  /// الموافق ("falling on", between a weekday and its date).
  case corresponding
  /// هـ / هجري.
  case hijriMarker
  /// م / ميلادي.
  case gregorianMarker
  /// شهر / month before a month name or number.
  case monthWord
  /// عام / سنة before a year number (the unit entries cover counting).
  case yearWord
  /// ربع (quarter) in "الربع الأول".
  case quarterWord
  /// كل / every / يومياً etc. make a SET.
  case every
  /// إلا (minus, in clock times).
  case except
  /// دقيقة after a minute count.
  case minuteWord
  /// يوم before a weekday, a date or أمس/غد.
  case dayWord
  /// الأخير / last (within a period).
  case lastInPeriod
  /// العقد, "the decade" and also "the contract": read only in "في العقد الأخير"
  /// (`TemporalParser.recentDecade`).
  case definiteDecade
  /// now: الآن، حالاً.
  case now
  /// الجاي... handled as direction; this marks "the" English article.
  case the
  /// Sets with their own period: يومياً P1D, أسبوعياً P1W...
  case periodic(TimeUnit)
  /// An English weekday in the plural ("fridays"): only counted ("3 fridays from now"), never
  /// a date on its own ("shops close on Fridays").
  case pluralWeekday(Int)
  /// Business abbreviations for a part of the current period: EOD, EOM, BOM, EOY ("BOY" is
  /// a word: only in the query register, see `queryWord`).
  case periodEdge(TemporalModifier, TimeUnit)
  /// A word that is a date only in an assistant's query ("sat", "sun", "mon", "BOY"): its
  /// reading is `TemporalLexicon.queryReadings[index]` in the query register, nothing in news.
  case queryWord(Int)
  /// Approximation words: حوالي، نحو، قرابة، around.
  case approximately
  /// English "mid" / "early" / "late" come as modifiers; "o'clock".
  case oclock
  case am
  case pm
  /// بتوقيت (time zone follows); unsupported zones end the time.
  case timeZoneWord
  /// A word that puts its sentence in the future: سوف، سيتم، من المقرر، will, scheduled.
  case futureMarker
  /// English "a" / "an": one, in "a week ago" and "for a year", not in "barrels a day".
  case article
  /// GMT / UTC after بتوقيت or a time.
  case utc
  /// اللحظة, in "هذه اللحظة" (this moment).
  case moment
  /// الليلة / tonight.
  case tonight
  /// "overnight": the night before the anchor day, or the coming one in a future sentence.
  case overnight
  /// "weekend".
  case weekend
  /// A past-tense verb (قال، أعلنت، said, fell): a weekday in its sentence is a past one.
  case pastMarker
  /// Words the tense heuristics must not read as verbs ("united", "سيطرة").
  case tenseNeutral
  /// إن، أن، بأن، that: the start of a reported clause, whose verb does not place a date of the
  /// reporting clause ("قال يوم الأحد إن المحادثات ستستأنف": the Sunday is past).
  case complementizer
  /// مرة، مرتين، twice (how many; 0 for "times"/مرات, which follow a count): a frequency,
  /// "twice a year".
  case times(Int)
  /// "per", in "three times per week".
  case per
  /// time / الوقت, in "this time last year".
  case timeWord
  /// fiscal, FY, المالية / المالي: a fiscal year.
  case fiscal
  /// fortnight: two weeks.
  case fortnight
  /// بضعة، عدة، few, several: a vague count (three, APPROX).
  case fewCount
  /// The st / nd / rd / th after a day in digits ("3rd").
  case ordinalSuffix
  /// نصف / half: half a unit ("نصف سنة", "half an hour"), and MID before a period.
  case half
  /// midnight.
  case midnight
  /// The p of "p.m.".
  case pmLetter
  /// The m of "a.m." and "p.m.".
  case meridiemLetter
  /// A noun that makes the weekday after it part of a name: "صلاة الجمعة" (the prayer),
  /// "سوق الأحد" (a town).
  case weekdayNameHead
  /// The s of "mother's day".
  case possessive
  /// The h of "15h00".
  case hourLetter
  /// hence, in "three weeks hence".
  case hence
  /// "earlier" (-1) and "later" (+1) after an amount: "a year earlier", "two weeks later"
  /// (`TemporalParser.shiftFromFocus`).
  case earlierOrLater(Int)
  /// percent, المئة: a number before it is a share, not a date.
  case percent
  /// consecutive, straight, successive, between a count and its unit: "three consecutive
  /// months" is a duration.
  case consecutive
  /// postponed, delayed, adjourned…: a date after "until"/"to" in its clause lies ahead.
  case deferral
  /// "planned", "slated": says nothing of the tense (often an adjective); before "for" and a
  /// date in a sentence with a deferral it names the date first planned
  /// (`plannedDateBeforeDeferral`).
  case planned
  /// "closest": "the closest Monday to Oct 5th".
  case closest
  /// its, their, his, her, our, these, those: before a word in -ed they make it an adjective
  /// ("its audited accounts"), which says nothing of the sentence's tense.
  case determiner
  /// starting, effective, ابتداء، اعتبارا، بدءا (before من): a date that opens a measure, which
  /// lies ahead of the report that announces it ("ابتداء من مساء الخميس").
  case onset
  /// English "over", before "the weekend", "the winter".
  case over
  /// "season" in an assistant's query ("this season", "next season"); in news it is mostly a
  /// sports season and stays a query word.
  case seasonWord
  /// more, less, than, nearly (`TemporalParser.boundedAmount`); أكثر / أقل before من, يزيد /
  /// يربو after ما and before على / عن (`TemporalParser.boundedArabicAmount`): a bound on the
  /// amount after it.
  case amountBound(AmountBound)
  /// "upcoming": future, and Duckling's "upcoming two weeks" (the second week ahead).
  case upcoming
  /// مناسبة، حلول، عطلة، سهرة: an Arabic noun that makes the holiday after it a time ("بمناسبة
  /// عيد الفطر"), where another noun makes it a name ("تقاليد عيد الميلاد").
  case occasion
  /// tree, traditions, shoppers …: an English noun after a holiday name that makes the name
  /// an attribute ("Christmas traditions"), not a date.
  case holidayAttribute
  /// قد: past before a perfect verb (قد أعلنت), a possibility ahead before an imperfect one
  /// (قد يعقد).
  case may
  /// could, might, should: English modals that put what follows ahead of the reporting verb
  /// ("said the plant could reopen in July"), unless a perfect or a negation follows.
  case englishModal
  /// "not" after an English modal: "could not be reached on Monday" is no possibility ahead.
  case negation
  /// "have" after an English modal: "might have met on Friday" tells of the past.
  case perfectAuxiliary
  /// A part of the day that is only one before a day: ظهر (also "appeared"), ظهيرة, ليل ("ليل
  /// الثلاثاء", the night after Tuesday; ليلة is the eve before, left alone).
  case dayPartOf(DayPart)
  /// مؤخراً، حالياً، قريباً, the words of a vague reference (PAST_REF, PRESENT_REF, FUTURE_REF).
  case vague(VagueWord)
  /// توقعت، توقع، رجح: a forecast verb in the perfect; what it forecasts lies ahead.
  case forecast
  /// recently, currently, soon, "the future" and the words around them (English vague references).
  case englishVague(EnglishVagueWord)
  /// Telegraph, Mirror, Times' kin, المصري: a word of a newspaper's title next to a weekday.
  case mediaTitle
  /// Mail, Independent: titles with a Sunday edition named "on Sunday" ("The Mail on Sunday").
  case sundayEditionTitle
  /// صحيفة، جريدة، قناة: an Arabic noun before a title ("صحيفة الأحد" is a newspaper).
  case mediaNoun
}
