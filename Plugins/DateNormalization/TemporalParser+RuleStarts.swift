extension TemporalParser {
  /// The tokens a rule family can start at, read from the first thing each family requires
  /// of token `i`. The parser tries every family at each token with an entry or a digit, and
  /// these families match at few of them: `longestMatch` asks before it runs a family, and the
  /// families other rules also call ask in their first guard. Each is a superset of where its
  /// family can match, so a token that fails it is one where the family returns nil.
  enum RuleStart {
    /// `arabicCountedPeriod`: a preposition before the period (خلال، غضون، لمدة، في) or a unit
    /// with the article.
    @inline(__always)
    static func arabicCountedPeriod(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .keyword(.during)?, .keyword(.within)?, .keyword(.forDuration)?, .keyword(.inPreposition)?, .unit?:
        return true
      default: return false
      }
    }

    /// `upcomingCycle`: "upcoming", "the upcoming", or a count (`cardinal`: digits or a
    /// cardinal word) before "upcoming".
    @inline(__always)
    static func upcomingCycle(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .keyword(.upcoming)?, .keyword(.the)?, .cardinal?: return true
      default: return false
      }
    }

    /// `closestWeekday`: "the", an ordinal (`ordinal`: digits, an ordinal or cardinal word,
    /// "second") or "closest".
    @inline(__always)
    static func closestWeekday(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .keyword(.the)?, .keyword(.closest)?, .ordinal?, .cardinal?, .unit(.second, .singular)?: return true
      default: return false
      }
    }

    /// `hijriMonthExpression`: شهر, "this" or a direction before the name, or the name itself
    /// (`monthName` with a Hijri reading: a Hijri month, ذو / ذي, ربيع / جمادى).
    @inline(__always)
    static func hijriMonthExpression(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .unit(.month, .singular)?, .keyword(.this)?, .direction?, .hijriMonth?, .hijriMonthPrefix?, .monthHead?:
        return true
      default: return false
      }
    }

    /// `seasonExpression`: "this" or a direction before the season, or the season (`seasonWord`:
    /// a season word or ربيع).
    @inline(__always)
    static func seasonExpression(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .keyword(.this)?, .direction?, .season?, .monthHead(.rabi)?: return true
      default: return false
      }
    }

    /// `fiscalYear`: "fiscal" / "FY", or العام / السنة before المالية.
    @inline(__always)
    static func fiscalYear(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .keyword(.fiscal)?, .unit(.year, .singular)?: return true
      default: return false
      }
    }

    /// `anchorDecade`: "the", "this" or a direction before "decade", or العقد.
    @inline(__always)
    static func anchorDecade(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .keyword(.the)?, .keyword(.this)?, .direction?, .keyword(.definiteDecade)?: return true
      default: return false
      }
    }

    /// `followingPeriod`: "the" before "following day" / "day after", or اليوم، الأسبوع، الشهر،
    /// العام، السنة before التالي / التالية.
    @inline(__always)
    static func followingPeriod(_ token: TemporalToken) -> Bool {
      switch token.entry {
      case .keyword(.the)?, .dayOffset(0)?: return true
      case .unit(.week, .singular)?, .unit(.month, .singular)?, .unit(.year, .singular)?: return !token.latin
      default: return false
      }
    }

    /// `throughoutRelativePeriod`: لمدة or خلال.
    @inline(__always)
    static func throughoutRelativePeriod(_ entry: LexicalEntry?) -> Bool {
      entry == .keyword(.forDuration) || entry == .keyword(.during)
    }

    /// `monthOfEveryYear`: "every" / كل, a day in digits, or the month.
    @inline(__always)
    static func monthOfEveryYear(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .keyword(.every)?, .month?: return true
      default: return false
      }
    }

    /// `dayFirstDate`: يوم before the day, "the", or the day (`dayOfMonth`: digits, or an
    /// ordinal: an ordinal or cardinal word, "second").
    @inline(__always)
    static func dayFirstDate(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .unit(.day, .singular)?, .keyword(.the)?, .ordinal?, .cardinal?, .unit(.second, .singular)?: return true
      default: return false
      }
    }

    /// `dayAlone`: يوم, "on" or "the" before the day; its digits never start it alone.
    @inline(__always)
    static func dayAlone(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .unit(.day, .singular)?, .keyword(.on)?, .keyword(.the)?: return true
      default: return false
      }
    }

    /// `fractionalAmount`: digits, a unit, "half", "a" or a cardinal word (`cardinal` and
    /// `countedUnit` start at digits, a unit, "a" or a cardinal word).
    @inline(__always)
    static func fractionalAmount(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .unit?, .keyword(.half)?, .keyword(.article)?, .cardinal?: return true
      default: return false
      }
    }

    /// `monthFirstDate`: the month (`month`: شهر before a name or a number, or `monthName`:
    /// a month, a Hijri month, ذو / ذي, a two-word month's first word).
    @inline(__always)
    static func monthFirstDate(_ entry: LexicalEntry?) -> Bool {
      switch entry {
      case .unit(.month, .singular)?, .month?, .monthHead?, .hijriMonthPrefix?, .hijriMonth?: return true
      default: return false
      }
    }

    /// `dayOfPeriod`: "the", the unit (يوم, اليوم, week) or the rank (an ordinal as `ordinal`
    /// reads it, الأخير, English "last").
    @inline(__always)
    static func dayOfPeriod(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .keyword(.the)?, .unit(.day, .singular)?, .unit(.week, .singular)?, .dayOffset(0)?, .ordinal?, .cardinal?,
        .unit(.second, .singular)?, .keyword(.lastInPeriod)?, .direction(.past)?:
        return true
      default: return false
      }
    }

    /// `nthWeekday`: the rank (an ordinal as `ordinal` reads it, آخر, English "last") or the
    /// weekday itself.
    @inline(__always)
    static func nthWeekday(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .weekday?, .ordinal?, .cardinal?, .unit(.second, .singular)?, .keyword(.lastInPeriod)?, .direction(.past)?:
        return true
      default: return false
      }
    }

    /// `quarterExpression`: "the", the quarter word, the rank (an ordinal as `ordinal` reads it,
    /// الأخير, English "last") or النصف.
    @inline(__always)
    static func quarterExpression(_ token: TemporalToken) -> Bool {
      if token.kind == .number { return true }
      switch token.entry {
      case .keyword(.the)?, .unit(.quarter, .singular)?, .ordinal?, .cardinal?, .unit(.second, .singular)?,
        .keyword(.lastInPeriod)?, .direction(.past)?, .fraction?:
        return true
      default: return false
      }
    }
  }
}
