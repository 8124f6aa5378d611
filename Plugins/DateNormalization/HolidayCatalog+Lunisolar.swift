extension HolidayCatalog {
  /// Hindu, Sikh, Jain, Buddhist and Parsi holidays, dated by `LunisolarHolidayTable`. The
  /// names are those of the `holidays` library, Wikipedia's articles and Drik Panchang (Chhath
  /// as Dala Puja, Valmiki Jayanti as Pargat Diwas); the usual English spellings of each.
  /// Left out: names that are also ordinary words or people ("rakhi", "navroz"), and Jamshedi
  /// Navroz (the spring equinox, not the Parsi New Year of August).
  static let lunisolarPhrases: [(String, HolidayRule)] = [
    ("diwali", .lunisolar("diwali")), ("deepavali", .lunisolar("diwali")), ("divali", .lunisolar("diwali")),
    ("naraka chaturdashi", .lunisolar("naraka-chaturdashi")), ("narak chaturdashi", .lunisolar("naraka-chaturdashi")),
    ("choti diwali", .lunisolar("naraka-chaturdashi")), ("chhoti diwali", .lunisolar("naraka-chaturdashi")),
    ("kali chaudas", .lunisolar("naraka-chaturdashi")),
    ("govardhan puja", .lunisolar("govardhan-puja")), ("bhai dooj", .lunisolar("bhai-dooj")),
    ("bhai duj", .lunisolar("bhai-dooj")), ("bhau beej", .lunisolar("bhai-dooj")),
    ("kali puja", .lunisolar("kali-puja")), ("shyama puja", .lunisolar("kali-puja")),
    ("chhath", .lunisolar("chhath-puja")), ("chhath puja", .lunisolar("chhath-puja")),
    ("surya shashthi", .lunisolar("chhath-puja")), ("surya shashti", .lunisolar("chhath-puja")),
    ("dala puja", .lunisolar("chhath-puja")), ("dala chhath", .lunisolar("chhath-puja")),
    ("dussehra", .lunisolar("dussehra")), ("dussera", .lunisolar("dussehra")), ("dasara", .lunisolar("dussehra")),
    ("vijayadashami", .lunisolar("dussehra")), ("vijaya dashami", .lunisolar("dussehra")),
    ("navratri", .lunisolar("sharad-navratri")), ("navaratri", .lunisolar("sharad-navratri")),
    ("sharad navratri", .lunisolar("sharad-navratri")), ("sharad navaratri", .lunisolar("sharad-navratri")),
    ("chaitra navratri", .lunisolar("chaitra-navratri")), ("chaitra navaratri", .lunisolar("chaitra-navratri")),
    ("maha ashtami", .lunisolar("maha-ashtami")), ("durga ashtami", .lunisolar("maha-ashtami")),
    ("durgashtami", .lunisolar("maha-ashtami")), ("maha navami", .lunisolar("maha-navami")),
    ("mahanavami", .lunisolar("maha-navami")),
    ("karwa chauth", .lunisolar("karwa-chauth")), ("karva chauth", .lunisolar("karwa-chauth")),
    ("karwa chouth", .lunisolar("karwa-chauth")), ("karaka chaturthi", .lunisolar("karwa-chauth")),
    ("rath yatra", .lunisolar("rath-yatra")), ("ratha yatra", .lunisolar("rath-yatra")),
    ("rathayatra", .lunisolar("rath-yatra")),
    ("mahavir jayanti", .lunisolar("mahavir-jayanti")), ("mahaveer jayanti", .lunisolar("mahavir-jayanti")),
    ("mahavir janma kalyanak", .lunisolar("mahavir-jayanti")),
    ("mahaveer janma kalyanak", .lunisolar("mahavir-jayanti")),
    ("maha shivaratri", .lunisolar("maha-shivaratri")), ("maha shivratri", .lunisolar("maha-shivaratri")),
    ("mahashivratri", .lunisolar("maha-shivaratri")), ("mahashivaratri", .lunisolar("maha-shivaratri")),
    ("basant panchami", .lunisolar("basant-panchami")), ("vasant panchami", .lunisolar("basant-panchami")),
    ("pongal", .lunisolar("pongal")), ("thai pongal", .lunisolar("pongal")),
    ("mattu pongal", .lunisolar("mattu-pongal")), ("maattu pongal", .lunisolar("mattu-pongal")),
    ("kaanum pongal", .lunisolar("uzhavar-thirunal")), ("kanum pongal", .lunisolar("uzhavar-thirunal")),
    ("kanni pongal", .lunisolar("uzhavar-thirunal")), ("uzhavar thirunal", .lunisolar("uzhavar-thirunal")),
    ("makar sankranti", .lunisolar("makar-sankranti")), ("makara sankranti", .lunisolar("makar-sankranti")),
    ("makar sankranthi", .lunisolar("makar-sankranti")), ("makara sankranthi", .lunisolar("makar-sankranti")),
    ("maghi", .lunisolar("makar-sankranti")), ("lohri", .lunisolar("lohri")),
    ("vaisakhi", .lunisolar("vaisakhi")), ("baisakhi", .lunisolar("vaisakhi")), ("vaishakhi", .lunisolar("vaisakhi")),
    ("holi", .lunisolar("holi")), ("dhulandi", .lunisolar("holi")), ("dhuleti", .lunisolar("holi")),
    ("phagwah", .lunisolar("holi")),
    ("holika dahan", .lunisolar("holika-dahan")), ("chhoti holi", .lunisolar("holika-dahan")),
    ("choti holi", .lunisolar("holika-dahan")), ("kama dahanam", .lunisolar("holika-dahan")),
    ("janmashtami", .lunisolar("janmashtami")), ("krishna janmashtami", .lunisolar("janmashtami")),
    ("gokulashtami", .lunisolar("janmashtami")), ("krishna jayanti", .lunisolar("janmashtami")),
    ("ganesh chaturthi", .lunisolar("ganesh-chaturthi")), ("ganesha chaturthi", .lunisolar("ganesh-chaturthi")),
    ("vinayaka chaturthi", .lunisolar("ganesh-chaturthi")), ("vinayak chaturthi", .lunisolar("ganesh-chaturthi")),
    ("ram navami", .lunisolar("ram-navami")), ("rama navami", .lunisolar("ram-navami")),
    ("ramnavami", .lunisolar("ram-navami")),
    ("gudi padwa", .lunisolar("gudi-padwa")), ("ugadi", .lunisolar("gudi-padwa")), ("yugadi", .lunisolar("gudi-padwa")),
    ("samvatsaradi", .lunisolar("gudi-padwa")), ("chaitra sukladi", .lunisolar("gudi-padwa")),
    ("cheti chand", .lunisolar("gudi-padwa")),
    ("raksha bandhan", .lunisolar("raksha-bandhan")), ("rakshabandhan", .lunisolar("raksha-bandhan")),
    ("onam", .lunisolar("onam")), ("thiruvonam", .lunisolar("onam")),
    ("hanuman jayanti", .lunisolar("hanuman-jayanti")), ("guru purnima", .lunisolar("guru-purnima")),
    ("thaipusam", .lunisolar("thaipusam")), ("thaipoosam", .lunisolar("thaipusam")), ("vishu", .lunisolar("vishu")),
    ("puthandu", .lunisolar("puthandu")), ("tamil new year", .lunisolar("puthandu")),
    ("pohela boishakh", .lunisolar("pohela-boishakh")), ("pohela baishakh", .lunisolar("pohela-boishakh")),
    ("pahela baishakh", .lunisolar("pohela-boishakh")), ("bengali new year", .lunisolar("pohela-boishakh")),
    ("hola mohalla", .lunisolar("hola-mohalla")),
    ("guru nanak jayanti", .lunisolar("guru-nanak-jayanti")), ("guru nanak dev jayanti", .lunisolar("guru-nanak-jayanti")),
    ("guru nanak gurpurab", .lunisolar("guru-nanak-jayanti")), ("guru nanak birthday", .lunisolar("guru-nanak-jayanti")),
    ("guru gobind singh jayanti", .lunisolar("guru-gobind-singh-jayanti")),
    ("guru govind singh jayanti", .lunisolar("guru-gobind-singh-jayanti")),
    ("guru gobind singh birthday", .lunisolar("guru-gobind-singh-jayanti")),
    ("guru ravidas jayanti", .lunisolar("guru-ravidas-jayanti")),
    ("guru ravidass jayanti", .lunisolar("guru-ravidas-jayanti")),
    ("ravidas jayanti", .lunisolar("guru-ravidas-jayanti")),
    ("guru ravidas birthday", .lunisolar("guru-ravidas-jayanti")),
    ("guru ravidass birthday", .lunisolar("guru-ravidas-jayanti")),
    ("valmiki jayanti", .lunisolar("maharshi-valmiki-jayanti")),
    ("maharshi valmiki jayanti", .lunisolar("maharshi-valmiki-jayanti")),
    ("maharishi valmiki jayanti", .lunisolar("maharshi-valmiki-jayanti")),
    ("pargat diwas", .lunisolar("maharshi-valmiki-jayanti")),
    ("rabindra jayanti", .lunisolar("rabindra-jayanti")), ("rabindranath jayanti", .lunisolar("rabindra-jayanti")),
    ("rabindranath tagore jayanti", .lunisolar("rabindra-jayanti")), ("tagore jayanti", .lunisolar("rabindra-jayanti")),
    ("buddha purnima", .lunisolar("buddha-purnima")), ("buddha poornima", .lunisolar("buddha-purnima")),
    ("buddha jayanti", .lunisolar("buddha-purnima")),
    ("vesak", .lunisolar("vesak")), ("wesak", .lunisolar("vesak")), ("vesak day", .lunisolar("vesak")),
    ("buddha day", .lunisolar("vesak")),
    ("parsi new year", .lunisolar("parsi-new-year")), ("shahenshahi new year", .lunisolar("parsi-new-year")),
    // Arabic news names (عيد/مهرجان ديوالي, the Egyptian spelling ديوالى, مهرجان هولي); هولي
    // alone stays out (it also transliterates "holy").
    ("ديوالي", .lunisolar("diwali")), ("الديوالي", .lunisolar("diwali")), ("ديوالى", .lunisolar("diwali")),
    ("ديبافالي", .lunisolar("diwali")), ("عيد ديوالي", .lunisolar("diwali")), ("عيد الديوالي", .lunisolar("diwali")),
    ("مهرجان ديوالي", .lunisolar("diwali")), ("مهرجان الديوالي", .lunisolar("diwali")),
    ("عيد ديوالى", .lunisolar("diwali")),
    ("مهرجان هولي", .lunisolar("holi")), ("عيد هولي", .lunisolar("holi")), ("مهرجان الهولي", .lunisolar("holi")),
    ("عيد الهولي", .lunisolar("holi")),
  ]
}

extension HolidayRule {
  /// Every day the rule gives in a Gregorian year: a lunar date may fall twice in one year
  /// (Guru Gobind Singh Jayanti in January and December 2017).
  func dates(inYear year: Int) -> [CivilDate] {
    if case .lunisolar(let key) = self { return LunisolarHolidayTable.dates(of: key, inYear: year) }
    return date(inYear: year).map { [$0] } ?? []
  }
}
