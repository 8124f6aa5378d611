import WorkbenchText

/// Words that say how much, how big or which one, not what a story is about: degree,
/// size, age and order adjectives and adverbs (`more`, `strong`, `old`, `أكثر`, `بقوة`,
/// `الأخيرة`), common English verbs in forms that are never nouns (`took`, `called`),
/// Hijri month names (`رمضان`), the verb of the Tunisian news formula `حادث جدّ` ("an accident
/// happened"), `أنه`/`أنها` ("that it"), the passive auxiliary `تم` and the credit `الجوهرة`. Any story may use them, so on a small corpus two unrelated stories can share
/// one and a topic is labelled by it ("minister · strong", "أكثر · بقوة · جنوب"). Like news
/// formula words they are collected as formula terms: counted by the model, never shown.
///
/// Written for this project (no external source). Matched as written only (retrieval folds,
/// Latin case; Arabic words also with و/ف before them, and ب/ل/ك where marked `+`), never by
/// stem: a stem would reach topical words (`قوة` strength and `قوات` forces, `خاص` in
/// `القطاع الخاص`). Inflections and the article are listed instead.
enum GeneralWords {
  static let words = Stopwords(listText: english + "\n" + arabic)

  /// Whether `scalars[word]`, as written, is a general word.
  static func contains(_ scalars: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
    words.contains(scalars, word)
  }

  static let english = """
    # English degree, size, age and order words
    strong
    stronger
    strongest
    strongly
    weak
    weaker
    big
    bigger
    biggest
    large
    larger
    largest
    small
    smaller
    smallest
    huge
    major
    old
    older
    oldest
    long
    longer
    longest
    short
    shorter
    early
    earlier
    late
    later
    latest
    recent
    recently
    around
    nearly
    almost
    several
    various
    less
    least
    much
    whole
    entire
    good
    better
    best
    bad
    worse
    worst
    important
    sharp
    sharply
    full
    fully
    certain
    likely
    possible
    despite
    amid
    again
    # English prepositions and adverbs the shared stopword list lacks ("rail · across · drivers")
    across
    along
    among
    toward
    towards
    beyond
    behind
    beside
    besides
    inside
    outside
    near
    throughout
    onto
    although
    still
    already
    perhaps
    instead
    # English ordinals, the word "number" and units of time within a day: a number in words
    # ("second day", "a number of", "48-hour strike") says which or how much, not what
    first
    second
    third
    fourth
    fifth
    sixth
    seventh
    eighth
    ninth
    tenth
    number
    hour
    hours
    minute
    minutes

    # English verbs of any story, in forms that are not also nouns ("took · wickets",
    # "called · election"): what someone did, not what the story is about. Forms that are
    # news nouns stay out: take, make, call, cut, set, lead, bid, rise, fall, tries (rugby)
    took
    taken
    came
    went
    gone
    gave
    given
    got
    gotten
    made
    called
    asked
    began
    begun
    brought
    # amounts of money follow a number ("22 cents a share"); "dollars" stays a term: a currency
    # story pays "in euros rather than dollars"
    cents
    pence
    always
    never
    often
    higher
    lower
    kept
    seemed
    became
    tried
    wanted
    happened
    continued
    decided
    give
    gives
    giving
    takes
    taking
    makes
    making
    come
    comes
    coming
    goes
    going
    becomes

    """

  static let arabic = """
    # an amount of dollars after a number ("85 دولارا")
    دولارا
    # Hijri month names (ربيع الأول, ذو الحجة: the other word is an ordinal or a stopword).
    # Here, matched as written, not with the Gregorian months among the news formula words,
    # whose stems also match: `شعبان` would reach `الشعب`, `الحجة` would reach `الحج`.
    محرم +
    صفر +
    ربيع +
    جمادى +
    رجب +
    شعبان +
    رمضان +
    شوال +
    القعدة
    الحجة
    # "because of": a connective written as one word (five-desks water stories showed it in
    # their label)
    بسبب
    # "that it", "that she", with the pronoun attached (a miscellany topic of the ANT tuning
    # part was labelled `أنه · الجوهرة · الوطني`), and the passive auxiliary "was done"
    أنه +
    أنها +
    إنه
    إنها
    تم
    يتم
    # a radio station's name that credits its stories (Jawhara FM), as written only: its stem
    # would reach `جوهري` (essential)
    الجوهرة
    # Arabic degree, size, age and order words
    أكثر +
    الأكثر +
    أقل +
    الأقل +
    أكبر +
    الأكبر +
    أصغر +
    الأصغر +
    بقوة
    قوي
    قوية
    القوي +
    القوية +
    ضعيف
    ضعيفة
    كبير
    كبيرة
    الكبير +
    الكبيرة +
    صغير
    صغيرة
    الصغير +
    الصغيرة +
    جديد
    جديدة
    الجديد +
    الجديدة +
    قديم
    قديمة
    القديم +
    القديمة +
    أخير
    أخيرة
    الأخير +
    الأخيرة +
    مؤخرا
    حاليا
    سابقا
    لاحقا
    حوالي
    قرابة
    عدة
    عديد
    العديد +
    كثير
    كثيرة
    الكثير +
    مختلف
    مختلفة
    جدا
    تماما
    أخرى
    آخر
    الأخرى +
    الآخر +
    مرة
    مجددا
    أيضا
    رغم
    بالرغم
    طويل
    طويلة
    الطويلة +
    هام
    هامة
    مهم
    # Arabic ordinals, عدد ("a number of") and units of time within a day
    أول
    أولى
    الأول +
    الأولى +
    ثاني
    ثانية
    الثاني +
    الثانية +
    ثالث
    ثالثة
    الثالث +
    الثالثة +
    الرابع +
    الرابعة +
    الخامس +
    الخامسة +
    السادس +
    السادسة +
    السابع +
    السابعة +
    الثامن +
    الثامنة +
    التاسع +
    التاسعة +
    العاشر +
    العاشرة +
    عدد
    عددا
    ساعة +
    ساعات +
    الساعة +
    دقيقة +
    دقائق +
    الدقيقة +
    # Tunisian news formula: حادث جدّ, حادثة جدّت (an accident happened)
    جد
    جدت

    """
}
